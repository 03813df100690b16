// SINDy against the Lorenz equations: from a clean trajectory the fit
// recovers sigma = 10, rho = 28, beta = 8/3 and the unit coefficients within
// kCoefficientTolerance and puts exact zeros on the other 23 of 30 library
// terms, with a given threshold and with one chosen by cross-validation; the
// printed equations compile as a typed system that follows the true flow;
// bad input is refused with a message naming the problem.
#include <QtTest>

#include <cmath>

#include "core/errors.h"
#include "core/integrate/trajectory.h"
#include "core/reconstruct/sindy.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"
#include "tests/core/reconstruct_data.h"

using namespace flowscope;

namespace {

// Relative error allowed on each coefficient: the fourth-order differences at
// dt = 0.002 are accurate to ~1e-7 on Lorenz, the RK4 data to ~1e-9; 1e-4
// leaves room for the conditioning of the normal equations.
constexpr double kCoefficientTolerance = 1e-4;

struct Expected {
  std::size_t equation;
  const char* term;
  double value;
};
const Expected kLorenz[] = {
    {0, "x", -10.0}, {0, "y", 10.0},     {1, "x", 28.0}, {1, "y", -1.0},
    {1, "x*z", -1.0}, {2, "z", -8.0 / 3}, {2, "x*y", 1.0},
};

void check_lorenz(const SindyModel& model) {
  double worst = 0.0;
  QCOMPARE(model.terms.size(), std::size_t{10});  // 1, x, y, z, x^2, x*y, x*z, y^2, y*z, z^2
  QCOMPARE(model.variables, (std::vector<std::string>{"x", "y", "z"}));
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t k = 0; k < model.terms.size(); ++k) {
      double truth = 0.0;
      for (const Expected& e : kLorenz)
        if (e.equation == i && model.terms[k] == e.term) truth = e.value;
      const double c = model.coefficient(i, k);
      if (truth == 0.0) {
        QVERIFY2(c == 0.0, qPrintable(QString("d%1/dt: %2 has %3, not 0").arg(i).arg(model.terms[k].c_str()).arg(c)));
      } else {
        worst = std::max(worst, std::fabs(c / truth - 1.0));
        QVERIFY2(std::fabs(c / truth - 1.0) <= kCoefficientTolerance,
                 qPrintable(QString("d%1/dt: %2 has %3, not %4").arg(i).arg(model.terms[k].c_str()).arg(c, 0, 'g', 12).arg(truth)));
      }
    }
  qInfo("worst relative coefficient error %.2e, threshold %g", worst, model.threshold);
  QCOMPARE(model.nonzero_terms(), std::size_t{7});
  for (double r2 : model.r_squared) QVERIFY(r2 > 1 - 1e-9);
}

}  // namespace

class TestSindy : public QObject {
  Q_OBJECT

 private slots:
  void recoversLorenzWithGivenThreshold() {
    SindyOptions options;
    options.threshold = 0.1;
    const SindyModel model = fit_sindy(testing::lorenz_set(10000, 0.002), options);
    QVERIFY(model.converged);
    QVERIFY(!model.threshold_from_cv);
    check_lorenz(model);
  }

  void crossValidationChoosesAThresholdThatRecoversLorenz() {
    const SindyModel model = fit_sindy(testing::lorenz_set(10000, 0.002));
    QVERIFY(model.threshold_from_cv);
    QCOMPARE(model.cv_errors.size(), model.cv_thresholds.size());
    // The chosen threshold sits between the largest spurious least-squares
    // coefficient and the smallest true one (1).
    QVERIFY2(model.threshold < 1.0 && model.threshold > 1e-3, qPrintable(QString::number(model.threshold)));
    check_lorenz(model);
  }

  void degreeThreeLibraryStillFindsLorenz() {
    SindyOptions options;
    options.degree = 3;
    options.threshold = 0.05;
    const SindyModel model = fit_sindy(testing::lorenz_set(10000, 0.002), options);
    QCOMPARE(model.terms.size(), std::size_t{20});
    QCOMPARE(model.nonzero_terms(), std::size_t{7});
    QVERIFY(std::fabs(model.coefficient(1, 1) / 28.0 - 1.0) <= kCoefficientTolerance);
  }

  void equationsCompileAndFollowTheTrueFlow() {
    SindyOptions options;
    options.threshold = 0.1;
    const TrajectorySet data = testing::lorenz_set(10000, 0.002);
    const SindyModel model = fit_sindy(data, options);
    const std::string text = model.equations_text();
    const auto system = compile_equations(text, "sindy");
    QCOMPARE(system->dimension(), 3);
    // One time unit from the first data point: the fitted and the true
    // system stay within 1e-3 (the coefficient error grown by exp(0.9 t)).
    Problem fitted = default_problem(system, 1.0), truth = default_problem(find_system("lorenz"), 1.0);
    fitted.dt = truth.dt = 0.001;
    truth.initial_state = fitted.initial_state;
    QCOMPARE(fitted.initial_state, (std::vector<double>{data.values[0], data.values[1], data.values[2]}));
    const Trajectory a = integrate(fitted, Method::Rk4), b = integrate(truth, Method::Rk4);
    QVERIFY(a.status == RunStatus::Success);
    double worst = 0.0;
    for (std::size_t i = 0; i < a.samples(); ++i)
      for (int j = 0; j < 3; ++j) worst = std::max(worst, std::fabs(a.state(i)[j] - b.state(i)[j]));
    QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
  }

  void badInputIsRefusedWithItsReason() {
    TrajectorySet data = testing::lorenz_set(200, 0.01);
    TrajectorySet constant = data;
    for (std::size_t i = 0; i < constant.points(); ++i) constant.values[i * 3 + 1] = 2.0;
    QVERIFY(testing::error_message_of([&] { fit_sindy(constant); }).find("column 1") != std::string::npos);
    TrajectorySet nan = data;
    nan.values[50 * 3 + 2] = std::nan("");
    QVERIFY(testing::error_message_of([&] { fit_sindy(nan); }).find("NaN") != std::string::npos);
    SindyOptions deg5;
    deg5.degree = 5;  // 56 terms: 196 rows are fewer than 2 x 56
    const TrajectorySet few = testing::lorenz_set(100, 0.01);
    QVERIFY(testing::error_message_of([&] { fit_sindy(few, deg5); }).find("too few") != std::string::npos);
    SindyOptions wrong_dt;
    wrong_dt.dt = 0.02;
    QVERIFY(testing::error_message_of([&] { fit_sindy(data, wrong_dt); }).find("does not match") != std::string::npos);
    TrajectorySet uneven = data;
    uneven.times[100] += 0.004;
    QVERIFY(testing::error_message_of([&] { fit_sindy(uneven); }).find("not sampled uniformly") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestSindy)
#include "test_sindy.moc"
