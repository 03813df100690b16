// flowscope-cli's analysis commands as a user runs them: lyapunov prints one
// JSON object with the published spectrum's numbers, poincare and
// orbit-diagram write tables with the right columns, and bad input exits 2
// with a message naming it.
#include <QtTest>

#include "tests/cli/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

#include "core/io/npy.h"

using namespace flowscope;

namespace {

using Run = flowscope::testing::CliRun;
using flowscope::testing::run_cli;

// The lines of a CSV file, without the empty last one.
QStringList csv_lines(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

}  // namespace

class TestCliAnalysis : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void lyapunovPrintsOneJsonObject() {
    // The default run (T = 1000 after a transient of 100, dt = 0.002) takes
    // about 0.2 s; over T = 1000 lambda_1 varies by about 0.005 between starts,
    // far inside the tolerances (Sprott 2003: 0.9056, 0, -14.5723, D 2.0621).
    const Run r = run_cli({"lyapunov", "--system", "lorenz", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + ": " + r.out));
    QVERIFY(doc.isObject());
    const QJsonObject json = doc.object();
    QCOMPARE(json["system"].toString(), QString("lorenz"));
    const QJsonArray exponents = json["exponents"].toArray();
    QCOMPARE(exponents.size(), 3);
    const double l1 = exponents[0].toDouble(), l2 = exponents[1].toDouble(), l3 = exponents[2].toDouble();
    const double dimension = json["kaplan_yorke"].toDouble();
    qInfo("lyapunov --system lorenz: %.4f %.4f %.4f, D_KY %.4f in %.2f s", l1, l2, l3, dimension,
          json["seconds"].toDouble());
    QVERIFY(l1 >= l2 && l2 >= l3);
    QVERIFY(std::fabs(l1 - 0.9056) < 0.03);
    QVERIFY(std::fabs(l2) < 0.03);
    QVERIFY(std::fabs(l3 + 14.5723) < 0.1);
    QVERIFY(std::fabs(dimension - 2.0621) < 0.01);
    QCOMPARE(json["t_end"].toDouble(), 1000.0);
    const QJsonObject reference = json["reference"].toObject();
    QCOMPARE(reference["lyapunov_spectrum"].toObject()["values"].toArray().size(), 3);
    QVERIFY(reference["kaplan_yorke"].toObject()["source"].toString().contains("Sprott"));
  }

  void lyapunovReferenceOnlyAtDefaultParameters() {
    const Run r = run_cli({"lyapunov", "--system", "lorenz", "--param", "rho=35", "--t-end", "50", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(json["reference"].isNull());
    QCOMPARE(json["exponents"].toArray().size(), 3);
  }

  void truncatedSpectrumLeavesTheDimensionOpen() {
    // lambda_1 > 0 alone cannot tell where the partial sums turn negative.
    const Run r = run_cli({"lyapunov", "--system", "lorenz", "--exponents", "1", "--t-end", "50", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json["exponents"].toArray().size(), 1);
    QVERIFY(json["kaplan_yorke"].isNull());
  }

  void lyapunovPrintsATable() {
    const Run r = run_cli({"lyapunov", "--system", "rossler", "--t-end", "200", "--exponents", "2"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("lambda_1") && r.out.contains("lambda_2") && !r.out.contains("lambda_3"));
    QVERIFY(r.out.contains("Kaplan-Yorke dimension"));
  }

  void poincareWritesCsvOnThePlane() {
    const QString csv = path("section.csv");
    const Run r = run_cli({"poincare", "--system", "lorenz", "--normal", "0,0,1", "--offset", "27", "--t-end", "100",
                       "--transient", "5", "--out", csv, "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QStringList lines = csv_lines(csv);
    QCOMPARE(lines.first(), QString("t,x,y,z"));
    QCOMPARE(lines.size() - 1, json["crossings"].toInt());
    QVERIFY(lines.size() > 50);
    double previous_t = 5.0;
    for (int i = 1; i < lines.size(); ++i) {
      const QStringList cells = lines[i].split(',');
      QCOMPARE(cells.size(), 4);
      QVERIFY(cells[0].toDouble() >= previous_t);
      previous_t = cells[0].toDouble();
      QVERIFY(std::fabs(cells[3].toDouble() - 27.0) < 1e-9);
    }
  }

  void poincareWritesNpy() {
    const QString npy = path("section.npy");
    const Run r = run_cli({"poincare", "--system", "rossler", "--normal", "1,0,0", "--direction", "both", "--t-end",
                       "200", "--max-crossings", "20", "--out", npy});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const NpyArray array = read_npy(npy.toStdString());
    QCOMPARE(array.shape, (std::vector<std::size_t>{20, 4}));
    for (std::size_t i = 0; i < 20; ++i) QVERIFY(std::fabs(array.values[i * 4 + 1]) < 1e-9);  // x = 0
  }

  void orbitDiagramWritesCsv() {
    const QString csv = path("orbit.csv");
    const Run r = run_cli({"orbit-diagram", "--system", "rossler", "--vary", "c", "--from", "2.5", "--to", "5.7",
                       "--count", "5", "--variable", "x", "--transient", "200", "--sample", "100", "--out", csv,
                       "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QStringList lines = csv_lines(csv);
    QCOMPARE(lines.first(), QString("c,x_max"));
    QCOMPARE(lines.size() - 1, json["rows"].toInt());
    QSet<QString> values;
    for (int i = 1; i < lines.size(); ++i) {
      const QStringList cells = lines[i].split(',');
      QCOMPARE(cells.size(), 2);
      values.insert(cells[0]);
      QVERIFY(cells[1].toDouble() > 0.0);  // Rössler's x peaks on the positive side
    }
    QCOMPARE(values, (QSet<QString>{"2.5", "3.3", "4.1", "4.9", "5.7"}));
  }

  void orbitDiagramWritesNpy() {
    const QString npy = path("orbit.npy");
    const Run r = run_cli({"orbit-diagram", "--system", "lorenz", "--vary", "rho", "--from", "20", "--to", "30",
                       "--count", "3", "--variable", "z", "--transient", "20", "--sample", "20", "--out", npy});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const NpyArray array = read_npy(npy.toStdString());
    QCOMPARE(array.shape.size(), std::size_t{2});
    QCOMPARE(array.shape[1], std::size_t{2});
    QVERIFY(array.shape[0] > 10);
  }

  void badInputIsRefusedWithAMessage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = dir_.filePath("bad.csv");
    const QStringList poincare = {"poincare", "--system", "lorenz", "--t-end", "1", "--out", out};
    const QStringList orbit = {"orbit-diagram", "--system", "rossler", "--out", out};
    QTest::newRow("normal size") << (poincare + QStringList{"--normal", "1,0"}) << "'--normal'";
    QTest::newRow("normal size says why") << (poincare + QStringList{"--normal", "1,0"}) << "3 variables, got 2";
    QTest::newRow("zero normal") << (poincare + QStringList{"--normal", "0,0,0"}) << "'--normal' must not be all zeros";
    QTest::newRow("no normal") << poincare << "needs --normal";
    QTest::newRow("bad direction") << (poincare + QStringList{"--normal", "0,0,1", "--direction", "sideways"})
                                   << "'--direction': unknown crossing direction 'sideways'";
    QTest::newRow("unknown vary") << (orbit + QStringList{"--vary", "q", "--from", "1", "--to", "2", "--count", "3"})
                                  << "'--vary': system 'rossler' has no parameter 'q'";
    QTest::newRow("from above to") << (orbit + QStringList{"--vary", "c", "--from", "5", "--to", "3", "--count", "3"})
                                   << "'--from' and '--to'";
    QTest::newRow("zero count") << (orbit + QStringList{"--vary", "c", "--from", "3", "--to", "5", "--count", "0"})
                                << "'--count' must be a whole number";
    QTest::newRow("fractional count")
        << (orbit + QStringList{"--vary", "c", "--from", "3", "--to", "5", "--count", "2.5"}) << "'--count'";
    QTest::newRow("unknown variable")
        << (orbit + QStringList{"--vary", "c", "--from", "3", "--to", "5", "--count", "3", "--variable", "w"})
        << "'--variable': system 'rossler' has no variable 'w'";
    QTest::newRow("t-end in orbit diagram")
        << (orbit + QStringList{"--vary", "c", "--from", "3", "--to", "5", "--count", "3", "--t-end", "5"})
        << "unknown option '--t-end'";
    QTest::newRow("too many exponents") << QStringList{"lyapunov", "--system", "lorenz", "--exponents", "4"}
                                        << "'--exponents' must be a whole number from 1 to 3";
    QTest::newRow("negative transient") << QStringList{"lyapunov", "--system", "lorenz", "--transient", "-1"}
                                        << "'--transient'";
    QTest::newRow("lyapunov unknown system") << QStringList{"lyapunov", "--system", "lorentz"}
                                             << "unknown system 'lorentz'";
  }
  void badInputIsRefusedWithAMessage() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run_cli(args);
    QVERIFY2(r.exit_code == 2, qPrintable(QString("exit code %1, stderr: %2").arg(r.exit_code).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable("stderr: " + r.err));
    QVERIFY(!QFile::exists(dir_.filePath("bad.csv")));
  }

  void blowUpFailsWithExitOne() {
    const Run r = run_cli({"lyapunov", "--system", "lorenz", "--dt", "0.5", "--t-end", "100"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("blew up at t = "), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "test_cli_analysis.moc"
