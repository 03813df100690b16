#pragma once
// A vector field estimated from trajectories in a projected space (2-D or
// 3-D): velocities by finite differences along each trial, then at every node
// of a regular grid a local linear regression v(x) ~ a + B (x - node) with
// Gaussian kernel weights exp(-|x - node|^2 / (2 h^2)) (points within 3h);
// a is the estimate. Where the weighted design is singular (points on a line)
// the kernel-weighted mean velocity is used; nodes with too little data are NaN.
#include <cstddef>
#include <vector>

#include "core/data/trajectory_set.h"
#include "core/integrate/trajectory.h"  // RunControl

namespace flowscope {

// Velocity of every point: second-order differences (the derivative of the
// parabola through three neighbouring samples: centred inside a trial,
// one-sided at its ends), using the set's times (or the sample index). Trials
// of one point get NaN.
std::vector<double> finite_difference_velocities(const TrajectorySet& data);

struct FlowFieldOptions {
  std::size_t resolution = 20;  // nodes per axis
  double bandwidth = 0.0;       // h; 0: 1.5 grid spacings
  double min_support = 5.0;     // effective points (sum w)^2 / sum w^2 a node needs
  double margin = 0.05;         // the grid spans the data's box widened by this fraction
};

struct FlowField {
  std::size_t dimension = 0;         // 2 or 3
  std::size_t resolution = 0;        // nodes per axis
  std::vector<double> lower, upper;  // the grid's box (nodes at its corners)
  double bandwidth = 0.0;
  // Node (i, j[, k]) at index i + r (j + r k); velocity of node n at [n * dimension + c].
  std::vector<double> velocity;
  std::vector<double> support;  // effective number of points per node
  std::size_t nodes() const { return support.size(); }
  std::vector<double> node_position(std::size_t node) const;
};

// Throws InputError unless the data are 2-D or 3-D with finite values and at
// least 2 points per trial somewhere. Returns an empty field (nodes() == 0) when cancelled.
FlowField estimate_flow_field(const TrajectorySet& projected, const FlowFieldOptions& options = {},
                              const RunControl& control = {});

// The field at a point by multilinear interpolation; NaN outside the grid or
// next to a node without data.
std::vector<double> sample_flow(const FlowField& field, const double* point);

// A streamline from start: midpoint (RK2) steps of length `step` along the
// normalised field, forward, until it leaves the data or max_steps; rows of
// dimension values, start included.
std::vector<double> streamline(const FlowField& field, const double* start, double step, std::size_t max_steps);

}  // namespace flowscope
