#pragma once
#include <string>
#include <vector>

namespace flowscope {

// Writes a header row and rows x columns numbers (row-major), comma-separated,
// each number in its shortest exact form. Throws IoError naming the path.
void write_csv(const std::string& path, const std::vector<std::string>& header,
               const double* data, std::size_t rows, std::size_t columns);

// A numeric CSV table: one header row of names, then rows of numbers.
struct CsvTable {
  std::vector<std::string> header;
  std::size_t rows = 0;
  std::vector<double> values;  // row-major, rows x header.size()

  // Index of the column called name (exact, after trimming blanks), or -1.
  int column(const std::string& name) const;
};

// Reads a CSV table with a header row. Blank lines are skipped. Throws
// IoError naming the path and the line (and column) of the first problem:
// a missing file, a row with the wrong number of fields, a field that is not
// a number (NaN and infinities are numbers here: callers decide).
CsvTable read_csv(const std::string& path);

}  // namespace flowscope
