#pragma once
// Samplers of the reverse-time dynamics of a forward process, with the exact
// (or deliberately perturbed) score of a mixture target.
//
// The eta family (the samplers' common form). For eta >= 0 the SDE
//   dx = [f(t) x - (1 + eta^2)/2 g(t)^2 s(x, t)] dt + eta g(t) dW   (t decreasing)
// has the same marginals p_t as the forward process for every eta when s is
// the exact score: eta = 0 is the probability-flow ODE, eta = 1 the reverse
// SDE of Anderson (1982) / Song et al. (2021). Run forward in time (t
// increasing) the family is dx = [f x - (1 - eta^2)/2 g^2 s] dt + eta g dW,
// so eta = 1 forward is the noising process itself. One Euler-Maruyama step
// from t to t + D (D < 0 when sampling, h = |D|):
//   x <- x + D [f x - (1 - sign(D) eta^2)/2 g^2 s(x, t)] + eta g(t) sqrt(h) z.
//
// Samplers (NFE = score evaluations per particle):
//   sde   Euler-Maruyama with eta = 1                    NFE = K
//   eta   Euler-Maruyama with a given eta >= 0            NFE = K
//   ode   probability flow dx/dt = f x - g^2 s / 2: Euler (K), Heun (2K), RK4 (4K)
//   pc    predictor-corrector (Song et al. 2021): a reverse-SDE step, then M
//         Langevin corrector steps at the new time, x <- x + e s + sqrt(2 e) z
//         with e = 2 r^2 sigma(t)^2 (r the signal-to-noise setting, 0.16 by
//         default): NFE = K (1 + M).
//
// Time grid: K equal steps from t_start (default 1) to t_end (default the
// process's t_min). Particles: structure of arrays in chunks of 256, OpenMP
// over chunks; a chunk stays in cache across the steps of one advance().
// Noise: the normals of particle i at step k, stage b (predictor 0,
// corrector m -> m + 1) are philox::normals(seed, i, k, b)[0..d-1]; the
// start is sigma(t_start) * philox::normals(seed, i, 2^63, 0) unless given.
// So every sampler started from the same seed starts from the same particles,
// and runs are bitwise identical for any thread count and any split of the
// run into advance() calls.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diffusion/process.h"
#include "core/diffusion/score_model.h"
#include "core/distributions/gaussian_mixture.h"
#include "core/integrate/trajectory.h"  // RunStatus, RunControl

namespace flowscope {

enum class SamplerKind { ReverseSde, Ode, PredictorCorrector, Eta };
enum class OdeMethod { Euler, Heun, Rk4 };
std::string_view sampler_name(SamplerKind kind);  // "sde", "ode", "pc", "eta"
SamplerKind parse_sampler(std::string_view name);  // InputError naming the known ones
std::string_view ode_method_name(OdeMethod method);  // "euler", "heun", "rk4"
OdeMethod parse_ode_method(std::string_view name);

struct SamplerSpec {
  GaussianMixture target;
  ForwardProcess process;
  SamplerKind sampler = SamplerKind::ReverseSde;
  OdeMethod ode = OdeMethod::Heun;
  double eta = 1.0;         // the eta sampler's value (sde: 1, ode: 0)
  int corrector_steps = 1;  // pc
  double snr = 0.16;        // pc
  std::uint64_t steps = 100;
  ScoreError score_error;
  std::uint64_t seed = 0;
  std::optional<double> t_start;  // default 1
  std::optional<double> t_end;    // default process.t_min

  // Score evaluations per particle per step.
  int evaluations_per_step() const;
  // The eta actually used (sde 1, ode 0, pc 1 for the predictor).
  double effective_eta() const;
};

struct SamplerStatus {
  RunStatus status = RunStatus::Success;
  std::uint64_t steps = 0;  // steps taken by this advance()
  std::string message;      // empty on success
};

class DiffusionSampler {
 public:
  static constexpr std::size_t kChunk = 256;
  static constexpr std::uint64_t kStartStep = 1ull << 63;

  // start: structure of arrays (dimension x count) or empty for the prior
  // noise. Throws InputError for a bad spec (steps 0, eta < 0, a process
  // setting, times outside [0, 1], pc run forward, a bad score error) or a
  // count that would not fit in memory.
  DiffusionSampler(SamplerSpec spec, std::size_t count, std::vector<double> start = {});

  std::size_t count() const { return count_; }
  int dimension() const { return dimension_; }
  const SamplerSpec& spec() const { return spec_; }
  std::uint64_t steps_total() const { return spec_.steps; }
  std::uint64_t steps_done() const { return steps_done_; }
  bool finished() const { return steps_done_ >= spec_.steps; }
  double time() const { return time_at(steps_done_); }
  double time_at(std::uint64_t step) const;
  // Score evaluations per particle so far.
  std::uint64_t score_evaluations() const { return steps_done_ * spec_.evaluations_per_step(); }

  // Takes min(steps, steps left) steps. A particle leaving the finite
  // numbers stops the run (status Unstable, message naming the particle and
  // step) and cancel leaves the particles as they were before the call.
  SamplerStatus advance(std::uint64_t steps, const RunControl& control = {});
  SamplerStatus run(const RunControl& control = {}) { return advance(spec_.steps - steps_done_, control); }

  // Coordinate j of every particle (count values).
  std::span<const double> positions(int j) const { return {x_.data() + j * stride_, count_}; }
  std::vector<double> positions_soa() const;   // dimension x count
  std::vector<double> position_rows() const;   // count x dimension, for NPY

 private:
  SamplerSpec spec_;
  ScoreModel model_;
  std::size_t count_ = 0, stride_ = 0;
  int dimension_ = 0;
  std::uint64_t steps_done_ = 0;
  std::vector<double> x_, backup_;
};

}  // namespace flowscope
