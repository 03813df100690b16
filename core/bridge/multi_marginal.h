#pragma once
// Multi-marginal Schrodinger bridges through K >= 2 snapshots of a population
// at times t_0 < ... < t_{K-1}, with iterative reference refinement:
//
//   1. Between consecutive snapshots, the static bridge of the reference over
//      t_{k+1} - t_k (entropic OT, see schrodinger_bridge.h).
//   2. Whole paths: sources drawn from snapshot 0, then a Markov chain through
//      the couplings (j_{k+1} ~ pi_k(. | j_k)), each leg joined by a bridge of
//      the reference, `steps` grid steps per interval.
//   3. Refinement: fit a linear drift A x + b to the paths by least squares
//      on their increments, (x_{n+1} - x_n)/h ~ A x_n + b, rebuild the bridges
//      with the reference dX = (A X + b) dt + sigma dW, and repeat.
//
// If the snapshots come from a linear SDE with the same sigma, that SDE is a
// fixed point: the bridge of a reference with its own marginals is the
// reference itself (compare Shen, Berlinghieri, Broderick et al., "Multi-marginal
// Schrodinger bridges with iterative reference refinement", 2024).
#include <cstdint>
#include <string>
#include <vector>

#include "core/bridge/linear_reference.h"
#include "core/bridge/schrodinger_bridge.h"
#include "core/integrate/trajectory.h"

namespace flowscope {

struct Snapshots {
  std::vector<double> times;       // strictly increasing
  std::vector<PointCloud> clouds;  // one per time
};

// Throws InputError: fewer than two times, times not finite or not strictly
// increasing, clouds of different dimension, invalid clouds (named by time).
void validate_snapshots(const Snapshots& snapshots);

// Rows of a CSV table with a `time` column and coordinate columns (all the
// others, in order) grouped by time, times sorted. Throws IoError / InputError.
Snapshots snapshots_from_csv(const std::string& path);

struct MultiMarginalOptions {
  double sigma = 1.0;
  int refinements = 0;          // rebuilds after the first
  int steps_per_interval = 20;
  std::size_t paths = 1000;
  std::uint64_t seed = 0;
  SinkhornOptions sinkhorn;     // epsilon is set per interval
  bool fit_offset = true;       // fit b as well as A
};

struct LinearDriftFit {
  std::vector<double> a, b;  // d x d row-major, d
};

// Least squares of the increments on [x, 1] over all paths and steps.
LinearDriftFit fit_linear_drift(const BridgePaths& paths, bool fit_offset = true);

struct IntervalReport {
  double t0 = 0.0, t1 = 0.0;
  SinkhornStatus status = SinkhornStatus::Converged;
  int iterations = 0;
  double marginal_error = 0.0;
};

struct RefinementReport {
  LinearReference reference;  // the reference the paths of this round were built with
  LinearDriftFit fit;         // the drift fitted to them
  double change = 0.0;        // Frobenius norm of [A b] fitted minus [A b] of the reference
  std::vector<IntervalReport> intervals;
};

struct MultiMarginalResult {
  BridgePaths paths;                     // of the last round, over [t_0, t_{K-1}]
  std::vector<RefinementReport> rounds;  // refinements + 1 rounds
  RunStatus status = RunStatus::Success;
  bool all_converged = true;             // every Sinkhorn run of every round
};

MultiMarginalResult multi_marginal_bridge(const Snapshots& snapshots, const MultiMarginalOptions& options,
                                          const RunControl& control = {});

}  // namespace flowscope
