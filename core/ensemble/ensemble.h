#pragma once
// N trajectories of one system advanced together. States are stored as
// structure-of-arrays (component j of trajectory i at x[j * N + i]) and cut
// into fixed chunks of kChunk trajectories; OpenMP spreads chunks over threads.
// Because chunk boundaries and the noise keys (seed, trajectory, step) do not
// depend on the thread count, a run is bitwise identical on 1 or 64 threads.
// Stochastic methods draw a whole chunk's noise at once with the Langevin
// engine's vectorised Philox (equal to philox::normals up to rounding).
#include <cstdint>
#include <memory>
#include <vector>

#include "core/integrate/trajectory.h"

namespace flowscope {

struct EnsembleSpec {
  std::shared_ptr<const System> system;
  std::vector<double> parameters;
  Method method = Method::Rk4;
  double dt = 0.01;
  double noise = 0.0;  // em and heun: additive noise unless the system has its own
  std::uint64_t seed = 0;
  double rtol = 1e-8, atol = 1e-10;  // dopri5
};

class Ensemble {
 public:
  static constexpr std::size_t kChunk = 256;  // 256 x (3 + 6 x 3) doubles stay in L1/L2

  // Four standard normals for each of a chunk's kChunk particles (64-byte
  // aligned for the vectorised Philox of core/langevin/langevin_kernels.h).
  struct alignas(64) NoiseBlock {
    double z[4][kChunk];
  };

  // initial_states is SoA (dimension x count). Throws InputError for a bad spec.
  Ensemble(EnsembleSpec spec, std::vector<double> initial_states, std::size_t count);

  std::size_t count() const { return count_; }
  int dimension() const { return dimension_; }
  double time() const { return static_cast<double>(steps_done_) * spec_.dt; }
  std::uint64_t steps_done() const { return steps_done_; }
  const std::vector<double>& states() const { return x_; }
  const EnsembleSpec& spec() const { return spec_; }

  // Advances every trajectory by `steps` steps of dt. A trajectory whose state
  // stops being finite is frozen (its state set to NaN) and counted in
  // diverged(); the others go on. Cancel is polled between chunks.
  RunStatus advance(std::uint64_t steps, const RunControl& control = {});
  std::size_t diverged() const;

  // Changes parameters, noise or dt between advances (live control).
  void set_parameters(std::vector<double> parameters);

 private:
  void advance_chunk(std::size_t begin, std::size_t end, std::uint64_t steps, std::vector<double>& work,
                     std::vector<NoiseBlock>& noise);

  EnsembleSpec spec_;
  int dimension_;
  std::size_t count_;
  std::vector<double> x_;
  std::uint64_t steps_done_ = 0;
};

// count initial states (SoA) spread uniformly in a ball of `radius` around
// centre, from Philox keyed by seed: a cloud of nearby starts that chaos pulls apart.
std::vector<double> initial_cloud(const std::vector<double>& centre, std::size_t count, double radius,
                                  std::uint64_t seed);

}  // namespace flowscope
