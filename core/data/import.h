#pragma once
// Loading latent trajectories from CSV, NPY or HDF5 files, with a preview.
//
// - CSV: rows are time points, columns dimensions; columns named trial, time
//   and label (any case) are not dimensions. A trial's rows must be contiguous.
//   Comma, tab or semicolon separated (from the first line); '#' starts a
//   comment line; a header is recognised when the first line is not all numbers.
// - NPY: T x D, trials x T x D or a series of T; float32/float64, either byte
//   order, C or Fortran order.
// - HDF5: one numeric dataset (any integer or float type), chosen by path.
//
// Every load computes the memory it needs first and refuses, with that size,
// what does not fit. Loads run on the caller's thread: the GUI calls them on a
// worker with a RunControl (progress in [0, 1], cancel polled between blocks).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"
#include "core/errors.h"
#include "core/integrate/trajectory.h"  // RunControl

namespace flowscope {

enum class FileFormat { Csv, Npy, Hdf5 };

// By extension: .csv .txt .tsv -> Csv, .npy -> Npy, .h5 .hdf5 .hdf .he5 -> Hdf5;
// throws InputError naming the known extensions.
FileFormat detect_format(const std::string& path);

enum class NonFinitePolicy {
  Reject,  // throw NonFiniteError saying where the first one is and how many rows hold one
  Drop,    // drop those rows and report how many (ImportResult::dropped_rows)
  Keep,    // keep them (the numerics will refuse them later)
};

struct ImportOptions {
  std::string dataset;  // HDF5: the dataset's path in the file (required for HDF5)
  NonFinitePolicy non_finite = NonFinitePolicy::Reject;
  std::uint64_t memory_limit = 0;  // bytes a load may take; 0: the memory available now
};

struct ImportResult {
  TrajectorySet data;
  std::size_t dropped_rows = 0;  // NonFinitePolicy::Drop
};

// NaN or infinite values in a file under NonFinitePolicy::Reject. The message
// gives the first location (line and column for CSV, index for arrays) and
// the count, so the GUI can offer to load again with NonFinitePolicy::Drop.
struct NonFiniteError : IoError {
  NonFiniteError(const std::string& message, std::size_t rows) : IoError(message), rows(rows) {}
  std::size_t rows;
};

// Loads the file (format by extension). Returns nothing when cancelled.
// Throws IoError (malformed file: message with the path and the line and
// column, or the shape and type; too large: the bytes needed), NonFiniteError,
// InputError (unknown extension, missing dataset option).
std::optional<ImportResult> load_trajectories(const std::string& path, const ImportOptions& options = {},
                                              const RunControl& control = {});

// A quick look before loading: reads only the start of the file.
struct FilePreview {
  FileFormat format = FileFormat::Csv;
  std::vector<std::size_t> shape;  // array shape (NPY, HDF5); CSV: {estimated rows, dimensions}
  bool rows_estimated = false;     // CSV: the row count is estimated from the file size
  std::string type;                // "float64 (little-endian, C order)", "CSV, comma separated, header", ...
  std::vector<std::string> columns;           // column names (dimensions and trial/time/label for CSV)
  std::vector<std::vector<std::string>> rows;  // the first rows as text
  std::uint64_t bytes_needed = 0;  // memory a load takes (estimated for CSV)
  std::string summary;             // one line for a status bar
};
// HDF5 needs options.dataset (list the choices with hdf5_tree in core/io/hdf5_file.h).
FilePreview preview_file(const std::string& path, const ImportOptions& options = {}, std::size_t max_rows = 20);

}  // namespace flowscope
