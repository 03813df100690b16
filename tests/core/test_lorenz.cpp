// The Lorenz system: a proven trapping region, the known fixed points below
// the chaotic regime, and the behaviour of runs that are cancelled, blow up
// or are refused.
#include <QtTest>

#include <atomic>
#include <cmath>
#include <limits>

#include "core/errors.h"
#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"

using namespace flowscope;

namespace {

Problem lorenz(double rho, double t_end) {
  Problem problem = default_problem(find_system("lorenz"), t_end);
  problem.parameters[parameter_index(*problem.system, "rho")] = rho;
  return problem;
}

}  // namespace

class TestLorenz : public QObject {
  Q_OBJECT

 private slots:
  void staysInTrappingSphere() {
    // With V = x^2 + y^2 + (z - rho - sigma)^2, dV/dt = -2(sigma x^2 + y^2 + beta z^2
    // - beta (rho + sigma) z) < 0 outside an ellipsoid E. Every point of E satisfies
    // V <= c^2 (1 + beta / (4 min(sigma, 1))), c = rho + sigma, so the ball of that
    // radius is forward invariant. (1, 1, 1) starts inside it.
    const Problem problem = lorenz(28.0, 200.0);
    const double sigma = problem.parameters[0], rho = problem.parameters[1], beta = problem.parameters[2];
    const double c = rho + sigma;
    const double bound = c * c * (1.0 + beta / (4.0 * std::min(sigma, 1.0)));
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    QCOMPARE(trajectory.status, RunStatus::Success);
    double worst = 0.0;
    for (std::size_t i = 0; i < trajectory.samples(); ++i) {
      const double* x = trajectory.state(i);
      worst = std::max(worst, x[0] * x[0] + x[1] * x[1] + (x[2] - c) * (x[2] - c));
    }
    qInfo("max V = %.1f, proven bound %.1f", worst, bound);
    QVERIFY(worst <= bound);
  }

  void visitsBothWingsWithinKnownBox() {
    // After the transient the classic attractor lies in |x| < 20, |y| < 28, 0 < z < 50
    // (Sparrow 1982); a 10 % margin covers the discretisation.
    const Trajectory trajectory = integrate(lorenz(28.0, 200.0), Method::Rk4);
    int sign_changes = 0;
    for (std::size_t i = 0; i < trajectory.samples(); ++i) {
      const double* x = trajectory.state(i);
      if (trajectory.times[i] < 5.0) continue;
      QVERIFY(std::fabs(x[0]) < 22.0 && std::fabs(x[1]) < 31.0 && x[2] > 0.0 && x[2] < 55.0);
      if (i > 0 && (x[0] > 0) != (trajectory.state(i - 1)[0] > 0)) ++sign_changes;
    }
    qInfo("switches between the wings: %d", sign_changes);
    QVERIFY(sign_changes > 50);
  }

  void convergesToFixedPointBelowChaos() {
    // For 1 < rho < 24.74 the fixed points C+- = (+-q, +-q, rho - 1),
    // q = sqrt(beta (rho - 1)), attract; from (1, 1, 1) the orbit reaches C+.
    const Problem problem = lorenz(10.0, 60.0);
    const double beta = problem.parameters[2];
    const double q = std::sqrt(beta * 9.0);
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    const double* x = trajectory.state(trajectory.samples() - 1);
    QVERIFY(std::fabs(std::fabs(x[0]) - q) < 1e-6);
    QVERIFY(std::fabs(x[1] - x[0]) < 1e-6);
    QVERIFY(std::fabs(x[2] - 9.0) < 1e-6);
  }

  void originAttractsBelowRhoOne() {
    const Trajectory trajectory = integrate(lorenz(0.5, 60.0), Method::Rk4);
    const double* x = trajectory.state(trajectory.samples() - 1);
    QVERIFY(std::hypot(x[0], x[1], x[2]) < 1e-8);
  }

  void blowUpIsReportedNotReturnedAsNumbers() {
    Problem problem = lorenz(28.0, 10.0);
    problem.dt = 0.5;
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    QCOMPARE(trajectory.status, RunStatus::Unstable);
    QVERIFY(!trajectory.message.empty());
    for (double v : trajectory.states) QVERIFY(std::isfinite(v));
  }

  void cancelStopsARun() {
    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    const Trajectory trajectory = integrate(lorenz(28.0, 1000.0), Method::Rk4, control);
    QCOMPARE(trajectory.status, RunStatus::Cancelled);
    QVERIFY(trajectory.samples() < 10'000);
  }

  void refusesBadProblems_data() {
    QTest::addColumn<double>("t_end");
    QTest::addColumn<double>("dt");
    QTest::addColumn<double>("rho");
    QTest::newRow("zero dt") << 10.0 << 0.0 << 28.0;
    QTest::newRow("negative t_end") << -1.0 << 0.01 << 28.0;
    QTest::newRow("NaN dt") << 10.0 << std::nan("") << 28.0;
    QTest::newRow("infinite t_end") << std::numeric_limits<double>::infinity() << 0.01 << 28.0;
    QTest::newRow("NaN parameter") << 10.0 << 0.01 << std::nan("");
    QTest::newRow("absurd size") << 1e9 << 1e-3 << 28.0;
  }
  void refusesBadProblems() {
    QFETCH(double, t_end);
    QFETCH(double, dt);
    QFETCH(double, rho);
    Problem problem = lorenz(rho, t_end);
    problem.dt = dt;
    QVERIFY_THROWS_EXCEPTION(InputError, integrate(problem, Method::Rk4));
  }

  void refusesUnknownNames() {
    QVERIFY_THROWS_EXCEPTION(InputError, find_system("lorentz"));
    QVERIFY_THROWS_EXCEPTION(InputError, parameter_index(*find_system("lorenz"), "r"));
    QVERIFY_THROWS_EXCEPTION(InputError, parse_method("euler"));
  }
};

QTEST_APPLESS_MAIN(TestLorenz)
#include "test_lorenz.moc"
