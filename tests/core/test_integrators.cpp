// Convergence orders of the integrators on problems with known solutions:
// Dormand-Prince 5(4) (fixed steps, adaptive, dense output), Euler-Maruyama
// and stochastic Heun (strong order on geometric Brownian motion), and the
// Philox generator against Random123.
#include <QtTest>

#include <Eigen/Dense>
#include <Random123/philox.h>
#include <cmath>
#include <random>
#include <unsupported/Eigen/MatrixFunctions>

#include "core/integrate/dopri5.h"
#include "tests/core/linear_system.h"
#include "core/integrate/rk4.h"
#include "core/integrate/stochastic.h"
#include "core/random/philox.h"

using namespace flowscope;

namespace {

using flowscope::testing::LinearSystem;

// Geometric Brownian motion dX = mu X dt + s X dW, one dimension.
class GeometricBrownianMotion final : public System {
 public:
  static constexpr double kMu = 0.5, kSigma = 0.8;
  std::string_view id() const override { return "gbm"; }
  std::string_view name() const override { return "GBM"; }
  int dimension() const override { return 1; }
  std::span<const ParameterSpec> parameters() const override { return {}; }
  std::vector<std::string> variable_names() const override { return {"x"}; }
  std::vector<double> default_initial_state() const override { return {1.0}; }
  double recommended_dt() const override { return 0.01; }
  void drift(double, const double* x, const double*, double* out) const override { out[0] = kMu * x[0]; }
  bool diffusion(double, const double* x, const double*, double* out) const override {
    out[0] = kSigma * x[0];
    return true;
  }
};

double max_error(const std::shared_ptr<LinearSystem>& system, const Trajectory& trajectory) {
  double worst = 0.0;
  for (std::size_t i = 0; i < trajectory.samples(); ++i)
    worst = std::max(worst, (Eigen::Map<const Eigen::Vector3d>(trajectory.state(i)) -
                             system->exact(trajectory.times[i])).norm());
  return worst;
}

// Mean |X_T(h) - X_T(exact)| over paths: the strong error of a stepper.
template <typename Stepper>
double strong_error(int steps, bool stratonovich) {
  constexpr int kPaths = 2000, kFinest = 1024;
  constexpr double kT = 1.0, kX0 = 1.0;
  const GeometricBrownianMotion gbm;
  const double mu = GeometricBrownianMotion::kMu, s = GeometricBrownianMotion::kSigma;
  Stepper stepper(gbm, {}, 0.0);
  std::mt19937_64 engine(12345);
  std::normal_distribution<double> normal;
  const double fine = kT / kFinest;
  const int group = kFinest / steps;
  double total = 0.0;
  for (int path = 0; path < kPaths; ++path) {
    std::vector<double> increments(kFinest);
    for (double& dw : increments) dw = std::sqrt(fine) * normal(engine);
    double x = kX0, w = 0.0;
    for (int k = 0; k < steps; ++k) {
      double dw = 0.0;
      for (int j = 0; j < group; ++j) dw += increments[k * group + j];
      stepper.step(k * (kT / steps), kT / steps, &x, &dw);
      w += dw;
    }
    // Itô: X0 exp((mu - s^2/2) T + s W);  Stratonovich: X0 exp(mu T + s W).
    const double exact = kX0 * std::exp((stratonovich ? mu : mu - 0.5 * s * s) * kT + s * w);
    total += std::fabs(x - exact);
  }
  return total / kPaths;
}

template <typename Stepper>
double observed_strong_order(bool stratonovich) {
  const int steps[] = {16, 32, 64, 128};
  std::vector<double> log_h, log_e;
  for (int n : steps) {
    const double e = strong_error<Stepper>(n, stratonovich);
    qInfo("  steps %4d  strong error %.4e", n, e);
    log_h.push_back(std::log(1.0 / n));
    log_e.push_back(std::log(e));
  }
  // Least-squares slope of log error against log h.
  const double mh = std::accumulate(log_h.begin(), log_h.end(), 0.0) / log_h.size();
  const double me = std::accumulate(log_e.begin(), log_e.end(), 0.0) / log_e.size();
  double num = 0.0, den = 0.0;
  for (std::size_t i = 0; i < log_h.size(); ++i) {
    num += (log_h[i] - mh) * (log_e[i] - me);
    den += (log_h[i] - mh) * (log_h[i] - mh);
  }
  return num / den;
}

}  // namespace

class TestIntegrators : public QObject {
  Q_OBJECT

 private slots:
  void dopri5FixedStepIsFifthOrder() {
    const auto system = std::make_shared<LinearSystem>();
    double previous = 0.0;
    for (double h : {0.2, 0.1, 0.05}) {
      Dopri5Stepper stepper(*system, {});
      Eigen::Vector3d x(1.0, 0.5, -0.25);
      const int steps = static_cast<int>(std::lround(5.0 / h));
      for (int k = 0; k < steps; ++k) stepper.step(k * h, h, x.data());
      const double error = (x - system->exact(5.0)).norm();
      if (previous > 0.0) {
        const double order = std::log2(previous / error);
        qInfo("h = %.3f  error = %.3e  observed order %.3f", h, error, order);
        QVERIFY2(std::fabs(order - 5.0) < 0.2, qPrintable(QString::number(order)));
      }
      previous = error;
    }
  }

  void dopri5DenseOutputIsFourthOrder() {
    // Local error of the continuous extension at mid-step is O(h^5).
    const auto system = std::make_shared<LinearSystem>();
    double previous = 0.0;
    for (double h : {0.4, 0.2, 0.1}) {
      Dopri5Stepper stepper(*system, {});
      Eigen::Vector3d x(1.0, 0.5, -0.25), f, mid;
      system->drift(0.0, x.data(), nullptr, f.data());
      stepper.attempt(0.0, h, x.data(), f.data(), 1e-6, 1e-9);
      stepper.interpolate(0.5, mid.data());
      const double error = (mid - system->exact(0.5 * h)).norm();
      if (previous > 0.0) {
        const double order = std::log2(previous / error);
        qInfo("h = %.2f  mid-step error = %.3e  local order %.3f", h, error, order);
        QVERIFY2(order > 4.7, qPrintable(QString::number(order)));
      }
      previous = error;
    }
  }

  void dopri5AdaptiveMeetsItsTolerance_data() {
    QTest::addColumn<double>("rtol");
    QTest::newRow("1e-6") << 1e-6;
    QTest::newRow("1e-9") << 1e-9;
    QTest::newRow("1e-12") << 1e-12;
  }
  void dopri5AdaptiveMeetsItsTolerance() {
    QFETCH(double, rtol);
    const auto system = std::make_shared<LinearSystem>();
    Problem problem = default_problem(system, 10.0);
    problem.dt = 0.05;  // output interval: the samples come from dense output
    problem.rtol = rtol;
    problem.atol = rtol * 1e-2;
    AdaptiveStats stats;
    const Trajectory trajectory = integrate_dopri5(problem, {}, &stats);
    QCOMPARE(trajectory.status, RunStatus::Success);
    QCOMPARE(trajectory.samples(), std::size_t{201});
    QCOMPARE(trajectory.times.back(), 10.0);
    const double error = max_error(system, trajectory);
    qInfo("rtol %.0e: max error %.2e, %zu accepted, %zu rejected steps, %zu evaluations", rtol, error,
          stats.accepted, stats.rejected, stats.evaluations);
    // Global error of a locally controlled method: a small multiple of the tolerance.
    QVERIFY(error < 100 * rtol);
    QVERIFY(error > 0.0);
  }

  void dopri5TakesFarFewerStepsThanRk4ForTheSameAccuracy() {
    const auto system = std::make_shared<LinearSystem>();
    Problem problem = default_problem(system, 10.0);
    problem.dt = 0.5;
    problem.rtol = 1e-9;
    problem.atol = 1e-11;
    AdaptiveStats stats;
    const double dopri_error = max_error(system, integrate_dopri5(problem, {}, &stats));
    problem.dt = 0.005;  // RK4 at this step: error ~7e-10 (see test_rk4)
    const double rk4_error = max_error(system, integrate(problem, Method::Rk4));
    qInfo("dopri5: %zu evaluations for %.1e; rk4: %d evaluations for %.1e", stats.evaluations, dopri_error,
          4 * 2000, rk4_error);
    QVERIFY(stats.evaluations < 4 * 2000 / 2);
  }

  void eulerMaruyamaHasStrongOrderOneHalf() {
    const double order = observed_strong_order<EulerMaruyamaStepper>(false);
    qInfo("Euler-Maruyama strong order %.3f (expected 0.5)", order);
    QVERIFY2(std::fabs(order - 0.5) < 0.1, qPrintable(QString::number(order)));
  }

  void heunHasStrongOrderOneTowardsStratonovich() {
    const double order = observed_strong_order<StochasticHeunStepper>(true);
    qInfo("stochastic Heun strong order %.3f (expected 1.0)", order);
    QVERIFY2(std::fabs(order - 1.0) < 0.15, qPrintable(QString::number(order)));
  }

  void stochasticRunsAreReproducibleAndSeeded() {
    const auto system = std::make_shared<LinearSystem>();
    Problem problem = default_problem(system, 2.0);
    problem.noise = 0.3;
    problem.seed = 7;
    const Trajectory a = integrate(problem, Method::EulerMaruyama);
    const Trajectory b = integrate(problem, Method::EulerMaruyama);
    QCOMPARE(a.states, b.states);
    problem.seed = 8;
    QVERIFY(integrate(problem, Method::EulerMaruyama).states != a.states);
    // Without noise, Heun is the deterministic explicit trapezoidal rule: second order.
    problem.noise = 0.0;
    const double coarse = max_error(system, integrate(problem, Method::Heun));
    problem.dt /= 2;
    const double fine = max_error(system, integrate(problem, Method::Heun));
    qInfo("noiseless Heun: order %.3f", std::log2(coarse / fine));
    QVERIFY(std::fabs(std::log2(coarse / fine) - 2.0) < 0.1);
  }

  void philoxMatchesRandom123() {
    r123::Philox4x32 reference;
    for (std::uint32_t i = 0; i < 64; ++i) {
      const r123::Philox4x32::ctr_type c = {{i, i * 2654435761u, ~i, 42u + i}};
      const r123::Philox4x32::key_type k = {{0xDEADBEEFu ^ i, 0x12345678u + i}};
      const auto expected = reference(c, k);
      const philox::Block got = philox::generate({{c[0], c[1], c[2], c[3]}}, k[0], k[1]);
      for (int j = 0; j < 4; ++j) QCOMPARE(got.v[j], expected[j]);
    }
  }

  void philoxNormalsHaveUnitMoments() {
    double sum = 0.0, sum2 = 0.0, sum4 = 0.0;
    constexpr int kBlocks = 250'000;
    for (int i = 0; i < kBlocks; ++i) {
      double z[4];
      philox::normals(99, static_cast<std::uint32_t>(i), 0, 0, z);
      for (double v : z) {
        sum += v;
        sum2 += v * v;
        sum4 += v * v * v * v;
      }
    }
    const double n = 4.0 * kBlocks;
    qInfo("mean %.4f, variance %.4f, kurtosis %.4f", sum / n, sum2 / n, sum4 / n);
    // 10^6 samples: standard errors 0.001 (mean), 0.0014 (variance), 0.01 (fourth moment, 3).
    QVERIFY(std::fabs(sum / n) < 0.005);
    QVERIFY(std::fabs(sum2 / n - 1.0) < 0.007);
    QVERIFY(std::fabs(sum4 / n - 3.0) < 0.05);
  }
};

QTEST_APPLESS_MAIN(TestIntegrators)
#include "test_integrators.moc"
