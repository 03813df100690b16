#include "core/data/array_import.h"

#include <algorithm>

#include "core/data/memory_check.h"
#include "core/io/hdf5_file.h"
#include "core/io/npy.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

std::string shape_text(const std::vector<std::size_t>& shape) {
  std::string text = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
  if (shape.size() == 1) text += ",";
  return text + ")";
}

// The trial structure an array's shape stands for; values are not allocated yet.
TrajectorySet layout_for(const std::vector<std::size_t>& shape, const std::string& what, const std::string& type) {
  if (shape.empty() || shape.size() > 3)
    throw IoError(what + " has shape " + shape_text(shape) + " of " + type +
                  "; expected (T,) for a series, (T, D) or (trials, T, D)");
  for (std::size_t n : shape)
    if (n == 0) throw IoError(what + " is empty: shape " + shape_text(shape) + " of " + type);
  const std::size_t trials = shape.size() == 3 ? shape[0] : 1;
  const std::size_t length = shape.size() == 3 ? shape[1] : shape[0];
  const std::size_t dimension = shape.size() == 1 ? 1 : shape.back();
  TrajectorySet set = make_trajectory_set({}, trials, length, dimension, shape.size() == 3);
  return set;
}

// Applies the NaN/infinity policy to a loaded array.
void apply_policy(ImportResult& result, const ImportOptions& options, const std::string& what) {
  if (options.non_finite == NonFinitePolicy::Keep) return;
  const NonFiniteRows bad = find_non_finite_rows(result.data);
  if (bad.rows == 0) return;
  if (bad.rows == result.data.points())
    throw IoError(what + ": every one of its " + std::to_string(bad.rows) + " rows holds NaN or infinite values");
  if (options.non_finite == NonFinitePolicy::Reject) {
    const double v = result.data.values[bad.first_point * result.data.dimension + bad.first_dimension];
    throw NonFiniteError(what + ": " + std::to_string(bad.rows) + " of " + std::to_string(result.data.points()) +
                             (bad.rows == 1 ? " rows holds" : " rows hold") + " NaN or infinite values, the first (" +
                             format_double(v) + ") at " +
                             point_location(result.data, bad.first_point, bad.first_dimension),
                         bad.rows);
  }
  result.dropped_rows = drop_non_finite_rows(result.data);
}

std::function<bool()> keep_going(const RunControl& control) {
  return [cancel = control.cancel] { return !(cancel && cancel->load()); };
}

void fill_preview_rows(FilePreview& preview, const std::vector<double>& values, std::size_t columns) {
  for (std::size_t i = 0; i * columns < values.size(); ++i) {
    std::vector<std::string> row;
    for (std::size_t j = 0; j < columns; ++j) row.push_back(format_double(values[i * columns + j]));
    preview.rows.push_back(std::move(row));
  }
}

}  // namespace

std::optional<ImportResult> import_npy(const std::string& path, const ImportOptions& options,
                                       const RunControl& control) {
  const NpyHeader header = read_npy_header(path);
  const std::string what = "'" + path + "'";
  ImportResult result;
  result.data = layout_for(header.shape, what, header.dtype_text());
  check_memory(header.count() * 8, options.memory_limit, what + " (shape " + shape_text(header.shape) + ")");
  result.data.values.resize(header.count());
  if (!read_npy_values(path, header, result.data.values.data(), keep_going(control), control.progress))
    return std::nullopt;
  apply_policy(result, options, what);
  return result;
}

std::optional<ImportResult> import_hdf5(const std::string& path, const ImportOptions& options,
                                        const RunControl& control) {
  if (options.dataset.empty())
    throw InputError("'" + path + "' is an HDF5 file: choose one of its datasets (the dataset path)");
  const Hdf5Node info = hdf5_dataset_info(path, options.dataset);
  const std::string what = "'" + path + "', dataset '" + info.path + "'";
  if (!info.numeric)
    throw IoError(what + " holds " + info.type + " values of shape " + shape_text(info.shape) +
                  ", not numbers (integer or floating point expected)");
  check_hdf5_storage(path, info);  // before anything is allocated for the declared shape
  ImportResult result;
  result.data = layout_for(info.shape, what, info.type);
  std::size_t count = 1;
  for (std::size_t n : info.shape) count *= n;
  check_memory(count * 8, options.memory_limit, what + " (shape " + shape_text(info.shape) + ")");
  result.data.values.resize(count);
  if (!read_hdf5_dataset(path, info.path, result.data.values.data(), keep_going(control), control.progress))
    return std::nullopt;
  apply_policy(result, options, what);
  return result;
}

FilePreview preview_npy(const std::string& path, std::size_t max_rows) {
  const NpyHeader header = read_npy_header(path);
  FilePreview preview;
  preview.format = FileFormat::Npy;
  preview.shape = header.shape;
  preview.type = header.dtype_text();
  const TrajectorySet layout = layout_for(header.shape, "'" + path + "'", header.dtype_text());
  preview.bytes_needed = header.count() * 8;
  preview.columns = layout.column_names;
  // The first rows of the first trial: read the array's first max_rows x D elements (C order only;
  // a Fortran-ordered file is read whole only when small).
  const std::size_t d = layout.dimension;
  const std::size_t rows = std::min(max_rows, layout.trial_length(0));
  if (!header.fortran || header.count() <= (std::size_t{1} << 22)) {
    std::vector<double> values(header.fortran ? header.count() : rows * d);
    NpyHeader first = header;
    if (!header.fortran) first.shape = {rows * d};
    read_npy_values(path, first, values.data());
    values.resize(rows * d);
    fill_preview_rows(preview, values, d);
  }
  preview.summary = std::to_string(layout.trials()) + (layout.trials() == 1 ? " trial x " : " trials x ") +
                    std::to_string(layout.trial_length(0)) + " samples x " + std::to_string(d) +
                    " dimensions, " + header.dtype_text() + "; needs " + byte_size_text(preview.bytes_needed);
  return preview;
}

FilePreview preview_hdf5(const std::string& path, const std::string& dataset, std::size_t max_rows) {
  if (dataset.empty()) throw InputError("'" + path + "' is an HDF5 file: choose one of its datasets (the dataset path)");
  const Hdf5Node info = hdf5_dataset_info(path, dataset);
  FilePreview preview;
  preview.format = FileFormat::Hdf5;
  preview.shape = info.shape;
  preview.type = info.type;
  const std::string what = "'" + path + "', dataset '" + info.path + "'";
  if (!info.numeric)
    throw IoError(what + " holds " + info.type + " values of shape " + shape_text(info.shape) +
                  ", not numbers (integer or floating point expected)");
  check_hdf5_storage(path, info);
  const TrajectorySet layout = layout_for(info.shape, what, info.type);
  const std::size_t d = layout.dimension;
  const std::size_t rows = std::min(max_rows, layout.trial_length(0));
  preview.bytes_needed = 8;
  for (std::size_t n : info.shape) preview.bytes_needed *= n;
  preview.columns = layout.column_names;
  std::vector<double> values;
  if (info.shape.size() == 3) {
    values.resize(info.shape[1] * d);  // the whole first trial
    read_hdf5_rows(path, info.path, 0, 1, values.data());
  } else {
    values.resize(rows * d);
    read_hdf5_rows(path, info.path, 0, rows, values.data());
  }
  values.resize(rows * d);
  fill_preview_rows(preview, values, d);
  preview.summary = std::to_string(layout.trials()) + (layout.trials() == 1 ? " trial x " : " trials x ") +
                    std::to_string(layout.trial_length(0)) + " samples x " + std::to_string(d) + " dimensions, " +
                    info.type + "; needs " + byte_size_text(preview.bytes_needed);
  return preview;
}

}  // namespace flowscope
