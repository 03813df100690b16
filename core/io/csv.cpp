#include "core/io/csv.h"

#include <cerrno>
#include <cstring>
#include <fstream>

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

}  // namespace flowscope
