// The analysis tools against published numbers and exact answers: the
// Lyapunov spectra of Lorenz and Rössler, a linear system whose exponents are
// its eigenvalues' real parts, Poincaré crossings of a harmonic oscillator at
// known times, and Rössler's period-doubling cascade in an orbit diagram.
#include <QtTest>

#include <Eigen/Dense>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <omp.h>

#include "core/analysis/lyapunov.h"
#include "core/analysis/orbit_diagram.h"
#include "core/analysis/poincare.h"
#include "core/errors.h"
#include "core/systems/catalogue.h"
#include "tests/core/sanitizer_build.h"

using namespace flowscope;

// Every malloc of the process is counted while g_counting is set, so a test can
// see whether a loop allocates: operator new, Eigen's aligned allocator and
// the standard library all end in malloc, which glibc lets a program replace.
namespace {
std::atomic<bool> g_counting{false};
std::atomic<long> g_mallocs{0};
}  // namespace
#ifndef FLOWSCOPE_SANITIZED  // the sanitizers' runtimes own malloc
extern "C" void* __libc_malloc(std::size_t size) noexcept;
extern "C" void* malloc(std::size_t size) noexcept {
  if (g_counting.load(std::memory_order_relaxed)) g_mallocs.fetch_add(1, std::memory_order_relaxed);
  return __libc_malloc(size);
}
#endif

namespace {

// x' = s A x: a linear system with a known answer. Its Jacobian s A is exact,
// so the tangent equation is the state equation itself.
class LinearSystem final : public System {
 public:
  LinearSystem(int n, std::vector<double> matrix, std::vector<double> initial_state)
      : n_(n), matrix_(std::move(matrix)), initial_state_(std::move(initial_state)) {}
  std::string_view id() const override { return "linear"; }
  std::string_view name() const override { return "linear"; }
  int dimension() const override { return n_; }
  std::span<const ParameterSpec> parameters() const override { return specs_; }
  std::vector<std::string> variable_names() const override {
    std::vector<std::string> names;
    for (int i = 0; i < n_; ++i) names.push_back({'x', static_cast<char>('0' + i)});  // n < 10 here
    return names;
  }
  std::vector<double> default_initial_state() const override { return initial_state_; }
  double recommended_dt() const override { return 0.01; }
  void drift(double, const double* x, const double* p, double* out) const override {
    for (int i = 0; i < n_; ++i) {
      out[i] = 0.0;
      for (int j = 0; j < n_; ++j) out[i] += p[0] * matrix_[i * n_ + j] * x[j];
    }
  }
  void jacobian(double, const double*, const double* p, double* jac) const override {
    for (int i = 0; i < n_ * n_; ++i) jac[i] = p[0] * matrix_[i];
  }

 private:
  int n_;
  std::vector<double> matrix_, initial_state_;
  std::vector<ParameterSpec> specs_{{"s", "s", 1.0, 0.0, 10.0, "scale of the matrix"}};
};

// A system as a user would type it: Lorenz's field without its own Jacobian,
// so System::jacobian falls back to central differences.
class LorenzWithoutJacobian final : public System {
 public:
  std::string_view id() const override { return "lorenz-typed"; }
  std::string_view name() const override { return "Lorenz, typed"; }
  int dimension() const override { return 3; }
  std::span<const ParameterSpec> parameters() const override { return lorenz_->parameters(); }
  std::vector<std::string> variable_names() const override { return lorenz_->variable_names(); }
  std::vector<double> default_initial_state() const override { return lorenz_->default_initial_state(); }
  double recommended_dt() const override { return lorenz_->recommended_dt(); }
  void drift(double t, const double* x, const double* p, double* out) const override { lorenz_->drift(t, x, p, out); }

 private:
  std::shared_ptr<const System> lorenz_ = find_system("lorenz");
};

// The harmonic oscillator x' = y, y' = -x from (1, 0): x = cos t, y = -sin t.
std::shared_ptr<const System> oscillator() {
  return std::make_shared<LinearSystem>(2, std::vector<double>{0, 1, -1, 0}, std::vector<double>{1, 0});
}

Problem problem_of(std::shared_ptr<const System> system, double t_end, double dt = 0.0) {
  Problem problem = default_problem(std::move(system), t_end);
  if (dt > 0) problem.dt = dt;
  return problem;
}

double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

// Values closer than tolerance (after sorting) count as one.
int distinct_values(std::vector<double> values, double tolerance) {
  std::sort(values.begin(), values.end());
  int count = 0;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (i == 0 || values[i] - values[i - 1] > tolerance) ++count;
  return count;
}

}  // namespace

class TestAnalysis : public QObject {
  Q_OBJECT

 private slots:
  // Every published largest exponent stored in the catalogue is reproduced
  // by our own Lyapunov code: the catalogue's numbers and the method check
  // each other.
  void storedReferencesAreReproduced_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("published");
    QTest::addColumn<double>("averaging");
    for (const auto& system : all_systems())
      for (const ReferenceValue& r : system->references())
        if (r.quantity == "max_lyapunov") {
          // Averaging over 3000 time units puts the estimate within a few per cent.
          // Rabinovich-Fabrikant is intermittent and converges slowly from below
          // (0.185 at T = 3000, 0.188 at 10^4, 0.193 at 3 x 10^4): it gets 3 x 10^4.
          const double averaging = system->id() == "rabinovich-fabrikant" ? 30000.0 : 3000.0;
          QTest::newRow(std::string(system->id()).c_str())
              << QString::fromUtf8(system->id().data(), int(system->id().size())) << r.values.at(0) << averaging;
        }
  }
  void storedReferencesAreReproduced() {
    QFETCH(QString, id);
    QFETCH(double, published);
    QFETCH(double, averaging);
    const auto system = find_system(id.toStdString());
    Problem problem = default_problem(system, averaging);
    LyapunovOptions options;
    options.transient = 100.0;
    options.count = 1;
    const LyapunovResult result = lyapunov_spectrum(problem, options);
    QCOMPARE(result.status, RunStatus::Success);
    const double measured = result.exponents.at(0);
    qInfo("%s: largest exponent %.4f, published %.4f", qPrintable(id), measured, published);
    QVERIFY2(std::fabs(measured - published) <= 0.05 * std::fabs(published) + 0.003,
             qPrintable(QString("measured %1, published %2").arg(measured).arg(published)));
  }

  // ---- Kaplan-Yorke ----------------------------------------------------------

  void kaplanYorkeHandCases_data() {
    QTest::addColumn<std::vector<double>>("exponents");
    QTest::addColumn<double>("dimension");
    QTest::newRow("none") << std::vector<double>{} << 0.0;
    QTest::newRow("all negative") << std::vector<double>{-0.5, -1.0, -2.0} << 0.0;
    QTest::newRow("1, -2") << std::vector<double>{1.0, -2.0} << 1.5;
    QTest::newRow("limit cycle 0, -1") << std::vector<double>{0.0, -1.0} << 1.0;
    QTest::newRow("1, -0.5, -1") << std::vector<double>{1.0, -0.5, -1.0} << 2.5;
    QTest::newRow("never contracting") << std::vector<double>{1.0, 0.5} << 2.0;
    QTest::newRow("Lorenz, Sprott") << std::vector<double>{0.9056, 0.0, -14.5723} << 2.0 + 0.9056 / 14.5723;
  }
  void kaplanYorkeHandCases() {
    QFETCH(std::vector<double>, exponents);
    QFETCH(double, dimension);
    QCOMPARE(kaplan_yorke_dimension(exponents), dimension);
  }

  void kaplanYorkeRefusesUnsortedOrNonFinite() {
    QVERIFY_THROWS_EXCEPTION(InputError, kaplan_yorke_dimension(std::vector<double>{-1.0, 1.0}));
    QVERIFY_THROWS_EXCEPTION(InputError, kaplan_yorke_dimension(std::vector<double>{std::nan(""), -1.0}));
  }

  // ---- Lyapunov spectrum -----------------------------------------------------

  void lorenzSpectrumMatchesPublished() {
    // Sprott (2003): 0.9056, 0, -14.5723; D_KY = 2.0621. Finite-time estimates
    // fluctuate like 1/sqrt(T): over T = 20000 (1e7 steps, ~4 s) four starts
    // gave lambda_1 from 0.9044 to 0.9084 (over T = 1000: 0.904 to 0.912);
    // lambda_2 converges like 1/T (|lambda_2| < 1e-4), lambda_3 follows from
    // the exact sum, and D_KY moves by 0.07 times lambda_1's error. The
    // tolerances 0.03, 0.03, 0.1 and 0.01 leave a wide margin over that.
    const Problem problem = problem_of(find_system("lorenz"), 20000.0);
    LyapunovOptions options;
    options.transient = 100.0;
    const auto begin = std::chrono::steady_clock::now();
    const LyapunovResult result = lyapunov_spectrum(problem, options);
    const double seconds = seconds_since(begin);
    QCOMPARE(result.status, RunStatus::Success);
    QCOMPARE(result.exponents.size(), std::size_t{3});
    qInfo("Lorenz over T = 20000 (dt 0.002, transient 100): %.4f %.4f %.4f, D_KY %.4f, sum %.9f, %.2f s",
          result.exponents[0], result.exponents[1], result.exponents[2], result.kaplan_yorke,
          result.exponents[0] + result.exponents[1] + result.exponents[2], seconds);
    QVERIFY(std::fabs(result.exponents[0] - 0.9056) < 0.03);
    QVERIFY(std::fabs(result.exponents[1]) < 0.03);
    QVERIFY(std::fabs(result.exponents[2] + 14.5723) < 0.1);
    QVERIFY(std::fabs(result.kaplan_yorke - 2.0621) < 0.01);
    QCOMPARE(result.averaged_time, 20000.0);
  }

  void lorenzExponentsSumToTheDivergence() {
    // The sum of all exponents is the time average of div f = trace J, which is
    // -(sigma + 1 + beta) everywhere for Lorenz. It holds for any run length
    // (log det of the tangent map), so only RK4's error per unit time,
    // ~dt^4 |lambda|^5 / 120, about 2e-7 at dt = 0.002, separates them.
    const Problem problem = problem_of(find_system("lorenz"), 200.0);
    const LyapunovResult result = lyapunov_spectrum(problem);
    QCOMPARE(result.status, RunStatus::Success);
    const double sigma = problem.parameters[0], beta = problem.parameters[2];
    double sum = 0.0;
    for (const double e : result.exponents) sum += e;
    qInfo("sum of exponents %.10f, -(sigma + 1 + beta) = %.10f", sum, -(sigma + 1.0 + beta));
    QVERIFY(std::fabs(sum + (sigma + 1.0 + beta)) < 1e-6);
  }

  void rosslerMaximumExponentMatchesPublished() {
    // Sprott (2003): 0.0714. Rössler's orbit takes about 6 time units and its
    // exponent is small, so estimates over T = 5000 spread from 0.071 to 0.075;
    // over T = 50000 (5e6 steps, ~2 s) four starts gave 0.0707 to 0.0719,
    // well inside the tolerance 0.01.
    const Problem problem = problem_of(find_system("rossler"), 50000.0);
    LyapunovOptions options;
    options.transient = 200.0;
    const auto begin = std::chrono::steady_clock::now();
    const LyapunovResult result = lyapunov_spectrum(problem, options);
    QCOMPARE(result.status, RunStatus::Success);
    qInfo("Rössler over T = 50000 (dt 0.01): %.4f %.4f %.4f, D_KY %.4f, %.2f s", result.exponents[0],
          result.exponents[1], result.exponents[2], result.kaplan_yorke, seconds_since(begin));
    QVERIFY(std::fabs(result.exponents[0] - 0.0714) < 0.01);
  }

  void linearSystemGivesTheRealPartsOfItsEigenvalues() {
    // A = R B R^T with B block upper triangular, eigenvalues 0.3, -0.5 +- 3i and
    // -2, and R a rotation that hides the structure from the start vectors.
    // Once the transient has turned the tangent vectors into the invariant
    // subspaces, every R_ii grows by exactly exp(Re(lambda_i) tau): the
    // rotation block is normal. What is left is RK4's error per unit time,
    // |log|P(h lambda)| / h - Re lambda| ~ h^4 |lambda|^5 / 120 ~ 2e-12 at
    // h = 0.001, and the misalignment left by the transient, exp(-0.8 * 40) ~ 1e-14
    // (after a transient of 20 it was 1e-7 and cost 1e-9 in the average).
    Eigen::Matrix4d B;
    B << 0.3, 1.0, 0.5, 0.2,  //
        0.0, -0.5, 3.0, 1.0,  //
        0.0, -3.0, -0.5, 0.7,  //
        0.0, 0.0, 0.0, -2.0;
    Eigen::Matrix4d M;
    M << 1, 2, 0, 1, -1, 1, 3, 0, 2, 0, 1, -1, 0, 1, 1, 2;
    const Eigen::Matrix4d R = Eigen::HouseholderQR<Eigen::Matrix4d>(M).householderQ();
    const Eigen::Matrix<double, 4, 4, Eigen::RowMajor> A = R * B * R.transpose();
    auto system = std::make_shared<LinearSystem>(4, std::vector<double>(A.data(), A.data() + 16),
                                                 std::vector<double>{1, 0, 0, 0});
    LyapunovOptions options;
    options.transient = 40.0;
    const LyapunovResult result = lyapunov_spectrum(problem_of(system, 100.0, 0.001), options);
    QCOMPARE(result.status, RunStatus::Success);
    const double expected[] = {0.3, -0.5, -0.5, -2.0};
    double worst = 0.0;
    for (int i = 0; i < 4; ++i) worst = std::max(worst, std::fabs(result.exponents[i] - expected[i]));
    qInfo("linear system: %.12f %.12f %.12f %.12f, worst error %.2e", result.exponents[0], result.exponents[1],
          result.exponents[2], result.exponents[3], worst);
    QVERIFY(worst < 1e-9);
  }

  void typedSystemWithoutJacobianAgrees() {
    // A user-typed system gets central differences (error ~1e-10 relative)
    // instead of the exact Jacobian. The state follows the same field, so the
    // trajectories coincide and only the tangent map differs, by about 1e-10.
    LyapunovOptions options;
    options.transient = 10.0;
    const LyapunovResult exact = lyapunov_spectrum(problem_of(find_system("lorenz"), 100.0), options);
    const LyapunovResult typed =
        lyapunov_spectrum(problem_of(std::make_shared<LorenzWithoutJacobian>(), 100.0), options);
    double worst = 0.0;
    for (int i = 0; i < 3; ++i) worst = std::max(worst, std::fabs(exact.exponents[i] - typed.exponents[i]));
    qInfo("exact against finite-difference Jacobian: worst difference %.2e", worst);
    QVERIFY(worst < 1e-6);
  }

  void fewerExponentsAreTheLargestOnes() {
    // The first tangent vector evolves the same way whether or not others come
    // with it: lambda_1 alone equals the first of the full spectrum.
    const Problem problem = problem_of(find_system("lorenz"), 100.0);
    LyapunovOptions one;
    one.count = 1;
    const LyapunovResult first = lyapunov_spectrum(problem, one);
    const LyapunovResult all = lyapunov_spectrum(problem);
    QCOMPARE(first.exponents.size(), std::size_t{1});
    QVERIFY(std::fabs(first.exponents[0] - all.exponents[0]) < 1e-9);
  }

  void convergenceCurveEndsAtTheResult() {
    const Problem problem = problem_of(find_system("lorenz"), 100.0);
    LyapunovOptions options;
    options.curve_points = 50;
    const LyapunovResult result = lyapunov_spectrum(problem, options);
    QVERIFY(result.curve_times.size() >= 40 && result.curve_times.size() <= 51);
    QCOMPARE(result.curve_estimates.size(), result.curve_times.size() * 3);
    QVERIFY(std::is_sorted(result.curve_times.begin(), result.curve_times.end()));
    QCOMPARE(result.curve_times.back(), 100.0);
    for (int j = 0; j < 3; ++j)
      QCOMPARE(result.curve_estimates[result.curve_estimates.size() - 3 + j], result.exponents[j]);
  }

  void stepLoopAllocatesNothing() {
#ifdef FLOWSCOPE_SANITIZED
    QSKIP("the sanitizer's runtime owns malloc: allocations are not counted");
#endif
    // Two runs ten times apart in length allocate the same number of blocks:
    // whatever is allocated, is allocated before the loop.
    auto allocations = [](double t_end) {
      const Problem problem = problem_of(find_system("lorenz"), t_end);
      g_mallocs = 0;
      g_counting = true;
      const LyapunovResult result = lyapunov_spectrum(problem);
      g_counting = false;
      return g_mallocs.load();
    };
    const long short_run = allocations(10.0), long_run = allocations(100.0);
    qInfo("allocations: %ld for t = 10, %ld for t = 100", short_run, long_run);
    QVERIFY(short_run > 0);  // the counter works
    QCOMPARE(long_run, short_run);
  }

  void cancelStopsARun() {
    std::atomic<bool> cancel{false};
    double last_progress = 0.0;
    RunControl control;
    control.cancel = &cancel;
    control.progress = [&](double fraction) {
      QVERIFY(fraction >= last_progress);
      last_progress = fraction;
      if (fraction > 0.3) cancel = true;
    };
    LyapunovOptions options;
    options.transient = 10.0;
    const LyapunovResult result = lyapunov_spectrum(problem_of(find_system("lorenz"), 1000.0), options, control);
    QCOMPARE(result.status, RunStatus::Cancelled);
    QVERIFY(last_progress < 0.35);
    // What was averaged before the cancel is kept, and is finite.
    QVERIFY(result.averaged_time > 0.0 && result.averaged_time < 400.0);
    for (const double e : result.exponents) QVERIFY(std::isfinite(e));
  }

  void blowUpIsAStatusNotNaN() {
    const LyapunovResult result = lyapunov_spectrum(problem_of(find_system("lorenz"), 100.0, 0.5));
    QCOMPARE(result.status, RunStatus::Unstable);
    QVERIFY2(result.message.find("t = ") != std::string::npos, result.message.c_str());
    for (const double e : result.exponents) QVERIFY(std::isfinite(e));
    QVERIFY(std::isfinite(result.kaplan_yorke));
  }

  void lyapunovRefusesBadOptions() {
    const Problem problem = problem_of(find_system("lorenz"), 10.0);
    LyapunovOptions too_many;
    too_many.count = 4;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunov_spectrum(problem, too_many));
    LyapunovOptions negative;
    negative.transient = -1.0;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunov_spectrum(problem, negative));
    Problem backwards = problem;
    backwards.dt = -0.1;
    QVERIFY_THROWS_EXCEPTION(InputError, lyapunov_spectrum(backwards));
  }

  // ---- Poincaré sections -----------------------------------------------------

  void oscillatorCrossesWhereAndWhenExpected_data() {
    // x = cos t, y = -sin t. Upward crossings of n.x = c, from the first one
    // every 2 pi, at a state known in closed form.
    QTest::addColumn<std::vector<double>>("normal");
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("first_time");
    QTest::addColumn<std::vector<double>>("state");
    const double pi = std::numbers::pi, half = std::sqrt(0.5);
    QTest::newRow("x = 0") << std::vector<double>{1, 0} << 0.0 << 1.5 * pi << std::vector<double>{0, 1};
    QTest::newRow("x = 0.5") << std::vector<double>{1, 0} << 0.5 << 5.0 * pi / 3.0
                             << std::vector<double>{0.5, std::sqrt(0.75)};
    QTest::newRow("x + y = 0") << std::vector<double>{1, 1} << 0.0 << 1.25 * pi << std::vector<double>{-half, half};
    QTest::newRow("-2y = 1") << std::vector<double>{0, -2} << 1.0 << pi / 6.0 << std::vector<double>{std::sqrt(0.75), -0.5};
  }
  void oscillatorCrossesWhereAndWhenExpected() {
    QFETCH(std::vector<double>, normal);
    QFETCH(double, offset);
    QFETCH(double, first_time);
    QFETCH(std::vector<double>, state);
    // At dt = 0.005 RK4's phase error after t = 20 is t dt^4 / 120 ~ 1e-10 and
    // the Hermite interpolant's error dt^4 / 384 ~ 2e-12: both far below 1e-9,
    // while the nearest sample is up to dt / 2 = 2.5e-3 away in time.
    PoincareOptions options;
    options.normal = normal;
    options.offset = offset;
    const Trajectory crossings = poincare_section(problem_of(oscillator(), 20.0, 0.005), options);
    QCOMPARE(crossings.status, RunStatus::Success);
    const std::size_t expected = static_cast<std::size_t>(std::floor((20.0 - first_time) / (2 * std::numbers::pi))) + 1;
    QCOMPARE(crossings.samples(), expected);
    double worst = 0.0;
    for (std::size_t i = 0; i < crossings.samples(); ++i) {
      worst = std::max(worst, std::fabs(crossings.times[i] - (first_time + 2 * std::numbers::pi * i)));
      for (int j = 0; j < 2; ++j) worst = std::max(worst, std::fabs(crossings.state(i)[j] - state[j]));
    }
    qInfo("%zu crossings, worst error in time or state %.2e (dt = 0.005)", crossings.samples(), worst);
    QVERIFY(worst < 1e-9);
  }

  void interpolationBeatsTheStepByFar() {
    // A coarse step, dt = 0.1, and the plane x = 0.5, crossed upwards at
    // 5 pi / 3 + 2 pi k where x'' = -0.5 bends the path: the nearest sample can
    // be 0.05 away in time, and the secant through two exact samples errs by
    // ~|x'' / 2x'| (t* - t0)(t1 - t*), up to 7e-4. The cubic Hermite root errs
    // by ~dt^4 / 384 ~ 3e-7 by itself; measured against exact times the total
    // is dominated by RK4's phase error, ~ t dt^4 / 120 ~ 1e-5 by t = 20.
    PoincareOptions options;
    options.normal = {1, 0};
    options.offset = 0.5;
    const double dt = 0.1;
    const Trajectory crossings = poincare_section(problem_of(oscillator(), 20.0, dt), options);
    QCOMPARE(crossings.samples(), std::size_t{3});
    double worst = 0.0, worst_linear = 0.0, worst_sample = 0.0;
    for (std::size_t i = 0; i < crossings.samples(); ++i) {
      const double exact = 5.0 * std::numbers::pi / 3.0 + 2 * std::numbers::pi * i;
      worst = std::max(worst, std::fabs(crossings.times[i] - exact));
      const double t0 = std::floor(exact / dt) * dt, t1 = t0 + dt;
      const double g0 = std::cos(t0) - 0.5, g1 = std::cos(t1) - 0.5;
      worst_linear = std::max(worst_linear, std::fabs(t0 - g0 * dt / (g1 - g0) - exact));
      worst_sample = std::max(worst_sample, std::min(exact - t0, t1 - exact));
    }
    qInfo("dt = 0.1, crossing time errors: Hermite on RK4 %.2e, secant of exact samples %.2e, nearest sample %.2e",
          worst, worst_linear, worst_sample);
    QVERIFY(worst < 1e-3 * dt);
    QVERIFY(worst < 0.1 * worst_linear);
  }

  void directionsTransientAndLimit() {
    PoincareOptions options;
    options.normal = {1, 0};
    const Problem problem = problem_of(oscillator(), 40.0, 0.01);
    options.direction = CrossingDirection::Downward;  // x falls through 0 at pi/2 + 2 pi k
    const Trajectory down = poincare_section(problem, options);
    QCOMPARE(down.samples(), std::size_t{7});
    QVERIFY(std::fabs(down.times[0] - std::numbers::pi / 2) < 1e-8);
    QVERIFY(std::fabs(down.state(0)[1] + 1.0) < 1e-8);
    options.direction = CrossingDirection::Both;
    const Trajectory both = poincare_section(problem, options);
    QCOMPARE(both.samples(), std::size_t{13});  // every pi from pi/2
    options.transient = 10.0;
    options.max_crossings = 3;
    const Trajectory later = poincare_section(problem, options);
    QCOMPARE(later.samples(), std::size_t{3});
    QVERIFY(std::fabs(later.times[0] - 3.5 * std::numbers::pi) < 1e-8);  // the first after t = 10
  }

  void lorenzSectionLiesOnThePlane() {
    // Every crossing of z = 27 upward is on the plane to rounding and has z' > 0.
    PoincareOptions options;
    options.normal = {0, 0, 1};
    options.offset = 27.0;
    options.transient = 10.0;
    const Problem problem = problem_of(find_system("lorenz"), 200.0);
    const Trajectory crossings = poincare_section(problem, options);
    QCOMPARE(crossings.status, RunStatus::Success);
    QVERIFY(crossings.samples() > 100);
    for (std::size_t i = 0; i < crossings.samples(); ++i) {
      const double* x = crossings.state(i);
      QVERIFY(std::fabs(x[2] - 27.0) < 1e-9);
      double f[3];
      problem.system->drift(0.0, x, problem.parameters.data(), f);
      QVERIFY(f[2] > 0.0);
    }
  }

  void poincareRefusesBadPlanesAndStops() {
    const Problem problem = problem_of(find_system("lorenz"), 10.0);
    PoincareOptions wrong_size;
    wrong_size.normal = {1, 0};
    QVERIFY_THROWS_EXCEPTION(InputError, poincare_section(problem, wrong_size));
    PoincareOptions zero;
    zero.normal = {0, 0, 0};
    QVERIFY_THROWS_EXCEPTION(InputError, poincare_section(problem, zero));
    QVERIFY_THROWS_EXCEPTION(InputError, parse_crossing_direction("sideways"));

    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    PoincareOptions options;
    options.normal = {0, 0, 1};
    options.offset = 27.0;
    QCOMPARE(poincare_section(problem_of(find_system("lorenz"), 1000.0), options, control).status,
             RunStatus::Cancelled);
    QCOMPARE(poincare_section(problem_of(find_system("lorenz"), 100.0, 0.5), options).status, RunStatus::Unstable);
  }

  // ---- Orbit diagrams --------------------------------------------------------

  void rosslerPeriodDoublingCascade_data() {
    // a = b = 0.2. Computed here (the split of the maxima grows like the square
    // root of the distance, extrapolated to zero; the same at dt = 0.005):
    // period 1 -> 2 at c = 2.832, 2 -> 4 at c = 3.837, 4 -> 8 at c = 4.124.
    // The test points sit well inside each window, as in Strogatz's figure of
    // the cascade (c = 2.5, 3.5, 4, 5), and at the chaotic c = 5.7.
    QTest::addColumn<double>("c");
    QTest::addColumn<int>("period");
    QTest::newRow("period 1") << 2.5 << 1;
    QTest::newRow("period 2") << 3.5 << 2;
    QTest::newRow("period 4") << 4.0 << 4;
    QTest::newRow("chaos") << 5.7 << 0;
  }
  void rosslerPeriodDoublingCascade() {
    QFETCH(double, c);
    QFETCH(int, period);
    OrbitDiagramOptions options;
    options.parameter = 2;  // c
    options.from = options.to = c;
    options.count = 1;
    options.transient = 500.0;
    options.sample = 300.0;
    const OrbitDiagram diagram = orbit_diagram(problem_of(find_system("rossler"), 1.0), options);
    QCOMPARE(diagram.columns.size(), std::size_t{1});
    const std::vector<double>& maxima = diagram.columns[0].maxima;
    // After the transient the periodic orbits repeat their maxima to ~1e-8;
    // distinct branches of the cascade are at least 0.1 apart.
    const int distinct = distinct_values(maxima, 1e-4);
    qInfo("c = %.1f: %zu maxima of x, %d distinct", c, maxima.size(), distinct);
    if (period > 0)
      QCOMPARE(distinct, period);
    else
      QVERIFY(distinct > 40 && distinct == static_cast<int>(maxima.size()));
  }

  void maximaAreInterpolatedNotSampled() {
    // x = cos(s t) peaks at exactly 1. At dt = 0.05 the nearest sample can be
    // 1 - cos(s dt / 2) ~ 7e-4 low; the Hermite maximum errs by ~(s dt)^4 / 384
    // ~ 1e-7, and RK4 loses ~(s dt)^6 / 144 of amplitude per step, ~1e-6 by
    // t = 30.
    auto system = oscillator();
    OrbitDiagramOptions options;
    options.parameter = 0;  // the frequency s
    options.from = 1.0;
    options.to = 1.5;
    options.count = 3;
    options.transient = 0.0;
    options.sample = 30.0;
    const OrbitDiagram diagram = orbit_diagram(problem_of(system, 1.0, 0.05), options);
    double worst = 0.0;
    for (const OrbitColumn& column : diagram.columns) {
      QVERIFY(column.maxima.size() >= 4);
      for (const double m : column.maxima) worst = std::max(worst, std::fabs(m - 1.0));
    }
    qInfo("oscillator maxima at dt = 0.05: worst error %.2e", worst);
    QVERIFY(worst < 5e-6);
    QCOMPARE(diagram.columns[1].parameter, 1.25);
  }

  void orbitDiagramDoesNotDependOnThreads() {
    OrbitDiagramOptions options;
    options.parameter = 2;
    options.from = 2.5;
    options.to = 6.0;
    options.count = 16;
    options.transient = 100.0;
    options.sample = 100.0;
    const Problem problem = problem_of(find_system("rossler"), 1.0);
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
    const OrbitDiagram one = orbit_diagram(problem, options);
    omp_set_num_threads(2);
    const OrbitDiagram two = orbit_diagram(problem, options);
    omp_set_num_threads(threads);
    QCOMPARE(one.columns.size(), two.columns.size());
    for (std::size_t i = 0; i < one.columns.size(); ++i) {
      QCOMPARE(one.columns[i].parameter, two.columns[i].parameter);
      QVERIFY(one.columns[i].maxima == two.columns[i].maxima);  // bit for bit
    }
  }

  void orbitDiagramReportsProgressAndCancels() {
    OrbitDiagramOptions options;
    options.parameter = 2;
    options.from = 3.0;
    options.to = 5.0;
    options.count = 8;
    options.transient = 50.0;
    options.sample = 50.0;
    const Problem problem = problem_of(find_system("rossler"), 1.0);
    std::vector<double> fractions;
    RunControl control;
    control.progress = [&](double fraction) { fractions.push_back(fraction); };
    QCOMPARE(orbit_diagram(problem, options, control).status, RunStatus::Success);
    QCOMPARE(fractions.size(), std::size_t{8});
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);

    std::atomic<bool> cancel{true};
    RunControl cancelled;
    cancelled.cancel = &cancel;
    const OrbitDiagram stopped = orbit_diagram(problem, options, cancelled);
    QCOMPARE(stopped.status, RunStatus::Cancelled);
    for (const OrbitColumn& column : stopped.columns) QVERIFY(column.maxima.empty());
  }

  void orbitDiagramRefusesBadRanges() {
    const Problem problem = problem_of(find_system("rossler"), 1.0);
    OrbitDiagramOptions backwards;
    backwards.parameter = 2;
    backwards.from = 5.0;
    backwards.to = 3.0;
    backwards.count = 4;
    QVERIFY_THROWS_EXCEPTION(InputError, orbit_diagram(problem, backwards));
    OrbitDiagramOptions none = backwards;
    none.from = 3.0;
    none.to = 5.0;
    none.count = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, orbit_diagram(problem, none));
    OrbitDiagramOptions no_such_variable = none;
    no_such_variable.count = 2;
    no_such_variable.variable = 3;
    QVERIFY_THROWS_EXCEPTION(InputError, orbit_diagram(problem, no_such_variable));
    OrbitDiagramOptions no_such_parameter = no_such_variable;
    no_such_parameter.variable = 0;
    no_such_parameter.parameter = 3;
    QVERIFY_THROWS_EXCEPTION(InputError, orbit_diagram(problem, no_such_parameter));
  }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
