// flowscope-cli fokker-planck, run as a user runs it: long runs reach the
// Boltzmann distribution, the .npy holds cell masses, the Ornstein-Uhlenbeck
// mean, and the refused command lines.
#include <QElapsedTimer>
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>

#include "core/io/npy.h"
#include "tests/cli/cli_runner.h"

using namespace flowscope;

namespace {

using Run = testing::CliRun;

Run cli(const QStringList& args) { return testing::run_cli(args); }

double sum_of(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return s;
}

}  // namespace

class TestCliFokkerPlanck : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void longRunReachesBoltzmann() {
    // double-well-1d at kT = 0.5: Kramers relaxation ~0.25, so t = 100 is
    // ~25 relaxation times; TV to the grid's Boltzmann falls to ~1e-10.
    QElapsedTimer wall;
    wall.start();
    const Run r = cli({"fokker-planck", "--potential", "double-well-1d", "--kT", "0.5", "--grid", "200", "--t-end", "100",
                       "--start", "gauss:-1,0.1", "--out", path("w.npy"), "--json"});
    const double wall_seconds = wall.nsecsElapsed() * 1e-9;
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s["potential"].toString(), QString("double-well-1d"));
    QCOMPARE(s["dimension"].toInt(), 1);
    QVERIFY(std::fabs(s["mass"].toDouble() - 1.0) < 1e-10);
    QVERIFY(s["tv_to_boltzmann"].toDouble() < 1e-8);
    QVERIFY(s["steps"].toDouble() > 1000);
    // The reported solve time is there, positive, and within the process's wall time.
    QVERIFY(s.contains("seconds") && s["seconds"].isDouble());
    QVERIFY2(s["seconds"].toDouble() > 0 && s["seconds"].toDouble() <= wall_seconds,
             qPrintable(QString("%1 s reported, %2 s wall").arg(s["seconds"].toDouble()).arg(wall_seconds)));
    const NpyArray a = read_npy(path("w.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{200}));
    QVERIFY(std::fabs(sum_of(a.values) - 1.0) < 1e-10);  // cell masses
    for (double v : a.values) QVERIFY(v >= 0);
    // Symmetric potential, so both wells hold half the mass.
    QVERIFY(std::fabs(sum_of(std::vector<double>(a.values.begin(), a.values.begin() + 100)) - 0.5) < 1e-8);
  }

  void twoDimensionalRunWritesAGrid() {
    const Run r = cli({"fokker-planck", "--potential", "double-well", "--kT", "0.5", "--grid", "48", "--t-end", "1",
                       "--start", "gauss:1,0.5,0.2", "--out", path("d.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(s["dimension"].toInt(), 2);
    QCOMPARE(s["box"].toArray().size(), 2);
    const double tv = s["tv_to_boltzmann"].toDouble();
    QVERIFY(tv > 0.05 && tv < 1);  // started in one well: far from equilibrium at t = 1
    const NpyArray a = read_npy(path("d.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{48, 48}));
    QVERIFY(std::fabs(sum_of(a.values) - 1.0) < 1e-10);
    // Most mass still in the right-hand well (ix >= 24).
    QVERIFY(sum_of(std::vector<double>(a.values.begin() + 24 * 48, a.values.end())) > 0.9);
  }

  void ornsteinUhlenbeckMean() {
    // harmonic, d = 1, k = 2: mean 1.0 e^{-2 t} at t = 0.5, gamma = 1.
    const Run r = cli({"fokker-planck", "--potential", "harmonic", "--param", "d=1", "--param", "k=2", "--kT", "0.5",
                       "--grid", "400", "--t-end", "0.5", "--start", "gauss:1,0.2", "--out", path("ou.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonArray box = QJsonDocument::fromJson(r.out.toUtf8()).object()["box"].toArray()[0].toArray();
    const double lo = box[0].toDouble(), hi = box[1].toDouble();
    const NpyArray a = read_npy(path("ou.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{400}));
    double mean = 0.0;
    for (std::size_t i = 0; i < 400; ++i) mean += a.values[i] * (lo + (i + 0.5) * (hi - lo) / 400);
    QVERIFY2(std::fabs(mean - std::exp(-1.0)) < 1e-3, qPrintable(QString::number(mean)));
  }

  void humanSummaryWithoutJson() {
    const Run r = cli({"fokker-planck", "--potential", "double-well-1d", "--kT", "1", "--grid", "50", "--t-end", "0.1"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("TV to Boltzmann"));
  }

  void badCommandLines_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named");
    const QStringList base = {"fokker-planck", "--potential", "double-well", "--grid", "20", "--t-end", "1"};
    QTest::newRow("kT zero") << base + QStringList{"--kT", "0"} << 2 << "--kT";
    QTest::newRow("kT negative") << base + QStringList{"--kT", "-1"} << 2 << "--kT";
    QTest::newRow("kT missing") << base << 2 << "kT";
    QTest::newRow("gamma zero") << base + QStringList{"--kT", "1", "--gamma", "0"} << 2 << "--gamma";
    QTest::newRow("t-end negative")
        << QStringList{"fokker-planck", "--potential", "double-well", "--grid", "20", "--t-end", "-1", "--kT", "1"} << 2
        << "--t-end";
    QTest::newRow("grid zero")
        << QStringList{"fokker-planck", "--potential", "double-well", "--grid", "0", "--t-end", "1", "--kT", "1"} << 2
        << "--grid";
    QTest::newRow("grid huge")
        << QStringList{"fokker-planck", "--potential", "double-well", "--grid", "100000", "--t-end", "1", "--kT", "1"}
        << 2 << "too large";
    QTest::newRow("unknown potential")
        << QStringList{"fokker-planck", "--potential", "nope", "--grid", "20", "--t-end", "1", "--kT", "1"} << 2
        << "nope";
    QTest::newRow("dimension 8")
        << QStringList{"fokker-planck", "--potential", "oscillator-ring", "--grid", "20", "--t-end", "1", "--kT", "1"}
        << 2 << "1-D and 2-D";
    QTest::newRow("unknown parameter") << base + QStringList{"--kT", "1", "--param", "zz=1"} << 2 << "zz";
    QTest::newRow("start format") << base + QStringList{"--kT", "1", "--start", "1,2,3"} << 2 << "gauss:";
    QTest::newRow("start count") << base + QStringList{"--kT", "1", "--start", "gauss:1,2"} << 2 << "--start";
    QTest::newRow("start outside") << base + QStringList{"--kT", "1", "--start", "gauss:90,0,0.1"} << 2 << "box";
    QTest::newRow("box count") << base + QStringList{"--kT", "1", "--box", "0,1"} << 2 << "--box";
    QTest::newRow("box reversed") << base + QStringList{"--kT", "1", "--box", "1,0,0,1"} << 2 << "lo < hi";
    QTest::newRow("out not npy") << base + QStringList{"--kT", "1", "--out", "x.csv"} << 2 << "--out";
    QTest::newRow("out unwritable") << base + QStringList{"--kT", "1", "--out", "/nonexistent/dir/x.npy"} << 1
                                    << "/nonexistent/dir";
  }
  void badCommandLines() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, named);
    const Run r = cli(args);
    QVERIFY2(r.exit_code == code, qPrintable(QString("exit %1: %2").arg(r.exit_code).arg(r.err)));
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
  }
};

QTEST_APPLESS_MAIN(TestCliFokkerPlanck)
#include "test_cli_fokker_planck.moc"
