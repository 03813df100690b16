// flowscope-cli langevin, run as a user runs it: JSON keys and shapes, the
// --out file, thread-count independence and refused inputs.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>

#include "core/io/npy.h"

using namespace flowscope;

namespace {

struct Run {
  int exit_code;
  QString out;
  QString err;
};

Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  for (auto it = env.begin(); it != env.end(); ++it) environment.insert(it.key(), it.value());
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(FLOWSCOPE_CLI), args);
  if (!process.waitForFinished(300'000)) return {-1, {}, "timed out"};
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
          QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

class TestCliLangevin : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void jsonAndOutFile() {
    const Run r = cli({"langevin", "--potential", "double-well", "--n", "20000", "--steps", "600", "--dt", "0.01",
                       "--kT", "0.5", "--seed", "3", "--out", path("p.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char* key : {"mean", "covariance", "tv_to_boltzmann", "seconds", "items_per_s", "method", "t_end"})
      QVERIFY2(s.contains(key), key);
    QCOMPARE(s["mean"].toArray().size(), 2);
    QCOMPARE(s["covariance"].toArray().size(), 2);
    QCOMPARE(s["covariance"].toArray()[0].toArray().size(), 2);
    QCOMPARE(s["method"].toString(), QString("em"));
    QCOMPARE(s["t_end"].toDouble(), 6.0);
    QVERIFY(s["kinetic_temperature"].isNull());
    const double tv = s["tv_to_boltzmann"].toDouble();
    QVERIFY2(tv > 0 && tv < 0.1, qPrintable(QString::number(tv)));  // 20,000 particles on 40 x 40 cells
    QVERIFY(std::fabs(s["covariance"].toArray()[1].toArray()[1].toDouble() - 0.5) < 0.03);  // y: variance kT
    QVERIFY(s["items_per_s"].toDouble() > 0);
    const NpyArray a = read_npy(path("p.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{20000, 2}));
    double mean_y = 0;
    for (std::size_t i = 0; i < 20000; ++i) {
      QVERIFY(std::isfinite(a.values[2 * i]) && std::isfinite(a.values[2 * i + 1]));
      mean_y += a.values[2 * i + 1] / 20000;
    }
    QVERIFY(std::fabs(mean_y - s["mean"].toArray()[1].toDouble()) < 1e-12);
  }

  void underdampedAndTyped() {
    Run r = cli({"langevin", "--potential-expr", "k*x^2/2", "--param", "k=2", "--n", "5000", "--steps", "400", "--dt",
                 "0.05", "--kT", "1", "--underdamped", "--mass", "2", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s["method"].toString(), QString("baoab"));
    QCOMPARE(s["mean"].toArray().size(), 1);
    QVERIFY(std::fabs(s["kinetic_temperature"].toDouble() - 1.0) < 0.1);
    QVERIFY(s["tv_to_boltzmann"].toDouble() < 0.1);
    // 3-D: no Boltzmann comparison
    r = cli({"langevin", "--potential", "harmonic", "--param", "d=3", "--n", "1000", "--steps", "10", "--dt", "0.01",
             "--kT", "1", "--method", "lm", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s["covariance"].toArray().size(), 3);
    QVERIFY(s["tv_to_boltzmann"].isNull());
  }

  void sameForOneAndTwoThreads() {
    const QStringList args = {"langevin", "--potential", "triple-well", "--n", "1500", "--steps", "100", "--dt",
                              "0.005", "--kT", "1", "--underdamped", "--force", "0.5", "--omega", "3", "--seed", "9"};
    QVERIFY(cli(args + QStringList{"--out", path("one.npy")}, {{"OMP_NUM_THREADS", "1"}}).exit_code == 0);
    QVERIFY(cli(args + QStringList{"--out", path("two.npy")}, {{"OMP_NUM_THREADS", "2"}}).exit_code == 0);
    QFile one(path("one.npy")), two(path("two.npy"));
    QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
    QCOMPARE(one.readAll(), two.readAll());
  }

  void blowUpIsAFailedRun() {
    const Run r = cli({"langevin", "--potential", "double-well", "--n", "100", "--steps", "100", "--dt", "0.8", "--kT",
                       "0.5", "--json"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("step"), qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["status"].toString(), QString("unstable"));
  }

  void badInputs_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    const QStringList base = {"langevin", "--n", "10", "--steps", "5", "--dt", "0.01"};
    QTest::newRow("kT 0") << base + QStringList{"--potential", "double-well", "--kT", "0"} << "--kT";
    QTest::newRow("negative gamma") << base + QStringList{"--potential", "double-well", "--kT", "1", "--gamma", "-1"}
                                    << "--gamma";
    QTest::newRow("unknown potential") << base + QStringList{"--potential", "quintuple-well", "--kT", "1"}
                                       << "quintuple-well";
    QTest::newRow("bad expression") << base + QStringList{"--potential-expr", "(x^2 - 1", "--kT", "1"} << "column";
    QTest::newRow("unknown name") << base + QStringList{"--potential-expr", "x^2 + w", "--kT", "1"} << "column 7";
    QTest::newRow("huge n") << QStringList{"langevin", "--potential", "double-well", "--n", "3e9", "--steps", "1",
                                           "--dt", "0.01", "--kT", "1"}
                            << "bytes";
    QTest::newRow("dt 0") << base.mid(0, 5) + QStringList{"--dt", "0", "--potential", "double-well", "--kT", "1"}
                          << "--dt";
    QTest::newRow("both potentials") << base + QStringList{"--potential", "harmonic", "--potential-expr", "x^2",
                                                           "--kT", "1"}
                                     << "exactly one";
    QTest::newRow("unknown method") << base + QStringList{"--potential", "harmonic", "--kT", "1", "--method", "rk4"}
                                    << "rk4";
    QTest::newRow("mass overdamped") << base + QStringList{"--potential", "harmonic", "--kT", "1", "--mass", "2"}
                                     << "--mass";
    QTest::newRow("unknown param") << base + QStringList{"--potential", "harmonic", "--kT", "1", "--param", "q=1"}
                                   << "'q'";
    QTest::newRow("out not npy") << base + QStringList{"--potential", "harmonic", "--kT", "1", "--out", "a.csv"}
                                 << "npy";
  }
  void badInputs() {
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const Run r = cli(args);
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains(needle), qPrintable(r.err));
  }
};

QTEST_MAIN(TestCliLangevin)
#include "test_cli_langevin.moc"
