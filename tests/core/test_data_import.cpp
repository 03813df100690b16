// Importing latent trajectories: every supported layout (CSV with trial,
// time and label columns; NPY float32/float64, both byte orders, C and
// Fortran order, T x D and trials x T x D; HDF5 datasets of any numeric type)
// and every malformed file with the message that locates the problem.
#include <QtTest>

#include <QTemporaryDir>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <hdf5.h>

#include "core/data/import.h"
#include "core/io/hdf5_file.h"
#include "core/io/npy.h"

using namespace flowscope;

namespace {

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// A version-1 NPY file written byte by byte, as numpy would: any dtype, order and byte order.
template <typename T>
void write_raw_npy(const std::string& path, const std::string& descr, bool fortran, const std::string& shape,
                   const std::vector<T>& file_order_values, bool big_endian) {
  std::string header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") +
                       ", 'shape': " + shape + ", }";
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY";
  out += '\x01';
  out += '\x00';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  out += header;
  for (T v : file_order_values) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    if (big_endian) std::reverse(bytes, bytes + sizeof(T));
    out.append(bytes, sizeof(T));
  }
  write_text(path, out);
}

// The message of the IoError (or subclass) that loading throws; fails the test if none.
template <typename Error = IoError>
QString load_error(const std::string& path, const ImportOptions& options = {}) {
  try {
    load_trajectories(path, options);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

class TestDataImport : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const char* name) { return dir_.filePath(name).toStdString(); }

 private slots:
  void csvWithTrialTimeAndLabel() {
    write_text(path("t.csv"),
               "# a comment line\n"
               "trial,time,x,y,label\n"
               "0,0.0,1,2,left\n"
               "0,0.1,3,4,left\n"
               "0,0.2,5,6,right\n"
               "\n"
               "7,0.0,-1,-2,right\r\n"
               "7,0.5,-3,-4e-1,left\n");
    const ImportResult r = load_trajectories(path("t.csv")).value();
    const TrajectorySet& s = r.data;
    QCOMPARE(s.dimension, std::size_t{2});
    QCOMPARE(s.column_names, (std::vector<std::string>{"x", "y"}));
    QCOMPARE(s.trials(), std::size_t{2});
    QCOMPARE(s.trial_length(0), std::size_t{3});
    QCOMPARE(s.values, (std::vector<double>{1, 2, 3, 4, 5, 6, -1, -2, -3, -0.4}));
    QCOMPARE(s.times, (std::vector<double>{0.0, 0.1, 0.2, 0.0, 0.5}));
    QCOMPARE(s.trial_ids, (std::vector<double>{0, 7}));
    QCOMPARE(s.label_names, (std::vector<std::string>{"left", "right"}));
    QCOMPARE(s.labels, (std::vector<std::int32_t>{0, 0, 1, 1, 0}));
    QCOMPARE(s.point_trials(), (std::vector<std::int32_t>{0, 0, 0, 1, 1}));
    QVERIFY(!s.stacked);
  }

  void csvWithoutHeaderAndOtherSeparators() {
    write_text(path("n.csv"), "1;2;3\n4;5;6\n");
    const TrajectorySet s = load_trajectories(path("n.csv")).value().data;
    QCOMPARE(s.dimension, std::size_t{3});
    QCOMPARE(s.points(), std::size_t{2});
    QCOMPARE(s.column_names[2], std::string("x2"));
    write_text(path("tab.tsv"), "a\tb\n1\t2\n");
    QCOMPARE(load_trajectories(path("tab.tsv")).value().data.values, (std::vector<double>{1, 2}));
  }

  void csvRaggedRow() {
    write_text(path("ragged.csv"), "x,y,z\n1,2,3\n4,5\n");
    const QString e = load_error(path("ragged.csv"));
    QVERIFY2(e.contains("line 3") && e.contains("2 values, expected 3"), qPrintable(e));
  }

  void csvNonNumericCell() {
    write_text(path("text.csv"), "x,y\n1,2\n3,abc\n");
    const QString e = load_error(path("text.csv"));
    QVERIFY2(e.contains("line 3, column 2 ('y')") && e.contains("'abc' is not a number"), qPrintable(e));
    write_text(path("comma.csv"), "x;y\n1;2,5\n");  // a decimal comma
    const QString c = load_error(path("comma.csv"));
    QVERIFY2(c.contains("line 2, column 2 ('y')") && c.contains("'2,5'"), qPrintable(c));
  }

  void csvNonFiniteValues() {
    write_text(path("nan.csv"), "x,y\n1,2\n3,nan\n5,6\n-inf,8\n9,\n");
    QString e;
    std::size_t rows = 0;
    try {
      load_trajectories(path("nan.csv"));
    } catch (const NonFiniteError& error) {
      e = error.what();
      rows = error.rows;
    }
    QCOMPARE(rows, std::size_t{3});
    QVERIFY2(e.contains("3 of 5 rows") && e.contains("line 3, column 2 ('y')") && e.contains("'nan'"), qPrintable(e));
    ImportOptions drop;
    drop.non_finite = NonFinitePolicy::Drop;
    const ImportResult dropped = load_trajectories(path("nan.csv"), drop).value();
    QCOMPARE(dropped.dropped_rows, std::size_t{3});
    QCOMPARE(dropped.data.values, (std::vector<double>{1, 2, 5, 6}));
    ImportOptions keep;
    keep.non_finite = NonFinitePolicy::Keep;
    TrajectorySet kept = load_trajectories(path("nan.csv"), keep).value().data;
    QCOMPARE(kept.points(), std::size_t{5});
    QVERIFY(std::isnan(kept.values[3]) && std::isinf(kept.values[6]) && std::isnan(kept.values[9]));
    const NonFiniteRows found = find_non_finite_rows(kept);
    QCOMPARE(found.rows, std::size_t{3});
    QCOMPARE(found.first_point, std::size_t{1});
    QCOMPARE(drop_non_finite_rows(kept), std::size_t{3});  // the GUI's "drop those rows"
    QCOMPARE(kept.values, (std::vector<double>{1, 2, 5, 6}));
  }

  void csvEmptyAndHeaderOnly() {
    write_text(path("empty.csv"), "");
    QVERIFY2(load_error(path("empty.csv")).contains("is empty"), qPrintable(load_error(path("empty.csv"))));
    write_text(path("blank.csv"), "\n# only a comment\n\n");
    QVERIFY(load_error(path("blank.csv")).contains("is empty"));
    write_text(path("header.csv"), "x,y\n");
    QVERIFY(load_error(path("header.csv")).contains("header but no data rows"));
    write_text(path("special.csv"), "trial,time\n0,1\n");
    QVERIFY(load_error(path("special.csv")).contains("no data columns"));
  }

  void csvTrialsMustBeContiguous() {
    write_text(path("mixed.csv"), "trial,x\n0,1\n1,2\n0,3\n");
    const QString e = load_error(path("mixed.csv"));
    QVERIFY2(e.contains("line 4") && e.contains("trial 0 appears again"), qPrintable(e));
  }

  void npyLayouts() {
    // The same 2 x 3 matrix [[1, 2, 3], [4, 5, 6]] in four encodings.
    const std::vector<double> expected = {1, 2, 3, 4, 5, 6};
    write_raw_npy<double>(path("c.npy"), "<f8", false, "(2, 3)", {1, 2, 3, 4, 5, 6}, false);
    write_raw_npy<double>(path("big.npy"), ">f8", false, "(2, 3)", {1, 2, 3, 4, 5, 6}, true);
    write_raw_npy<double>(path("fortran.npy"), "<f8", true, "(2, 3)", {1, 4, 2, 5, 3, 6}, false);
    write_raw_npy<float>(path("f32.npy"), ">f4", true, "(2, 3)", {1, 4, 2, 5, 3, 6}, true);
    for (const char* name : {"c.npy", "big.npy", "fortran.npy", "f32.npy"}) {
      const TrajectorySet s = load_trajectories(path(name)).value().data;
      QCOMPARE(s.values, expected);
      QCOMPARE(s.dimension, std::size_t{3});
      QCOMPARE(s.trials(), std::size_t{1});
    }
    QCOMPARE(read_npy_header(path("f32.npy")).dtype_text(), std::string("float32 (big-endian, Fortran order)"));
  }

  void npyTrialsByTimeByDimension() {
    // Fortran order of a 2 x 3 x 2 array: the first index runs fastest.
    std::vector<double> c(12), f(12);
    for (std::size_t i = 0; i < 12; ++i) c[i] = static_cast<double>(i);
    for (std::size_t r = 0; r < 2; ++r)
      for (std::size_t t = 0; t < 3; ++t)
        for (std::size_t j = 0; j < 2; ++j) f[r + 2 * (t + 3 * j)] = c[(r * 3 + t) * 2 + j];
    write_raw_npy<double>(path("rtd.npy"), "<f8", true, "(2, 3, 2)", f, false);
    const TrajectorySet s = load_trajectories(path("rtd.npy")).value().data;
    QCOMPARE(s.values, c);
    QCOMPARE(s.trials(), std::size_t{2});
    QCOMPARE(s.trial_length(1), std::size_t{3});
    QVERIFY(s.stacked);
    write_raw_npy<double>(path("series.npy"), "<f8", false, "(4,)", {1, 2, 3, 4}, false);
    QCOMPARE(load_trajectories(path("series.npy")).value().data.dimension, std::size_t{1});
  }

  void npyMalformed() {
    write_raw_npy<std::int64_t>(path("int.npy"), "<i8", false, "(2, 3)", {1, 2, 3, 4, 5, 6}, false);
    QString e = load_error(path("int.npy"));
    QVERIFY2(e.contains("'<i8'") && e.contains("(2, 3)") && e.contains("float32 or float64"), qPrintable(e));
    write_raw_npy<double>(path("short.npy"), "<f8", false, "(4, 3)", {1, 2, 3}, false);
    e = load_error(path("short.npy"));
    QVERIFY2(e.contains("truncated") && e.contains("(4, 3)") && e.contains("96 bytes") && e.contains("has 24"), qPrintable(e));
    write_raw_npy<double>(path("4d.npy"), "<f8", false, "(1, 1, 1, 2)", {1, 2}, false);
    e = load_error(path("4d.npy"));
    QVERIFY2(e.contains("(1, 1, 1, 2)") && e.contains("float64") && e.contains("(trials, T, D)"), qPrintable(e));
    write_raw_npy<double>(path("zero.npy"), "<f8", false, "(0, 3)", {}, false);
    QVERIFY(load_error(path("zero.npy")).contains("is empty"));
    write_text(path("fake.npy"), "x,y\n1,2\n");
    QVERIFY(load_error(path("fake.npy")).contains("not an NPY file"));
    write_raw_npy<double>(path("nan3.npy"), "<f8", false, "(2, 3, 1)", {1, 2, 3, 4, 5, NAN}, false);
    e = load_error<NonFiniteError>(path("nan3.npy"));
    QVERIFY2(e.contains("1 of 6 rows") && e.contains("trial 1, sample 2, dimension 0"), qPrintable(e));
  }

  void tooLargeIsRefusedWithItsSize() {
    write_raw_npy<double>(path("big3.npy"), "<f8", false, "(100, 10)", std::vector<double>(1000, 1.0), false);
    ImportOptions small;
    small.memory_limit = 4000;  // bytes: the file needs 8,000
    QString e = load_error(path("big3.npy"), small);
    QVERIFY2(e.contains("needs 8000 bytes") && e.contains("(100, 10)"), qPrintable(e));
    std::string text = "x,y\n";
    for (int i = 0; i < 1000; ++i) text += "1,2\n";
    write_text(path("big.csv"), text);
    e = load_error(path("big.csv"), small);
    QVERIFY2(e.contains("needs") && e.contains("bytes"), qPrintable(e));
    // The real limit: a header claiming 10^7 x 10^6 doubles (80 TB) is refused before reading.
    write_raw_npy<double>(path("huge.npy"), "<f8", false, "(10000000, 1000000)", {}, false);
    e = load_error(path("huge.npy"));
    QVERIFY2(e.contains("truncated") || e.contains("needs"), qPrintable(e));
  }

  void hdf5TreeAndDatasets() {
    const std::vector<double> a = {1, 2, 3, 4, 5, 6};
    write_hdf5(path("f.h5"), {{"/run/latents", {3, 2}, a.data()}, {"spikes", {1, 3, 2}, a.data()}});
    // Datasets of other types, written with the C API: int32 and big-endian float32, and strings.
    {
      const hid_t file = H5Fopen(path("f.h5").c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
      const hsize_t dims[2] = {2, 3};
      const hid_t space = H5Screate_simple(2, dims, nullptr);
      const int ints[6] = {1, 2, 3, 4, 5, 6};
      hid_t set = H5Dcreate2(file, "counts", H5T_STD_I32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
      H5Dwrite(set, H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, ints);
      H5Dclose(set);
      const float floats[6] = {1, 2, 3, 4, 5, 6};
      set = H5Dcreate2(file, "big_endian", H5T_IEEE_F32BE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
      H5Dwrite(set, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, floats);
      H5Dclose(set);
      const hid_t text = H5Tcopy(H5T_C_S1);
      H5Tset_size(text, 4);
      const char words[6][4] = {"a", "b", "c", "d", "e", "f"};
      set = H5Dcreate2(file, "names", text, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
      H5Dwrite(set, text, H5S_ALL, H5S_ALL, H5P_DEFAULT, words);
      H5Dclose(set);
      H5Tclose(text);
      H5Sclose(space);
      H5Fclose(file);
    }
    const Hdf5Node root = hdf5_tree(path("f.h5"));
    QStringList names;
    for (const Hdf5Node& n : root.children) names << QString::fromStdString(n.path);
    QCOMPARE(names, (QStringList{"/big_endian", "/counts", "/names", "/run", "/spikes"}));
    const Hdf5Node& run = root.children[3];
    QVERIFY(run.is_group);
    QCOMPARE(run.children.size(), std::size_t{1});
    QCOMPARE(run.children[0].path, std::string("/run/latents"));
    QCOMPARE(run.children[0].shape, (std::vector<std::size_t>{3, 2}));
    QCOMPARE(root.children[1].type, std::string("int32 (little-endian)"));
    QCOMPARE(root.children[0].type, std::string("float32 (big-endian)"));
    QVERIFY(!root.children[2].numeric);

    ImportOptions options;
    options.dataset = "run/latents";
    QCOMPARE(load_trajectories(path("f.h5"), options).value().data.values, a);
    for (const char* name : {"/counts", "/big_endian"}) {
      options.dataset = name;
      const TrajectorySet s = load_trajectories(path("f.h5"), options).value().data;
      QCOMPARE(s.values, a);
      QCOMPARE(s.dimension, std::size_t{3});
    }
    options.dataset = "/spikes";
    QVERIFY(load_trajectories(path("f.h5"), options).value().data.stacked);

    options.dataset = "/run/missing";
    QString e = load_error(path("f.h5"), options);
    QVERIFY2(e.contains("no dataset '/run/missing'") && e.contains("/run/latents"), qPrintable(e));
    options.dataset = "/nowhere/deep/x";
    QVERIFY(load_error(path("f.h5"), options).contains("no dataset '/nowhere/deep/x'"));
    options.dataset = "/run";
    QVERIFY(load_error(path("f.h5"), options).contains("that is a group"));
    options.dataset = "/names";
    e = load_error(path("f.h5"), options);
    QVERIFY2(e.contains("string") && e.contains("(2, 3)") && e.contains("not numbers"), qPrintable(e));
    QVERIFY_THROWS_EXCEPTION(InputError, load_trajectories(path("f.h5")));  // no dataset chosen
    write_text(path("fake.h5"), "not hdf5");
    options.dataset = "/x";
    QVERIFY(load_error(path("fake.h5"), options).contains("is not an HDF5 file"));
    QVERIFY(load_error(path("absent.h5"), options).contains("cannot read"));
  }

  void previews() {
    write_text(path("p.csv"), "trial,x,y\n0,1,2\n0,3,4\n1,5,6\n");
    FilePreview p = preview_file(path("p.csv"), {}, 2);
    QCOMPARE(p.format, FileFormat::Csv);
    QCOMPARE(p.columns, (std::vector<std::string>{"trial", "x", "y"}));
    QCOMPARE(p.rows.size(), std::size_t{2});
    QCOMPARE(p.rows[1][2], std::string("4"));
    QCOMPARE(p.shape[1], std::size_t{2});
    write_raw_npy<double>(path("p.npy"), ">f8", false, "(2, 5, 3)", std::vector<double>(30, 0.5), true);
    p = preview_file(path("p.npy"), {}, 3);
    QCOMPARE(p.shape, (std::vector<std::size_t>{2, 5, 3}));
    QCOMPARE(p.rows.size(), std::size_t{3});
    QCOMPARE(p.rows[0][0], std::string("0.5"));
    QCOMPARE(p.bytes_needed, std::uint64_t{240});
    QVERIFY(p.type.find("big-endian") != std::string::npos);
    const std::vector<double> a = {1, 2, 3, 4};
    write_hdf5(path("p.h5"), {{"x", {2, 2}, a.data()}});
    ImportOptions options;
    options.dataset = "x";
    p = preview_file(path("p.h5"), options);
    QCOMPARE(p.rows.size(), std::size_t{2});
    QCOMPARE(p.rows[1][1], std::string("4"));
    QVERIFY_THROWS_EXCEPTION(InputError, detect_format("data.xlsx"));
  }

  void progressAndCancel() {
    std::vector<double> values(3'000'000, 1.0);
    write_npy(path("large.npy"), values.data(), {1'000'000, 3});
    std::atomic<bool> cancel{false};
    double last = 0.0;
    int calls = 0;
    RunControl control;
    control.cancel = &cancel;
    control.progress = [&](double f) {
      last = f;
      ++calls;
    };
    QVERIFY(load_trajectories(path("large.npy"), {}, control).has_value());
    QVERIFY(calls >= 2);
    QCOMPARE(last, 1.0);
    cancel = true;
    QVERIFY(!load_trajectories(path("large.npy"), {}, control).has_value());
  }
};

QTEST_GUILESS_MAIN(TestDataImport)
#include "test_data_import.moc"
