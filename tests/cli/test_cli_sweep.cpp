// flowscope-cli sweep as a user runs it: an .npy with its JSON sidecar whose
// cells equal single 'lyapunov' runs, an .h5 with values, statuses and axes,
// identical bytes on 1 and 2 threads and on 1 and 2 MPI ranks, a sweep killed
// with SIGKILL (the whole process, or one MPI rank) that resumes to the bytes
// of an uninterrupted run, and a table of bad input that exits 2 naming it.
#include <QtTest>

#include "tests/cli/cli_runner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <signal.h>

#include <cmath>

#include "core/io/hdf5_file.h"
#include "core/io/npy.h"

using namespace flowscope;

#ifndef FLOWSCOPE_MPIEXEC
#define FLOWSCOPE_MPIEXEC ""  // a build without MPI: the MPI cases are skipped
#endif

namespace {

using Run = flowscope::testing::CliRun;
using flowscope::testing::run_cli;

QByteArray file_bytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject json_of(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

// Lorenz lambda_1 on a 5 x 8 (rho, sigma) grid, about 0.1 s per cell: long
// enough to be killed half way.
const QStringList kSlowGrid = {"sweep", "--system", "lorenz", "--grid", "rho=20:60:5,sigma=6:14:8",
                               "--t-end", "100", "--transient", "10"};
constexpr int kSlowCells = 40;
constexpr qint64 kFrameBytes = 24 + 16 + 8;  // one lambda_1 cell in the checkpoint log

QStringList mpirun_args(int ranks) {
  return {"--oversubscribe", "--bind-to", "none", "-np", QString::number(ranks), QStringLiteral(FLOWSCOPE_CLI)};
}

QMap<QString, QString> mpi_environment() {
  return {{"OMPI_ALLOW_RUN_AS_ROOT", "1"}, {"OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1"}, {"OMP_NUM_THREADS", "1"}};
}

Run run_mpi(int ranks, const QStringList& args, const QString& threads = "1") {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  auto extra = mpi_environment();
  extra["OMP_NUM_THREADS"] = threads;
  for (auto it = extra.begin(); it != extra.end(); ++it) environment.insert(it.key(), it.value());
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(FLOWSCOPE_MPIEXEC), mpirun_args(ranks) + args);
  if (!process.waitForFinished(300'000)) return {-1, {}, "timed out"};
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
          QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Waits until the checkpoint log holds at least `frames` cells; false after 60 s.
bool wait_for_cells(const QString& log, int frames) {
  for (int i = 0; i < 6000; ++i) {
    if (QFileInfo(log).size() >= frames * kFrameBytes) return true;
    QTest::qWait(10);
  }
  return false;
}

// The pid of the process below `ancestor` whose environment says it is MPI rank `rank`.
qint64 rank_pid(qint64 ancestor, int rank) {
  const QByteArray wanted = "OMPI_COMM_WORLD_RANK=" + QByteArray::number(rank);
  QDirIterator it("/proc");
  while (it.hasNext()) {
    bool number = false;
    const qint64 pid = it.next().section('/', -1).toLongLong(&number);
    if (!number) continue;
    if (!file_bytes(QString("/proc/%1/environ").arg(pid)).split('\0').contains(wanted)) continue;
    for (qint64 p = pid; p > 1;) {
      const QString status = QString::fromUtf8(file_bytes(QString("/proc/%1/status").arg(p)));
      const qint64 parent = status.section("PPid:", 1).section('\n', 0, 0).trimmed().toLongLong();
      if (parent == ancestor) return pid;
      p = parent;
    }
  }
  return -1;
}

}  // namespace

class TestCliSweep : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString path(const QString& name) const { return dir_.filePath(name); }
  // The uninterrupted slow sweep, computed once.
  QByteArray slow_reference() {
    if (!QFile::exists(path("whole.npy")))
      if (run_cli(kSlowGrid + QStringList{"--out", path("whole.npy")}).exit_code != 0) return {};
    return file_bytes(path("whole.npy"));
  }

 private slots:
  void npyAndSidecarHoldTheCellsOfSingleLyapunovRuns() {
    const Run r = run_cli({"sweep", "--system", "lorenz", "--grid", "rho=20:40:3,sigma=8:12:2", "--t-end", "30",
                           "--transient", "5", "--out", path("map.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const QJsonObject summary = json_of(r.out);
    QCOMPARE(summary["cells"].toInt(), 6);
    QCOMPARE(summary["computed"].toInt(), 6);
    const NpyArray map = read_npy(path("map.npy").toStdString());
    QCOMPARE(map.shape, (std::vector<std::size_t>{3, 2}));
    const QJsonObject sidecar = json_of(QString::fromUtf8(file_bytes(path("map.json"))));
    QCOMPARE(sidecar["measure"].toString(), QString("lyapunov-max"));
    QCOMPARE(sidecar["values_file"].toString(), QString("map.npy"));
    const QJsonArray axes = sidecar["axes"].toArray();
    QCOMPARE(axes.size(), 2);
    QCOMPARE(axes[0].toObject()["name"].toString(), QString("rho"));
    QCOMPARE(axes[0].toObject()["values"].toArray()[1].toDouble(), 30.0);
    QCOMPARE(sidecar["settings"].toObject()["t_end"].toDouble(), 30.0);
    // Sampled cells against 'lyapunov' with the same settings: the same run, the same double.
    for (const auto& [i, j] : {std::pair{0, 0}, std::pair{1, 1}, std::pair{2, 0}}) {
      const double rho = 20.0 + 10.0 * i, sigma = 8.0 + 4.0 * j;
      const Run single = run_cli({"lyapunov", "--system", "lorenz", "--param", QString("rho=%1").arg(rho), "--param",
                                  QString("sigma=%1").arg(sigma), "--t-end", "30", "--transient", "5", "--exponents",
                                  "1", "--json"});
      QVERIFY2(single.exit_code == 0, qPrintable(single.err));
      const double lambda = json_of(single.out)["exponents"].toArray()[0].toDouble();
      QCOMPARE(map.values[static_cast<std::size_t>(2 * i + j)], lambda);
    }
  }

  void hdf5HoldsValuesStatusAndAxes() {
    const Run r = run_cli({"sweep", "--system", "rossler", "--grid", "c=2.5:4:4", "--measure", "orbit-diagram",
                           "--transient", "300", "--sample", "100", "--max-maxima", "40", "--out", path("orbit.h5")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const std::string file = path("orbit.h5").toStdString();
    QCOMPARE(hdf5_dataset_info(file, "values").shape, (std::vector<std::size_t>{4, 40}));
    QCOMPARE(hdf5_dataset_info(file, "status").shape, (std::vector<std::size_t>{4}));
    std::vector<double> c(4), values(160);
    read_hdf5_rows(file, "axes/c", 0, 4, c.data());
    QCOMPARE(c, (std::vector<double>{2.5, 3.0, 3.5, 4.0}));
    read_hdf5_rows(file, "values", 0, 4, values.data());
    // Period 1 at c = 2.5: every maximum the same, then NaN padding.
    QVERIFY(std::isfinite(values[0]) && std::isnan(values[39]));
    QVERIFY(std::fabs(values[1] - values[0]) < 1e-4);
  }

  void bytesDoNotDependOnThreads() {
    const QStringList args = {"sweep", "--system", "lorenz", "--grid", "rho=10:50:5,beta=1:3:3",
                              "--measure", "lyapunov-spectrum", "--t-end", "10", "--transient", "2"};
    QVERIFY(run_cli(args + QStringList{"--out", path("t1.npy")}, {{"OMP_NUM_THREADS", "1"}}).exit_code == 0);
    QVERIFY(run_cli(args + QStringList{"--out", path("t2.npy")}, {{"OMP_NUM_THREADS", "2"}}).exit_code == 0);
    QVERIFY(!file_bytes(path("t1.npy")).isEmpty());
    QCOMPARE(file_bytes(path("t1.npy")), file_bytes(path("t2.npy")));
  }

  void aKilledSweepResumesToTheSameBytes() {
    const QByteArray whole = slow_reference();
    QVERIFY(!whole.isEmpty());
    const QString folder = path("killed");
    QProcess process;
    process.start(QStringLiteral(FLOWSCOPE_CLI),
                  kSlowGrid + QStringList{"--out", path("resumed.npy"), "--checkpoint", folder});
    QVERIFY(wait_for_cells(folder + "/cells.log", 8));
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFile::exists(path("resumed.npy")));
    const Run resumed = run_cli(kSlowGrid + QStringList{"--out", path("resumed.npy"), "--checkpoint", folder, "--json"});
    QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.err));
    const QJsonObject summary = json_of(resumed.out);
    qInfo("resumed: %d cells from the checkpoint, %d computed", summary["restored"].toInt(), summary["computed"].toInt());
    QVERIFY(summary["restored"].toInt() >= 8);
    QCOMPARE(summary["restored"].toInt() + summary["computed"].toInt(), kSlowCells);
    QCOMPARE(file_bytes(path("resumed.npy")), whole);
  }

  void twoRanksGiveTheBytesOfOne() {
    if (QString(FLOWSCOPE_MPIEXEC).isEmpty()) QSKIP("built without MPI (FLOWSCOPE_MPI=OFF)");
    const QStringList args = {"sweep", "--system", "lorenz", "--grid", "rho=10:60:6,sigma=8:12:4",
                              "--t-end", "20", "--transient", "5"};
    const Run one = run_cli(args + QStringList{"--out", path("r1.npy")});
    QVERIFY2(one.exit_code == 0, qPrintable(one.err));
    const Run two = run_mpi(2, args + QStringList{"--out", path("r2.npy"), "--json"});
    QVERIFY2(two.exit_code == 0, qPrintable(two.err + two.out));
    const QJsonObject summary = json_of(two.out);
    QCOMPARE(summary["ranks"].toInt(), 2);
    const QJsonArray per_rank = summary["cells_per_rank"].toArray();
    qInfo("2 ranks: %d and %d cells", per_rank[0].toInt(), per_rank[1].toInt());
    QVERIFY(per_rank[1].toInt() > 0);
    QCOMPARE(per_rank[0].toInt() + per_rank[1].toInt(), 24);
    QCOMPARE(file_bytes(path("r2.npy")), file_bytes(path("r1.npy")));
    // Two threads inside each of the two ranks: the same bytes again.
    const Run threaded = run_mpi(2, args + QStringList{"--out", path("r2t2.npy"), "--json"}, "2");
    QVERIFY2(threaded.exit_code == 0, qPrintable(threaded.err + threaded.out));
    QCOMPARE(json_of(threaded.out)["threads"].toInt(), 2);
    QCOMPARE(file_bytes(path("r2t2.npy")), file_bytes(path("r1.npy")));
  }

  void aKilledRankIsReportedAndTheSweepResumes() {
    if (QString(FLOWSCOPE_MPIEXEC).isEmpty()) QSKIP("built without MPI (FLOWSCOPE_MPI=OFF)");
    const QString folder = path("rank-killed");
    const QStringList args = kSlowGrid + QStringList{"--out", path("mpi-resumed.npy"), "--checkpoint", folder};
    const auto extra = mpi_environment();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = extra.begin(); it != extra.end(); ++it) environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FLOWSCOPE_MPIEXEC), mpirun_args(2) + args);
    QVERIFY(wait_for_cells(folder + "/cells.log", 8));
    const qint64 worker = rank_pid(process.processId(), 1);
    QVERIFY(worker > 0);
    ::kill(static_cast<pid_t>(worker), SIGKILL);
    QVERIFY(process.waitForFinished(60'000));
    QVERIFY(process.exitCode() != 0 || process.exitStatus() == QProcess::CrashExit);
    const Run resumed = run_mpi(2, args + QStringList{"--json"});
    QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.err));
    const QJsonObject summary = json_of(resumed.out);
    const QJsonArray held = summary["held_when_stopped"].toArray();
    qInfo("after killing rank 1: %d cells saved, rank 1 held %d; stderr: %s", summary["restored"].toInt(),
          held.isEmpty() ? 0 : held[0].toObject()["cells"].toInt(), qPrintable(resumed.err.trimmed()));
    QVERIFY(!held.isEmpty());
    QCOMPARE(held[0].toObject()["rank"].toInt(), 1);
    QVERIFY(resumed.err.contains("rank 1 held"));
    const QByteArray whole = slow_reference();
    QVERIFY(!whole.isEmpty());
    QCOMPARE(file_bytes(path("mpi-resumed.npy")), whole);
  }

  void badInputIsRefusedByName_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named");
    const QStringList lorenz = {"sweep", "--system", "lorenz", "--t-end", "5"};
    const QString out = "--out";
    QTest::newRow("count 0") << lorenz + QStringList{"--grid", "rho=0:1:0", out, "/tmp/x.npy"} << 2 << "COUNT '0'";
    QTest::newRow("non-finite bound") << lorenz + QStringList{"--grid", "rho=0:inf:3", out, "/tmp/x.npy"} << 2 << "TO 'inf'";
    QTest::newRow("unknown parameter") << lorenz + QStringList{"--grid", "r=0:1:3", out, "/tmp/x.npy"} << 2
                                       << "no parameter 'r'";
    QTest::newRow("unknown measure") << lorenz + QStringList{"--grid", "rho=0:1:3", "--measure", "escape", out, "/tmp/x.npy"}
                                     << 2 << "unknown measure 'escape'";
    QTest::newRow("no grid") << lorenz + QStringList{out, "/tmp/x.npy"} << 2 << "--grid";
    QTest::newRow("unwritable output") << lorenz + QStringList{"--grid", "rho=0:1:3", out, "/no/such/folder/x.npy"}
                                       << 1 << "/no/such/folder";
    QTest::newRow("unknown format") << lorenz + QStringList{"--grid", "rho=0:1:3", out, "/tmp/x.csv"} << 2 << "x.csv";
    const QStringList escape = {"sweep", "--measure", "escape-rate", "--grid", "kT=0.2:0.4:2", out, "/tmp/x.npy"};
    QTest::newRow("escape-rate with one well") << escape + QStringList{"--potential", "harmonic"} << 2 << "two wells";
    QTest::newRow("escape-rate with a system")
        << escape + QStringList{"--potential", "double-well-1d", "--system", "lorenz"} << 2 << "'--system'";
    QTest::newRow("escape-rate over a system parameter")
        << QStringList{"sweep", "--measure", "escape-rate", "--potential", "double-well-1d", "--grid", "rho=0:1:2", out,
                       "/tmp/x.npy"}
        << 2 << "no parameter 'rho'";
    QTest::newRow("option of another measure")
        << lorenz + QStringList{"--grid", "rho=0:1:3", "--sample", "10", out, "/tmp/x.npy"} << 2 << "'--sample'";
  }
  void badInputIsRefusedByName() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, named);
    const Run r = run_cli(args);
    QCOMPARE(r.exit_code, code);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
  }

  void escapeRatesOverTemperature() {
    // Cheap settings (rates to ~15 %): the file's layout and the rates' order, not their accuracy (test_sweep).
    const Run r = run_cli({"sweep", "--measure", "escape-rate", "--potential", "double-well-1d", "--grid",
                           "kT=0.25:0.5:2", "--n", "500", "--steps", "20000", "--out", path("escape.npy"), "--json"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const NpyArray rates = read_npy(path("escape.npy").toStdString());
    QCOMPARE(rates.shape, (std::vector<std::size_t>{2, 3}));
    QVERIFY(rates.values[0] > 0 && rates.values[3] > 2 * rates.values[0]);  // hotter escapes faster
    QVERIFY(std::fabs(rates.values[3] / rates.values[5] - 1.0) < 0.4);     // near Kramers' rate
    const QJsonObject sidecar = json_of(QString::fromUtf8(file_bytes(path("escape.json"))));
    QCOMPARE(sidecar["potential"].toString(), QString("double-well-1d"));
    QCOMPARE(sidecar["value_names"].toArray()[2].toString(), QString("kramers_rate"));
    QCOMPARE(sidecar["settings"].toObject()["particles"].toInt(), 500);
  }

  void aCheckpointOfOtherSettingsIsRefused() {
    const QString folder = path("settings");
    const QStringList args = {"sweep", "--system", "lorenz", "--grid", "rho=10:20:2", "--transient", "1",
                              "--out", path("s.npy"), "--checkpoint", folder};
    QVERIFY(run_cli(args + QStringList{"--t-end", "3"}).exit_code == 0);
    const Run r = run_cli(args + QStringList{"--t-end", "4"});
    QCOMPARE(r.exit_code, 2);
    QVERIFY2(r.err.contains("t_end is 3 there and 4 here"), qPrintable(r.err));
  }
};

QTEST_MAIN(TestCliSweep)
#include "test_cli_sweep.moc"
