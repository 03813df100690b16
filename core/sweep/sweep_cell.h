#pragma once
// One cell of a sweep: the measure at that cell's parameters, computed on the
// calling thread alone (no OpenMP inside), so that a cell's bytes never depend
// on where or alongside what it ran.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/sweep/sweep_spec.h"

namespace flowscope {

// Stored with every cell (in checkpoints and in the output's status array).
enum class CellStatus : std::int32_t {
  Success = 0,
  Unstable = 1,   // the state or the tangent vectors blew up: the values are NaN
  Undefined = 2,  // escape-rate: no transition was seen, so the rate and its error are NaN
};
std::string_view cell_status_name(CellStatus status);

// Writes values_per_cell(spec) values for cell into values. A cell that blew
// up gets NaN values and CellStatus::Unstable; an orbit diagram with fewer
// maxima than orbit.max_maxima is padded with NaN after its last maximum
// (status Success). cancel is polled inside the integration; a cancelled
// cell returns false and its values mean nothing.
bool compute_sweep_cell(const SweepSpec& spec, std::size_t cell, double* values, CellStatus& status,
                        const std::atomic<bool>* cancel = nullptr);

}  // namespace flowscope
