// Diffusion sampling with exact scores: the processes' closed forms, the
// noised score against finite differences of log p_t, exact-score ODE and
// SDE samplers reaching the target (sliced W2 tolerances shrinking with the
// steps), the probability-flow ODE run back and forth, forward marginals and
// the eta family against p_t's moments, identical starts, thread-count
// independence, score errors, metrics and refused inputs.
#include <QtTest>

#include <omp.h>

#include <cmath>

#include "core/diffusion/metrics.h"
#include "core/diffusion/process.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/score_model.h"
#include "core/distributions/distribution.h"
#include "core/errors.h"

using namespace flowscope;

namespace {

SamplerSpec spec_for(const std::string& target, SamplerKind kind, std::uint64_t steps, ProcessKind process = ProcessKind::VP) {
  SamplerSpec s;
  s.target = builtin_target(target).mixture;
  s.process.kind = process;
  s.sampler = kind;
  s.steps = steps;
  s.seed = 42;
  return s;
}

std::vector<double> run(SamplerSpec spec, std::size_t n, std::vector<double> start = {}) {
  DiffusionSampler sampler(std::move(spec), n, std::move(start));
  const SamplerStatus status = sampler.run();
  if (status.status != RunStatus::Success) qWarning("%s", status.message.c_str());
  return sampler.positions_soa();
}

// Sample mean and covariance (row-major) of SoA samples.
void moments(const std::vector<double>& x, std::size_t n, int d, std::vector<double>& mean, std::vector<double>& cov) {
  mean.assign(d, 0.0);
  cov.assign(d * d, 0.0);
  for (int j = 0; j < d; ++j) {
    for (std::size_t i = 0; i < n; ++i) mean[j] += x[j * n + i];
    mean[j] /= n;
  }
  for (int r = 0; r < d; ++r)
    for (int c = 0; c < d; ++c) {
      double s = 0.0;
      for (std::size_t i = 0; i < n; ++i) s += (x[r * n + i] - mean[r]) * (x[c * n + i] - mean[c]);
      cov[r * d + c] = s / n;
    }
}

// Moments of samples against an exact mixture: |mean error| and |covariance
// error| both below tol times the largest standard deviation (squared for the covariance).
bool moments_match(const std::vector<double>& x, std::size_t n, const GaussianMixture& exact, double tol, QString& why) {
  const int d = exact.dimension();
  std::vector<double> m, c;
  moments(x, n, d, m, c);
  const std::vector<double> em = exact.mean(), ec = exact.covariance();
  double scale = 0.0;
  for (int j = 0; j < d; ++j) scale = std::max(scale, ec[j * d + j]);
  for (int j = 0; j < d; ++j)
    if (!(std::fabs(m[j] - em[j]) <= tol * std::sqrt(scale))) {
      why = QString("mean %1: %2 vs exact %3").arg(j).arg(m[j]).arg(em[j]);
      return false;
    }
  for (int e = 0; e < d * d; ++e)
    if (!(std::fabs(c[e] - ec[e]) <= tol * scale)) {
      why = QString("covariance entry %1: %2 vs exact %3").arg(e).arg(c[e]).arg(ec[e]);
      return false;
    }
  return true;
}

}  // namespace

class TestDiffusion : public QObject {
  Q_OBJECT

 private slots:
  void processClosedForms() {
    // Linear SDE dx = f x dt + g dW: d(alpha)/dt = f alpha and d(sigma^2)/dt = 2 f sigma^2 + g^2.
    for (ProcessKind kind : {ProcessKind::VP, ProcessKind::VE}) {
      ForwardProcess p;
      p.kind = kind;
      for (double t : {0.05, 0.3, 0.7, 0.95}) {
        const double h = 1e-6;
        const double da = (p.alpha(t + h) - p.alpha(t - h)) / (2 * h);
        const double ds2 = (std::pow(p.sigma(t + h), 2) - std::pow(p.sigma(t - h), 2)) / (2 * h);
        QVERIFY(std::fabs(da - p.f(t) * p.alpha(t)) < 1e-6 * (1 + std::fabs(da)));
        const double rhs = 2 * p.f(t) * std::pow(p.sigma(t), 2) + p.g2(t);
        QVERIFY2(std::fabs(ds2 - rhs) < 1e-6 * (1 + std::fabs(rhs)), qPrintable(QString("%1 vs %2").arg(ds2).arg(rhs)));
      }
      QVERIFY(p.sigma(0.0) == 0.0 && p.alpha(0.0) == 1.0);
    }
  }

  void noisedScoreMatchesFiniteDifferences() {
    for (const char* id : {"ring8", "cross", "tetra", "two-moons", "s-curve"}) {
      const GaussianMixture target = builtin_target(id).mixture;
      const int d = target.dimension();
      for (ProcessKind kind : {ProcessKind::VP, ProcessKind::VE}) {
        ForwardProcess process;
        process.kind = kind;
        const ScoreModel model(target, process, {});
        for (double t : {0.01, 0.2, 0.8}) {
          const GaussianMixture pt = noised_marginal(target, process, t);
          const std::vector<double> pts = pt.sample(6, 9);
          for (std::size_t i = 0; i < 6; ++i) {
            double x[3], s[3];
            for (int j = 0; j < d; ++j) x[j] = pts[j * 6 + i];
            model.score(t, x, 1, 1, s);
            for (int j = 0; j < d; ++j) {
              // Step relative to the marginal's smallest width (>= 0.1 here): truncation ~1e-8.
              const double h = 1e-5;
              double a[3], b[3];
              for (int q = 0; q < d; ++q) a[q] = b[q] = x[q];
              a[j] += h;
              b[j] -= h;
              const double fd = (pt.log_density(a) - pt.log_density(b)) / (2 * h);
              QVERIFY2(std::fabs(fd - s[j]) <= 1e-5 * (1 + std::fabs(fd)),
                       qPrintable(QString("%1 t=%2: score %3 vs differences %4").arg(id).arg(t).arg(s[j]).arg(fd)));
            }
          }
        }
      }
    }
  }

  void exactScoreOdeAndSdeReachTheTarget() {
    // ring8, VP, n = 20,000 against 20,000 target samples. The sampling noise
    // floor of sliced W2 at this n is ~0.05-0.1 (the eight mode masses
    // fluctuate by ~sqrt(0.11/n) and sit ~4 apart), so the tolerances shrink
    // from 0.6 (10 steps) to 0.2 (100) to 0.15 (500); the mean log-likelihood
    // must approach the target's own (E log p = -2.50) within 0.05 at 500 steps.
    const GaussianMixture target = builtin_target("ring8").mixture;
    const std::size_t n = 20'000;
    const std::vector<std::pair<std::uint64_t, double>> tolerances = {{10, 0.6}, {100, 0.2}, {500, 0.15}};
    for (SamplerKind kind : {SamplerKind::Ode, SamplerKind::ReverseSde}) {
      for (const auto& [steps, tol] : tolerances) {
        const std::vector<double> x = run(spec_for("ring8", kind, steps), n);
        const TargetMetrics m = target_metrics(x.data(), n, target);
        QVERIFY2(m.sliced_w2 < tol, qPrintable(QString("%1 steps %2: sliced W2 %3 >= %4")
                                                  .arg(QString::fromStdString(std::string(sampler_name(kind))))
                                                  .arg(steps).arg(m.sliced_w2).arg(tol)));
        if (steps == 500) {
          QVERIFY2(std::fabs(m.mean_loglik - m.target_mean_loglik) < 0.05, qPrintable(QString::number(m.mean_loglik)));
          for (double w : m.mode_weights) QVERIFY(std::fabs(w - 0.125) < 0.015);  // 5 SE of a mode's share
        }
      }
    }
    // Too few SDE steps is measurably worse than many (the test can fail).
    const std::vector<double> coarse = run(spec_for("ring8", SamplerKind::ReverseSde, 5), n);
    QVERIFY(target_metrics(coarse.data(), n, target).mean_loglik < -3.0);
  }

  void veAndPredictorCorrectorReachTheTarget() {
    const GaussianMixture target = builtin_target("ring8").mixture;
    const std::size_t n = 20'000;
    for (SamplerKind kind : {SamplerKind::PredictorCorrector, SamplerKind::Ode}) {
      const std::vector<double> x = run(spec_for("ring8", kind, 300, ProcessKind::VE), n);
      const TargetMetrics m = target_metrics(x.data(), n, target);
      QVERIFY2(m.sliced_w2 < 0.2 && std::fabs(m.mean_loglik - m.target_mean_loglik) < 0.08,
               qPrintable(QString("%1 %2").arg(m.sliced_w2).arg(m.mean_loglik)));
    }
  }

  void probabilityFlowRunsBackAndForth() {
    // RK4 with 400 steps from t = 1 to t_min and back: the flow map is
    // invertible, so the particles return to their start up to the RK4
    // error of both runs (~1e-8 here); 1e-5 is the stated tolerance.
    for (ProcessKind kind : {ProcessKind::VP, ProcessKind::VE}) {
      SamplerSpec back = spec_for("ring8", SamplerKind::Ode, 400, kind);
      back.ode = OdeMethod::Rk4;
      DiffusionSampler s1(back, 2000);
      const std::vector<double> start = s1.positions_soa();
      s1.run();
      SamplerSpec forth = back;
      forth.t_start = back.process.t_min;
      forth.t_end = 1.0;
      DiffusionSampler s2(forth, 2000, s1.positions_soa());
      s2.run();
      const std::vector<double> end = s2.positions_soa();
      double worst = 0.0;
      for (std::size_t i = 0; i < start.size(); ++i) worst = std::max(worst, std::fabs(end[i] - start[i]));
      const double scale = back.process.prior_std();
      QVERIFY2(worst < 1e-5 * scale, qPrintable(QString("returned within %1").arg(worst)));
      double moved = 0.0;
      const std::vector<double> middle = s1.positions_soa();
      for (std::size_t i = 0; i < start.size(); ++i) moved = std::max(moved, std::fabs(middle[i] - start[i]));
      QVERIFY(moved > 0.1 * scale);  // the particles really went somewhere
    }
  }

  void forwardMarginalsMatchPt() {
    // The forward SDE (eta = 1 run forward in time) from target samples at
    // t = 0 reaches p_t: mean and covariance within 2 % of the spread
    // (standard errors at n = 50,000 are ~0.6 %; Euler-Maruyama bias at
    // 400 steps is below 0.5 %).
    const GaussianMixture target = builtin_target("tetra").mixture;
    const std::size_t n = 50'000;
    for (ProcessKind kind : {ProcessKind::VP, ProcessKind::VE}) {
      for (double t : {0.3, 1.0}) {
        SamplerSpec s;
        s.target = target;
        s.process.kind = kind;
        s.sampler = SamplerKind::Eta;
        s.eta = 1.0;
        s.steps = 400;
        s.t_start = 0.0;
        s.t_end = t;
        s.seed = 7;
        const std::vector<double> x = run(s, n, target.sample(n, 8));
        QString why;
        QVERIFY2(moments_match(x, n, noised_marginal(target, s.process, t), 0.02, why), qPrintable(why));
      }
    }
  }

  void etaFamilySharesMarginals() {
    // From exact samples of p_1 back to t = 0.3 with eta = 0, 0.5, 1, 2: every
    // member must reproduce p_0.3's mean and covariance (2 % of the spread).
    const GaussianMixture target = builtin_target("tetra").mixture;
    ForwardProcess process;
    const std::size_t n = 50'000;
    const std::vector<double> start = noised_marginal(target, process, 1.0).sample(n, 3);
    for (double eta : {0.0, 0.5, 1.0, 2.0}) {
      SamplerSpec s;
      s.target = target;
      s.sampler = SamplerKind::Eta;
      s.eta = eta;
      s.steps = 400;
      s.t_end = 0.3;
      s.seed = 5;
      const std::vector<double> x = run(s, n, start);
      QString why;
      QVERIFY2(moments_match(x, n, noised_marginal(target, process, 0.3), 0.02, why),
               qPrintable(QString("eta %1: %2").arg(eta).arg(why)));
    }
  }

  void samplersShareTheirInitialNoise() {
    std::vector<std::vector<double>> starts;
    for (SamplerKind kind : {SamplerKind::ReverseSde, SamplerKind::Ode, SamplerKind::PredictorCorrector, SamplerKind::Eta})
      starts.push_back(DiffusionSampler(spec_for("ring8", kind, 10), 1000).positions_soa());
    for (const auto& s : starts) QVERIFY(s == starts[0]);
    SamplerSpec other = spec_for("ring8", SamplerKind::Ode, 10);
    other.seed = 43;
    QVERIFY(DiffusionSampler(other, 1000).positions_soa() != starts[0]);
  }

  void threadCountAndSplitsDoNotChangeBits() {
    for (SamplerKind kind : {SamplerKind::ReverseSde, SamplerKind::PredictorCorrector, SamplerKind::Ode}) {
      const SamplerSpec s = spec_for("two-moons", kind, 20);
      omp_set_num_threads(1);
      const std::vector<double> one = run(s, 3000);
      omp_set_num_threads(2);
      const std::vector<double> two = run(s, 3000);
      DiffusionSampler split(s, 3000);
      split.advance(7);
      split.advance(1);
      split.advance(100);
      QVERIFY(one == two);
      QVERIFY(split.positions_soa() == one);
      QCOMPARE(split.steps_done(), std::uint64_t{20});
    }
  }

  void scoreEvaluationCounts() {
    SamplerSpec s = spec_for("ring8", SamplerKind::Ode, 10);
    s.ode = OdeMethod::Euler;
    QCOMPARE(s.evaluations_per_step(), 1);
    s.ode = OdeMethod::Heun;
    QCOMPARE(s.evaluations_per_step(), 2);
    s.ode = OdeMethod::Rk4;
    DiffusionSampler rk4(s, 10);
    rk4.advance(3);
    QCOMPARE(rk4.score_evaluations(), std::uint64_t{12});
    s.sampler = SamplerKind::PredictorCorrector;
    s.corrector_steps = 2;
    QCOMPARE(s.evaluations_per_step(), 3);
    s.sampler = SamplerKind::ReverseSde;
    QCOMPARE(s.evaluations_per_step(), 1);
  }

  void scoreErrorsMoveTheSamples() {
    const GaussianMixture target = builtin_target("ring8").mixture;
    const std::size_t n = 20'000;
    SamplerSpec exact = spec_for("ring8", SamplerKind::Ode, 200);
    const std::vector<double> base = run(exact, n);
    SamplerSpec unit = exact;
    unit.score_error = parse_score_error("scale:1");
    QVERIFY(run(unit, n) == base);  // scale 1 is the exact score, bit for bit
    // Wrong weights: the samples follow the given weights (the score is exact for that mixture).
    SamplerSpec weights = exact;
    weights.score_error = parse_score_error("weights:4,1,1,1,1,1,1,2");
    const std::vector<double> xw = run(weights, n);
    const std::vector<double> mw = mode_weights(xw.data(), n, target);
    QVERIFY2(std::fabs(mw[0] - 4.0 / 12) < 0.02 && std::fabs(mw[7] - 2.0 / 12) < 0.02, qPrintable(QString::number(mw[0])));
    // Bias: a constant added to the score shifts the mean.
    SamplerSpec bias = exact;
    bias.score_error = parse_score_error("bias:0.5");
    const std::vector<double> xb = run(bias, n);
    double mean0 = 0.0;
    for (std::size_t i = 0; i < n; ++i) mean0 += xb[i] / n;
    QVERIFY(mean0 > 0.05);
    // Blur widens the result; a score scaled by 0.5 is worse than the exact one.
    SamplerSpec blur = exact;
    blur.score_error = parse_score_error("blur:0.5");
    const std::vector<double> xl = run(blur, n);
    QVERIFY(mean_log_likelihood(xl.data(), n, target) < mean_log_likelihood(base.data(), n, target) - 0.2);
    for (const char* bad : {"scale:x", "blur:-1", "weights:1,0", "nope:1", "scale"}) {
      bool refused = false;
      try {
        parse_score_error(bad);
      } catch (const InputError& e) {
        refused = QString(e.what()).contains(bad);
      }
      QVERIFY2(refused, bad);
    }
    SamplerSpec wrong_count = exact;
    wrong_count.score_error = parse_score_error("weights:1,2");
    QVERIFY_THROWS_EXCEPTION(InputError, DiffusionSampler(wrong_count, 10));
  }

  void metricsOnKnownSets() {
    const GaussianMixture g = builtin_target("ring8").mixture;
    const std::size_t n = 5000;
    const std::vector<double> a = g.sample(n, 1);
    QCOMPARE(sliced_w2(a.data(), n, a.data(), n, 2), 0.0);
    // Shifting a set by v: every projection moves by theta.v, so SW2^2 = E[(theta.v)^2] = |v|^2/2 in 2-D;
    // 128 directions estimate the mean of cos^2 to ~6 %.
    std::vector<double> b = a;
    for (std::size_t i = 0; i < n; ++i) b[i] += 1.0;
    const double sw = sliced_w2(a.data(), n, b.data(), n, 2);
    QVERIFY2(std::fabs(sw - std::sqrt(0.5)) < 0.05, qPrintable(QString::number(sw)));
    // Different sizes: a set against its own first half is close but not identical.
    std::vector<double> first_half(a.begin(), a.begin() + n / 2);
    first_half.insert(first_half.end(), a.begin() + n, a.begin() + n + n / 2);
    const double half = sliced_w2(a.data(), n, first_half.data(), n / 2, 2);
    QVERIFY(half >= 0.0 && half < 0.3);
    // A set against itself: the cross term includes the zero diagonal, the U-statistics
    // do not, so the value is -2 E|X - X'| / (m - 1) ~ -0.004 for m = 2000 points, E|X - X'| ~ 4.
    const double self = energy_distance(a.data(), n, a.data(), n, 2);
    QVERIFY2(self < 0 && self > -0.01, qPrintable(QString::number(self)));
    QVERIFY(energy_distance(a.data(), n, b.data(), n, 2) > 0.1);
    const std::vector<double> w = mode_weights(a.data(), n, g);
    double total = 0.0;
    for (double v : w) total += v;
    QVERIFY(std::fabs(total - 1.0) < 1e-12);
  }

  void refusedInputs() {
    SamplerSpec s = spec_for("ring8", SamplerKind::ReverseSde, 0);
    QVERIFY_THROWS_EXCEPTION(InputError, DiffusionSampler(s, 10));
    s.steps = 10;
    s.sampler = SamplerKind::Eta;
    s.eta = -1;
    QVERIFY_THROWS_EXCEPTION(InputError, DiffusionSampler(s, 10));
    s.eta = 0.5;
    s.process.t_min = 0.0;
    QVERIFY_THROWS_EXCEPTION(InputError, DiffusionSampler(s, 10));
    s.process.t_min = 1e-3;
    s.sampler = SamplerKind::PredictorCorrector;
    s.t_start = 0.1;
    s.t_end = 0.9;
    QVERIFY_THROWS_EXCEPTION(InputError, DiffusionSampler(s, 10));
    QVERIFY_THROWS_EXCEPTION(InputError, DiffusionSampler(spec_for("ring8", SamplerKind::Ode, 5), 0));
  }
};

QTEST_APPLESS_MAIN(TestDiffusion)
#include "test_diffusion.moc"
