// Every built-in system: complete metadata, a finite drift, an RK4 run at the
// recommended step that stays bounded and keeps moving, and a Jacobian that
// matches finite differences; plus the structural resizing of Lorenz-96.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"

using namespace flowscope;

namespace {

// A run this long shows whether the recommended step is stable and whether
// the orbit settles, yet takes well under a second for the whole catalogue.
constexpr int kRunSteps = 5000;

// Far beyond every attractor here (the largest, hyperchaotic Rössler, stays
// within a few hundred) and far below a blow-up, which grows without limit.
constexpr double kBoundedMagnitude = 1e4;

// The relative accuracy the analytic Jacobians must reach. Fourth-order central
// differences with steps of 1e-4 of each component's size are far better than
// this (truncation ~1e-16, rounding ~1e-12 relative), so a larger mismatch is
// a wrong derivative, not noise.
constexpr double kJacobianTolerance = 1e-6;
constexpr double kRelativeStep = 1e-4;

void add_one_row_per_system() {
  QTest::addColumn<QString>("id");
  for (const auto& system : all_systems()) {
    const std::string id(system->id());
    QTest::newRow(id.c_str()) << QString::fromStdString(id);
  }
}

std::shared_ptr<const System> system_named(const QString& id) { return find_system(id.toStdString()); }

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 128; });
}

bool all_finite(const std::vector<double>& values) {
  return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

double max_magnitude(const std::vector<double>& values) {
  double largest = 0.0;
  for (double v : values) largest = std::max(largest, std::fabs(v));
  return largest;
}

std::vector<double> drift_at(const System& system, double t, const std::vector<double>& x,
                             const std::vector<double>& p) {
  std::vector<double> rate(x.size());
  system.drift(t, x.data(), p.data(), rate.data());
  return rate;
}

// Row-major d f_i / d x_j by the fourth-order central difference
// (8 (f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / 12h, h scaled to each component.
std::vector<double> difference_jacobian(const System& system, double t, const std::vector<double>& x,
                                        const std::vector<double>& p, double relative_step) {
  const std::size_t n = x.size();
  std::vector<double> jac(n * n);
  for (std::size_t j = 0; j < n; ++j) {
    const double h = relative_step * std::max(1.0, std::fabs(x[j]));
    auto shifted = [&](double offset) {
      std::vector<double> y = x;
      y[j] += offset;
      return drift_at(system, t, y, p);
    };
    const auto plus = shifted(h), minus = shifted(-h), plus2 = shifted(2 * h), minus2 = shifted(-2 * h);
    for (std::size_t i = 0; i < n; ++i)
      jac[i * n + j] = (8.0 * (plus[i] - minus[i]) - (plus2[i] - minus2[i])) / (12.0 * h);
  }
  return jac;
}

// Largest entry difference, relative to the Jacobian's largest entry (at least 1).
double relative_difference(const std::vector<double>& a, const std::vector<double>& b) {
  double difference = 0.0;
  for (std::size_t k = 0; k < a.size(); ++k) difference = std::max(difference, std::fabs(a[k] - b[k]));
  return difference / std::max(1.0, max_magnitude(b));
}

Trajectory recommended_run(const System& system, std::shared_ptr<const System> shared) {
  return integrate(default_problem(std::move(shared), kRunSteps * system.recommended_dt()), Method::Rk4);
}

}  // namespace

class TestCatalogue : public QObject {
  Q_OBJECT

 private slots:
  void holdsAtLeast36Systems() {
    qInfo("built-in systems: %zu", all_systems().size());
    QVERIFY(all_systems().size() >= 36);
  }

  void idsAreUniqueAndLowerCase() {
    const std::regex lower_case_words("[a-z0-9]+(-[a-z0-9]+)*");
    std::set<std::string> seen;
    for (const auto& system : all_systems()) {
      const std::string id(system->id());
      QVERIFY2(std::regex_match(id, lower_case_words), id.c_str());
      QVERIFY2(seen.insert(id).second, id.c_str());
    }
  }

  void metadataIsComplete_data() { add_one_row_per_system(); }
  void metadataIsComplete() {
    QFETCH(QString, id);
    const auto system = system_named(id);
    const int n = system->dimension();
    QVERIFY(!system->name().empty());
    QVERIFY(!system->description().empty());
    QVERIFY(!system->citation().empty());
    QVERIFY(n >= 1);

    const auto variables = system->variable_names();
    QCOMPARE(int(variables.size()), n);
    QCOMPARE(int(std::set<std::string>(variables.begin(), variables.end()).size()), n);

    // One "dNAME/dt = ..." line per variable, in order, in plain ASCII.
    const auto lines = lines_of(system->equations());
    QCOMPARE(int(lines.size()), n);
    for (int i = 0; i < n; ++i) {
      const std::string head = "d" + variables[i] + "/dt = ";
      QVERIFY2(lines[i].rfind(head, 0) == 0 && lines[i].size() > head.size(), lines[i].c_str());
      QVERIFY2(is_ascii(lines[i]), lines[i].c_str());
    }

    std::set<std::string> parameter_names;
    for (const ParameterSpec& spec : system->parameters()) {
      QVERIFY2(!spec.name.empty() && is_ascii(spec.name), spec.name.c_str());
      QVERIFY2(parameter_names.insert(spec.name).second, spec.name.c_str());
      QVERIFY(!spec.symbol.empty());
      QVERIFY2(!spec.description.empty(), spec.name.c_str());
      QVERIFY(std::isfinite(spec.min) && std::isfinite(spec.max) && spec.min < spec.max);
      QVERIFY2(spec.min <= spec.default_value && spec.default_value <= spec.max, spec.name.c_str());
    }
    validate_parameters(*system, default_parameters(*system));

    const auto initial = system->default_initial_state();
    QCOMPARE(int(initial.size()), n);
    QVERIFY(all_finite(initial));
    QVERIFY(std::isfinite(system->recommended_dt()) && system->recommended_dt() > 0.0);
  }

  void referencesAreConsistent_data() { add_one_row_per_system(); }
  void referencesAreConsistent() {
    QFETCH(QString, id);
    const auto system = system_named(id);
    // A forced system's published spectrum counts the phase of the forcing as
    // one more dimension.
    const std::size_t spectrum_size = system->dimension() + (system->is_autonomous() ? 0 : 1);
    const std::set<std::string> known = {"max_lyapunov", "lyapunov_spectrum", "kaplan_yorke"};
    double max_lyapunov = NAN, leading_exponent = NAN;
    for (const ReferenceValue& reference : system->references()) {
      QVERIFY2(known.count(reference.quantity), reference.quantity.c_str());
      QVERIFY(!reference.source.empty());
      QVERIFY(!reference.values.empty() && all_finite(reference.values));
      if (reference.quantity == "max_lyapunov") {
        QCOMPARE(reference.values.size(), std::size_t(1));
        max_lyapunov = reference.values[0];
        QVERIFY(max_lyapunov > 0.0);
      } else if (reference.quantity == "lyapunov_spectrum") {
        QCOMPARE(reference.values.size(), spectrum_size);
        QVERIFY(std::is_sorted(reference.values.rbegin(), reference.values.rend()));
        leading_exponent = reference.values[0];
      }
    }
    if (!std::isnan(max_lyapunov) && !std::isnan(leading_exponent)) QCOMPARE(max_lyapunov, leading_exponent);
    qInfo("%zu reference values", system->references().size());
  }

  void driftIsFiniteAtInitialState_data() { add_one_row_per_system(); }
  void driftIsFiniteAtInitialState() {
    QFETCH(QString, id);
    const auto system = system_named(id);
    const auto rate = drift_at(*system, 0.0, system->default_initial_state(), default_parameters(*system));
    QVERIFY(all_finite(rate));
  }

  void dependsOnTimeOnlyWhenForced_data() { add_one_row_per_system(); }
  void dependsOnTimeOnlyWhenForced() {
    QFETCH(QString, id);
    const auto system = system_named(id);
    const auto x = system->default_initial_state();
    const auto p = default_parameters(*system);
    const bool same = drift_at(*system, 0.0, x, p) == drift_at(*system, 1.234, x, p) &&
                      drift_at(*system, 0.0, x, p) == drift_at(*system, 2.5, x, p);
    QCOMPARE(same, system->is_autonomous());
  }

  void rk4RunStaysBoundedAndKeepsMoving_data() { add_one_row_per_system(); }
  void rk4RunStaysBoundedAndKeepsMoving() {
    QFETCH(QString, id);
    const auto system = system_named(id);
    const Trajectory trajectory = recommended_run(*system, system);
    QVERIFY2(trajectory.status == RunStatus::Success, trajectory.message.c_str());
    QVERIFY(all_finite(trajectory.states));
    const double size = max_magnitude(trajectory.states);
    QVERIFY(size < kBoundedMagnitude);

    // Over the second half, the widest range of any variable. A run settling on
    // a fixed point shrinks it exponentially; on the attractor it stays of the
    // order of the state itself, so 1 % of the state's size separates the two.
    const int n = trajectory.dimension;
    double widest = 0.0;
    for (int j = 0; j < n; ++j) {
      double low = INFINITY, high = -INFINITY;
      for (std::size_t i = trajectory.samples() / 2; i < trajectory.samples(); ++i) {
        low = std::min(low, trajectory.state(i)[j]);
        high = std::max(high, trajectory.state(i)[j]);
      }
      widest = std::max(widest, high - low);
    }
    qInfo("largest |x| %.3g, widest range over the second half %.3g", size, widest);
    QVERIFY(widest > 0.01 * std::max(1.0, size));
  }

  void jacobianMatchesDifferences_data() { add_one_row_per_system(); }
  void jacobianMatchesDifferences() {
    QFETCH(QString, id);
    const auto system = system_named(id);
    const auto p = default_parameters(*system);
    const Trajectory trajectory = recommended_run(*system, system);
    const std::size_t n = trajectory.dimension;
    constexpr int kPoints = 8;
    int compared = 0;
    double worst = 0.0;
    for (int k = 1; k <= kPoints; ++k) {
      const std::size_t i = k * (trajectory.samples() - 1) / kPoints;
      const std::vector<double> x(trajectory.state(i), trajectory.state(i) + n);
      const double t = trajectory.times[i];
      const auto differences = difference_jacobian(*system, t, x, p, kRelativeStep);
      // Piecewise-linear fields (Chua's diode) have kinks where no derivative
      // exists: where halving the step changes the differences, skip the point.
      if (relative_difference(difference_jacobian(*system, t, x, p, kRelativeStep / 2), differences) >
          kJacobianTolerance)
        continue;
      std::vector<double> jac(n * n);
      system->jacobian(t, x.data(), p.data(), jac.data());
      worst = std::max(worst, relative_difference(jac, differences));
      ++compared;
    }
    qInfo("largest relative mismatch %.1e over %d states", worst, compared);
    QVERIFY(compared >= kPoints / 2);
    QVERIFY(worst <= kJacobianTolerance);
  }

  void lorenz96ResizesThroughForParameters() {
    const auto system = find_system("lorenz96");
    const std::size_t N = parameter_index(*system, "N"), F = parameter_index(*system, "F");
    QVERIFY(system->parameters()[N].structural);
    QCOMPARE(system->dimension(), 10);

    std::vector<double> p = default_parameters(*system);
    QVERIFY(system->for_parameters(p) == nullptr);
    p[N] = 20;
    const auto resized = system->for_parameters(p);
    QVERIFY(resized != nullptr);
    QCOMPARE(resized->dimension(), 20);
    QCOMPARE(int(resized->variable_names().size()), 20);
    QCOMPARE(int(resized->default_initial_state().size()), 20);
    QCOMPARE(int(lines_of(resized->equations()).size()), 20);
    QCOMPARE(resized->parameters()[N].default_value, 20.0);
    QVERIFY(resized->for_parameters(p) == nullptr);

    // dx_i/dt = (x_{i+1} - x_{i-2}) x_{i-1} - x_i + F on a ring of 20 sites.
    std::vector<double> x(20);
    for (int i = 0; i < 20; ++i) x[i] = std::sin(1.7 * i) + 0.1 * i;
    const auto rate = drift_at(*resized, 0.0, x, p);
    for (int i = 0; i < 20; ++i) {
      const double expected = (x[(i + 1) % 20] - x[(i + 18) % 20]) * x[(i + 19) % 20] - x[i] + p[F];
      QVERIFY(std::fabs(rate[i] - expected) <= 1e-12 * (1.0 + std::fabs(expected)));  // rounding only
    }
    std::vector<double> jac(400);
    resized->jacobian(0.0, x.data(), p.data(), jac.data());
    QVERIFY(relative_difference(jac, difference_jacobian(*resized, 0.0, x, p, kRelativeStep)) <=
            kJacobianTolerance);

    Problem problem = default_problem(system, 1.0);
    problem.parameters[N] = 20;
    apply_structure(problem);
    QCOMPARE(problem.system->dimension(), 20);
    QCOMPARE(int(problem.initial_state.size()), 20);
    QCOMPARE(integrate(problem, Method::Rk4).status, RunStatus::Success);

    p[N] = 3;
    QVERIFY_THROWS_EXCEPTION(InputError, system->for_parameters(p));
    p[N] = 12.5;
    QVERIFY_THROWS_EXCEPTION(InputError, system->for_parameters(p));
  }
};

QTEST_APPLESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
