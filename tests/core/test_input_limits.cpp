// Absurd sizes are refused before any work or allocation, with both sizes in
// the message (issue 16): an NPY header claiming terabytes, HDF5 datasets
// whose declared extent or chunk the file cannot back (the damaged population
// file that took 4 GB and 30 s before "out of memory"), JSON nested beyond the
// documented depth, typed expressions beyond muParser's limits.
#include <QtTest>

#include <QTemporaryDir>
#include <filesystem>
#include <fstream>
#include <hdf5.h>
#include <string>

#include "core/data/import.h"
#include "core/errors.h"
#include "core/io/hdf5_file.h"
#include "core/io/json.h"
#include "core/io/npy.h"
#include "core/systems/equation_parser.h"

using namespace flowscope;

namespace {

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string npy_file(const std::string& shape) {
  std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY\x01";
  out += '\0';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  return out + header;
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

// An HDF5 file with one float64 dataset "/spikes" of the given extent, of
// which only the first `written` rows (of 4 columns) are written; chunk
// rows 0 means contiguous, deflate compresses the chunks.
void write_sparse_hdf5(const std::string& path, hsize_t rows, hsize_t written, hsize_t chunk_rows, bool deflate) {
  const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  const hsize_t dims[2] = {rows, 4};
  const hid_t space = H5Screate_simple(2, dims, nullptr);
  const hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
  if (chunk_rows) {
    const hsize_t chunk[2] = {chunk_rows, 4};
    H5Pset_chunk(dcpl, 2, chunk);
    if (deflate) H5Pset_deflate(dcpl, 6);
  }
  const hid_t set = H5Dcreate2(file, "spikes", H5T_IEEE_F64LE, space, H5P_DEFAULT, dcpl, H5P_DEFAULT);
  if (written) {
    const std::vector<double> values(written * 4, 1.5);
    const hsize_t start[2] = {0, 0}, count[2] = {written, 4};
    H5Sselect_hyperslab(space, H5S_SELECT_SET, start, nullptr, count, nullptr);
    const hid_t memory = H5Screate_simple(2, count, nullptr);
    H5Dwrite(set, H5T_NATIVE_DOUBLE, memory, space, H5P_DEFAULT, values.data());
    H5Sclose(memory);
  }
  H5Dclose(set);
  H5Pclose(dcpl);
  H5Sclose(space);
  H5Fclose(file);
}

QString hdf5_import_error(const std::string& path) {
  ImportOptions options;
  options.dataset = "/spikes";
  return error_of([&] { load_trajectories(path, options); });
}

}  // namespace

class TestInputLimits : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const char* name) { return dir_.filePath(name).toStdString(); }

 private slots:
  void npyClaimingTerabytesIsRefusedWithBothSizes() {
    write_text(path("claims.npy"), npy_file("(1099511627776, 3)"));  // 2^40 x 3 doubles, no data
    QString e = error_of([&] { load_trajectories(path("claims.npy")); });
    QVERIFY2(e.contains("(1099511627776, 3)") && e.contains("needs 26388279066624 bytes") && e.contains("the file has 0"),
             qPrintable(e));
    e = error_of([&] { read_npy(path("claims.npy")); });
    QVERIFY2(e.contains("26388279066624"), qPrintable(e));
    write_text(path("overflow.npy"), npy_file("(4294967296, 4294967296, 2)"));
    e = error_of([&] { read_npy_header(path("overflow.npy")); });
    QVERIFY2(e.contains("overflows"), qPrintable(e));
    // A 12-byte file that is all preamble: the header it announces is not there.
    write_text(path("twelve.npy"), std::string("\x93NUMPY\x01\x00\x76\x00\x7b\x27", 12));
    e = error_of([&] { read_npy(path("twelve.npy")); });
    QVERIFY2(e.contains("truncated") && e.contains("118 bytes"), qPrintable(e));
  }

  // An unwritten contiguous dataset: 2^28 x 4 doubles (8 GB) declared, nothing stored.
  void hdf5UnwrittenExtentIsRefused() {
    write_sparse_hdf5(path("unwritten.h5"), hsize_t{1} << 28, 0, 0, false);
    QString e = hdf5_import_error(path("unwritten.h5"));
    QVERIFY2(e.contains("'/spikes'") && e.contains("declares 8589934592 bytes") && e.contains("stores 0"), qPrintable(e));
    e = error_of([&] { preview_file(path("unwritten.h5"), {"/spikes"}); });
    QVERIFY2(e.contains("declares 8589934592 bytes"), qPrintable(e));
  }

  // A chunk of 2^24 x 4 doubles (512 MB): reading one would allocate it whole.
  void hdf5HugeChunkIsRefused() {
    write_sparse_hdf5(path("chunk.h5"), hsize_t{1} << 24, 0, hsize_t{1} << 24, false);
    const QString e = hdf5_import_error(path("chunk.h5"));
    QVERIFY2(e.contains("chunks of 536870912 bytes") && e.contains("at most 268435456"), qPrintable(e));
  }

  // Compressed chunks of which only the first is written: the rest would be fill values.
  void hdf5MostlyUnwrittenCompressedDataIsRefused() {
    write_sparse_hdf5(path("sparse.h5"), hsize_t{1} << 24, 1000, 1024, true);
    QString e = hdf5_import_error(path("sparse.h5"));
    QVERIFY2(e.contains("declares 536870912 bytes of data from") && e.contains("a ratio no compression reaches"),
             qPrintable(e));
    // Fully written compressed data of the same kind loads.
    write_sparse_hdf5(path("dense.h5"), 4096, 4096, 1024, true);
    ImportOptions options;
    options.dataset = "/spikes";
    QCOMPARE(load_trajectories(path("dense.h5"), options).value().data.points(), std::size_t{4096});
    // Unfiltered chunks, half written: refused, naming both sizes.
    write_sparse_hdf5(path("half.h5"), 4096, 2048, 1024, false);
    e = hdf5_import_error(path("half.h5"));
    QVERIFY2(e.contains("declares 131072 bytes of data but stores 65536"), qPrintable(e));
  }

  // Contiguous data cut short: the file no longer holds what the dataset declares.
  void hdf5TruncatedFileIsRefused() {
    write_sparse_hdf5(path("cut.h5"), 100000, 100000, 0, false);  // 3.2 MB of data
    std::filesystem::resize_file(path("cut.h5"), 100000);
    const QString e = hdf5_import_error(path("cut.h5"));
    QVERIFY2(e != "no error", "a truncated HDF5 file was loaded");
    QVERIFY2(e.contains("cut.h5"), qPrintable(e));
  }

  void jsonDeeperThanTheLimitIsRefused() {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const QString e = error_of([&] { parse_json(deep, "deep.json"); });
    QVERIFY2(e.contains("line 1, column 258") && e.contains("deeper than 256"), qPrintable(e));
    const std::string limit = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
    QCOMPARE(parse_json(limit, "limit.json").items().size(), std::size_t{1});
  }

  void expressionsBeyondMuParsersLimitsAreRefused() {
    QString e = error_of([&] { parse_equations("dx/dt = " + std::string(30000, '1') + "\n"); });
    QVERIFY2(e.startsWith("line 1, column 9"), qPrintable(e));
  }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "test_input_limits.moc"
