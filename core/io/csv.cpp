#include "core/io/csv.h"

#include <cerrno>
#include <cstring>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

void write_csv(const std::string& path, const std::vector<std::string>& header,
               const double* data, std::size_t rows, std::size_t columns) {
  if (header.size() != columns)
    throw IoError("CSV header has " + std::to_string(header.size()) + " names for " +
                  std::to_string(columns) + " columns");
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw IoError("cannot write '" + path + "': " + std::strerror(errno));
  for (std::size_t c = 0; c < columns; ++c) file << (c ? "," : "") << header[c];
  file << '\n';
  std::string line;
  for (std::size_t r = 0; r < rows; ++r) {
    line.clear();
    for (std::size_t c = 0; c < columns; ++c) {
      if (c) line += ',';
      line += format_double(data[r * columns + c]);
    }
    line += '\n';
    file << line;
  }
  file.close();
  if (!file) throw IoError("writing '" + path + "' failed (disk full?)");
}

namespace {

std::vector<std::string> split_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  for (char c : line) {
    if (c == ',') {
      fields.push_back(field);
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(field);
  return fields;
}

}  // namespace

int CsvTable::column(const std::string& name) const {
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string& h = header[c];
    const auto first = h.find_first_not_of(" \t\r");
    const auto last = h.find_last_not_of(" \t\r");
    if (first != std::string::npos && h.substr(first, last - first + 1) == name) return static_cast<int>(c);
  }
  return -1;
}

CsvTable read_csv(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  CsvTable table;
  std::string line;
  std::size_t line_number = 0;
  bool first = true;
  while (std::getline(file, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::vector<std::string> fields = split_fields(line);
    std::vector<double> numbers;
    bool all_numbers = true;
    std::size_t bad_column = 0;
    for (std::size_t c = 0; c < fields.size(); ++c) {
      if (number_overflows(fields[c]))  // a number, but none a double holds: neither a name nor a value
        throw IoError("'" + path + "': line " + std::to_string(line_number) + ", column " + std::to_string(c + 1) +
                      ": '" + fields[c] + "' " + kOverflowPhrase);
      const auto v = parse_double(fields[c]);
      if (!v) {
        if (all_numbers) bad_column = c;
        all_numbers = false;
      } else {
        numbers.push_back(*v);
      }
    }
    if (first && !all_numbers) {  // a header line
      table.header = fields;
      table.columns = fields.size();
      first = false;
      continue;
    }
    first = false;
    if (!all_numbers)
      throw IoError("'" + path + "': line " + std::to_string(line_number) + ", column " +
                    std::to_string(bad_column + 1) + ": '" + fields[bad_column] + "' is not a number");
    if (table.columns == 0) table.columns = fields.size();
    if (fields.size() != table.columns)
      throw IoError("'" + path + "': line " + std::to_string(line_number) + " has " + std::to_string(fields.size()) +
                    " values; the rows above have " + std::to_string(table.columns));
    table.values.insert(table.values.end(), numbers.begin(), numbers.end());
    ++table.rows;
  }
  if (file.bad()) throw IoError("reading '" + path + "' failed");
  return table;
}

}  // namespace flowscope
