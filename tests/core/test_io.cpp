// CSV and NPY files: exact round trips, foreign layouts, and clear errors.
#include <QtTest>

#include <QTemporaryDir>
#include <fstream>

#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/npy.h"
#include "core/io/number_format.h"

using namespace flowscope;

namespace {

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A version-1 NPY header padded to 64 bytes, as numpy writes it.
std::string npy_header(const std::string& dict) {
  std::string header = dict;
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY";
  out += '\x01';
  out += '\x00';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  return out + header;
}

}  // namespace

class TestIo : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const char* name) { return dir_.filePath(name).toStdString(); }

 private slots:
  void numbersAreLocaleIndependentAndExact() {
    for (double v : {0.1, -2.5e-300, 1.0 / 3.0, 6.02214076e23})
      QCOMPARE(parse_double(format_double(v)).value(), v);
    QVERIFY(!parse_double("0,5"));
    QVERIFY(!parse_double("1.5x"));
    QVERIFY(!parse_double(""));
    QCOMPARE(parse_double(" +2.5 ").value(), 2.5);
  }

  void npyRoundTrip() {
    const std::vector<double> data = {1.0, -2.0, 3.5, 1e-310, 0.0, 42.0};
    write_npy(path("a.npy"), data.data(), {2, 3});
    const NpyArray array = read_npy(path("a.npy"));
    QCOMPARE(array.shape, (std::vector<std::size_t>{2, 3}));
    QCOMPARE(array.values, data);
    // numpy needs the data to start on a 64-byte boundary.
    std::ifstream file(path("a.npy"), std::ios::binary);
    file.seekg(0, std::ios::end);
    QCOMPARE(static_cast<std::size_t>(file.tellg()) % 64, std::size_t{(6 * 8) % 64});
  }

  void readsBigEndianFloat32FortranOrder() {
    // The 2 x 3 matrix [[1, 2, 3], [4, 5, 6]] stored column by column as >f4.
    std::string body;
    for (float v : {1.0f, 4.0f, 2.0f, 5.0f, 3.0f, 6.0f}) {
      std::uint32_t bits;
      std::memcpy(&bits, &v, 4);
      bits = __builtin_bswap32(bits);
      body.append(reinterpret_cast<const char*>(&bits), 4);
    }
    write_bytes(path("f.npy"), npy_header("{'descr': '>f4', 'fortran_order': True, 'shape': (2, 3), }") + body);
    const NpyArray array = read_npy(path("f.npy"));
    QCOMPARE(array.values, (std::vector<double>{1, 2, 3, 4, 5, 6}));
  }

  void npyErrorsNameTheProblem_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not npy") << QByteArray("hello world, this is text") << "not an NPY file";
    QTest::newRow("integer dtype")
        << QByteArray::fromStdString(npy_header("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }") +
                                     std::string(16, '\0'))
        << "unsupported NPY dtype '<i8'";
    QTest::newRow("truncated")
        << QByteArray::fromStdString(npy_header("{'descr': '<f8', 'fortran_order': False, 'shape': (10, 3), }") +
                                     std::string(16, '\0'))
        << "truncated";
  }
  void npyErrorsNameTheProblem() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    write_bytes(path("bad.npy"), bytes.toStdString());
    try {
      read_npy(path("bad.npy"));
      QFAIL("no error");
    } catch (const IoError& e) {
      QVERIFY2(QString(e.what()).contains(expected), e.what());
      QVERIFY2(QString(e.what()).contains("bad.npy"), e.what());
    }
  }

  void csvHasHeaderAndExactValues() {
    const std::vector<double> data = {0.0, 1.0 / 3.0, 2.0, -1e-12};
    write_csv(path("t.csv"), {"t", "x"}, data.data(), 2, 2);
    std::ifstream file(path("t.csv"));
    std::string header, row1, row2;
    std::getline(file, header);
    std::getline(file, row1);
    std::getline(file, row2);
    QCOMPARE(header, std::string("t,x"));
    QCOMPARE(parse_double(row1.substr(row1.find(',') + 1)).value(), 1.0 / 3.0);
    QCOMPARE(row2, std::string("2,-1e-12"));
  }

  void unwritablePathIsAnIoError() {
    const double v = 1.0;
    QVERIFY_THROWS_EXCEPTION(IoError, write_csv("/nonexistent/dir/x.csv", {"a"}, &v, 1, 1));
    QVERIFY_THROWS_EXCEPTION(IoError, write_npy("/nonexistent/dir/x.npy", &v, {1}));
    QVERIFY_THROWS_EXCEPTION(IoError, read_npy("/nonexistent/dir/x.npy"));
  }
};

QTEST_APPLESS_MAIN(TestIo)
#include "test_io.moc"
