// flowscope-cli with --equations FILE: a typed system runs like a built-in
// one, and a broken or missing file is reported with its name and place.
#include <QtTest>

#include "tests/cli/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <QTemporaryDir>

namespace {

using Run = flowscope::testing::CliRun;
using flowscope::testing::run_cli;

constexpr const char* kLorenz =
    "# Lorenz, typed by hand\n"
    "param sigma = 10\n"
    "param rho = 28\n"
    "param beta = 8/3\n"
    "dx/dt = sigma*(y - x)\n"
    "dy/dt = x*(rho - z) - y\n"
    "dz/dt = x*y - beta*z\n"
    "init x = 1\n"
    "init y = 1\n"
    "init z = 1\n";

// The CSV's lines, header first.
QStringList csv_lines(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

// Largest difference between two CSV files of numbers, relative to max(1, |value|).
double max_difference(const QStringList& a, const QStringList& b) {
  if (a.size() != b.size() || a.isEmpty()) return INFINITY;
  double worst = 0.0;
  for (qsizetype i = 1; i < a.size(); ++i) {
    const QStringList x = a[i].split(','), y = b[i].split(',');
    if (x.size() != y.size()) return INFINITY;
    for (qsizetype j = 0; j < x.size(); ++j)
      worst = std::max(worst, std::fabs(x[j].toDouble() - y[j].toDouble()) / std::max(1.0, std::fabs(y[j].toDouble())));
  }
  return worst;
}

}  // namespace

class TestCliEquations : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }
  QString write(const QString& name, const QByteArray& text) const {
    QFile file(path(name));
    if (file.open(QIODevice::WriteOnly)) file.write(text);
    return path(name);
  }

 private slots:
  void typedLorenzMatchesTheBuiltIn() {
    const QString equations = write("lorenz.txt", kLorenz);
    const QStringList common = {"--t-end", "10", "--dt", "0.01", "--method", "rk4"};
    const Run typed = run_cli(QStringList{"simulate", "--equations", equations, "--out", path("typed.csv")} + common);
    QVERIFY2(typed.exit_code == 0, qPrintable(typed.err));
    const Run builtin =
        run_cli(QStringList{"simulate", "--system", "lorenz", "--ic", "1,1,1", "--out", path("builtin.csv")} + common);
    QVERIFY2(builtin.exit_code == 0, qPrintable(builtin.err));
    const QStringList a = csv_lines(path("typed.csv")), b = csv_lines(path("builtin.csv"));
    QCOMPARE(a.first(), QString("t,x,y,z"));
    QCOMPARE(a.size(), 1 + 1001);
    QCOMPARE(a[1], QString("0,1,1,1"));
    const double difference = max_difference(a, b);
    qInfo("typed vs built-in Lorenz CSV: max relative difference %.3g", difference);
    QVERIFY2(difference < 1e-10, qPrintable(QString::number(difference)));
  }

  void everyAnalysisRunsOnTypedSystems() {
    // Typed systems have no exact Jacobian: the spectrum comes from central
    // differences. The two runs start alike but rounding (FMA in the built-in
    // kernel) separates the chaotic trajectories after t ~ 35, so over T = 200
    // they are two finite-time estimates: they agree to their sampling error
    // (~0.02), and their sum obeys the trace identity -(sigma + 1 + beta) on
    // any trajectory, which tests the differenced Jacobian tightly.
    const QString equations = write("lorenz.txt", kLorenz);
    const QStringList common = {"--t-end", "200", "--dt", "0.01", "--json"};
    const Run typed = run_cli(QStringList{"lyapunov", "--equations", equations} + common);
    const Run builtin = run_cli(QStringList{"lyapunov", "--system", "lorenz", "--ic", "1,1,1"} + common);
    QVERIFY2(typed.exit_code == 0 && builtin.exit_code == 0, qPrintable(typed.err + builtin.err));
    const QJsonArray a = QJsonDocument::fromJson(typed.out.toUtf8()).object()["exponents"].toArray();
    const QJsonArray b = QJsonDocument::fromJson(builtin.out.toUtf8()).object()["exponents"].toArray();
    QCOMPARE(a.size(), 3);
    for (int i = 0; i < 3; ++i) QVERIFY2(std::fabs(a[i].toDouble() - b[i].toDouble()) < 0.05, qPrintable(typed.out));
    const double sum = a[0].toDouble() + a[1].toDouble() + a[2].toDouble();
    qInfo("typed Lorenz: exponents %.4f %.4f %.4f, sum %.6f (exact -13.666667)", a[0].toDouble(), a[1].toDouble(),
          a[2].toDouble(), sum);
    QVERIFY(std::fabs(sum + (10.0 + 1.0 + 8.0 / 3.0)) < 1e-3);
    const Run section = run_cli({"poincare", "--equations", equations, "--normal", "0,0,1", "--offset", "27", "--t-end",
                             "50", "--out", path("section.csv")});
    QVERIFY2(section.exit_code == 0, qPrintable(section.err));
    QVERIFY(csv_lines(path("section.csv")).size() > 20);
    const Run orbit = run_cli({"orbit-diagram", "--equations", equations, "--vary", "rho", "--from", "20", "--to", "30",
                           "--count", "5", "--variable", "z", "--out", path("orbit.csv")});
    QVERIFY2(orbit.exit_code == 0, qPrintable(orbit.err));
    const Run cloud = run_cli({"ensemble", "--equations", equations, "--n", "64", "--steps", "100", "--out", path("cloud.npy")});
    QVERIFY2(cloud.exit_code == 0, qPrintable(cloud.err));
  }

  void paramAndIcWorkForTypedSystems() {
    const QString equations = write("lorenz.txt", kLorenz);
    const QStringList common = {"--param", "rho=10", "--ic", "2,3,4", "--t-end", "2", "--dt", "0.01"};
    const Run typed = run_cli(QStringList{"simulate", "--equations", equations, "--out", path("p1.csv"), "--json"} + common);
    QVERIFY2(typed.exit_code == 0, qPrintable(typed.err));
    QVERIFY2(typed.out.contains("\"system\":\"lorenz\""), qPrintable(typed.out));  // the file's stem
    QVERIFY(run_cli(QStringList{"simulate", "--system", "lorenz", "--out", path("p2.csv")} + common).exit_code == 0);
    const QStringList a = csv_lines(path("p1.csv"));
    QCOMPARE(a[1], QString("0,2,3,4"));
    QVERIFY(max_difference(a, csv_lines(path("p2.csv"))) < 1e-10);
  }

  void jsonNamesTheEvaluator() {
    // Typed equations are compiled unless FLOWSCOPE_EVALUATOR=interpreter asks
    // for muParser; the JSON says which evaluated them, and why not the JIT.
    const QString equations = write("lorenz.txt", kLorenz);
    const QStringList args = {"ensemble", "--equations", equations, "--n", "300", "--steps", "50", "--json"};
    const Run compiled = run_cli(args + QStringList{"--out", path("jit.npy")});
    QVERIFY2(compiled.exit_code == 0, qPrintable(compiled.err));
    const QJsonObject a = QJsonDocument::fromJson(compiled.out.toUtf8()).object();
    QCOMPARE(a["evaluator"].toString(), QString("jit"));
    QVERIFY(a["compile_seconds"].toDouble() > 0);
    const Run interpreted =
        run_cli(args + QStringList{"--out", path("interpreted.npy")}, {{"FLOWSCOPE_EVALUATOR", "interpreter"}});
    QVERIFY2(interpreted.exit_code == 0, qPrintable(interpreted.err));
    const QJsonObject b = QJsonDocument::fromJson(interpreted.out.toUtf8()).object();
    QCOMPARE(b["evaluator"].toString(), QString("interpreter"));
    QVERIFY(b["evaluator_note"].toString().contains("asked for"));
    const Run builtin = run_cli({"simulate", "--system", "lorenz", "--t-end", "1", "--out", path("b.csv"), "--json"});
    QVERIFY(!builtin.out.contains("evaluator"));
  }

  void benchCasesAreListed() {
    const Run r = run_cli({"bench", "--help"});
    QCOMPARE(r.exit_code, 0);
    QVERIFY2(r.out.contains("typed_lorenz_rk4_ensemble") && r.out.contains("lorenz_em_ensemble"), qPrintable(r.out));
  }

  void helpListsTheOption() {
    const Run r = run_cli({"simulate", "--help"});
    QCOMPARE(r.exit_code, 0);
    QVERIFY(r.out.contains("--equations"));
  }

  void badUseIsRefused_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit_code");
    QTest::addColumn<QString>("message");
    const QString good = write("good.txt", "dx/dt = -x\n");
    const QString broken = write("broken.txt", "param a = 2\n\ndx/dt = -a*x +* y\n");
    const QString out = path("x.csv");
    const QStringList run = {"--t-end", "1", "--out", out};
    QTest::newRow("broken file") << (QStringList{"simulate", "--equations", broken} + run) << 2
                                 << broken + ":3:15: unexpected operator '*'";
    const QString missing = path("missing.txt");
    QTest::newRow("missing file") << (QStringList{"simulate", "--equations", missing} + run) << 1
                                  << "cannot read equations file '" + missing + "': it does not exist";
    QTest::newRow("both") << (QStringList{"simulate", "--system", "lorenz", "--equations", good} + run) << 2
                          << "'--system' and '--equations' exclude each other";
    QTest::newRow("neither") << (QStringList{"simulate"} + run) << 2 << "needs --system ID";
    QTest::newRow("unknown parameter") << (QStringList{"simulate", "--equations", good, "--param", "a=1"} + run) << 2
                                       << "system 'good' has no parameter 'a'";
    QTest::newRow("wrong ic size") << (QStringList{"simulate", "--equations", good, "--ic", "1,2"} + run) << 2
                                   << "1 variable, got 2";
  }
  void badUseIsRefused() {
    QFETCH(QStringList, args);
    QFETCH(int, exit_code);
    QFETCH(QString, message);
    const Run r = run_cli(args);
    QVERIFY2(r.exit_code == exit_code, qPrintable(QString("exit code %1: %2").arg(r.exit_code).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable("stderr: " + r.err));
    QVERIFY(!QFile::exists(path("x.csv")));
  }
};

QTEST_GUILESS_MAIN(TestCliEquations)
#include "test_cli_equations.moc"
