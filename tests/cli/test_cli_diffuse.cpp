// flowscope-cli diffuse, interpolate and the diffusion bench case, run as a
// user runs them: JSON keys and values, the --out array's shape, the target
// list, sweeps, identical files on one and two threads, and every refused
// input with its message and exit code.
#include <QtTest>

#include <QFile>
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

Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) { return testing::run_cli(args, env); }

QJsonObject json_of(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

void write_text(const QString& path, const QByteArray& text) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(text);
}

}  // namespace

class TestCliDiffuse : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void jsonKeysAndOutShape() {
    const Run r = cli({"diffuse", "--target", "builtin:ring8", "--process", "vp", "--sampler", "sde", "--steps", "200",
                       "--n", "4000", "--seed", "3", "--out", path("s.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = json_of(r);
    for (const char* key : {"sliced_w2", "energy_distance", "mean_loglik", "mode_weights", "nfe"})
      QVERIFY2(s.contains(key), key);
    QCOMPARE(s["nfe"].toInt(), 200);
    QCOMPARE(s["mode_weights"].toArray().size(), 8);
    QVERIFY(s["sliced_w2"].toDouble() > 0 && s["sliced_w2"].toDouble() < 0.3);
    QVERIFY(std::fabs(s["mean_loglik"].toDouble() - s["target_mean_loglik"].toDouble()) < 0.15);
    QCOMPARE(s["energy_distance_points"].toInt(), 2000);
    const NpyArray a = read_npy(path("s.npy").toStdString());
    QCOMPARE(a.shape, (std::vector<std::size_t>{4000, 2}));
    double radius = 0.0;  // ring8's particles sit near radius 4
    for (std::size_t i = 0; i < 4000; ++i) radius += std::hypot(a.values[2 * i], a.values[2 * i + 1]) / 4000;
    QVERIFY(std::fabs(radius - 4.0) < 0.1);
  }

  void samplersReportTheirEvaluations() {
    const QList<QPair<QStringList, int>> cases = {
        {{"--sampler", "ode", "--ode-method", "rk4"}, 40},
        {{"--sampler", "ode"}, 20},
        {{"--sampler", "pc", "--corrector-steps", "2"}, 30},
        {{"--sampler", "eta", "--eta", "0.5"}, 10},
    };
    for (const auto& [extra, nfe] : cases) {
      const Run r = cli(QStringList{"diffuse", "--target", "builtin:torus", "--process", "ve", "--steps", "10", "--n",
                                    "300", "--out", path("t.npy"), "--json"} + extra);
      QVERIFY2(r.exit_code == 0, qPrintable(r.err));
      QCOMPARE(json_of(r)["nfe"].toInt(), nfe);
      QCOMPARE(read_npy(path("t.npy").toStdString()).shape, (std::vector<std::size_t>{300, 3}));
    }
  }

  void listsTheBuiltinTargets() {
    const Run r = cli({"diffuse", "--list-targets"});
    QCOMPARE(r.exit_code, 0);
    for (const char* id : {"ring8", "two-moons", "swiss-roll", "spiral", "torus", "s-curve"}) QVERIFY2(r.out.contains(id), id);
    const Run j = cli({"diffuse", "--list-targets", "--json"});
    QVERIFY(json_of(j)["targets"].toArray().size() >= 6);
  }

  void mixtureFilesAndPointSets() {
    write_text(path("m.json"), R"({"dimension": 2, "components": [
      {"weight": 0.7, "mean": [0, 0], "covariance": [[1, 0.3], [0.3, 0.5]]},
      {"weight": 0.3, "mean": [3, 1], "factor": [[1], [0.5]], "std": 0.2}]})");
    Run r = cli({"diffuse", "--target", path("m.json"), "--steps", "50", "--n", "500", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QCOMPARE(json_of(r)["mode_weights"].toArray().size(), 2);
    write_text(path("p.csv"), "x,y\n0,0\n1,0\n0,1\n");
    r = cli({"diffuse", "--target", path("p.csv") + "@0.2", "--steps", "20", "--n", "300", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
  }

  void scoreErrorChangesTheResult() {
    const QStringList base = {"diffuse", "--target", "builtin:ring8", "--sampler", "ode", "--steps", "100", "--n", "4000", "--json"};
    const double exact = json_of(cli(base))["mean_loglik"].toDouble();
    const Run r = cli(base + QStringList{"--score-error", "scale:0.5"});
    QCOMPARE(json_of(r)["score_error"].toString(), QString("scale:0.5"));
    QVERIFY(json_of(r)["mean_loglik"].toDouble() < exact - 0.3);
  }

  void sweepAndComparison() {
    const Run r = cli({"diffuse", "--target", "builtin:ring8", "--steps", "20", "--n", "1000", "--sweep", "5,20",
                       "--compare", "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = json_of(r);
    QVERIFY(s["ode_sde_sliced_w2"].toDouble() > 0);
    const QJsonArray rows = s["sweep"].toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject()["steps"].toInt(), 5);
    QVERIFY(rows[1].toObject().contains("ode_sde_sliced_w2") && rows[1].toObject().contains("sliced_w2"));
    // More steps: the SDE's log-likelihood is closer to the target's own.
    QVERIFY(rows[1].toObject()["mean_loglik"].toDouble() > rows[0].toObject()["mean_loglik"].toDouble());
  }

  void sameFileForOneAndTwoThreads() {
    for (const char* sampler : {"sde", "pc"}) {
      const QStringList args = {"diffuse", "--target", "builtin:two-moons", "--sampler", sampler, "--steps", "30", "--n",
                                "1500", "--seed", "5"};
      QVERIFY(cli(args + QStringList{"--out", path("one.npy")}, {{"OMP_NUM_THREADS", "1"}}).exit_code == 0);
      QVERIFY(cli(args + QStringList{"--out", path("two.npy")}, {{"OMP_NUM_THREADS", "2"}}).exit_code == 0);
      QFile one(path("one.npy")), two(path("two.npy"));
      QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
      QCOMPARE(one.readAll(), two.readAll());
    }
  }

  void interpolateCommand() {
    QStringList args = {"interpolate", "--from", "builtin:two-moons", "--to", "builtin:ring8", "--interpolant", "trig",
                        "--gamma", "0.5", "--steps", "50", "--n", "2000", "--out", path("i.npy"), "--json"};
    const Run a = cli(args + QStringList{"--epsilon", "0"});
    const Run b = cli(args + QStringList{"--epsilon", "1"});
    QVERIFY2(a.exit_code == 0 && b.exit_code == 0, qPrintable(a.err + b.err));
    for (const char* key : {"sliced_w2", "energy_distance", "mean_loglik", "mode_weights", "nfe"}) QVERIFY(json_of(a).contains(key));
    QCOMPARE(json_of(a)["nfe"].toInt(), 100);
    QVERIFY(json_of(a)["sliced_w2"].toDouble() < 0.4 && json_of(b)["sliced_w2"].toDouble() < 0.4);
    QCOMPARE(read_npy(path("i.npy").toStdString()).shape, (std::vector<std::size_t>{2000, 2}));
  }

  void badInputs() {
    write_text(path("notpd.json"), R"({"dimension": 2, "components": [
      {"weight": 0.5, "mean": [0, 0], "std": 1},
      {"weight": 0.5, "mean": [1, 1], "covariance": [[1, 2], [2, 1]]}]})");
    write_text(path("sum.json"), R"({"dimension": 2, "components": [
      {"weight": 0.5, "mean": [0, 0], "std": 1}, {"weight": 0.4, "mean": [1, 1], "std": 1}]})");
    write_text(path("empty.csv"), "x,y\n");
    write_text(path("nan.csv"), "0,0\n1,nan\n");
    write_text(path("broken.json"), "{\"dimension\": 2,\n \"components\": [");
    const double nan_row[4] = {0, 0, 1, std::nan("")};
    write_npy(path("nan.npy").toStdString(), nan_row, {2, 2});
    const QStringList run = {"diffuse", "--steps", "10", "--n", "10"};
    struct Case {
      QStringList args;
      int code;
      QString message;
    };
    const QList<Case> cases = {
        {run + QStringList{"--target", path("notpd.json")}, 2, "component 2: the covariance is not positive definite"},
        {run + QStringList{"--target", path("sum.json")}, 2, "sum to 0.9"},
        {run + QStringList{"--target", path("empty.csv")}, 2, "the point set is empty"},
        {run + QStringList{"--target", path("nan.csv")}, 2, "point 2, coordinate 2 is not a finite number"},
        {run + QStringList{"--target", path("nan.npy")}, 2, "point 2, coordinate 2 is not a finite number"},
        {run + QStringList{"--target", path("broken.json")}, 1, "line 2"},
        {run + QStringList{"--target", path("missing.json")}, 1, "cannot read"},
        {{"diffuse", "--target", "builtin:ring8", "--steps", "0", "--n", "10"}, 2, "--steps"},
        {run + QStringList{"--target", "builtin:nope"}, 2, "unknown built-in target 'nope'"},
        {run + QStringList{"--target", "builtin:ring8", "--sampler", "magic"}, 2, "unknown sampler 'magic'"},
        {run + QStringList{"--target", "builtin:ring8", "--sampler", "eta"}, 2, "--eta"},
        {run + QStringList{"--target", "builtin:ring8", "--sampler", "eta", "--eta", "-1"}, 2, "--eta"},
        {run + QStringList{"--target", "builtin:ring8", "--score-error", "weights:1,2"}, 2, "the target has 8 components"},
        {run + QStringList{"--target", "builtin:ring8", "--score-error", "blur:x"}, 2, "--score-error"},
        {run + QStringList{"--target", "builtin:ring8", "--process", "vx"}, 2, "unknown process 'vx'"},
        {run + QStringList{"--target", "builtin:ring8", "--out", path("x.csv")}, 2, "not a .npy file name"},
        {{"interpolate", "--from", "builtin:ring8", "--to", "builtin:torus", "--interpolant", "linear", "--epsilon", "0",
          "--steps", "5", "--n", "5"}, 2, "2-D and 3-D"},
        {{"interpolate", "--from", "builtin:ring8", "--to", "builtin:ring8", "--interpolant", "linear", "--epsilon", "-1",
          "--steps", "5", "--n", "5"}, 2, "--epsilon"},
        {{"interpolate", "--from", "builtin:ring8", "--to", "builtin:ring8", "--interpolant", "linear", "--epsilon", "0",
          "--steps", "0", "--n", "5"}, 2, "--steps"},
    };
    for (const Case& c : cases) {
      const Run r = cli(c.args);
      QVERIFY2(r.exit_code == c.code && r.err.contains(c.message),
               qPrintable(c.args.join(' ') + " -> " + QString::number(r.exit_code) + ": " + r.err));
    }
  }

  void benchCaseIsRegistered() {
    const Run r = cli({"bench", "--case", "nope"});
    QCOMPARE(r.exit_code, 2);
    QVERIFY(r.err.contains("diffusion_gmm_sde"));
  }
};

QTEST_GUILESS_MAIN(TestCliDiffuse)
#include "test_cli_diffuse.moc"
