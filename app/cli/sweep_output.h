#pragma once
// Where a sweep's result goes: FILE.npy (the values, C order over the axes)
// with a JSON sidecar FILE.json, or FILE.h5 with the values, statuses and axes
// as datasets and the settings as attributes. Only the values' bytes are
// deterministic; the sidecar's and attributes' "run" fields say how this run went.
#include <string>

#include "core/sweep/sweep_runner.h"

namespace flowscope::cli {

// True for .npy, .h5 and .hdf5 names.
bool is_sweep_output_name(const std::string& path);
// FILE.json for FILE.npy; "" for HDF5 outputs.
std::string sweep_sidecar_path(const std::string& path);
// The names of the values_per_cell values: lambda_1.., max_1.., or the measure's name.
std::vector<std::string> sweep_value_names(const SweepSpec& spec);
// The cells of a status array that blew up, as JSON: [[i, j], ...], at most limit of them.
std::string unstable_cells_json(const SweepSpec& spec, const SweepRun& run, std::size_t limit);

// The system's or (escape-rate) the potential's id.
std::string sweep_target_id(const SweepSpec& spec);
// The cells without a rate (escape-rate: no transition), as JSON like unstable_cells_json.
std::string undefined_cells_json(const SweepSpec& spec, const SweepRun& run, std::size_t limit);

// Throws IoError naming the file that cannot be written.
void write_sweep_output(const std::string& path, const SweepSpec& spec, const SweepRun& run);

}  // namespace flowscope::cli
