// No silent NaN (issue 16): every command driven where its numbers break down
// (a right-hand side that is NaN, a potential whose gradient is NaN, eps far
// below double precision, kT far above any time step, t_min near 0) ends with
// a status and a message, or with finite numbers. A JSON summary of a run that
// exits 0 holds no null where a number belongs (json_number writes NaN as null).
#include <QtTest>

#include "tests/cli/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <fstream>

using flowscope::testing::CliRun;
using flowscope::testing::run_cli;

namespace {

// Members that are null by design: not applicable to the run (no --out, no --compare, overdamped...).
const QStringList kNullByDesign = {"out", "ode_method", "ode_sde_sliced_w2", "dataset", "mass", "kinetic_temperature"};

// The paths of null values in a JSON value, e.g. "sliced_w2" or "mean[1]".
void collect_nulls(const QJsonValue& value, const QString& where, QStringList& nulls) {
  if (value.isNull()) nulls << where;
  if (value.isArray()) {
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) collect_nulls(array[i], where + "[" + QString::number(i) + "]", nulls);
  }
  if (value.isObject()) {
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
      if (!kNullByDesign.contains(it.key())) collect_nulls(it.value(), where.isEmpty() ? it.key() : where + "." + it.key(), nulls);
  }
}

}  // namespace

class TestCliStatuses : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }
  void write(const QString& name, const char* text) { std::ofstream(path(name).toStdString()) << text; }

 private slots:
  void initTestCase() {
    write("nan.txt", "dx/dt = sqrt(-1)*x\ndy/dt = y\n");
    write("x.csv", "x,y\n0,0\n1,0\n0,1\n5,5\n");
    write("y.csv", "x,y\n0,0.1\n1,0.2\n0.3,1\n4,5\n");
  }

  void breakdownEndsWithAStatus_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit_code");
    QTest::addColumn<QString>("message");  // on stderr
    QTest::addColumn<QString>("status");   // the JSON's "status", when the command prints one
    const QString nan = path("nan.txt");
    QTest::newRow("simulate: NaN right-hand side")
        << QStringList{"simulate", "--equations", nan, "--t-end", "1", "--out", path("s.csv"), "--json"} << 1
        << "the state blew up at t = 0.01" << "";
    QTest::newRow("ensemble: every trajectory NaN")
        << QStringList{"ensemble", "--equations", nan, "--n", "10", "--steps", "10", "--dt", "0.01", "--out", path("e.csv"), "--json"}
        << 1 << "10 of 10 trajectories blew up" << "all_diverged";
    QTest::newRow("lyapunov: NaN right-hand side") << QStringList{"lyapunov", "--equations", nan, "--json"} << 1
                                                 << "blew up" << "";
    QTest::newRow("poincare: NaN right-hand side")
        << QStringList{"poincare", "--equations", nan, "--normal", "1,0", "--offset", "0", "--out", path("p.csv")} << 1
        << "nothing was written" << "";
    QTest::newRow("langevin: NaN gradient")
        << QStringList{"langevin", "--potential-expr", "sqrt(x)", "--n", "100", "--steps", "100", "--dt", "0.01", "--kT", "1", "--json"}
        << 1 << "left the finite numbers" << "unstable";
    QTest::newRow("sinkhorn: eps = 1e-300")
        << QStringList{"sinkhorn", "--x", path("x.csv"), "--y", path("y.csv"), "--epsilon", "1e-300", "--json"} << 1
        << "too small for double precision" << "not_converged";
    // (eps = 1e-12 converges or not depending on the build's floating point: test_sinkhorn covers both.)
    QTest::newRow("fokker-planck: kT = 1e300")
        << QStringList{"fokker-planck", "--potential", "double-well", "--kT", "1e300", "--grid", "32", "--t-end", "1", "--json"}
        << 2 << "t_end / step is too large" << "";
    QTest::newRow("fokker-planck: kT = 1e-300 stays finite")
        << QStringList{"fokker-planck", "--potential", "double-well", "--kT", "1e-300", "--grid", "32", "--t-end", "1", "--json"}
        << 0 << "" << "";
    QTest::newRow("diffuse: t_min = 1e-300 stays finite")
        << QStringList{"diffuse", "--target", "builtin:ring8", "--process", "ve", "--t-min", "1e-300", "--steps", "50",
                       "--n", "500", "--json"}
        << 0 << "" << "ok";
  }

  void breakdownEndsWithAStatus() {
    QFETCH(QStringList, args);
    QFETCH(int, exit_code);
    QFETCH(QString, message);
    QFETCH(QString, status);
    const CliRun r = run_cli(args, {{"OMP_NUM_THREADS", "1"}});
    QVERIFY2(r.exit_code == exit_code, qPrintable(QString::number(r.exit_code) + ": " + r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    if (exit_code == 0) QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8());
    if (!status.isEmpty()) QCOMPARE(json.object()["status"].toString(), status);
    if (!status.isEmpty() && status != "ok") QVERIFY(!json.object()["message"].toString().isEmpty());
    if (exit_code == 0) {
      QVERIFY2(json.isObject(), qPrintable(r.out));
      QStringList nulls;
      collect_nulls(json.object(), "", nulls);
      QVERIFY2(nulls.isEmpty(), qPrintable("NaN or infinity written as null: " + nulls.join(", ")));
    }
  }
};

QTEST_GUILESS_MAIN(TestCliStatuses)
#include "test_cli_statuses.moc"
