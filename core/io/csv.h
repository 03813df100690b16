#pragma once
#include <string>
#include <vector>

namespace flowscope {

// Writes a header row and rows x columns numbers (row-major), comma-separated,
// each number in its shortest exact form. Throws IoError naming the path.
void write_csv(const std::string& path, const std::vector<std::string>& header,
               const double* data, std::size_t rows, std::size_t columns);

}  // namespace flowscope
