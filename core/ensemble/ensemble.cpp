#include "core/ensemble/ensemble.h"

#include <omp.h>

#include <atomic>
#include <cmath>
#include <limits>

#include "core/errors.h"
#include "core/integrate/dopri5.h"
#include "core/langevin/langevin_kernels.h"
#include "core/random/philox.h"

namespace flowscope {
namespace {

// Pointers to the components of m trajectories starting at offset `begin` in
// an SoA block of `stride` trajectories.
void component_pointers(double* base, std::size_t stride, std::size_t begin, int n, double** out) {
  for (int j = 0; j < n; ++j) out[j] = base + j * stride + begin;
}

bool finite_state(double* const* x, int n, std::size_t i) {
  for (int j = 0; j < n; ++j)
    if (!std::isfinite(x[j][i])) return false;
  return true;
}

// Freezes trajectories that left the finite numbers (their state becomes NaN).
void freeze_non_finite(double* const* x, int n, std::size_t m) {
  for (std::size_t i = 0; i < m; ++i)
    if (!finite_state(x, n, i))
      for (int j = 0; j < n; ++j) x[j][i] = std::nan("");
}

static_assert(Ensemble::kChunk == langevin_kernels::kLangevinChunk, "noise blocks are whole chunks");

// Wiener increments dW_j = sqrt(h) z_j of a chunk's particles first .. first + kChunk - 1
// at one step, z from Philox keyed (seed, particle, step, j / 4): the Langevin
// engine's vectorised normals, equal to philox::normals up to rounding and the
// same for a particle wherever chunk and thread boundaries fall.
void wiener_block(std::uint64_t seed, std::size_t first, std::uint64_t step, int n, double sqrt_h,
                  Ensemble::NoiseBlock* blocks, double** dw) {
  for (int j = 0; j < n; j += 4) {
    Ensemble::NoiseBlock& block = blocks[j / 4];
    langevin_kernels::normals4(seed, static_cast<std::uint32_t>(first), step, static_cast<std::uint32_t>(j / 4),
                               block.z[0], block.z[1], block.z[2], block.z[3]);
    for (int q = 0; q < 4 && j + q < n; ++q) {
      double* __restrict z = block.z[q];
#pragma omp simd
      for (std::size_t i = 0; i < Ensemble::kChunk; ++i) z[i] *= sqrt_h;
      dw[j + q] = z;
    }
  }
}

}  // namespace

Ensemble::Ensemble(EnsembleSpec spec, std::vector<double> initial_states, std::size_t count)
    : spec_(std::move(spec)), dimension_(spec_.system ? spec_.system->dimension() : 0), count_(count),
      x_(std::move(initial_states)) {
  if (!spec_.system) throw InputError("no system given");
  validate_parameters(*spec_.system, spec_.parameters);
  if (count_ == 0) throw InputError("an ensemble needs at least one trajectory");
  if (x_.size() != count_ * dimension_)
    throw InputError("the initial states hold " + std::to_string(x_.size()) + " values, expected " +
                     std::to_string(count_) + " x " + std::to_string(dimension_));
  if (!(std::isfinite(spec_.dt) && spec_.dt > 0)) throw InputError("the time step must be a finite positive number");
  if (!(std::isfinite(spec_.noise) && spec_.noise >= 0)) throw InputError("the noise strength must be >= 0");
  if (count_ > std::numeric_limits<std::uint32_t>::max()) throw InputError("at most 2^32 - 1 trajectories");
}

void Ensemble::set_parameters(std::vector<double> parameters) {
  validate_parameters(*spec_.system, parameters);
  spec_.parameters = std::move(parameters);
}

RunStatus Ensemble::advance(std::uint64_t steps, const RunControl& control) {
  const std::size_t chunks = (count_ + kChunk - 1) / kChunk;
  std::atomic<bool> cancelled{false};
  std::atomic<std::size_t> done{0};
  // Eigen and user code must stay single-threaded inside this region.
#pragma omp parallel
  {
    std::vector<double> work;  // one workspace per thread, sized on first use
    std::vector<NoiseBlock> noise;
#pragma omp for schedule(static)
    for (std::size_t c = 0; c < chunks; ++c) {
      if (cancelled.load(std::memory_order_relaxed)) continue;
      if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
        cancelled.store(true);
        continue;
      }
      advance_chunk(c * kChunk, std::min(count_, (c + 1) * kChunk), steps, work, noise);
      const std::size_t finished = ++done;
      if (control.progress && omp_get_thread_num() == 0)
        control.progress(static_cast<double>(finished) / chunks);
    }
  }
  if (cancelled) return RunStatus::Cancelled;  // chunks differ in time now: the caller restarts
  steps_done_ += steps;
  return RunStatus::Success;
}

std::size_t Ensemble::diverged() const {
  std::size_t count = 0;
  for (std::size_t i = 0; i < count_; ++i)
    if (std::isnan(x_[i])) ++count;
  return count;
}

void Ensemble::advance_chunk(std::size_t begin, std::size_t end, std::uint64_t steps, std::vector<double>& work,
                             std::vector<NoiseBlock>& noise) {
  const int n = dimension_;
  const std::size_t m = end - begin;
  const System& system = *spec_.system;
  const double* p = spec_.parameters.data();
  const double h = spec_.dt;
  double* x[64];
  double* stage[64];
  if (n > 64) throw InputError("ensembles support at most 64 dimensions");  // pointer tables above
  component_pointers(x_.data(), count_, begin, n, x);

  if (spec_.method == Method::Dopri5) {
    // Adaptive steps differ per trajectory: integrate each on its own, over
    // the whole interval, by the same driver as single trajectories.
    work.resize(2 * n);
    double* state = work.data();
    for (std::size_t i = 0; i < m; ++i) {
      for (int j = 0; j < n; ++j) state[j] = x[j][i];
      Problem problem;
      problem.system = spec_.system;
      problem.parameters = spec_.parameters;
      problem.initial_state.assign(state, state + n);
      problem.dt = static_cast<double>(steps) * h;
      problem.t_end = problem.dt;
      problem.rtol = spec_.rtol;
      problem.atol = spec_.atol;
      const Trajectory run = integrate_dopri5(problem, {});
      const bool ok = run.status == RunStatus::Success;
      for (int j = 0; j < n; ++j) x[j][i] = ok ? run.state(run.samples() - 1)[j] : std::nan("");
    }
    return;
  }

  const double t0 = time();
  const bool stochastic = is_stochastic(spec_.method);
  if (!stochastic && system.rk4_steps_batch(t0, h, steps, x, m, p)) {  // fused kernel, stages in registers
    freeze_non_finite(x, n, m);
    return;
  }

  // Otherwise RK4 from drift_batch: a stage array, the current slope and a
  // running weighted sum, all reused every step (chunks stay in L1).
  // Stochastic methods draw Wiener increments into whole-chunk noise blocks
  // and use another block for Heun's second slope and one for g(t, x) of
  // Heun's predictor.
  work.resize(5 * n * kChunk);
  if (stochastic) noise.resize((n + 3) / 4);
  double* slope[64];
  double* sum[64];
  double* dw[64];  // the rows of the noise blocks
  double* corrector_slope[64];
  double* predictor_noise[64];
  for (int j = 0; j < n; ++j) {
    slope[j] = work.data() + j * kChunk;
    sum[j] = work.data() + (n + j) * kChunk;
    stage[j] = work.data() + (2 * n + j) * kChunk;
    corrector_slope[j] = work.data() + (3 * n + j) * kChunk;
    predictor_noise[j] = work.data() + (4 * n + j) * kChunk;
  }
  const double sqrt_h = std::sqrt(h);
  double state[64], g0[64], g1[64];
  // Does the system bring its own diffusion? Ask once, at the chunk's first state.
  for (int j = 0; j < n; ++j) state[j] = x[j][0];
  const bool own_noise = stochastic && system.diffusion(t0, state, p, g0);

  for (std::uint64_t s = 0; s < steps; ++s) {
    const double t = t0 + static_cast<double>(s) * h;
    const std::uint64_t global_step = steps_done_ + s;
    if (!stochastic) {
      system.drift_batch(t, x, m, p, slope);
      for (int j = 0; j < n; ++j)
#pragma omp simd
        for (std::size_t i = 0; i < m; ++i) {
          sum[j][i] = slope[j][i];
          stage[j][i] = x[j][i] + 0.5 * h * slope[j][i];
        }
      system.drift_batch(t + 0.5 * h, stage, m, p, slope);
      for (int j = 0; j < n; ++j)
#pragma omp simd
        for (std::size_t i = 0; i < m; ++i) {
          sum[j][i] += 2.0 * slope[j][i];
          stage[j][i] = x[j][i] + 0.5 * h * slope[j][i];
        }
      system.drift_batch(t + 0.5 * h, stage, m, p, slope);
      for (int j = 0; j < n; ++j)
#pragma omp simd
        for (std::size_t i = 0; i < m; ++i) {
          sum[j][i] += 2.0 * slope[j][i];
          stage[j][i] = x[j][i] + h * slope[j][i];
        }
      system.drift_batch(t + h, stage, m, p, slope);
      for (int j = 0; j < n; ++j)
#pragma omp simd
        for (std::size_t i = 0; i < m; ++i) x[j][i] += h / 6.0 * (sum[j][i] + slope[j][i]);
      continue;
    }
    // Stochastic: additive noise unless the system brings its own diagonal noise.
    wiener_block(spec_.seed, begin, global_step, n, sqrt_h, noise.data(), dw);
    system.drift_batch(t, x, m, p, slope);
    if (!own_noise) {
      // Additive noise g = noise on every component: whole-chunk vector loops.
      const double g = spec_.noise;
      if (spec_.method == Method::EulerMaruyama) {
        for (int j = 0; j < n; ++j) {
          double* __restrict xj = x[j];
          const double* __restrict fj = slope[j];
          const double* __restrict wj = dw[j];
#pragma omp simd
          for (std::size_t i = 0; i < m; ++i) xj[i] += fj[i] * h + g * wj[i];
        }
        continue;
      }
      for (int j = 0; j < n; ++j) {  // stochastic Heun: predictor, then trapezoidal corrector
        const double* __restrict xj = x[j];
        const double* __restrict fj = slope[j];
        const double* __restrict wj = dw[j];
        double* __restrict sj = stage[j];
#pragma omp simd
        for (std::size_t i = 0; i < m; ++i) sj[i] = xj[i] + fj[i] * h + g * wj[i];
      }
      system.drift_batch(t + h, stage, m, p, corrector_slope);
      for (int j = 0; j < n; ++j) {
        double* __restrict xj = x[j];
        const double* __restrict fj = slope[j];
        const double* __restrict cj = corrector_slope[j];
        const double* __restrict wj = dw[j];
#pragma omp simd
        for (std::size_t i = 0; i < m; ++i) xj[i] += 0.5 * (fj[i] + cj[i]) * h + g * wj[i];
      }
      continue;
    }
    if (spec_.method == Method::EulerMaruyama) {
      for (std::size_t i = 0; i < m; ++i) {
        for (int j = 0; j < n; ++j) state[j] = x[j][i];
        if (own_noise) system.diffusion(t, state, p, g0);
        for (int j = 0; j < n; ++j) x[j][i] += slope[j][i] * h + (own_noise ? g0[j] : spec_.noise) * dw[j][i];
      }
    } else {  // stochastic Heun
      for (std::size_t i = 0; i < m; ++i) {
        for (int j = 0; j < n; ++j) state[j] = x[j][i];
        if (own_noise) system.diffusion(t, state, p, g0);
        for (int j = 0; j < n; ++j) {
          predictor_noise[j][i] = own_noise ? g0[j] : spec_.noise;  // kept for the corrector
          stage[j][i] = x[j][i] + slope[j][i] * h + predictor_noise[j][i] * dw[j][i];
        }
      }
      system.drift_batch(t + h, stage, m, p, corrector_slope);
      for (std::size_t i = 0; i < m; ++i) {
        for (int j = 0; j < n; ++j) state[j] = stage[j][i];
        if (own_noise) system.diffusion(t + h, state, p, g1);
        for (int j = 0; j < n; ++j) {
          const double g = own_noise ? 0.5 * (predictor_noise[j][i] + g1[j]) : spec_.noise;
          x[j][i] += 0.5 * (slope[j][i] + corrector_slope[j][i]) * h + g * dw[j][i];
        }
      }
    }
  }
  freeze_non_finite(x, n, m);
}

std::vector<double> initial_cloud(const std::vector<double>& centre, std::size_t count, double radius,
                                  std::uint64_t seed) {
  const int n = static_cast<int>(centre.size());
  std::vector<double> states(count * n);
  std::vector<double> z(n + 3);
  for (std::size_t i = 0; i < count; ++i) {
    // A uniform point in the ball: a normal direction, radius ~ U^(1/n).
    double norm = 0.0;
    for (int j = 0; j < n; j += 4) {
      philox::normals(seed, static_cast<std::uint32_t>(i), 0, static_cast<std::uint32_t>(j / 4), z.data() + j);
    }
    for (int j = 0; j < n; ++j) norm += z[j] * z[j];
    double u[4];
    philox::normals(seed, static_cast<std::uint32_t>(i), 1, 0, u);
    const double uniform = 0.5 * std::erfc(-u[0] / std::sqrt(2.0));  // Phi(u): uniform in (0, 1)
    const double r = radius * std::pow(uniform, 1.0 / n) / std::sqrt(norm);
    for (int j = 0; j < n; ++j) states[j * count + i] = centre[j] + r * z[j];
  }
  return states;
}

}  // namespace flowscope
