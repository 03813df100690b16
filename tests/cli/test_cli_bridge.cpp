// flowscope-cli sinkhorn, bridge and bridge-snapshots, run as a user runs
// them: JSON keys, the paths file's shape, finite results at tiny eps,
// identical output on 1 and 2 threads, and every refused input with its
// message and exit code.
#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>

#include "core/io/npy.h"
#include "core/transport/gaussian.h"
#include "tests/cli/cli_runner.h"

using namespace flowscope;

namespace {

using Run = testing::CliRun;

Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) { return testing::run_cli(args, env); }

QJsonObject json_of(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

void write_points(const QString& path, const Gaussian& g, std::size_t n, std::uint64_t seed) {
  const std::vector<double> rows = sample_gaussian(g, n, seed, 0);
  write_npy(path.toStdString(), rows.data(), {n, static_cast<std::size_t>(g.dimension)});
}

void write_text(const QString& path, const QByteArray& text) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(text);
}

QByteArray file_bytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestCliBridge : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void initTestCase() {
    write_points(path("a.npy"), Gaussian{2, {0, 0}, {1, 0, 0, 1}}, 300, 1);
    write_points(path("b.npy"), Gaussian{2, {3, 0}, {0.25, 0, 0, 4}}, 250, 2);
    write_points(path("c3.npy"), Gaussian{3, {0, 0, 0}, {1, 0, 0, 0, 1, 0, 0, 0, 1}}, 50, 3);
    std::vector<double> w(300, 1.0 / 300);
    write_npy(path("wa.npy").toStdString(), w.data(), {300});
    w[0] = -w[0];
    write_npy(path("wneg.npy").toStdString(), w.data(), {300});
    w[0] = 2.0 / 300;
    write_npy(path("wsum.npy").toStdString(), w.data(), {300});
    std::vector<double> nan_rows = sample_gaussian(Gaussian{2, {0, 0}, {1, 0, 0, 1}}, 20, 4, 0);
    nan_rows[7] = std::nan("");
    write_npy(path("nan.npy").toStdString(), nan_rows.data(), {20, 2});
    write_npy(path("empty.npy").toStdString(), nan_rows.data(), {0, 2});
    // Snapshots at three times (CSV with a time column) and at one time only.
    QByteArray csv = "time,x,y\n", one = "time,x,y\n";
    const std::vector<double> s0 = sample_gaussian(Gaussian{2, {0, 0}, {1, 0, 0, 1}}, 150, 5, 0);
    const std::vector<double> s1 = sample_gaussian(Gaussian{2, {1, 0.5}, {1, 0, 0, 1}}, 150, 6, 0);
    const std::vector<double> s2 = sample_gaussian(Gaussian{2, {2, 1}, {1, 0, 0, 1}}, 150, 7, 0);
    for (std::size_t i = 0; i < 150; ++i) {
      csv += QByteArray("0,") + QByteArray::number(s0[2 * i], 'g', 17) + "," + QByteArray::number(s0[2 * i + 1], 'g', 17) + "\n";
      csv += QByteArray("0.5,") + QByteArray::number(s1[2 * i], 'g', 17) + "," + QByteArray::number(s1[2 * i + 1], 'g', 17) + "\n";
      csv += QByteArray("1,") + QByteArray::number(s2[2 * i], 'g', 17) + "," + QByteArray::number(s2[2 * i + 1], 'g', 17) + "\n";
      one += QByteArray("0,") + QByteArray::number(s0[2 * i], 'g', 17) + "," + QByteArray::number(s0[2 * i + 1], 'g', 17) + "\n";
    }
    write_text(path("snap.csv"), csv);
    write_text(path("one.csv"), one);
  }

  void sinkhornReportsCostErrorAndIterations() {
    const Run r = cli({"sinkhorn", "--x", path("a.npy"), "--y", path("b.npy"), "--epsilon", "0.5", "--wx",
                       path("wa.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = json_of(r);
    for (const char* key : {"cost", "marginal_error", "iterations", "status", "epsilon", "n_x", "n_y", "dimension"})
      QVERIFY2(s.contains(key), key);
    QCOMPARE(s["status"].toString(), QString("converged"));
    QVERIFY(s["marginal_error"].toDouble() <= 1e-6);
    // Entropic OT cost lies below the independent coupling's mean cost
    // (mean |x - y|^2 ~ 2 + 4.25 + 9) and above |mean x - mean y|^2 ~ 9.
    QVERIFY(s["cost"].toDouble() > 8.0 && s["cost"].toDouble() < s["mean_cost"].toDouble());
    QCOMPARE(s["n_x"].toInt(), 300);
    QCOMPARE(s["n_y"].toInt(), 250);
  }

  void tinyEpsilonIsFiniteAndSaysItDidNotConverge() {
    // eps = 1e-4 x mean cost (~15), 40 iterations: not converged, exit 1, numbers finite.
    const Run r = cli({"sinkhorn", "--x", path("a.npy"), "--y", path("b.npy"), "--epsilon", "0.0015", "--iters", "40",
                       "--json"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY(r.err.contains("did not converge within 40 iterations: marginal error"));
    const QJsonObject s = json_of(r);
    QCOMPARE(s["status"].toString(), QString("not_converged"));
    QVERIFY(s["cost"].isDouble() && std::isfinite(s["cost"].toDouble()));  // null would be NaN
    QVERIFY(s["marginal_error"].isDouble() && std::isfinite(s["marginal_error"].toDouble()));
    QCOMPARE(s["iterations"].toInt(), 40);
  }

  void sinkhornIsIdenticalOnOneAndTwoThreads() {
    const QStringList args = {"sinkhorn", "--x", path("a.npy"), "--y", path("b.npy"), "--epsilon", "0.05", "--json"};
    QJsonObject one = json_of(cli(args, {{"OMP_NUM_THREADS", "1"}}));
    QJsonObject two = json_of(cli(args, {{"OMP_NUM_THREADS", "2"}}));
    one.remove("seconds");
    two.remove("seconds");
    QVERIFY(!one.isEmpty());
    QCOMPARE(one, two);
  }

  void bridgeWritesPathsAndTheClosedForm() {
    const Run r = cli({"bridge", "--from", "gauss:0,0;1,0,0,1", "--to", "gauss:4,1;2,0.5,0.5,1", "--sigma", "1", "--n",
                       "500", "--steps", "20", "--seed", "3", "--out", path("p.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const NpyArray a = read_npy(path("p.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{21, 500, 2}));
    for (double v : a.values) QVERIFY(std::isfinite(v));
    const QJsonObject s = json_of(r);
    for (const char* key : {"sinkhorn", "sample", "closed_form", "sde", "mid_time", "paths_shape", "epsilon"})
      QVERIFY2(s.contains(key), key);
    QCOMPARE(s["epsilon"].toDouble(), 2.0);
    const QJsonArray exact_mean = s["closed_form"].toObject()["mid"].toObject()["mean"].toArray();
    QVERIFY(std::fabs(exact_mean[0].toDouble() - 2.0) < 1e-12 && std::fabs(exact_mean[1].toDouble() - 0.5) < 1e-12);
    // 500 paths: the sample mid-time mean is within 0.2 (~ 5 sd) of the closed form's.
    const QJsonArray mean = s["sample"].toObject()["mid"].toObject()["mean"].toArray();
    QVERIFY(std::fabs(mean[0].toDouble() - 2.0) < 0.2 && std::fabs(mean[1].toDouble() - 0.5) < 0.2);
    QVERIFY(s["sde"].toObject()["mean_error"].toDouble() < 0.3);
  }

  void bridgeFromPointFilesWithOuReferenceIsThreadIndependent() {
    const QStringList args = {"bridge", "--from", path("a.npy"), "--to", path("b.npy"), "--sigma", "0.8", "--reference",
                              "ou:0.5", "--n", "200", "--steps", "10", "--json", "--out"};
    const Run one = cli(args + QStringList{path("p1.npy")}, {{"OMP_NUM_THREADS", "1"}});
    const Run two = cli(args + QStringList{path("p2.npy")}, {{"OMP_NUM_THREADS", "2"}});
    QVERIFY2(one.exit_code == 0 && two.exit_code == 0, qPrintable(one.err + two.err));
    QCOMPARE(read_npy(path("p1.npy").toStdString()).shape, (std::vector<std::size_t>{11, 200, 2}));
    QVERIFY(file_bytes(path("p1.npy")) == file_bytes(path("p2.npy")));
    QVERIFY(json_of(one)["closed_form"].isNull());
    QCOMPARE(json_of(one)["reference"].toString(), QString("ou:0.5"));
  }

  void bridgeFromBuiltinsAndMixtureFiles() {
    // Built-in targets (the diffusion feature's) as either end.
    Run r = cli({"bridge", "--from", "builtin:ring8", "--to", "builtin:two-moons", "--sigma", "0.5", "--n", "300",
                 "--steps", "8", "--json", "--out", path("ring_moons.npy")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QCOMPARE(read_npy(path("ring_moons.npy").toStdString()).shape, (std::vector<std::size_t>{9, 300, 2}));
    QVERIFY(json_of(r)["closed_form"].isNull());
    // A one-component mixture file is a Gaussian: the closed form is reported.
    QFile f(path("one.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"dimension": 2, "components": [{"weight": 1, "mean": [3, 0], "covariance": [[0.25, 0], [0, 4]]}]})");
    f.close();
    r = cli({"bridge", "--from", "gauss:0,0;1,0,0,1", "--to", path("one.json"), "--sigma", "1", "--n", "400", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(json_of(r)["closed_form"].isObject());
  }

  void bridgeWithALangevinReference() {
    // The harmonic potential (k = 1) as reference is Ornstein-Uhlenbeck with theta 1.
    const Run r = cli({"bridge", "--from", path("a.npy"), "--to", path("b.npy"), "--sigma", "0.8", "--reference",
                       "langevin:harmonic", "--n", "100", "--steps", "5", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject j = json_of(r);
    QCOMPARE(j["reference"].toString(), QString("langevin:harmonic"));
    const QJsonArray a = j["reference_drift"].toObject()["A"].toArray();
    QVERIFY(std::fabs(a[0].toArray()[0].toDouble() + 1) < 1e-9 && std::fabs(a[1].toArray()[1].toDouble() + 1) < 1e-9);
    QVERIFY(std::fabs(j["reference_drift"].toObject()["langevin_fit_r2"].toDouble() - 1) < 1e-9);
    const Run bad = cli({"bridge", "--from", path("a.npy"), "--to", path("b.npy"), "--sigma", "0.8", "--reference",
                         "langevin:nope", "--n", "10"});
    QCOMPARE(bad.exit_code, 2);
    QVERIFY2(bad.err.contains("unknown potential 'nope'"), qPrintable(bad.err));
  }

  void bridgeSnapshotsReportsTheFitPerRefinement() {
    const Run r = cli({"bridge-snapshots", "--data", path("snap.csv"), "--sigma", "0.5", "--refine", "2", "--n", "300",
                       "--steps", "5", "--out", path("s.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = json_of(r);
    const QJsonArray rounds = s["refinements"].toArray();
    QCOMPARE(rounds.size(), 3);
    for (const auto& round : rounds) {
      const QJsonObject o = round.toObject();
      QCOMPARE(o["A"].toArray().size(), 2);
      QCOMPARE(o["b"].toArray().size(), 2);
      QVERIFY(o["change"].isDouble());
      QCOMPARE(o["intervals"].toArray().size(), 2);
    }
    QCOMPARE(s["times"].toArray().size(), 3);
    QCOMPARE(read_npy(path("s.npy").toStdString()).shape, (std::vector<std::size_t>{11, 300, 2}));
    // The snapshots' means move by (1, 0.5) per unit time: the fitted offset b (A x + b,
    // x near the means) pushes that way.
    QVERIFY(s["b"].toArray()[0].toDouble() > 0.3);
  }

  void badInputIsRefused_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString a = path("a.npy"), b = path("b.npy");
    QTest::newRow("empty cloud") << QStringList{"sinkhorn", "--x", path("empty.npy"), "--y", b, "--epsilon", "1"} << 2
                                 << "holds no points";
    QTest::newRow("dimensions differ") << QStringList{"sinkhorn", "--x", a, "--y", path("c3.npy"), "--epsilon", "1"}
                                       << 2 << "they need the same dimension";
    QTest::newRow("NaN coordinate") << QStringList{"sinkhorn", "--x", path("nan.npy"), "--y", b, "--epsilon", "1"} << 2
                                    << "row 3 column 1 is NaN";
    QTest::newRow("negative weight") << QStringList{"sinkhorn", "--x", a, "--y", b, "--epsilon", "1", "--wx",
                                                    path("wneg.npy")}
                                     << 2 << "weight 0 is -0.0033";
    QTest::newRow("weights not summing to one")
        << QStringList{"sinkhorn", "--x", a, "--y", b, "--epsilon", "1", "--wx", path("wsum.npy")} << 2
        << "the weights sum to 1.0033";
    QTest::newRow("epsilon zero") << QStringList{"sinkhorn", "--x", a, "--y", b, "--epsilon", "0"} << 2
                                  << "'--epsilon' must be > 0";
    QTest::newRow("sigma zero") << QStringList{"bridge", "--from", a, "--to", b, "--sigma", "0", "--n", "10"} << 2
                                << "'--sigma' must be > 0";
    QTest::newRow("sigma negative") << QStringList{"bridge-snapshots", "--data", path("snap.csv"), "--sigma", "-1"} << 2
                                    << "'--sigma' must be > 0";
    QTest::newRow("one snapshot time") << QStringList{"bridge-snapshots", "--data", path("one.csv"), "--sigma", "1"}
                                       << 2 << "1 time given; a bridge needs at least two";
    QTest::newRow("unknown reference") << QStringList{"bridge", "--from", a, "--to", b, "--sigma", "1", "--reference",
                                                      "levy", "--n", "10"}
                                       << 2 << "unknown reference 'levy'";
    QTest::newRow("unknown builtin") << QStringList{"bridge", "--from", "builtin:ring9", "--to", b, "--sigma", "1",
                                                    "--n", "10"}
                                     << 2 << "option '--from': unknown";
    QTest::newRow("bad gaussian") << QStringList{"bridge", "--from", "gauss:0,0;1,2,2,1", "--to", b, "--sigma", "1",
                                                 "--n", "10"}
                                  << 2 << "not positive definite";
    QTest::newRow("gaussian without covariance")
        << QStringList{"bridge", "--from", "gauss:0,0", "--to", b, "--sigma", "1", "--n", "10"} << 2
        << "expected gauss:MEAN;COVARIANCE";
    QTest::newRow("missing file") << QStringList{"sinkhorn", "--x", path("none.npy"), "--y", b, "--epsilon", "1"} << 1
                                  << "cannot";
  }
  void badInputIsRefused() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = cli(args);
    QVERIFY2(r.exit_code == code, qPrintable(QString::number(r.exit_code) + " " + r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }

  void benchCaseIsListed() {
    const Run r = cli({"bench", "--help"});
    QVERIFY(r.out.contains("sinkhorn_logdomain"));
  }
};

QTEST_GUILESS_MAIN(TestCliBridge)
#include "test_cli_bridge.moc"
