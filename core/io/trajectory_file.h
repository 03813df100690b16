#pragma once
#include <string>

#include "core/integrate/trajectory.h"
#include "core/systems/system.h"

namespace flowscope {

// Writes a trajectory as a table with columns t, then the system's variables:
// ".csv" with a header row, ".npy" as a samples x (1 + dimension) float64
// array. Throws InputError for any other extension, IoError when writing fails.
void write_trajectory_file(const std::string& path, const System& system, const Trajectory& trajectory);

// True when path ends in an extension write_trajectory_file understands.
bool is_trajectory_file_name(const std::string& path);

}  // namespace flowscope
