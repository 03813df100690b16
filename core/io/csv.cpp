#include "core/io/csv.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

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

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const auto comma = line.find(',', start);
    fields.push_back(trimmed(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
    if (comma == std::string::npos) return fields;
    start = comma + 1;
  }
}

}  // namespace

int CsvTable::column(const std::string& name) const {
  for (std::size_t c = 0; c < header.size(); ++c)
    if (header[c] == name) return static_cast<int>(c);
  return -1;
}

CsvTable read_csv(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  CsvTable table;
  std::string line;
  std::size_t line_number = 0;
  bool have_header = false;
  while (std::getline(file, line)) {
    ++line_number;
    if (trimmed(line).empty()) continue;
    std::vector<std::string> fields = fields_of(line);
    if (!have_header) {
      table.header = std::move(fields);
      have_header = true;
      continue;
    }
    if (fields.size() != table.header.size())
      throw IoError("'" + path + "' line " + std::to_string(line_number) + ": " + std::to_string(fields.size()) +
                    " fields, the header has " + std::to_string(table.header.size()));
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const std::optional<double> value = parse_double(fields[c]);
      if (!value)
        throw IoError("'" + path + "' line " + std::to_string(line_number) + " column " + std::to_string(c + 1) +
                      " ('" + table.header[c] + "'): '" + fields[c] + "' is not a number");
      table.values.push_back(*value);
    }
    ++table.rows;
  }
  if (!have_header) throw IoError("'" + path + "' is empty (a CSV needs a header row)");
  return table;
}

}  // namespace flowscope
