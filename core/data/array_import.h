#pragma once
// The NPY and HDF5 importers behind load_trajectories and preview_file. An
// array of shape (T,), (T, D) or (trials, T, D) becomes a TrajectorySet;
// errors give the shape and the element type.
#include <optional>
#include <string>

#include "core/data/import.h"

namespace flowscope {

std::optional<ImportResult> import_npy(const std::string& path, const ImportOptions& options,
                                       const RunControl& control);
std::optional<ImportResult> import_hdf5(const std::string& path, const ImportOptions& options,
                                        const RunControl& control);
FilePreview preview_npy(const std::string& path, std::size_t max_rows);
FilePreview preview_hdf5(const std::string& path, const std::string& dataset, std::size_t max_rows);

}  // namespace flowscope
