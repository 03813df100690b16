// flowscope-cli ensemble, bench and the new simulate methods, run as a user runs them.
#include <QtTest>

#include "tests/cli/cli_runner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>

#include "core/io/npy.h"

using namespace flowscope;

namespace {

using Run = flowscope::testing::CliRun;
using flowscope::testing::run_cli;

}  // namespace

class TestCliEnsemble : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void ensembleWritesFinalStates() {
    const Run r = run_cli({"ensemble", "--system", "lorenz", "--n", "500", "--steps", "200", "--dt", "0.01", "--method",
                       "rk4", "--out", path("e.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const NpyArray a = read_npy(path("e.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{500, 3}));
    for (double v : a.values) QVERIFY(std::isfinite(v));
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(summary["n"].toInt(), 500);
    QCOMPARE(summary["t_end"].toDouble(), 2.0);
  }

  void ensembleIsTheSameForOneAndTwoThreads_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("rk4") << "rk4";
    QTest::newRow("em") << "em";
    QTest::newRow("heun") << "heun";
  }
  void ensembleIsTheSameForOneAndTwoThreads() {
    QFETCH(QString, method);
    QStringList args = {"ensemble", "--system", "lorenz", "--n", "700", "--steps", "100", "--method", method, "--seed", "4"};
    if (method != "rk4") args << "--noise" << "0.7";
    QVERIFY(run_cli(args + QStringList{"--out", path("one.npy")}, {{"OMP_NUM_THREADS", "1"}}).exit_code == 0);
    QVERIFY(run_cli(args + QStringList{"--out", path("two.npy")}, {{"OMP_NUM_THREADS", "2"}}).exit_code == 0);
    QFile one(path("one.npy")), two(path("two.npy"));
    QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
    QCOMPARE(one.readAll(), two.readAll());  // bitwise
  }

  void simulateDopri5MeetsTolerance() {
    const Run r = run_cli({"simulate", "--system", "lorenz", "--t-end", "1", "--dt", "0.1", "--method", "dopri5", "--rtol",
                       "1e-11", "--atol", "1e-13", "--out", path("d.npy")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(run_cli({"simulate", "--system", "lorenz", "--t-end", "1", "--dt", "0.0005", "--method", "rk4", "--out",
                 path("r.npy")})
                .exit_code == 0);
    const NpyArray d = read_npy(path("d.npy").toStdString()), k = read_npy(path("r.npy").toStdString());
    QCOMPARE(d.shape, (std::vector<std::size_t>{11, 4}));
    double worst = 0.0;  // RK4 at h = 5e-4 is accurate to ~1e-9 over t = 1
    for (int j = 1; j < 4; ++j) worst = std::max(worst, std::fabs(d.values[10 * 4 + j] - k.values[2000 * 4 + j]));
    qInfo("dopri5 vs fine rk4 at t = 1: %.2e", worst);
    QVERIFY(worst < 1e-7);
  }

  void benchReportsThroughput() {
    const Run r = run_cli({"bench", "--case", "lorenz_rk4_ensemble", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o["items_per_s"].toDouble() > 0);
    QVERIFY(o["seconds"].toDouble() > 0);
    qInfo("bench: %.3g trajectory-steps/s, %.0f %% of the fastest hand-written loop",
          o["items_per_s"].toDouble(), 100 * o["ratio_to_fastest_reference"].toDouble());
  }

  void badInputIsRefused_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = dir_.filePath("x.npy");
    QTest::newRow("no n") << QStringList{"ensemble", "--system", "lorenz", "--steps", "5", "--out", out} << "needs --n";
    QTest::newRow("fractional n") << QStringList{"ensemble", "--system", "lorenz", "--n", "2.5", "--steps", "5", "--out", out}
                                  << "'--n' must be a whole number";
    QTest::newRow("noise without sde") << QStringList{"ensemble", "--system", "lorenz", "--n", "5", "--steps", "5",
                                                      "--noise", "1", "--out", out}
                                       << "needs a stochastic method";
    QTest::newRow("absurd size") << QStringList{"ensemble", "--system", "lorenz", "--n", "1e9", "--steps", "1e9", "--out", out}
                                 << "trajectory-steps";
    QTest::newRow("unknown case") << QStringList{"bench", "--case", "nbody"} << "unknown case 'nbody'";
    QTest::newRow("rtol with rk4") << QStringList{"simulate", "--system", "lorenz", "--t-end", "1", "--rtol", "1e-6",
                                                  "--out", dir_.filePath("x.csv")}
                                   << "apply to --method dopri5 only";
    QTest::newRow("negative atol") << QStringList{"simulate", "--system", "lorenz", "--t-end", "1", "--method", "dopri5",
                                                  "--atol", "-1", "--out", dir_.filePath("x.csv")}
                                   << "must be positive";
  }
  void badInputIsRefused() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run_cli(args);
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliEnsemble)
#include "test_cli_ensemble.moc"
