// Ensembles: bitwise identical for 1 and 2 threads, equal to single
// trajectories, stochastic moments against the exact Ornstein-Uhlenbeck
// solution, divergence and cancellation.
#include <QtTest>

#include <omp.h>

#include <cmath>
#include <cstring>

#include "core/ensemble/ensemble.h"
#include "core/errors.h"
#include "core/random/philox.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"

using namespace flowscope;

namespace {

// dx = -theta x dt + s dW per component: an Ornstein-Uhlenbeck process.
class Relaxation final : public System {
 public:
  static constexpr double kTheta = 1.5;
  std::string_view id() const override { return "ou"; }
  std::string_view name() const override { return "OU"; }
  int dimension() const override { return 2; }
  std::span<const ParameterSpec> parameters() const override { return {}; }
  std::vector<std::string> variable_names() const override { return {"x", "y"}; }
  std::vector<double> default_initial_state() const override { return {2.0, -1.0}; }
  double recommended_dt() const override { return 0.01; }
  void drift(double, const double* x, const double*, double* out) const override {
    out[0] = -kTheta * x[0];
    out[1] = -kTheta * x[1];
  }
};

// dx = s dW: no drift, five components (one full noise block and one partial).
class PureNoise final : public System {
 public:
  std::string_view id() const override { return "noise"; }
  std::string_view name() const override { return "noise"; }
  int dimension() const override { return 5; }
  std::span<const ParameterSpec> parameters() const override { return {}; }
  std::vector<std::string> variable_names() const override { return {"a", "b", "c", "d", "e"}; }
  std::vector<double> default_initial_state() const override { return std::vector<double>(5, 0.0); }
  double recommended_dt() const override { return 0.01; }
  void drift(double, const double*, const double*, double* out) const override { std::fill(out, out + 5, 0.0); }
};

Ensemble lorenz_cloud(Method method, std::size_t count, double noise = 0.0) {
  EnsembleSpec spec;
  spec.system = find_system("lorenz");
  spec.parameters = default_parameters(*spec.system);
  spec.method = method;
  spec.dt = 0.01;
  spec.noise = noise;
  spec.seed = 2024;
  return Ensemble(spec, initial_cloud({1.0, 1.0, 20.0}, count, 0.5, 1), count);
}

std::vector<double> run_with_threads(int threads, Method method, double noise) {
  const int saved = omp_get_max_threads();
  omp_set_num_threads(threads);
  Ensemble ensemble = lorenz_cloud(method, 1000 + 77, noise);  // a ragged last chunk on purpose
  ensemble.advance(300);
  omp_set_num_threads(saved);
  return ensemble.states();
}

}  // namespace

class TestEnsemble : public QObject {
  Q_OBJECT

 private slots:
  void identicalForOneAndTwoThreads_data() {
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("noise");
    QTest::newRow("rk4") << int(Method::Rk4) << 0.0;
    QTest::newRow("em") << int(Method::EulerMaruyama) << 0.5;
    QTest::newRow("heun") << int(Method::Heun) << 0.5;
    QTest::newRow("dopri5") << int(Method::Dopri5) << 0.0;
  }
  void identicalForOneAndTwoThreads() {
    QFETCH(int, method);
    QFETCH(double, noise);
    const auto one = run_with_threads(1, Method(method), noise);
    const auto two = run_with_threads(2, Method(method), noise);
    QCOMPARE(one.size(), two.size());
    QVERIFY(std::memcmp(one.data(), two.data(), one.size() * sizeof(double)) == 0);  // bitwise
  }

  void rk4EnsembleMatchesSingleTrajectories() {
    Ensemble ensemble = lorenz_cloud(Method::Rk4, 300);
    const std::vector<double> start = ensemble.states();
    ensemble.advance(200);
    double worst = 0.0;
    for (std::size_t i : {std::size_t{0}, std::size_t{137}, std::size_t{299}}) {
      Problem problem = default_problem(find_system("lorenz"), 2.0);
      problem.dt = 0.01;
      for (int j = 0; j < 3; ++j) problem.initial_state[j] = start[j * 300 + i];
      const Trajectory single = integrate(problem, Method::Rk4);
      for (int j = 0; j < 3; ++j)
        worst = std::max(worst, std::fabs(single.state(single.samples() - 1)[j] - ensemble.states()[j * 300 + i]));
    }
    qInfo("largest difference from single-trajectory RK4 after 200 steps: %.2e", worst);
    // Vector and scalar code may fuse multiply-adds differently: rounding only.
    QVERIFY(worst < 1e-9);
  }

  void ornsteinUhlenbeckMomentsAreExact_data() {
    QTest::addColumn<int>("method");
    QTest::newRow("em") << int(Method::EulerMaruyama);
    QTest::newRow("heun") << int(Method::Heun);
  }
  void ornsteinUhlenbeckMomentsAreExact() {
    // x(t) ~ N(x0 e^{-theta t}, s^2 (1 - e^{-2 theta t}) / (2 theta)).
    QFETCH(int, method);
    constexpr std::size_t kCount = 40'000;
    constexpr double kNoise = 0.8, kT = 1.0, kDt = 0.001;
    EnsembleSpec spec;
    spec.system = std::make_shared<Relaxation>();
    spec.method = Method(method);
    spec.dt = kDt;
    spec.noise = kNoise;
    spec.seed = 5;
    std::vector<double> start(2 * kCount);
    for (std::size_t i = 0; i < kCount; ++i) {
      start[i] = 2.0;
      start[kCount + i] = -1.0;
    }
    Ensemble ensemble(spec, start, kCount);
    ensemble.advance(static_cast<std::uint64_t>(kT / kDt));
    const double theta = Relaxation::kTheta;
    const double variance = kNoise * kNoise * (1 - std::exp(-2 * theta * kT)) / (2 * theta);
    for (int j = 0; j < 2; ++j) {
      const double mean = (j == 0 ? 2.0 : -1.0) * std::exp(-theta * kT);
      double sum = 0.0, sum2 = 0.0;
      for (std::size_t i = 0; i < kCount; ++i) {
        const double v = ensemble.states()[j * kCount + i];
        sum += v;
        sum2 += v * v;
      }
      const double m = sum / kCount, var = sum2 / kCount - m * m;
      qInfo("component %d: mean %.4f (exact %.4f), variance %.4f (exact %.4f)", j, m, mean, var, variance);
      // Sampling error: 4 standard errors (sd/sqrt(N) = 0.0018 for the mean,
      // var*sqrt(2/N) = 0.0011 for the variance) plus the O(dt) bias of the schemes.
      QVERIFY(std::fabs(m - mean) < 4 * std::sqrt(variance / kCount) + 2e-3);
      QVERIFY(std::fabs(var - variance) < 4 * variance * std::sqrt(2.0 / kCount) + 2e-3);
    }
  }

  void noiseIsKeyedByTrajectoryStepAndBlock() {
    // One Euler-Maruyama step from 0 without drift gives s sqrt(h) z, where z is
    // philox::normals(seed, trajectory, step 0, component / 4): the vectorised
    // noise draws the same numbers as the scalar generator (up to its 2.2e-15).
    constexpr std::size_t kCount = 300;
    constexpr double kNoise = 0.7, kDt = 0.04;
    EnsembleSpec spec;
    spec.system = std::make_shared<PureNoise>();
    spec.method = Method::EulerMaruyama;
    spec.dt = kDt;
    spec.noise = kNoise;
    spec.seed = 99;
    Ensemble ensemble(spec, std::vector<double>(5 * kCount, 0.0), kCount);
    ensemble.advance(1);
    double worst = 0.0;
    for (std::size_t i = 0; i < kCount; ++i) {
      double z[8];
      philox::normals(99, static_cast<std::uint32_t>(i), 0, 0, z);
      philox::normals(99, static_cast<std::uint32_t>(i), 0, 1, z + 4);
      for (int j = 0; j < 5; ++j) {
        const double expected = kNoise * std::sqrt(kDt) * z[j];
        worst = std::max(worst, std::fabs(ensemble.states()[j * kCount + i] - expected));
      }
    }
    qInfo("largest difference from the scalar Philox: %.2e", worst);
    QVERIFY(worst < 1e-14);
  }

  void stochasticRunsSplitAnywhereAreBitwiseIdentical() {
    for (Method method : {Method::EulerMaruyama, Method::Heun}) {
      Ensemble whole = lorenz_cloud(method, 600, 0.5), split = lorenz_cloud(method, 600, 0.5);
      whole.advance(100);
      split.advance(37);
      split.advance(63);
      QVERIFY(std::memcmp(whole.states().data(), split.states().data(), whole.states().size() * sizeof(double)) == 0);
      Ensemble reseeded = lorenz_cloud(method, 600, 0.5);
      reseeded.advance(100);
      QVERIFY(std::memcmp(whole.states().data(), reseeded.states().data(), whole.states().size() * sizeof(double)) == 0);
    }
  }

  void typedOrnsteinUhlenbeckReachesTheSchemesStationaryVariance_data() {
    QTest::addColumn<int>("method");
    QTest::newRow("em") << int(Method::EulerMaruyama);
    QTest::newRow("heun") << int(Method::Heun);
  }
  void typedOrnsteinUhlenbeckReachesTheSchemesStationaryVariance() {
    // dx = -theta x dt + s dW typed (so compiled), 100,000 members from 0 to t = 5.
    // Both schemes are linear recursions x' = a x + b s dW, whose stationary
    // variance is b^2 s^2 h / (1 - a^2): Euler-Maruyama a = 1 - theta h, b = 1;
    // Heun a = 1 - theta h + (theta h)^2 / 2, b = 1 - theta h / 2.
    QFETCH(int, method);
    constexpr std::size_t kCount = 100'000;
    constexpr double kTheta = 2.0, kNoise = 1.0, kDt = 0.01;
    const auto typed = compile_equations("param theta = 2\ndx/dt = -theta*x\n", "ou");
    QCOMPARE(typed->evaluator(), std::string_view("jit"));
    EnsembleSpec spec;
    spec.system = typed;
    spec.parameters = {kTheta};
    spec.method = Method(method);
    spec.dt = kDt;
    spec.noise = kNoise;
    spec.seed = 12;
    Ensemble ensemble(spec, std::vector<double>(kCount, 0.0), kCount);
    ensemble.advance(500);
    const double th = kTheta * kDt;
    const double a = method == int(Method::EulerMaruyama) ? 1 - th : 1 - th + th * th / 2;
    const double b = method == int(Method::EulerMaruyama) ? 1.0 : 1 - th / 2;
    const double exact = b * b * kNoise * kNoise * kDt / (1 - a * a);
    double sum = 0.0, sum2 = 0.0;
    for (double v : ensemble.states()) {
      sum += v;
      sum2 += v * v;
    }
    const double mean = sum / kCount, variance = sum2 / kCount - mean * mean;
    qInfo("mean %.5f, variance %.5f (the scheme's stationary %.5f, the SDE's %.5f)", mean, variance, exact,
          kNoise * kNoise / (2 * kTheta));
    // 4 standard errors: sd/sqrt(N) = 0.0016 for the mean, var sqrt(2/N) = 0.0011 for the variance.
    QVERIFY(std::fabs(mean) < 4 * std::sqrt(exact / kCount));
    QVERIFY(std::fabs(variance - exact) < 4 * exact * std::sqrt(2.0 / kCount));
  }

  void blownUpTrajectoriesAreFrozenAndCounted() {
    EnsembleSpec spec;
    spec.system = find_system("lorenz");
    spec.parameters = default_parameters(*spec.system);
    spec.dt = 0.01;
    std::vector<double> start = initial_cloud({1, 1, 20}, 10, 0.1, 3);
    start[0] = 1e200;  // trajectory 0 starts far outside: it overflows at once
    Ensemble ensemble(spec, start, 10);
    QCOMPARE(ensemble.advance(100), RunStatus::Success);
    QCOMPARE(ensemble.diverged(), std::size_t{1});
    for (std::size_t i = 1; i < 10; ++i) QVERIFY(std::isfinite(ensemble.states()[i]));
  }

  void cancelStopsAnAdvance() {
    Ensemble ensemble = lorenz_cloud(Method::Rk4, 5000);
    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    QCOMPARE(ensemble.advance(1000, control), RunStatus::Cancelled);
    QCOMPARE(ensemble.steps_done(), std::uint64_t{0});
  }

  void refusesBadSpecs() {
    EnsembleSpec spec;
    spec.system = find_system("lorenz");
    spec.parameters = default_parameters(*spec.system);
    QVERIFY_THROWS_EXCEPTION(InputError, Ensemble(spec, std::vector<double>(5), 2));
    QVERIFY_THROWS_EXCEPTION(InputError, Ensemble(spec, {}, 0));
    spec.dt = std::nan("");
    QVERIFY_THROWS_EXCEPTION(InputError, Ensemble(spec, std::vector<double>(6), 2));
  }

  void initialCloudLiesInTheBall() {
    const auto states = initial_cloud({1, 2, 3}, 2000, 0.5, 9);
    double farthest = 0.0, mean_r = 0.0;
    for (std::size_t i = 0; i < 2000; ++i) {
      const double r = std::hypot(states[i] - 1, states[2000 + i] - 2, states[4000 + i] - 3);
      farthest = std::max(farthest, r);
      mean_r += r / 2000;
    }
    QVERIFY(farthest <= 0.5 + 1e-12);
    QVERIFY(std::fabs(mean_r - 0.375) < 0.01);  // uniform in a 3-ball: E r = 3R/4
  }
};

QTEST_APPLESS_MAIN(TestEnsemble)
#include "test_ensemble.moc"
