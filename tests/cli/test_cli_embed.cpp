// flowscope-cli embed and synth-population, run as a user runs them: PCA of
// a synthetic population's spikes keeps the trials x T x K layout, a delay
// embedding of Lorenz x chooses its delay and dimension, the output is the
// same on 1 and 2 threads, and bad input is refused with its message.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>
#include <fstream>

#include "core/io/npy.h"
#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"
#include "tests/cli/cli_runner.h"

using namespace flowscope;

namespace {
using Run = testing::CliRun;
Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) { return testing::run_cli(args, env); }
QJsonObject json_of(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
}  // namespace

class TestCliEmbed : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }

 private slots:
  void synthPopulationThenPca() {
    Run r = cli({"synth-population", "--latent", "lorenz", "--neurons", "40", "--trials", "5", "--bins", "120",
                 "--seed", "3", "--out", path("pop.h5"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject s = json_of(r);
    QCOMPARE(s["latent_dimension"].toInt(), 3);
    QVERIFY(s["mean_spikes_per_bin"].toDouble() > 1);

    r = cli({"embed", "--input", path("pop.h5"), "--dataset", "/spikes", "--method", "pca", "--dims", "3", "--smooth",
             "2", "--out", path("pc.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject e = json_of(r);
    const QJsonArray ratio = e["explained_variance_ratio"].toArray();
    QCOMPARE(ratio.size(), 3);
    double sum = 0;
    for (int i = 0; i < 3; ++i) {
      QVERIFY(ratio[i].toDouble() > 0);
      if (i) QVERIFY(ratio[i].toDouble() <= ratio[i - 1].toDouble());
      sum += ratio[i].toDouble();
    }
    QVERIFY(sum <= 1.0 + 1e-12);
    const NpyArray pc = read_npy(path("pc.npy").toStdString());
    QCOMPARE(pc.shape, (std::vector<std::size_t>{5, 120, 3}));  // trials x T x K, the input's order

    // Identical bytes on 1 and 2 threads (fixed partial sums in the covariance).
    for (const char* threads : {"1", "2"}) {
      r = cli({"embed", "--input", path("pop.h5"), "--dataset", "spikes", "--method", "pca", "--out",
               path(QString("pc%1.npy").arg(threads))},
              {{"OMP_NUM_THREADS", threads}});
      QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    }
    QCOMPARE(read_npy(path("pc1.npy").toStdString()).values, read_npy(path("pc2.npy").toStdString()).values);
  }

  void delayEmbeddingChoosesDelayAndDimension() {
    // Lorenz x every 0.01 from a CSV with a time column.
    Problem problem = default_problem(find_system("lorenz"), 100.0);
    problem.dt = 0.002;
    const Trajectory t = integrate(problem, Method::Rk4);
    std::ofstream csv(path("x.csv").toStdString());
    csv << "time,x\n";
    std::size_t rows = 0;
    for (std::size_t i = 10000; i < t.samples(); i += 5, ++rows) csv << t.times[i] << "," << t.state(i)[0] << "\n";
    csv.close();
    const Run r = cli({"embed", "--input", path("x.csv"), "--method", "delay", "--out", path("d.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject e = json_of(r);
    const int delay = e["delay"].toInt(), dimension = e["dimension"].toInt();
    QVERIFY2(delay >= 8 && delay <= 25, qPrintable(r.out));
    QVERIFY2(dimension == 3 || dimension == 4, qPrintable(r.out));
    QVERIFY(e["delay_chosen_by"].toString().startsWith("first minimum"));
    const NpyArray d = read_npy(path("d.npy").toStdString());
    QCOMPARE(d.shape, (std::vector<std::size_t>{rows - static_cast<std::size_t>((dimension - 1) * delay),
                                                static_cast<std::size_t>(dimension)}));
  }

  void badInput_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("ragged") << "r.csv" << "x,y\n1,2\n3\n" << QStringList{} << 1 << "line 3: 1 value, expected 2";
    QTest::newRow("non-numeric") << "t.csv" << "x,y\n1,2\n3,z\n" << QStringList{} << 1 << "line 3, column 2 ('y')";
    QTest::newRow("nan") << "n.csv" << "x,y\n1,2\ninf,4\n" << QStringList{} << 1 << "line 3, column 1 ('x')";
    QTest::newRow("empty") << "e.csv" << "" << QStringList{} << 1 << "is empty";
    QTest::newRow("too few points") << "f.csv" << "x,y,z\n1,2,3\n4,5,7\n" << QStringList{"--dims", "3"} << 2
                                    << "need more than 3 time points";
    QTest::newRow("too many dims") << "g.csv" << "x,y\n1,2\n4,5\n3,3\n" << QStringList{"--dims", "3"} << 2
                                   << "the data have only 2";
    QTest::newRow("delay too long") << "h.csv" << "x\n1\n2\n3\n4\n" << QStringList{"--method", "delay", "--delay", "9", "--dims", "2"}
                                    << 2 << "not shorter than the series";
    QTest::newRow("unknown type") << "a.xlsx" << "x" << QStringList{} << 2 << "unknown file type";
  }
  void badInput() {
    QFETCH(QString, file);
    QFETCH(QString, content);
    QFETCH(QStringList, extra);
    QFETCH(int, exit);
    QFETCH(QString, message);
    std::ofstream(path(file).toStdString(), std::ios::binary) << content.toStdString();
    QStringList args = {"embed", "--input", path(file), "--out", path("o.npy")};
    if (!extra.contains("--method")) args << "--method" << "pca";
    args << extra;
    const Run r = cli(args);
    QCOMPARE(r.exit_code, exit);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
  }

  void nonFiniteRowsCanBeDropped() {
    std::ofstream(path("nan.csv").toStdString()) << "x,y\n1,2\nnan,1\n3,5\n4,4\n";
    const Run r = cli({"embed", "--input", path("nan.csv"), "--method", "pca", "--dims", "1", "--drop-non-finite",
                       "--out", path("o.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QCOMPARE(json_of(r)["dropped_rows"].toInt(), 1);
    QVERIFY(r.err.contains("dropped 1 rows"));
    QCOMPARE(read_npy(path("o.npy").toStdString()).shape, (std::vector<std::size_t>{3, 1}));
  }

  void missingDatasetAndOptions() {
    Run r = cli({"synth-population", "--neurons", "5", "--trials", "2", "--bins", "10", "--out", path("p.h5")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    r = cli({"embed", "--input", path("p.h5"), "--dataset", "/rates/x", "--method", "pca", "--out", path("o.npy")});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("no dataset '/rates/x'") && r.err.contains("/spikes"), qPrintable(r.err));
    r = cli({"embed", "--input", path("p.h5"), "--method", "pca", "--out", path("o.npy")});
    QCOMPARE(r.exit_code, 2);
    QVERIFY(r.err.contains("--dataset"));
    r = cli({"embed", "--input", path("p.h5"), "--dataset", "spikes", "--method", "umap", "--out", path("o.npy")});
    QCOMPARE(r.exit_code, 2);
    QVERIFY(r.err.contains("known: pca, delay"));
    r = cli({"synth-population", "--latent", "nope", "--neurons", "5", "--trials", "2", "--bins", "10", "--out", path("q.h5")});
    QCOMPARE(r.exit_code, 2);
    QVERIFY(r.err.contains("nope"));
    QCOMPARE(cli({"embed", "--help"}).exit_code, 0);
    QCOMPARE(cli({"synth-population", "--help"}).exit_code, 0);
  }
};

QTEST_GUILESS_MAIN(TestCliEmbed)
#include "test_cli_embed.moc"
