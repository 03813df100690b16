// RK4 against the exact solution x(t) = exp(A t) x0 of a linear system.
#include <QtTest>

#include <Eigen/Dense>
#include <unsupported/Eigen/MatrixFunctions>
#include <cmath>

#include "core/integrate/trajectory.h"
#include "tests/core/linear_system.h"

using namespace flowscope;

namespace {

using flowscope::testing::LinearSystem;

double max_error(const std::shared_ptr<LinearSystem>& system, double t_end, double dt) {
  Problem problem = default_problem(system, t_end);
  problem.dt = dt;
  const Trajectory trajectory = integrate(problem, Method::Rk4);
  const Eigen::Vector3d x0(problem.initial_state.data());
  double worst = 0.0;
  for (std::size_t i = 0; i < trajectory.samples(); ++i) {
    const Eigen::Matrix3d propagator = (system->matrix() * trajectory.times[i]).exp();
    const Eigen::Vector3d exact = propagator * x0;
    worst = std::max(worst, (Eigen::Map<const Eigen::Vector3d>(trajectory.state(i)) - exact).norm());
  }
  return worst;
}

}  // namespace

class TestRk4 : public QObject {
  Q_OBJECT

 private slots:
  void matchesMatrixExponential() {
    const auto system = std::make_shared<LinearSystem>();
    // Global error ~ t (h w)^4 w / 120 with w = 2: about 2e-9 at h = 0.005.
    const double error = max_error(system, 10.0, 0.005);
    qInfo("max |x_rk4 - exp(At) x0| over t in [0, 10], h = 0.005: %.3g", error);
    QVERIFY2(error < 1e-8, qPrintable(QString::number(error)));
  }

  void convergesAtFourthOrder() {
    const auto system = std::make_shared<LinearSystem>();
    const double steps[] = {0.2, 0.1, 0.05, 0.025};
    double previous = 0.0;
    for (double h : steps) {
      const double error = max_error(system, 5.0, h);
      QVERIFY(std::isfinite(error) && error > 0.0);
      if (previous > 0.0) {
        const double order = std::log2(previous / error);
        qInfo("h = %.3f  error = %.3e  observed order = %.3f", h, error, order);
        QVERIFY2(std::fabs(order - 4.0) < 0.15, qPrintable(QString::number(order)));
      }
      previous = error;
    }
  }

  void lastStepLandsOnEndTime() {
    const auto system = std::make_shared<LinearSystem>();
    Problem problem = default_problem(system, 1.0);
    problem.dt = 0.3;
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    QCOMPARE(trajectory.samples(), std::size_t{5});
    QCOMPARE(trajectory.times.back(), 1.0);
    QCOMPARE(trajectory.times[3], 0.9);
  }

  void stepsFitExactlyWithoutExtraSample() {
    const auto system = std::make_shared<LinearSystem>();
    Problem problem = default_problem(system, 100.0);
    problem.dt = 0.002;
    QCOMPARE(sample_count(problem), std::size_t{50001});
  }
};

QTEST_APPLESS_MAIN(TestRk4)
#include "test_rk4.moc"
