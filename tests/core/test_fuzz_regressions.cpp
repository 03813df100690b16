// Fuzzing's findings, kept: every input a fuzz target ever failed on
// (tests/fuzz/regressions/<harness>/) and every seed (tests/fuzz/corpus/<harness>/)
// is replayed through the very harness libFuzzer ran (tests/fuzz/harness), so a
// reader that regresses fails here in the ordinary build. Then the bugs found
// by fuzzing and by hand, each with the message that now refuses its input.
#include <QtTest>

#include <QDirIterator>
#include <QTemporaryDir>
#include <cmath>
#include <fstream>
#include <string>

#include "core/data/import.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/json.h"
#include "core/io/npy.h"
#include "core/io/number_format.h"
#include "core/langevin/expression_potential.h"
#include "core/systems/equation_parser.h"
#include "tests/fuzz/harness/harnesses.h"

using namespace flowscope;

namespace {

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// A version-1 NPY file: magic, version, the header as given (padded to 64 bytes), then the data.
std::string npy_file(const std::string& dict, std::size_t data_bytes = 0, bool pad = true) {
  std::string header = dict;
  if (pad) {
    while ((10 + header.size() + 1) % 64 != 0) header += ' ';
    header += '\n';
  }
  std::string out = "\x93NUMPY\x01";
  out += '\0';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>((header.size() >> 8) & 0xff);
  return out + header + std::string(data_bytes, '\0');
}

template <typename Function>
QString error_of(Function&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

class TestFuzzRegressions : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const char* name) { return dir_.filePath(name).toStdString(); }

 private slots:
  void replayKeptInputs_data() {
    QTest::addColumn<int>("harness");
    QTest::addColumn<QString>("file");
    int rows = 0;
    const auto all = fuzz::harnesses();
    for (int h = 0; h < static_cast<int>(all.size()); ++h) {
      for (const char* kind : {"regressions", "corpus"}) {
        const QString folder = QString(FLOWSCOPE_FUZZ_DIR) + "/" + kind + "/" + all[h].name;
        QDirIterator files(folder, QDir::Files);
        while (files.hasNext()) {
          const QString file = files.next();
          QTest::newRow(qPrintable(QString(all[h].name) + "/" + kind + "/" + QFileInfo(file).fileName()))
              << h << file;
          ++rows;
        }
      }
    }
    QVERIFY2(rows >= 30, "the seed corpora and regressions are missing");
  }

  void replayKeptInputs() {
    QFETCH(int, harness);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    try {
      fuzz::harnesses()[static_cast<std::size_t>(harness)].run(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                                               static_cast<std::size_t>(bytes.size()));
    } catch (const std::exception& e) {
      QFAIL(e.what());  // an Error is caught inside the harness: anything else is a finding
    }
  }

  // Found by hand (issue 16): 1e400 was read as 0 by the trajectory importer
  // (from_chars leaves the value untouched on overflow) and taken for a header
  // name by the table reader. Now refused with its place; 1e-400 reads as 0.
  void csvOverflowIsRefused() {
    write_text(path("big.csv"), "x,y\n1,2\n1e400,3\n");
    QString e = error_of([&] { load_trajectories(path("big.csv")); });
    QVERIFY2(e.contains("line 3, column 1 ('x')") && e.contains("'1e400'") && e.contains(kOverflowPhrase), qPrintable(e));
    e = error_of([&] { read_csv(path("big.csv")); });
    QVERIFY2(e.contains("line 3, column 1") && e.contains(kOverflowPhrase), qPrintable(e));
    write_text(path("first.csv"), "-1e400,2\n1,2\n");
    e = error_of([&] { load_trajectories(path("first.csv")); });
    QVERIFY2(e.contains("line 1, column 1") && e.contains(kOverflowPhrase), qPrintable(e));
    e = error_of([&] { read_csv(path("first.csv")); });
    QVERIFY2(e.contains("line 1, column 1") && e.contains(kOverflowPhrase), qPrintable(e));
    write_text(path("time.csv"), "time,x\n0,1\n1e999,2\n");
    e = error_of([&] { load_trajectories(path("time.csv")); });
    QVERIFY2(e.contains("time '1e999'") && e.contains(kOverflowPhrase), qPrintable(e));
    write_text(path("tiny.csv"), "x,y\n1e-400,2\n-1e-400,3\n");
    const TrajectorySet s = load_trajectories(path("tiny.csv")).value().data;
    QCOMPARE(s.values[0], 0.0);
    QVERIFY(std::signbit(s.values[2]) && s.values[2] == 0.0);
    QVERIFY(number_overflows("1e400") && number_overflows("-223456789e300") && number_overflows(std::string("1").append(400, '0')));
    QVERIFY(!number_overflows("1e308") && !number_overflows("1e-400") && !number_overflows("inf") && !number_overflows("x"));
    QCOMPARE(parse_double("0.0000e400").value_or(-1), 0.0);  // zero with any exponent is zero
    e = error_of([&] { parse_json("[1, 1e400]", "doc"); });
    QVERIFY2(e.contains("line 1, column 5") && e.contains(kOverflowPhrase), qPrintable(e));
  }

  // Issue 16: numpy caps the header at 10,000 bytes and accepts exactly the
  // keys descr, fortran_order and shape; the reader searched for the key
  // names anywhere in the header and took anything but True as C order.
  void npyHeaderIsReadAsNumpyReadsIt() {
    const std::string good = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
    write_text(path("good.npy"), npy_file(good, 16));
    QCOMPARE(read_npy(path("good.npy")).values.size(), std::size_t{2});
    write_text(path("order.npy"), npy_file("{\"shape\": (3, 1,), \"fortran_order\": True, \"descr\": '<f4'}", 12));
    QCOMPARE(read_npy_header(path("order.npy")).shape, (std::vector<std::size_t>{3, 1}));

    std::string big = good;
    big.resize(10001, ' ');
    write_text(path("long.npy"), npy_file(big, 16, false));
    QString e = error_of([&] { read_npy(path("long.npy")); });
    QVERIFY2(e.contains("10001 bytes") && e.contains("10000"), qPrintable(e));
    std::string limit = good;
    limit.resize(9999, ' ');
    write_text(path("limit.npy"), npy_file(limit + "\n", 16, false));
    QCOMPARE(read_npy(path("limit.npy")).values.size(), std::size_t{2});

    const struct {
      const char* dict;
      const char* problem;
    } bad[] = {
        {"{'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'extra': 1}", "unknown key 'extra'"},
        {"{'descr': '<f8', 'fortran_order': False, 'shapes': (2,), 'shape': (2,)}", "unknown key 'shapes'"},
        {"{'xdescr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (2,)}", "unknown key 'xdescr'"},
        {"{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (2,)}", "'descr' is given twice"},
        {"{'descr': '<f8', 'fortran_order': 'True', 'shape': (2,)}", "must be True or False"},
        {"{'descr': '<f8', 'fortran_order': Maybe, 'shape': (2,)}", "must be True or False"},
        {"{'descr': '<f8', 'shape': (2,)}", "no 'fortran_order'"},
        {"{'descr': '<f8', 'fortran_order': False, 'shape': (2, -1)}", "whole numbers"},
        {"{'descr': '<f8', 'fortran_order': False, 'shape': (2,)} junk", "after the header dict"},
        {"{'descr': '<f8', 'fortran_order': False, 'shape': (2,)", "expected ',' or '}'"},
    };
    for (const auto& b : bad) {
      write_text(path("bad.npy"), npy_file(b.dict, 16));
      e = error_of([&] { read_npy(path("bad.npy")); });
      QVERIFY2(e.contains("malformed NPY header") && e.contains(b.problem) && e.contains("bad.npy"), qPrintable(e));
    }
  }

  // fuzz_hdf5, 256 s: a damaged file whose compressed dataset (6 x 2 doubles)
  // declares chunks of 524,294 x 1 values made HDF5 1.10.8 copy 96 bytes out
  // of its own 56-byte chunk buffer (ASan: heap-buffer-overflow in
  // H5VM_memcpyvv under H5Dread). HDF5 never writes a chunk longer than a
  // fixed-size axis: such a dataset is now refused before it is read.
  void hdf5ChunkBeyondTheExtentIsRefused() {
    const std::string file =
        std::string(FLOWSCOPE_FUZZ_DIR) + "/regressions/hdf5/crash-8af607cf43395ca302dc89817c2d6427301f3a6b";
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    write_text(path("chunk.h5"), bytes);
    ImportOptions options;
    options.dataset = "/chunked";
    QString e = error_of([&] { load_trajectories(path("chunk.h5"), options); });
    QVERIFY2(e.contains("'/chunked'") && e.contains("chunks longer than its fixed extent"), qPrintable(e));
    e = error_of([&] { preview_file(path("chunk.h5"), options); });
    QVERIFY2(e.contains("chunks longer than its fixed extent"), qPrintable(e));
  }

  // Issue 16: a name longer than muParser's 100 characters escaped as
  // muParser's own exception (not an InputError, no line or column).
  void longNamesAreRefusedWithTheirPlace() {
    const std::string name(101, 'v');
    QString e = error_of([&] { parse_equations("param " + name + " = 1\ndx/dt = -x\n"); });
    QVERIFY2(e.startsWith("line 1, column 7: ") && e.contains("101 characters") && e.contains("at most 100"), qPrintable(e));
    e = error_of([&] { parse_equations("d" + name + "/dt = 1\n"); });
    QVERIFY2(e.startsWith("line 1, column 2: ") && e.contains("at most 100"), qPrintable(e));
    e = error_of([&] { parse_equations("dx/dt = " + name + "\n"); });
    QVERIFY2(e.startsWith("line 1, column 9"), qPrintable(e));
    const std::string longest(100, 'v');
    QCOMPARE(parse_equations("d" + longest + "/dt = -" + longest + "\n").equations.size(), std::size_t{1});
    e = error_of([&] { compile_potential("x^2 + " + name, {{name, 1.0}}); });
    QVERIFY2(e.contains("101 characters") && e.contains("at most 100"), qPrintable(e));
    // Right-hand sides that each fit but together pass muParser's 20,000 characters.
    std::string text;
    for (int i = 0; i < 3; ++i) text += "dx" + std::to_string(i) + "/dt = " + std::string(7000, '1') + "\n";
    e = error_of([&] { parse_equations(text); });
    QVERIFY2(e.startsWith("line 3, column 10: ") && e.contains("20000"), qPrintable(e));
  }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
