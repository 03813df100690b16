#pragma once
// What the latent window draws, computed from projected trajectories without
// Qt or VTK: the trials as lines on three chosen axes with a colour value per
// point, the trial average, one cursor per trial at a sample index, and a
// flow field as arrows.
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"
#include "core/embed/flow_field.h"

namespace flowscope {

enum class LatentColour { Time, Trial, Label, Speed };

// Which coordinate goes on x, y and z; -1 puts 0 there (a flat view).
using AxisChoice = std::array<int, 3>;

struct LatentDrawing {
  std::vector<float> xyz;
  std::vector<float> colour;  // in [0, 1]
  std::vector<std::size_t> line_starts;
  std::string title;  // of the colour legend
};

LatentDrawing latent_drawing(const TrajectorySet& coordinates, const AxisChoice& axes, LatentColour colour);

// The mean over trials at each sample index, up to the shortest trial (empty
// for a single trial).
std::vector<float> trial_average(const TrajectorySet& coordinates, const AxisChoice& axes);

// One point per trial at sample `index` (the trial's last sample if shorter).
std::vector<float> cursor_points(const TrajectorySet& coordinates, const AxisChoice& axes, std::size_t index);

// The coordinates on the chosen axes only (2 or 3 of them), for estimating the flow there.
TrajectorySet select_axes(const TrajectorySet& coordinates, const AxisChoice& axes);

// Arrows (base and tip xyz per arrow) of a field estimated on select_axes:
// each as long as `fraction` of a grid spacing at the largest speed.
std::vector<float> flow_arrows(const FlowField& field, const AxisChoice& axes, double fraction = 0.8);

}  // namespace flowscope
