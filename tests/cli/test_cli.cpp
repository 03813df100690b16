// flowscope-cli run as a user runs it: real files out, numpy reads them, and
// every kind of bad input gets a non-zero exit and a message naming it.
#include <QtTest>

#include "tests/cli/cli_runner.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>

#include "core/io/npy.h"
#include "tests/render/image_checks.h"

using namespace flowscope;

namespace {

using Run = flowscope::testing::CliRun;
using flowscope::testing::run_cli;

}  // namespace

class TestCli : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void simulateWritesCsvWithHeader() {
    const Run r = run_cli({"simulate", "--system", "lorenz", "--param", "rho=28", "--ic", "1,1,1", "--t-end", "10",
                       "--dt", "0.01", "--method", "rk4", "--out", path("l.csv")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QFile file(path("l.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QString("t,x,y,z"));
    QCOMPARE(lines.size(), 1 + 1001);
    QCOMPARE(lines[1], QString("0,1,1,1"));
    QVERIFY(lines.last().startsWith("10,"));
  }

  void simulateWritesNpyThatNumpyReads() {
    const QString npy = path("l.npy");
    const Run r = run_cli({"simulate", "--system", "lorenz", "--t-end", "5", "--dt", "0.01", "--out", npy, "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("\"samples\":501"));
    const NpyArray array = read_npy(npy.toStdString());
    QCOMPARE(array.shape, (std::vector<std::size_t>{501, 4}));

    // numpy itself must read it: Debian's python3-numpy, installed by scripts/test.
    QProcess python;
    python.start("/usr/bin/python3", {"-c", "import numpy, sys; a = numpy.load(sys.argv[1]); "
                                            "print(a.dtype, a.shape, repr(a[-1, 0]), repr(a[1, 1]))",
                                      npy});
    QVERIFY(python.waitForFinished(60'000));
    const QString said = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    QVERIFY2(python.exitCode() == 0,
             qPrintable("numpy could not read the file (is python3-numpy installed?): " + python.readAllStandardError()));
    QCOMPARE(said.section(' ', 0, 2), QString("float64 (501, 4)"));
    QCOMPARE(said.section(' ', 3, 3).toDouble(), 5.0);
    QCOMPARE(said.section(' ', 4, 4).toDouble(), array.values[4 + 1]);
  }

  void paramsChangeTheResult() {
    QVERIFY(run_cli({"simulate", "--system", "lorenz", "--t-end", "2", "--out", path("a.npy")}).exit_code == 0);
    QVERIFY(run_cli({"simulate", "--system", "lorenz", "--t-end", "2", "--param", "rho=10", "--out", path("b.npy")})
                .exit_code == 0);
    QVERIFY(read_npy(path("a.npy").toStdString()).values != read_npy(path("b.npy").toStdString()).values);
  }

  void badInputIsRefusedWithAMessage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = dir_.filePath("x.csv");
    const QStringList base = {"simulate", "--system", "lorenz", "--t-end", "1"};
    QTest::newRow("no command") << QStringList{} << "usage";
    QTest::newRow("unknown command") << QStringList{"simulat"} << "unknown command 'simulat'";
    QTest::newRow("unknown option") << (base + QStringList{"--out", out, "--colour", "red"}) << "unknown option '--colour'";
    QTest::newRow("bad number") << QStringList{"simulate", "--system", "lorenz", "--t-end", "ten", "--out", out}
                                << "'ten' is not a number";
    QTest::newRow("NaN step") << (base + QStringList{"--dt", "nan", "--out", out}) << "'nan' is not finite";
    QTest::newRow("overflowing number") << (base + QStringList{"--dt", "1e400", "--out", out})
                                        << "'1e400' is beyond the range of a double";
    QTest::newRow("negative step") << (base + QStringList{"--dt", "-0.1", "--out", out}) << "--dt";
    QTest::newRow("missing value") << (base + QStringList{"--out"}) << "'--out' needs a value";
    QTest::newRow("missing t-end") << QStringList{"simulate", "--system", "lorenz", "--out", out} << "needs --t-end";
    QTest::newRow("unknown system") << QStringList{"simulate", "--system", "lorentz", "--t-end", "1", "--out", out}
                                    << "unknown system 'lorentz'";
    QTest::newRow("unknown parameter") << (base + QStringList{"--param", "r=3", "--out", out}) << "no parameter 'r'";
    QTest::newRow("malformed parameter") << (base + QStringList{"--param", "rho", "--out", out}) << "NAME=VALUE";
    QTest::newRow("wrong ic size") << (base + QStringList{"--ic", "1,2", "--out", out}) << "3 variables, got 2";
    QTest::newRow("unknown method") << (base + QStringList{"--method", "euler", "--out", out}) << "'euler'";
    QTest::newRow("unknown format") << (base + QStringList{"--out", dir_.filePath("x.txt")}) << ".csv or .npy";
    QTest::newRow("unwritable path") << (base + QStringList{"--out", "/nonexistent/dir/x.csv"})
                                     << "cannot write '/nonexistent/dir/x.csv'";
    QTest::newRow("absurd size") << QStringList{"simulate", "--system", "lorenz", "--t-end", "1e12", "--out", out}
                                 << "steps";
    QTest::newRow("render bad size") << QStringList{"render", "--system", "lorenz", "--size", "big", "--out",
                                                    dir_.filePath("x.png")}
                                     << "WIDTHxHEIGHT";
    QTest::newRow("render huge size") << QStringList{"render", "--system", "lorenz", "--size", "100000x10", "--out",
                                                     dir_.filePath("x.png")}
                                      << "from 16 to 8192";
    QTest::newRow("render not png") << QStringList{"render", "--system", "lorenz", "--out", dir_.filePath("x.jpg")}
                                    << "must end in .png";
    QTest::newRow("render unwritable") << QStringList{"render", "--system", "lorenz", "--out", "/nonexistent/x.png"}
                                       << "cannot write '/nonexistent/x.png'";
  }
  void badInputIsRefusedWithAMessage() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run_cli(args);
    QVERIFY2(r.exit_code > 0, qPrintable(QString("exit code %1").arg(r.exit_code)));
    QVERIFY2(r.err.contains(message), qPrintable("stderr: " + r.err));
    QVERIFY(!QFile::exists(dir_.filePath("x.csv")));
  }

  void blowUpKeepsWhatWasComputed() {
    const QString csv = path("blowup.csv");
    const Run r = run_cli({"simulate", "--system", "lorenz", "--t-end", "20", "--dt", "0.5", "--out", csv});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("blew up at t = ") && r.err.contains("samples before it were written"), qPrintable(r.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    for (const QString& line : lines.mid(1))
      for (const QString& cell : line.split(',')) QVERIFY2(std::isfinite(cell.toDouble()), qPrintable(line));
  }

  void parameterOutsideItsRangeIsNotedAndUsed() {
    const Run r = run_cli({"simulate", "--system", "lorenz", "--param", "rho=200", "--t-end", "1", "--out", path("wide.csv")});
    QCOMPARE(r.exit_code, 0);
    QVERIFY2(r.err.contains("rho = 200 lies outside its usual range [0, 100]"), qPrintable(r.err));
  }

  void renderWritesTheButterfly() {
    const QString png = path("butterfly.png");
    const Run r = run_cli({"render", "--system", "lorenz", "--param", "rho=28", "--out", png, "--size", "640x360"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(640, 360));
    const double covered = testing::coveredFraction(image, image.pixelColor(0, 0));
    qInfo("render covered fraction %.3f", covered);
    QVERIFY(covered > 0.05 && covered < 0.5);
  }

  void renderWorksWithoutADisplay() {
    // The CLI starts a private Xvfb when no X display answers.
    const QString png = path("headless.png");
    const Run r = run_cli({"render", "--system", "lorenz", "--out", png, "--size", "320x200"}, {{"DISPLAY", ""}});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QCOMPARE(QImage(png).size(), QSize(320, 200));
  }

  void systemsListsLorenzAsJson() {
    const Run r = run_cli({"systems", "--json"});
    QCOMPARE(r.exit_code, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().size() >= 30);
    const QJsonObject lorenz = doc.array().first().toObject();
    QCOMPARE(lorenz["id"].toString(), QString("lorenz"));
    QCOMPARE(lorenz["dimension"].toInt(), 3);
    QCOMPARE(lorenz["parameters"].toArray().size(), 3);
    const QJsonObject rho = lorenz["parameters"].toArray()[1].toObject();
    QCOMPARE(rho["name"].toString(), QString("rho"));
    QCOMPARE(rho["default"].toDouble(), 28.0);
    QVERIFY(rho["min"].toDouble() < 28.0 && rho["max"].toDouble() > 28.0);
    const QJsonArray spectrum = lorenz["reference"].toObject()["lyapunov_spectrum"].toObject()["values"].toArray();
    QCOMPARE(spectrum.size(), 3);
    QCOMPARE(spectrum[0].toDouble(), 0.9056);
    QVERIFY(lorenz["reference"].toObject()["lyapunov_spectrum"].toObject()["source"].toString().contains("Sprott"));
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
