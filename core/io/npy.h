#pragma once
// NumPy's .npy format, version 1.0: a magic string, a Python-dict header
// describing dtype, order and shape, then the raw array.
#include <cstddef>
#include <string>
#include <vector>

namespace flowscope {

struct NpyArray {
  std::vector<std::size_t> shape;
  std::vector<double> values;  // C order, converted to double
};

// Writes little-endian float64 in C order. Throws IoError naming the path.
void write_npy(const std::string& path, const double* data, const std::vector<std::size_t>& shape);

// Reads float32 or float64 arrays of either byte order, C or Fortran order
// (returned in C order). Throws IoError naming the path and the problem.
NpyArray read_npy(const std::string& path);

}  // namespace flowscope
