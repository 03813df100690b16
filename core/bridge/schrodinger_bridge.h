#pragma once
// Schrodinger bridges between two point clouds under a linear reference
// process (core/bridge/linear_reference.h) on [0, T].
//
// Static bridge: the coupling pi minimising KL(pi | R_0T) with the clouds as
// marginals. R_0T has the Gaussian transition N(Phi x + c, Q), so with
// Q = L L^T this is entropic OT between x~ = L^{-1}(Phi x + c) and
// y~ = L^{-1} y with cost |x~ - y~|^2 and eps = 2. For Brownian motion with
// variance sigma^2 per unit time, that is cost |x - y|^2 with eps = 2 sigma^2 T.
//
// Dynamic bridge: pairs drawn from the coupling joined by bridges of the
// reference, sampled exactly on a grid (each step is the reference's
// transition conditioned on the pair's end point, bridge_marginal).
//
// Bridge SDE: the bridge is a Markov process dX = v(t, X) dt + sigma dW whose
// drift is the reference bridges' drift averaged over the pairs given X_t = x
// (the Markovian projection). With sampled pairs (x_k, y_k) the weights are
// the Gaussian bridge marginals N(x; M x_k + N y_k + o, S_t), and
//   v(t, x) = A x + b + sigma^2 Phi_r^T Q_r^{-1} (ybar(x) - Phi_r x - c_r),
// r = T - t, ybar(x) the weighted mean of the y_k. Simulating it forward from
// the source by Euler-Maruyama and landing on the target checks the bridge.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/bridge/linear_reference.h"
#include "core/integrate/trajectory.h"  // RunControl
#include "core/transport/coupling.h"
#include "core/transport/sinkhorn.h"

namespace flowscope {

struct StaticBridge {
  LinearReference reference;
  double duration = 1.0;
  PointCloud x, y;                    // the clouds, original coordinates
  SinkhornResult sinkhorn;            // of the whitened problem (eps = 2)
  std::shared_ptr<const Coupling> coupling;  // over the whitened clouds; indices match x and y
};

// sinkhorn.epsilon is ignored (the bridge fixes it). Throws InputError for
// invalid clouds, a dimension mismatch, an invalid reference or T <= 0.
StaticBridge solve_static_bridge(const PointCloud& x, const PointCloud& y, const LinearReference& reference,
                                 double duration, SinkhornOptions sinkhorn, const RunControl& control = {});

// Positions of `count` paths at steps + 1 equally spaced times from t0 to t0 + duration:
// positions[(k * count + p) * dimension + j].
struct BridgePaths {
  int dimension = 0;
  std::size_t count = 0;
  std::vector<double> times;
  std::vector<double> positions;

  std::size_t samples() const { return times.size(); }
  const double* at(std::size_t k) const { return positions.data() + k * count * dimension; }
};

// Reference bridges from starts to ends (rows, count x d) on a grid of
// `steps` steps over duration, written to out[(k * count + p) * d + j] for
// k = 0..steps. Noise: Philox keyed by (seed, path, stream * 2^20 + step).
void sample_reference_bridges(const LinearReference& reference, double duration, const double* starts,
                              const double* ends, std::size_t count, int steps, std::uint64_t seed,
                              std::uint32_t stream, double* out);

// `count` pairs drawn from the coupling joined by reference bridges.
BridgePaths sample_bridge_paths(const StaticBridge& bridge, std::size_t count, int steps, std::uint64_t seed);

// The pairs' endpoints as rows (count x d each), from a coupling's pairs.
void pair_endpoints(const StaticBridge& bridge, const std::vector<IndexPair>& pairs, std::vector<double>& starts,
                    std::vector<double>& ends);

struct BridgeSdeResult {
  BridgePaths paths;              // the simulated particles
  RunStatus status = RunStatus::Success;
};

// Simulates the bridge SDE with the drift estimated from `pool` pairs of the
// coupling, `count` particles started at sources drawn from the coupling,
// Euler-Maruyama with `steps` steps. At t = 0 the pair weights are taken at
// t = h/2 (the bridge marginals are point masses at t = 0).
BridgeSdeResult simulate_bridge_sde(const StaticBridge& bridge, std::size_t count, std::size_t pool, int steps,
                                    std::uint64_t seed, const RunControl& control = {});

}  // namespace flowscope
