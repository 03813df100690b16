// Stochastic interpolants between mixtures: the exact marginal at the ends,
// the velocity field against the continuity equation, the score against
// finite differences, and generation with different epsilon reaching the
// same marginals.
#include <QtTest>

#include <cmath>

#include "core/diffusion/interpolant.h"
#include "core/diffusion/metrics.h"
#include "core/distributions/distribution.h"
#include "core/errors.h"

using namespace flowscope;

namespace {

GaussianMixture two_blobs() {
  return GaussianMixture(2, {MixtureComponent::full(0.6, {-2.0, 0.0}, {0.5, 0.2, 0.2, 0.4}),
                             MixtureComponent::isotropic(0.4, {1.0, 2.0}, 0.6)});
}

// b + eps s at one point.
void field_at(const GaussianMixture& a, const GaussianMixture& b, const Interpolant& it, double t, double eps,
              const double* x, double* out) {
  FieldTable table;
  interpolant_table(a, b, it, t, eps, table);
  const double* xs[2] = {x, x + 1};
  double* os[2] = {out, out + 1};
  mixture_field(table, xs, 1, os, nullptr);
}

}  // namespace

class TestInterpolants : public QObject {
  Q_OBJECT

 private slots:
  void marginalEndsAreTheTwoDistributions() {
    const GaussianMixture a = two_blobs(), b = builtin_target("ring8").mixture;
    for (InterpolantKind kind : {InterpolantKind::Linear, InterpolantKind::Trig}) {
      const Interpolant it{kind, 1.0};
      const GaussianMixture m0 = interpolant_marginal(a, b, it, 0.0), m1 = interpolant_marginal(a, b, it, 1.0);
      for (int e = 0; e < 4; ++e) {
        QVERIFY(std::fabs(m0.covariance()[e] - a.covariance()[e]) < 1e-12);
        QVERIFY(std::fabs(m1.covariance()[e] - b.covariance()[e]) < 1e-12);
      }
    }
  }

  void velocitySatisfiesTheContinuityEquation() {
    // d/dt log rho + div b + b . grad log rho = 0 at every x and t, checked
    // with central differences (h = 1e-4 in x and t: error ~1e-7; tolerance 1e-5).
    const GaussianMixture a = two_blobs(), b = builtin_target("ring8").mixture;
    for (InterpolantKind kind : {InterpolantKind::Linear, InterpolantKind::Trig}) {
      for (double gamma : {0.0, 1.5}) {
        const Interpolant it{kind, gamma};
        for (double t : {0.2, 0.5, 0.85}) {
          const GaussianMixture rho = interpolant_marginal(a, b, it, t);
          const std::vector<double> pts = rho.sample(4, 17);
          for (int i = 0; i < 4; ++i) {
            const double x[2] = {pts[i], pts[4 + i]};
            const double h = 1e-4;
            const double dt_log = (interpolant_marginal(a, b, it, t + h).log_density(x) -
                                   interpolant_marginal(a, b, it, t - h).log_density(x)) /
                                  (2 * h);
            double v[2], s[2], div = 0.0;
            field_at(a, b, it, t, 0.0, x, v);
            rho.score(x, s);
            for (int j = 0; j < 2; ++j) {
              double xp[2] = {x[0], x[1]}, xm[2] = {x[0], x[1]}, vp[2], vm[2];
              xp[j] += h;
              xm[j] -= h;
              field_at(a, b, it, t, 0.0, xp, vp);
              field_at(a, b, it, t, 0.0, xm, vm);
              div += (vp[j] - vm[j]) / (2 * h);
            }
            const double residual = dt_log + div + v[0] * s[0] + v[1] * s[1];
            QVERIFY2(std::fabs(residual) < 1e-5 * (1 + std::fabs(dt_log)),
                     qPrintable(QString("t %1 gamma %2: residual %3").arg(t).arg(gamma).arg(residual)));
          }
        }
      }
    }
  }

  void scoreMatchesFiniteDifferences() {
    const GaussianMixture a = builtin_target("two-moons").mixture, b = builtin_target("ring8").mixture;
    const Interpolant it{InterpolantKind::Trig, 0.5};
    for (double t : {0.1, 0.6}) {
      const GaussianMixture rho = interpolant_marginal(a, b, it, t);
      const double x[2] = {0.7, -0.4};
      double b0[2], b1[2];
      field_at(a, b, it, t, 0.0, x, b0);
      field_at(a, b, it, t, 1.0, x, b1);  // (b + s) - b = s
      for (int j = 0; j < 2; ++j) {
        double xp[2] = {x[0], x[1]}, xm[2] = {x[0], x[1]};
        xp[j] += 1e-5;
        xm[j] -= 1e-5;
        const double fd = (rho.log_density(xp) - rho.log_density(xm)) / 2e-5;
        QVERIFY2(std::fabs((b1[j] - b0[j]) - fd) < 1e-5 * (1 + std::fabs(fd)), qPrintable(QString::number(fd)));
      }
    }
  }

  void everyEpsilonGivesTheSameMarginals() {
    // two-blobs -> ring8, linear with gamma 0.5, 200 steps, n = 20,000:
    // for eps = 0, 0.5, 2 the samples at t = 1/2 match rho_1/2's moments (3 % of
    // the spread: SE ~1 %, Heun bias smaller), and at t = 1 all reach ring8
    // (sliced W2 < 0.2, the sampling floor being ~0.1) and each other (< 0.2).
    const GaussianMixture a = two_blobs(), b = builtin_target("ring8").mixture;
    const std::size_t n = 20'000;
    std::vector<std::vector<double>> finals;
    for (double eps : {0.0, 0.5, 2.0}) {
      InterpolantSpec spec{a, b, {InterpolantKind::Linear, 0.5}, eps, 200, 3};
      InterpolantSampler sampler(spec, n);
      QVERIFY(sampler.advance(100) == RunStatus::Success);
      const std::vector<double> mid = sampler.positions_soa();
      const GaussianMixture rho = interpolant_marginal(a, b, spec.interpolant, 0.5);
      const std::vector<double> em = rho.mean(), ec = rho.covariance();
      double m[2] = {0, 0};
      for (int j = 0; j < 2; ++j)
        for (std::size_t i = 0; i < n; ++i) m[j] += mid[j * n + i] / n;
      double c00 = 0, c11 = 0;
      for (std::size_t i = 0; i < n; ++i) {
        c00 += (mid[i] - m[0]) * (mid[i] - m[0]) / n;
        c11 += (mid[n + i] - m[1]) * (mid[n + i] - m[1]) / n;
      }
      const double spread = std::max(ec[0], ec[3]);
      QVERIFY2(std::fabs(m[0] - em[0]) < 0.03 * std::sqrt(spread) && std::fabs(m[1] - em[1]) < 0.03 * std::sqrt(spread),
               qPrintable(QString("eps %1 mean %2 %3 vs %4 %5").arg(eps).arg(m[0]).arg(m[1]).arg(em[0]).arg(em[1])));
      QVERIFY2(std::fabs(c00 - ec[0]) < 0.03 * spread && std::fabs(c11 - ec[3]) < 0.03 * spread,
               qPrintable(QString("eps %1 var %2 %3 vs %4 %5").arg(eps).arg(c00).arg(c11).arg(ec[0]).arg(ec[3])));
      QVERIFY(sampler.run() == RunStatus::Success);
      finals.push_back(sampler.positions_soa());
      const TargetMetrics tm = target_metrics(finals.back().data(), n, b);
      QVERIFY2(tm.sliced_w2 < 0.2, qPrintable(QString("eps %1: sliced W2 %2").arg(eps).arg(tm.sliced_w2)));
    }
    for (std::size_t k = 1; k < finals.size(); ++k)
      QVERIFY(sliced_w2(finals[0].data(), n, finals[k].data(), n, 2) < 0.2);
  }

  void pointSetToMixtureWithTrig() {
    const GaussianMixture a = builtin_target("two-moons").mixture, b = builtin_target("ring8").mixture;
    InterpolantSpec spec{a, b, {InterpolantKind::Trig, 0.0}, 0.2, 60, 1};
    InterpolantSampler sampler(spec, 3000);
    QVERIFY(sampler.run() == RunStatus::Success);
    const std::vector<double> x = sampler.positions_soa();
    const TargetMetrics m = target_metrics(x.data(), 3000, b);
    QVERIFY2(std::fabs(m.mean_loglik - m.target_mean_loglik) < 0.15, qPrintable(QString::number(m.mean_loglik)));
  }

  void refusedInputs() {
    const GaussianMixture a = two_blobs();
    QVERIFY_THROWS_EXCEPTION(InputError, InterpolantSampler({a, builtin_target("torus").mixture, {}, 0.0, 10, 0}, 10));
    QVERIFY_THROWS_EXCEPTION(InputError, InterpolantSampler({a, a, {}, -1.0, 10, 0}, 10));
    QVERIFY_THROWS_EXCEPTION(InputError, InterpolantSampler({a, a, {}, 0.0, 0, 0}, 10));
    QVERIFY_THROWS_EXCEPTION(InputError, parse_interpolant("cubic"));
  }
};

QTEST_APPLESS_MAIN(TestInterpolants)
#include "test_interpolants.moc"
