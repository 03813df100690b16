// Built-in systems typed by hand (their documented equations, with the
// implicit products written out) and compiled: trajectories and Lyapunov
// spectra against the interpreter and against the built-in kernels.
#include <QtTest>

#include <cctype>
#include <cmath>

#include "core/analysis/lyapunov.h"
#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"

using namespace flowscope;

namespace {

bool operand_end(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == ')'; }
bool operand_start(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '('; }

// "a y + z (x - c)" -> "a*y + z*(x - c)": a '*' between two operands that only
// spaces separate. Function calls ("sin(x)") have no space and stay as they are.
std::string with_products(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] != ' ' || out.size() < 2) continue;
    std::size_t next = i;
    while (next < text.size() && text[next] == ' ') ++next;
    const char before = out[out.size() - 2];
    if (next < text.size() && operand_end(before) && operand_start(text[next])) out.back() = '*';
  }
  return out;
}

// The typed form of a built-in system, or "" when its documentation is not plain ASCII.
std::string typed_text(const System& system) {
  std::string text;
  for (const ParameterSpec& p : system.parameters()) {
    if (p.structural) return {};
    char value[64];
    std::snprintf(value, sizeof value, "%.17g", p.default_value);
    text += std::string("param ") + p.name + " = " + value + "\n";
  }
  const std::string equations(system.equations());
  for (unsigned char c : equations)
    if (c >= 0x80) return {};
  std::size_t begin = 0;
  while (begin < equations.size()) {
    std::size_t end = equations.find('\n', begin);
    if (end == std::string::npos) end = equations.size();
    text += with_products(equations.substr(begin, end - begin)) + "\n";
    begin = end + 1;
  }
  const std::vector<std::string> names = system.variable_names();
  const std::vector<double> start = system.default_initial_state();
  for (std::size_t j = 0; j < names.size(); ++j) {
    char value[64];
    std::snprintf(value, sizeof value, "%.17g", start[j]);
    text += std::string("init ") + names[j] + " = " + value + "\n";
  }
  return text;
}

double worst_relative(const std::vector<double>& a, const std::vector<double>& b) {
  double worst = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::fabs(a[i] - b[i]) / std::max(std::fabs(b[i]), 1.0));
  return worst;
}

}  // namespace

class TestTypedCatalogue : public QObject {
  Q_OBJECT

 private slots:
  void builtInsTypedByHandAgree() {
    int compared = 0;
    QStringList names;
    for (const auto& builtin : all_systems()) {
      const std::string text = typed_text(*builtin);
      if (text.empty() || !builtin->is_autonomous()) continue;
      std::shared_ptr<const ExpressionSystem> jit, interpreted;
      try {
        jit = compile_equations(text, std::string(builtin->id()));
        interpreted = compile_equations(text, std::string(builtin->id()), Evaluator::Interpreter);
      } catch (const InputError&) {
        continue;  // documentation in another notation
      }
      if (jit->dimension() != builtin->dimension()) continue;
      QVERIFY2(jit->evaluator() == "jit", jit->evaluator_note().c_str());
      // 100 RK4 steps from the default state: short enough that chaos keeps
      // last-place differences small.
      Problem a = default_problem(jit, 100 * builtin->recommended_dt());
      Problem b = default_problem(interpreted, a.t_end);
      Problem c = default_problem(builtin, a.t_end);
      a.dt = b.dt = c.dt = builtin->recommended_dt();
      const Trajectory ta = integrate(a, Method::Rk4), tb = integrate(b, Method::Rk4), tc = integrate(c, Method::Rk4);
      QCOMPARE(ta.status, RunStatus::Success);
      const double to_interpreter = worst_relative(ta.states, tb.states);
      const double to_builtin = worst_relative(ta.states, tc.states);
      // Lyapunov spectra over a short time with the exact Jacobian (the
      // interpreter differentiates numerically: ~1e-9 per Jacobian entry).
      a.t_end = b.t_end = c.t_end = 200 * builtin->recommended_dt();
      const LyapunovResult la = lyapunov_spectrum(a), lb = lyapunov_spectrum(b), lc = lyapunov_spectrum(c);
      double spectrum_to_interpreter = 0.0, spectrum_to_builtin = 0.0;
      for (std::size_t k = 0; k < la.exponents.size(); ++k) {
        spectrum_to_interpreter = std::max(spectrum_to_interpreter, std::fabs(la.exponents[k] - lb.exponents[k]));
        spectrum_to_builtin = std::max(spectrum_to_builtin, std::fabs(la.exponents[k] - lc.exponents[k]));
      }
      qInfo("%-22s trajectory vs interpreter %.1e, vs built-in %.1e; spectrum vs interpreter %.1e, vs built-in %.1e",
            std::string(builtin->id()).c_str(), to_interpreter, to_builtin, spectrum_to_interpreter,
            spectrum_to_builtin);
      QVERIFY2(to_interpreter <= 1e-12, builtin->id().data());
      QVERIFY2(to_builtin <= 1e-9, builtin->id().data());  // GCC fuses multiply-adds in the built-ins
      QVERIFY2(spectrum_to_interpreter <= 1e-6, builtin->id().data());
      QVERIFY2(spectrum_to_builtin <= 1e-6, builtin->id().data());
      names << QString::fromUtf8(builtin->id().data(), static_cast<int>(builtin->id().size()));
      ++compared;
    }
    qInfo("typed and compared: %d systems (%s)", compared, qPrintable(names.join(", ")));
    QVERIFY(compared >= 10);
  }
};

QTEST_APPLESS_MAIN(TestTypedCatalogue)
#include "test_typed_catalogue.moc"
