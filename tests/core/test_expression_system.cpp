// Typed equations: the parser's checks with their exact line and column, and
// the compiled system against the built-in Lorenz, an exact solution,
// concurrent callers and the clock.
#include <QtTest>

#include <QTemporaryDir>
#include <chrono>
#include <cmath>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <new>
#include <thread>

#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"
#include "tests/core/sanitizer_build.h"

using namespace flowscope;

// Every operator new of this test program is counted, so a test can prove
// that a stretch of code allocates nothing (not in the sanitizer builds,
// whose runtimes own operator new).
namespace {
std::atomic<long> allocations{0};
}
#ifndef FLOWSCOPE_SANITIZED
void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#endif

namespace {

constexpr const char* kLorenz = R"(# Lorenz, typed by hand
param sigma = 10
param rho = 28
param beta = 8/3   # a constant expression
dx/dt = sigma*(y - x)
dy/dt = x*(rho - z) - y
dz/dt = x*y - beta*z
init x = 1
init y = 1
init z = 1
)";

double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

// Seconds for 10^6 RK4 steps (dt 0.001 up to t = 1000) from (1, 1, 1).
double million_steps(std::shared_ptr<const System> system) {
  Problem problem = default_problem(std::move(system), 1000.0);
  problem.initial_state = {1.0, 1.0, 1.0};
  problem.dt = 0.001;
  const auto begin = std::chrono::steady_clock::now();
  const Trajectory trajectory = integrate(problem, Method::Rk4);
  const double seconds = seconds_since(begin);
  if (trajectory.status != RunStatus::Success || trajectory.samples() != 1'000'001) return -1.0;
  return seconds;
}

}  // namespace

class TestExpressionSystem : public QObject {
  Q_OBJECT

 private slots:
  void parsesTheExample() {
    const ParsedEquations parsed = parse_equations(kLorenz);
    QCOMPARE(parsed.variable_names(), (std::vector<std::string>{"x", "y", "z"}));
    QCOMPARE(parsed.equations[1].expression, std::string("x*(rho - z) - y"));
    QCOMPARE(parsed.equations[1].line, 6);
    QCOMPARE(parsed.equations[1].column, 9);
    QCOMPARE(parsed.parameter_names(), (std::vector<std::string>{"sigma", "rho", "beta"}));
    QCOMPARE(parsed.parameters[2].value, 8.0 / 3.0);
    QCOMPARE(parsed.parameters[2].value_text, std::string("8/3"));
    QCOMPARE(parsed.initial_state, (std::vector<double>{1.0, 1.0, 1.0}));
    QVERIFY(!parsed.uses_time);
  }

  void linesComeInAnyOrderAndInitIsOptional() {
    const ParsedEquations parsed =
        parse_equations("init y = -2 # start\n\n  dy/dt = -a*x\t# spring\ndx/dt=y\n#\nparam a = _pi^2\n");
    QCOMPARE(parsed.variable_names(), (std::vector<std::string>{"y", "x"}));
    QCOMPARE(parsed.initial_state, (std::vector<double>{-2.0, kDefaultInitialValue}));
    QCOMPARE(parsed.parameters[0].value, M_PI * M_PI);
    QCOMPARE(parsed.equations[0].text, std::string("dy/dt = -a*x"));
    QCOMPARE(parse_equations("\xEF\xBB\xBF" "dx/dt = -x\r\ninit x = 2\r\n").initial_state, std::vector<double>{2.0});
  }

  void systemCarriesTheTypedMetadata() {
    const auto system = compile_equations(kLorenz, "lorenz-typed");
    QCOMPARE(system->id(), std::string_view("lorenz-typed"));
    QCOMPARE(system->name(), std::string_view("lorenz-typed"));
    QCOMPARE(system->description(), std::string_view("typed by the user"));
    QCOMPARE(system->equations(), std::string_view("dx/dt = sigma*(y - x)\ndy/dt = x*(rho - z) - y\ndz/dt = x*y - beta*z"));
    QCOMPARE(system->dimension(), 3);
    QVERIFY(system->is_autonomous());
    const auto rho = system->parameters()[1];
    QCOMPARE(rho.name, std::string("rho"));
    QCOMPARE(rho.default_value, 28.0);
    QCOMPARE(rho.min, 0.0);
    QCOMPARE(rho.max, 56.0);
    QCOMPARE(compile_equations("dx/dt = -x", "")->id(), std::string_view("user"));
    QCOMPARE(slider_range(-3.0), (std::pair<double, double>{-6.0, 0.0}));
    QCOMPARE(slider_range(0.0), (std::pair<double, double>{-1.0, 1.0}));
  }

  void mistakesAreLocated_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QString lorenz_head = "param sigma = 10\nparam rho = 28\nparam beta = 8/3\ndx/dt = sigma*(y - x)\n";
    // Malformed lines say what was expected.
    QTest::newRow("not a declaration") << "dx/dt = -x\nx = 3" << 2 << 1 << "expected 'dNAME/dt = EXPRESSION'";
    QTest::newRow("no equals sign") << "dx/dt -x" << 1 << 7 << "expected '=' after 'dx/dt'";
    QTest::newRow("not over dt") << "dx/dx = 1" << 1 << 4 << "expected 'dt' after 'dx/'";
    QTest::newRow("no expression") << "dx/dt =   # nothing yet" << 1 << 8 << "expected an expression after '='";
    QTest::newRow("param without name") << "param = 3\ndx/dt = -x" << 1 << 7 << "expected a name after 'param'";
    QTest::newRow("param without value") << "dx/dt = -x\nparam a =" << 2 << 10 << "expected a value after '='";
    QTest::newRow("init without equals") << "dx/dt = -x\ninit x 2" << 2 << 8 << "expected '=' after 'init x'";
    // Names declared twice, or in the wrong role.
    QTest::newRow("variable twice") << "dx/dt = y\ndy/dt = x\n dx/dt = 1" << 3 << 3
                                    << "variable 'x' is defined twice (first on line 1)";
    QTest::newRow("parameter twice") << "param a = 1\ndx/dt = a\nparam a = 2" << 3 << 7
                                     << "parameter 'a' is defined twice (first on line 1)";
    QTest::newRow("init twice") << "dx/dt = -x\ninit x = 1\ninit x = 2" << 3 << 6
                                << "'x' has two init lines (first on line 2)";
    QTest::newRow("init of unknown") << "dx/dt = -x\ninit y = 1" << 2 << 6 << "init for unknown variable 'y' (variables: x)";
    QTest::newRow("init of parameter") << "param a = 1\ndx/dt = -a*x\ninit a = 1" << 3 << 6
                                       << "init for 'a', which is a parameter";
    QTest::newRow("parameter and variable") << "param x = 1\ndx/dt = -x" << 2 << 2
                                            << "'x' is used as both a parameter (line 1) and a variable (line 2)";
    QTest::newRow("variable named t") << "dt/dt = 1" << 1 << 2 << "'t' is time and cannot name a variable";
    QTest::newRow("parameter named t") << "param t = 1\ndx/dt = -x" << 1 << 7 << "'t' is time and cannot name a parameter";
    QTest::newRow("function as name") << "param sin = 1\ndx/dt = -x" << 1 << 7 << "'sin' is a muParser function";
    QTest::newRow("constant as name") << "dx/dt = -x\nd_pi/dt = 1" << 2 << 2 << "'_pi' is a muParser constant";
    QTest::newRow("no equations") << "# empty\nparam a = 1\n" << 1 << 1 << "no equations";
    // Unknown identifiers in expressions.
    QTest::newRow("unknown name") << lorenz_head + "dy/dt = x*(rh - z) - y\ndz/dt = x*y - beta*z" << 5 << 12
                                  << "unknown name 'rh' (variables: x, y, z; parameters: sigma, rho, beta; and t)";
    QTest::newRow("unknown function") << "dx/dt = sinn(x)" << 1 << 9 << "unknown function 'sinn' (muParser's functions: abs,";
    QTest::newRow("function without call") << "dx/dt = 2*sin" << 1 << 11 << "function 'sin' needs its arguments in parentheses";
    QTest::newRow("space before call") << "dx/dt = x + sin (x)" << 1 << 13 << "no space is allowed between 'sin' and '('";
    QTest::newRow("malformed number") << "dx/dt = 2*1e*x" << 1 << 11 << "malformed number '1e'";
    QTest::newRow("pi without underscore") << "dx/dt = 2*pi*x" << 1 << 11 << "unknown name 'pi' (variables: x; and t)";
    QTest::newRow("name in a value") << "param a = 2\nparam b = 3*a\ndx/dt = -a*b*x" << 2 << 13 << "unknown name 'a'";
    // muParser's syntax errors, its position moved to the line's column.
    QTest::newRow("double operator") << "dx/dt = x ** 2" << 1 << 12 << "unexpected operator '*'";
    QTest::newRow("missing parenthesis") << "dx/dt = sin(x" << 1 << 14 << "missing ')'";
    QTest::newRow("stray parenthesis") << "\tdx/dt = (x + ) # tab is one column" << 1 << 15 << "unexpected parenthesis ')'";
    QTest::newRow("implicit product") << "dx/dt = 2x" << 1 << 10 << "unexpected variable 'x'";
    QTest::newRow("bad character") << "dx/dt = x $ 2" << 1 << 11 << "unexpected character '$'";
    QTest::newRow("too many arguments") << "dx/dt = sin(x, 2)" << 1 << 17 << "too many parameters for function 'sin'";
    QTest::newRow("trailing operator") << "dx/dt = x +" << 1 << 12 << "unexpected end of expression";
    QTest::newRow("assignment") << "dx/dt = y = 3\ndy/dt = -x" << 1 << 11 << "unexpected '='";
    QTest::newRow("two expressions") << "dx/dt = x, 1" << 1 << 10 << "expected one expression, found 2";
    QTest::newRow("syntax in a value") << "param a = 2 +* 3\ndx/dt = -a*x" << 1 << 14 << "unexpected operator '*'";
    // Values must be finite.
    QTest::newRow("infinite parameter") << "param a = 1/0\ndx/dt = a" << 1 << 11 << "parameter 'a' is not finite: 1/0 gives inf";
    QTest::newRow("NaN init") << "dx/dt = -x\ninit x = sqrt(-1)" << 2 << 10 << "initial value of 'x' is not finite";
  }
  void mistakesAreLocated() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    try {
      parse_equations(text.toStdString());
      QFAIL("no error");
    } catch (const EquationError& error) {
      const QString what = QString::fromStdString(error.what());
      QVERIFY2(error.line() == line && error.column() == column, qPrintable(what));
      QVERIFY2(what.startsWith(QString("line %1, column %2: ").arg(line).arg(column)), qPrintable(what));
      QVERIFY2(QString::fromStdString(error.message()).startsWith(message), qPrintable(what));
    }
  }

  void fileErrorsNameTheFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("lorenz.txt").toStdString();
    std::ofstream(path) << "param sigma = 10\ndx/dt = sigma*(y - x)\ndy/dt = x*(28 - z) - y\ndz/dt = x*y - bta*z\n";
    try {
      load_equations_file(path);
      QFAIL("no error");
    } catch (const EquationError& error) {
      QCOMPARE(QString(error.what()), QString::fromStdString(path + ":4:15: unknown name 'bta' (variables: x, y, z; "
                                                                    "parameters: sigma; and t)"));
      const InputError& as_input = error;  // the CLI's exit code 2
      Q_UNUSED(as_input);
    }
    const std::string missing = dir.filePath("nowhere.txt").toStdString();
    try {
      load_equations_file(missing);
      QFAIL("no error");
    } catch (const IoError& error) {
      QVERIFY2(QString(error.what()).contains(QString::fromStdString("'" + missing + "'")), error.what());
    }
    std::ofstream(path) << "dx/dt = -x\n";
    QCOMPARE(load_equations_file(path)->id(), std::string_view("lorenz"));
  }

  void agreesWithTheBuiltInLorenz() {
    Problem typed = default_problem(compile_equations(kLorenz, "typed"), 10.0);
    Problem builtin = default_problem(find_system("lorenz"), 10.0);
    builtin.parameters = typed.parameters;
    builtin.initial_state = typed.initial_state;
    typed.dt = builtin.dt = 0.01;  // 1000 steps
    const Trajectory a = integrate(typed, Method::Rk4);
    const Trajectory b = integrate(builtin, Method::Rk4);
    QCOMPARE(a.samples(), std::size_t(1001));
    QCOMPARE(b.samples(), a.samples());
    double worst = 0.0;
    for (std::size_t i = 0; i < a.states.size(); ++i)
      worst = std::max(worst, std::fabs(a.states[i] - b.states[i]) / std::max(1.0, std::fabs(b.states[i])));
    qInfo("typed vs built-in Lorenz over 1000 RK4 steps: max relative difference %.3g", worst);
    QVERIFY2(worst <= 1e-12, qPrintable(QString::number(worst)));
  }

  void drivenSystemFollowsTime() {
    const auto system = compile_equations("dx/dt = cos(t)\ninit x = 0.5", "driven");
    QVERIFY(!system->is_autonomous());
    QVERIFY(parse_equations("dx/dt = -x").uses_time == false);
    Problem problem = default_problem(system, 10.0);
    problem.dt = 0.01;
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    double worst = 0.0;
    for (std::size_t i = 0; i < trajectory.samples(); ++i)
      worst = std::max(worst, std::fabs(trajectory.state(i)[0] - (std::sin(trajectory.times[i]) + 0.5)));
    qInfo("dx/dt = cos(t): max |x - (sin t + x0)| = %.3g at dt = 0.01", worst);
    QVERIFY2(worst < 1e-9, qPrintable(QString::number(worst)));  // RK4 global error ~ dt^4
  }

  void concurrentCallsMatchSerialOnes() {
    const auto system = compile_equations(kLorenz + std::string("dw/dt = sin(t*x) + tanh(w)\n"), "threads");
    const std::vector<double> p = default_parameters(*system);
    constexpr int kStates = 20000;
    std::vector<double> states(kStates * 4), serial(kStates * 4), parallel(kStates * 4, 0.0);
    for (int i = 0; i < kStates * 4; ++i) states[i] = std::sin(0.37 * i) * 20.0;
    for (int i = 0; i < kStates; ++i) system->drift(0.001 * i, &states[4 * i], p.data(), &serial[4 * i]);
#pragma omp parallel for schedule(dynamic, 64) num_threads(4)
    for (int i = 0; i < kStates; ++i) system->drift(0.001 * i, &states[4 * i], p.data(), &parallel[4 * i]);
    QVERIFY(serial == parallel);

    // A second system (possibly at the old one's address) must not reuse the first one's parser.
    double rate = 0.0;
    const double x = 1.0;
    compile_equations("dx/dt = 1", "first")->drift(0.0, &x, nullptr, &rate);
    QCOMPARE(rate, 1.0);
    compile_equations("dx/dt = 2", "second")->drift(0.0, &x, nullptr, &rate);
    QCOMPARE(rate, 2.0);
  }

  void steadyStateDriftAllocatesNothing() {
#ifdef FLOWSCOPE_SANITIZED
    QSKIP("the sanitizer's runtime owns operator new: allocations are not counted");
#endif
    const auto system = compile_equations(kLorenz, "quiet");
    const std::vector<double> p = default_parameters(*system);
    double x[] = {1.0, 2.0, 3.0}, rate[3];
    const long at_start = allocations.load();
    std::thread([&] { system->drift(0.0, x, p.data(), rate); }).join();  // a new thread compiles its parser
    QVERIFY(allocations.load() > at_start);                             // so the counter sees muParser
    system->drift(0.0, x, p.data(), rate);
    const long before = allocations.load();
    for (int i = 0; i < 1000; ++i) {
      system->drift(0.001 * i, x, p.data(), rate);
      x[0] += 1e-3 * rate[0];
    }
    QCOMPARE(allocations.load() - before, 0L);
  }

  void batchDriftMatchesSingleCalls() {
    const auto system = compile_equations(kLorenz, "batch");
    const std::vector<double> p = default_parameters(*system);
    std::vector<double> xs{1, 2, 3}, ys{-1, 0, 5}, zs{20, 25, 30}, dx(3), dy(3), dz(3);
    const double* in[] = {xs.data(), ys.data(), zs.data()};
    double* out[] = {dx.data(), dy.data(), dz.data()};
    system->drift_batch(0.0, in, 3, p.data(), out);
    for (int i = 0; i < 3; ++i) {
      const double x[] = {xs[i], ys[i], zs[i]};
      double rate[3];
      system->drift(0.0, x, p.data(), rate);
      QCOMPARE(dx[i], rate[0]);
      QCOMPARE(dy[i], rate[1]);
      QCOMPARE(dz[i], rate[2]);
    }
  }

  void millionStepsSpeed() {
    const double typed = million_steps(compile_equations(kLorenz, "typed"));
    const double builtin = million_steps(find_system("lorenz"));
    QVERIFY(typed > 0 && builtin > 0);
    qInfo("10^6 RK4 steps of Lorenz: typed (compiled) %.3f s, built-in %.3f s", typed, builtin);
  }
};

QTEST_APPLESS_MAIN(TestExpressionSystem)
#include "test_expression_system.moc"
