#pragma once
// NumPy's .npy format, version 1.0: a magic string, a Python-dict header
// describing dtype, order and shape, then the raw array.
#include <cstddef>
#include <cstdint>
#include <functional>
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

// What an NPY header says, checked against the file before anything is
// allocated: at most 10,000 header bytes (numpy's limit), a dict with exactly
// the keys 'descr', 'fortran_order' (True/False) and 'shape' as numpy writes
// and reads them, a supported dtype, and enough bytes in the file for the
// shape. Throws IoError naming the path and the problem (both sizes when the
// data is short).
struct NpyHeader {
  std::vector<std::size_t> shape;
  std::string descr;        // "<f8", ">f4", ...
  std::size_t width = 8;    // bytes per element
  bool big_endian = false;
  bool fortran = false;
  std::uint64_t data_offset = 0;  // where the array starts in the file
  std::size_t count() const;      // product of shape
  std::string dtype_text() const;  // "float64 (little-endian, C order)"
};
NpyHeader read_npy_header(const std::string& path);

// Reads the array of a checked header into out (count() doubles, C order) in
// blocks of a few megabytes; progress(fraction) after each block. Returns
// false, out partly filled, when keep_going() says stop between blocks.
bool read_npy_values(const std::string& path, const NpyHeader& header, double* out,
                     const std::function<bool()>& keep_going = {},
                     const std::function<void(double)>& progress = {});

}  // namespace flowscope
