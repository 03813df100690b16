// flowscope-cli reconstruct, run as a user runs it: SINDy on a Lorenz CSV
// writes typed equations that 'simulate --equations' integrates, and a report
// whose measures are numbers (D_stsp, D_H, the model's largest Lyapunov
// exponent near 0.906); EDMD and a short AL-RNN fit write their JSON models;
// bad input is refused with its reason and no measure is ever NaN.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <fstream>
#include <iomanip>

#include "core/integrate/trajectory.h"
#include "core/io/npy.h"
#include "core/systems/catalogue.h"
#include "tests/cli/cli_runner.h"

using namespace flowscope;

namespace {
using Run = testing::CliRun;
Run cli(const QStringList& args) { return testing::run_cli(args); }
QJsonObject json_of(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
}  // namespace

class TestCliReconstruct : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

  // Lorenz every 0.002 for 50 time units after a transient, with a time column.
  void write_lorenz(const QString& name, int constant_column = -1) {
    Problem problem = default_problem(find_system("lorenz"), 60.0);
    problem.initial_state = {1, 1, 1};
    problem.dt = 0.002;
    const Trajectory t = integrate(problem, Method::Rk4);
    std::ofstream csv(path(name).toStdString());
    csv << std::setprecision(17) << "time,x,y,z\n";
    for (std::size_t i = 5000; i < t.samples(); ++i) {
      csv << t.times[i] - t.times[5000];
      for (int j = 0; j < 3; ++j) csv << "," << (j == constant_column ? 1.0 : t.state(i)[j]);
      csv << "\n";
    }
  }

 private slots:
  void initTestCase() { write_lorenz("lorenz.csv"); }

  void sindyEquationsRoundTripThroughSimulate() {
    Run r = cli({"reconstruct", "--input", path("lorenz.csv"), "--model", "sindy", "--out-model", path("fit.txt"),
                 "--out-trajectory", path("run.npy"), "--report", path("report.json"), "--reference-lyapunov", "0.906",
                 "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject report = json_of(r);
    QFile file(path("report.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), report);
    QCOMPARE(report["model"].toString(), QString("sindy"));
    QVERIFY(std::fabs(report["dt"].toDouble() - 0.002) < 1e-9);
    const QJsonObject m = report["measures"].toObject();
    QVERIFY(m["d_stsp"].isDouble() && m["d_h"].isDouble() && m["max_lyapunov"].isDouble());
    QVERIFY2(m["d_h"].toDouble() < 0.1, qPrintable(QString::number(m["d_h"].toDouble())));
    // A finite-time estimate (200 time units) of Lorenz's 0.906.
    QVERIFY2(std::fabs(m["max_lyapunov"].toDouble() - 0.906) < 0.05, qPrintable(QString::number(m["max_lyapunov"].toDouble())));
    QCOMPARE(m["max_lyapunov_reference"].toDouble(), 0.906);
    // The recovered equations forecast the data for several Lyapunov times (1 / 0.906 = 1.1).
    const QJsonObject horizon = m["prediction_horizon"].toObject();
    QVERIFY2(horizon["time"].toDouble() > 3.0, qPrintable(QString::number(horizon["time"].toDouble())));
    QCOMPARE(horizon["starts"].toInt(), 20);
    QVERIFY(m["missing"].toArray().isEmpty());
    QCOMPARE(report["sindy"].toObject()["nonzero_terms"].toInt(), 7);
    QCOMPARE(read_npy(path("run.npy").toStdString()).shape, (std::vector<std::size_t>{25001, 3}));
    // The equations open as a typed system.
    r = cli({"simulate", "--equations", path("fit.txt"), "--t-end", "5", "--dt", "0.002", "--out", path("again.csv")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
  }

  void edmdAndAlrnnWriteJsonModels() {
    Run r = cli({"reconstruct", "--in", path("lorenz.csv"), "--method", "edmd", "--degree", "2", "--out-model",
                 path("edmd.json"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QJsonObject report = json_of(r);
    QCOMPARE(report["edmd"].toObject()["dictionary_size"].toInt(), 10);
    QFile edmd(path("edmd.json"));
    QVERIFY(edmd.open(QIODevice::ReadOnly));
    const QJsonObject model = QJsonDocument::fromJson(edmd.readAll()).object();
    QCOMPARE(model["koopman"].toArray().size(), 10);
    QCOMPARE(model["eigenvalues"].toArray().size(), 10);

    r = cli({"reconstruct", "--input", path("lorenz.csv"), "--model", "al-rnn", "--latent", "8", "--relu", "2", "--epochs",
             "2", "--seed", "4", "--generate", "2000", "--out-model", path("alrnn.json"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    report = json_of(r);
    const QJsonObject al = report["al_rnn"].toObject();
    QCOMPARE(al["loss"].toArray().size(), 2);
    QVERIFY(al["subregions"].toArray().size() >= 1);
    QVERIFY(!r.out.contains("nan", Qt::CaseInsensitive));
    QFile alrnn(path("alrnn.json"));
    QVERIFY(alrnn.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(alrnn.readAll()).object()["w"].toArray().size(), 8);
  }

  void badInputIsRefusedWithItsReason() {
    write_lorenz("constant.csv", 1);
    Run r = cli({"reconstruct", "--input", path("constant.csv"), "--model", "sindy"});
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains("column 1 ('y') is constant"), qPrintable(r.err));
    r = cli({"reconstruct", "--input", path("lorenz.csv"), "--model", "sindy", "--dt", "0.01"});
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains("does not match"), qPrintable(r.err));
    r = cli({"reconstruct", "--input", path("lorenz.csv"), "--model", "koopman"});
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains("known: sindy, edmd, al-rnn"), qPrintable(r.err));
    r = cli({"reconstruct", "--input", path("lorenz.csv"), "--model", "edmd", "--out-model", path("k.txt")});
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains("must end in .json"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliReconstruct)
#include "test_cli_reconstruct.moc"
