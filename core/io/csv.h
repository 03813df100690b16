#pragma once
#include <string>
#include <vector>

namespace flowscope {

// Writes a header row and rows x columns numbers (row-major), comma-separated,
// each number in its shortest exact form. Throws IoError naming the path.
void write_csv(const std::string& path, const std::vector<std::string>& header,
               const double* data, std::size_t rows, std::size_t columns);

// A table of numbers read from a CSV file: comma-separated rows of equal
// length, blank lines skipped, a first line that is not all numbers taken
// as a header. Throws IoError naming the path, line and column of anything
// that is not a number, and of a row with the wrong count. "nan" and "inf"
// are read as numbers: the caller decides whether they are allowed.
struct CsvTable {
  std::vector<std::string> header;  // empty when the file has none
  std::size_t rows = 0, columns = 0;
  std::vector<double> values;  // row-major

  // Index of the column called name (exact, after trimming blanks), or -1.
  int column(const std::string& name) const;
};
CsvTable read_csv(const std::string& path);

}  // namespace flowscope
