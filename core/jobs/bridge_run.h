#pragma once
// What the bridge window computes on its worker, without Qt or VTK:
//  - a static Schrodinger bridge between two clouds given as SPECs
//    (core/transport/cloud_spec.h), its sampled paths and coupled pairs, the
//    mean squared distance of the pairs (near the OT cost for small sigma,
//    near the independent coupling's for large), and the closed-form bridge
//    when both ends are Gaussian;
//  - a multi-marginal bridge through snapshots (a CSV, or a demo drawn
//    exactly from a known 2-D linear SDE), with its refinement rounds;
// and the float32 geometry the scene draws from them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/bridge/gaussian_bridge.h"
#include "core/bridge/multi_marginal.h"
#include "core/bridge/schrodinger_bridge.h"

namespace flowscope {

struct BridgeRequest {
  std::string from = "gauss:0,0;1,0,0,1", to = "gauss:4,1;0.25,0,0,2";
  std::size_t n = 400;      // points per side drawn from a distribution (files keep theirs)
  double sigma = 1.0;       // reference noise per unit time
  double theta = 0.0;       // > 0: Ornstein-Uhlenbeck reference with this rate
  std::string potential;    // not empty: a Langevin potential's drift, linearised over the clouds (wins over theta)
  int steps = 30;           // grid steps along each path
  std::size_t paths = 300;  // bridge paths sampled
  std::size_t couplings = 200;  // pairs drawn as lines
  std::uint64_t seed = 1;
};

struct BridgeRun {
  int dimension = 0;
  PointCloud x, y;
  BridgePaths paths;
  std::vector<double> pair_starts, pair_ends;  // rows, `couplings` pairs
  SinkhornStatus status = SinkhornStatus::Converged;
  int iterations = 0;
  double marginal_error = 0.0;
  std::string message;
  double pair_distance2 = 0.0;         // mean |x - y|^2 over the sampled paths' ends
  double independent_distance2 = 0.0;  // E|x - y|^2 with x and y independent
  std::optional<GaussianBridge> closed_form;
  LinearReference reference;        // as used (a fitted Langevin drift shows here)
  double langevin_fit_r2 = -1.0;    // < 0: no Langevin reference
};

// Throws InputError / IoError for a bad SPEC or file (naming it).
BridgeRun run_bridge(const BridgeRequest& request, const RunControl& control = {});

struct SnapshotRequest {
  std::string csv;  // empty: the demo
  double sigma = 0.5;
  int refinements = 6;
  int steps = 10;
  std::size_t paths = 300;
  std::uint64_t seed = 3;
};

// The demo: 300 points at each of t = 0, 0.5, 1, 1.5 from dX = (A X + b) dt +
// sigma dW started at N((2, 0), 0.3^2 I), drawn exactly from its Gaussian
// transition (independent points per time, as snapshots are).
inline const std::vector<double> kDemoDriftA{-0.2, -1.0, 1.0, -0.2};
inline const std::vector<double> kDemoDriftB{0.0, 0.0};
Snapshots demo_snapshots(double sigma, std::size_t per_time, std::uint64_t seed);

struct SnapshotRun {
  Snapshots snapshots;
  MultiMarginalResult result;
  bool demo = false;
};
SnapshotRun run_snapshots(const SnapshotRequest& request, const RunControl& control = {});

// ---- geometry ----------------------------------------------------------------

// Points of a cloud as xyz (z = height), and a colour value for each.
void append_cloud(const PointCloud& cloud, float colour, float height, std::vector<float>& xyz,
                  std::vector<float>& colours);
// Path positions at sample k (space-time: z = t * time_scale in 2-D).
std::vector<float> path_points(const BridgePaths& paths, std::size_t k, bool space_time, double time_scale);
// The first `lines` paths as polylines.
std::vector<float> path_lines(const BridgePaths& paths, std::size_t lines, bool space_time, double time_scale);
// Segments between paired rows (6 floats each); the end at z = time_scale in space-time.
std::vector<float> pair_segments(const std::vector<double>& starts, const std::vector<double>& ends, int dimension,
                                 bool space_time, double time_scale);
// The 2-sigma ellipse of a 2-D Gaussian at height z (64 points).
std::vector<float> ellipse(const Gaussian& g, float z);
// Arrows of the drift A x + b on a grid over [lo, hi]^2 (2-D), `fraction` of a spacing long at the largest.
std::vector<float> drift_arrows(const std::vector<double>& a, const std::vector<double>& b, double lo0, double hi0,
                                double lo1, double hi1, int grid, double fraction = 0.8);

}  // namespace flowscope
