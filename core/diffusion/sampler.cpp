#include "core/diffusion/sampler.h"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

#include "core/diffusion/diffusion_kernels.h"
#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

std::string_view sampler_name(SamplerKind kind) {
  switch (kind) {
    case SamplerKind::ReverseSde: return "sde";
    case SamplerKind::Ode: return "ode";
    case SamplerKind::PredictorCorrector: return "pc";
    case SamplerKind::Eta: return "eta";
  }
  return "sde";
}

SamplerKind parse_sampler(std::string_view name) {
  for (SamplerKind k : {SamplerKind::ReverseSde, SamplerKind::Ode, SamplerKind::PredictorCorrector, SamplerKind::Eta})
    if (name == sampler_name(k)) return k;
  throw InputError("unknown sampler '" + std::string(name) + "' (known: sde, ode, pc, eta)");
}

std::string_view ode_method_name(OdeMethod method) {
  switch (method) {
    case OdeMethod::Euler: return "euler";
    case OdeMethod::Heun: return "heun";
    case OdeMethod::Rk4: return "rk4";
  }
  return "heun";
}

OdeMethod parse_ode_method(std::string_view name) {
  for (OdeMethod m : {OdeMethod::Euler, OdeMethod::Heun, OdeMethod::Rk4})
    if (name == ode_method_name(m)) return m;
  throw InputError("unknown ODE method '" + std::string(name) + "' (known: euler, heun, rk4)");
}

int SamplerSpec::evaluations_per_step() const {
  switch (sampler) {
    case SamplerKind::Ode: return ode == OdeMethod::Euler ? 1 : ode == OdeMethod::Heun ? 2 : 4;
    case SamplerKind::PredictorCorrector: return 1 + corrector_steps;
    default: return 1;
  }
}

double SamplerSpec::effective_eta() const {
  switch (sampler) {
    case SamplerKind::Ode: return 0.0;
    case SamplerKind::Eta: return eta;
    default: return 1.0;
  }
}

namespace {

constexpr std::size_t kChunk = DiffusionSampler::kChunk;

// Per-thread scratch: the mixture table and chunk arrays (allocated once per advance).
struct Work {
  FieldTable table;
  std::vector<double> buffer;
  double* s[3];
  double* z[3];
  double* y[3];
  double* k[4][3];

  explicit Work(const ScoreModel& model) : table(model.make_table()), buffer(18 * kChunk, 0.0) {
    double* p = buffer.data();
    for (int j = 0; j < 3; ++j) s[j] = p + (0 + j) * kChunk;
    for (int j = 0; j < 3; ++j) z[j] = p + (3 + j) * kChunk;
    for (int j = 0; j < 3; ++j) y[j] = p + (6 + j) * kChunk;
    for (int r = 0; r < 4; ++r)
      for (int j = 0; j < 3; ++j) k[r][j] = p + (9 + 3 * r + j) * kChunk;
    // RK4 needs 4 stage arrays; k[3] reuses s (never needed at the same time).
    for (int j = 0; j < 3; ++j) k[3][j] = s[j];
  }
};

class ChunkStepper {
 public:
  ChunkStepper(const SamplerSpec& spec, const ScoreModel& model, int d) : spec_(spec), model_(model), d_(d) {}

  // The (perturbed) score at time t into out.
  void score(double t, double* const* x, double* const* out, Work& w) const {
    model_.table_at(t, w.table);
    mixture_field(w.table, x, kChunk, out, nullptr);
    const double a = model_.scale(), b = model_.bias();
    if (a != 1.0 || b != 0.0)
      for (int j = 0; j < d_; ++j) {
        double* o = out[j];
#pragma omp simd
        for (std::size_t i = 0; i < kChunk; ++i) o[i] = a * o[i] + b;
      }
  }

  // Probability-flow velocity f x - g^2 s / 2.
  void velocity(double t, double* const* x, double* const* out, Work& w) const {
    score(t, x, out, w);
    const double f = spec_.process.f(t), half_g2 = 0.5 * spec_.process.g2(t);
    for (int j = 0; j < d_; ++j) {
      const double* xj = x[j];
      double* o = out[j];
#pragma omp simd
      for (std::size_t i = 0; i < kChunk; ++i) o[i] = f * xj[i] - half_g2 * o[i];
    }
  }

  // Euler-Maruyama of the eta family from t to t + dt (see sampler.h).
  void eta_step(double t, double dt, double eta, double* const* x, Work& w, std::uint32_t first, std::uint64_t step,
                std::uint32_t block) const {
    const double sign = dt < 0 ? -1.0 : 1.0;
    const double c = 0.5 * (1.0 - sign * eta * eta) * spec_.process.g2(t);
    if (c != 0.0) score(t, x, w.s, w);
    const double noise = eta * std::sqrt(spec_.process.g2(t) * std::fabs(dt));
    if (noise != 0.0) diffusion_kernels::normals(spec_.seed, first, step, block, d_, w.z, kChunk);
    const double grow = 1.0 + dt * spec_.process.f(t), pull = -dt * c;
    for (int j = 0; j < d_; ++j) {
      double* xj = x[j];
      const double* sj = w.s[j];
      const double* zj = w.z[j];
      if (noise != 0.0 && c != 0.0) {
#pragma omp simd
        for (std::size_t i = 0; i < kChunk; ++i) xj[i] = grow * xj[i] + pull * sj[i] + noise * zj[i];
      } else if (noise != 0.0) {
#pragma omp simd
        for (std::size_t i = 0; i < kChunk; ++i) xj[i] = grow * xj[i] + noise * zj[i];
      } else {
#pragma omp simd
        for (std::size_t i = 0; i < kChunk; ++i) xj[i] = grow * xj[i] + pull * sj[i];
      }
    }
  }

  // Langevin corrector at time t: x += e s + sqrt(2 e) z, e = 2 r^2 sigma(t)^2.
  void corrector(double t, double* const* x, Work& w, std::uint32_t first, std::uint64_t step,
                 std::uint32_t block) const {
    const double sigma = spec_.process.sigma(t);
    const double e = 2.0 * spec_.snr * spec_.snr * sigma * sigma;
    score(t, x, w.s, w);
    diffusion_kernels::normals(spec_.seed, first, step, block, d_, w.z, kChunk);
    const double noise = std::sqrt(2.0 * e);
    for (int j = 0; j < d_; ++j) {
      double* xj = x[j];
      const double* sj = w.s[j];
      const double* zj = w.z[j];
#pragma omp simd
      for (std::size_t i = 0; i < kChunk; ++i) xj[i] += e * sj[i] + noise * zj[i];
    }
  }

  // y = x + a k
  void combine(double* const* y, double* const* x, double a, double* const* k) const {
    for (int j = 0; j < d_; ++j) {
      double* yj = y[j];
      const double* xj = x[j];
      const double* kj = k[j];
#pragma omp simd
      for (std::size_t i = 0; i < kChunk; ++i) yj[i] = xj[i] + a * kj[i];
    }
  }

  void ode_step(double t, double dt, double* const* x, Work& w) const {
    switch (spec_.ode) {
      case OdeMethod::Euler:
        velocity(t, x, w.k[0], w);
        combine(x, x, dt, w.k[0]);
        break;
      case OdeMethod::Heun:
        velocity(t, x, w.k[0], w);
        combine(w.y, x, dt, w.k[0]);
        velocity(t + dt, w.y, w.k[1], w);
        for (int j = 0; j < d_; ++j) {
          double* xj = x[j];
          const double* a = w.k[0][j];
          const double* b = w.k[1][j];
#pragma omp simd
          for (std::size_t i = 0; i < kChunk; ++i) xj[i] += 0.5 * dt * (a[i] + b[i]);
        }
        break;
      case OdeMethod::Rk4:
        velocity(t, x, w.k[0], w);
        combine(w.y, x, 0.5 * dt, w.k[0]);
        velocity(t + 0.5 * dt, w.y, w.k[1], w);
        combine(w.y, x, 0.5 * dt, w.k[1]);
        velocity(t + 0.5 * dt, w.y, w.k[2], w);
        combine(w.y, x, dt, w.k[2]);
        velocity(t + dt, w.y, w.k[3], w);
        for (int j = 0; j < d_; ++j) {
          double* xj = x[j];
          const double* a = w.k[0][j];
          const double* b = w.k[1][j];
          const double* c = w.k[2][j];
          const double* e = w.k[3][j];
#pragma omp simd
          for (std::size_t i = 0; i < kChunk; ++i) xj[i] += dt / 6.0 * (a[i] + 2.0 * (b[i] + c[i]) + e[i]);
        }
        break;
    }
  }

 private:
  const SamplerSpec& spec_;
  const ScoreModel& model_;
  int d_;
};

ScoreModel validated_model(SamplerSpec& spec) {
  spec.process.validate();
  if (spec.steps == 0) throw InputError("the number of steps must be at least 1, not 0");
  if (!(spec.eta >= 0) || !std::isfinite(spec.eta))
    throw InputError("eta must be a finite number >= 0, not " + format_double(spec.eta));
  if (spec.corrector_steps < 0) throw InputError("the number of corrector steps must be >= 0");
  if (!(spec.snr > 0) || !std::isfinite(spec.snr))
    throw InputError("the corrector's signal-to-noise ratio must be > 0, not " + format_double(spec.snr));
  const double t0 = spec.t_start.value_or(1.0), t1 = spec.t_end.value_or(spec.process.t_min);
  for (double t : {t0, t1})
    if (!(t >= 0 && t <= 1)) throw InputError("sampler times must lie in [0, 1], not " + format_double(t));
  if (t0 == t1) throw InputError("the sampler's start and end times are equal");
  if (spec.sampler == SamplerKind::PredictorCorrector && t1 > t0)
    throw InputError("the predictor-corrector sampler runs from noise to data (t decreasing)");
  // The exact marginal at t = 0 of a mixture is the target itself (definite),
  // so t_end = 0 is allowed; VE with t = 0 has sigma = 0 and alpha = 1.
  return ScoreModel(spec.target, spec.process, spec.score_error);
}

}  // namespace

DiffusionSampler::DiffusionSampler(SamplerSpec spec, std::size_t count, std::vector<double> start)
    : spec_(std::move(spec)), model_(validated_model(spec_)), count_(count), dimension_(spec_.target.dimension()) {
  if (count == 0) throw InputError("the number of particles must be at least 1");
  if (count > (1ull << 32)) throw InputError("at most 2^32 particles are allowed");
  stride_ = (count + kChunk - 1) / kChunk * kChunk;
  const double bytes = 2.0 * static_cast<double>(stride_) * dimension_ * 8.0;
  if (bytes > 16e9) throw InputError(std::to_string(count) + " particles need " + format_double(bytes) + " bytes");
  x_.assign(stride_ * dimension_, 0.0);
  if (!start.empty()) {
    if (start.size() != count * dimension_)
      throw InputError("the start holds " + std::to_string(start.size()) + " values, not " +
                       std::to_string(count * dimension_) + " (count x dimension)");
    for (double v : start)
      if (!std::isfinite(v)) throw InputError("the start has a value that is not a finite number");
    for (int j = 0; j < dimension_; ++j)
      std::copy(start.begin() + j * count, start.begin() + (j + 1) * count, x_.begin() + j * stride_);
  } else {
    // The prior N(0, sigma(t_start)^2 I), the same for every sampler with this seed.
    const double s = spec_.process.sigma(spec_.t_start.value_or(1.0));
    const std::ptrdiff_t chunks = static_cast<std::ptrdiff_t>(stride_ / kChunk);
#pragma omp parallel
    {
      std::vector<double> z(3 * kChunk);
      double* zs[3] = {z.data(), z.data() + kChunk, z.data() + 2 * kChunk};
#pragma omp for schedule(static)
      for (std::ptrdiff_t c = 0; c < chunks; ++c) {
        const std::size_t first = static_cast<std::size_t>(c) * kChunk;
        diffusion_kernels::normals(spec_.seed, static_cast<std::uint32_t>(first), kStartStep, 0, dimension_, zs,
                                   kChunk);
        for (int j = 0; j < dimension_; ++j)
          for (std::size_t i = 0; i < kChunk; ++i) x_[j * stride_ + first + i] = s * zs[j][i];
      }
    }
  }
  backup_.assign(x_.size(), 0.0);
}

double DiffusionSampler::time_at(std::uint64_t step) const {
  const double t0 = spec_.t_start.value_or(1.0), t1 = spec_.t_end.value_or(spec_.process.t_min);
  if (step >= spec_.steps) return t1;
  return t0 + (t1 - t0) * (static_cast<double>(step) / static_cast<double>(spec_.steps));
}

SamplerStatus DiffusionSampler::advance(std::uint64_t steps, const RunControl& control) {
  SamplerStatus status;
  steps = std::min(steps, spec_.steps - steps_done_);
  if (steps == 0) return status;
  std::copy(x_.begin(), x_.end(), backup_.begin());
  const std::uint64_t begin = steps_done_;
  const std::ptrdiff_t chunks = static_cast<std::ptrdiff_t>(stride_ / kChunk);
  std::atomic<bool> cancelled{false};
  std::atomic<std::size_t> chunks_done{0};
  std::vector<std::uint64_t> bad(static_cast<std::size_t>(chunks), 0);  // first bad step + 1, per chunk
  const ChunkStepper stepper(spec_, model_, dimension_);
  const int d = dimension_;
  const double eta = spec_.effective_eta();
  const bool main_thread_reports = static_cast<bool>(control.progress);
#pragma omp parallel
  {
    Work w(model_);
#pragma omp for schedule(dynamic, 1)
    for (std::ptrdiff_t c = 0; c < chunks; ++c) {
      if (cancelled.load(std::memory_order_relaxed)) continue;
      if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
        cancelled = true;
        continue;
      }
      const std::size_t first = static_cast<std::size_t>(c) * kChunk;
      double* x[3];
      for (int j = 0; j < d; ++j) x[j] = x_.data() + j * stride_ + first;
      const auto first32 = static_cast<std::uint32_t>(first);
      for (std::uint64_t k = begin; k < begin + steps; ++k) {
        const double t = time_at(k), dt = time_at(k + 1) - t;
        switch (spec_.sampler) {
          case SamplerKind::Ode: stepper.ode_step(t, dt, x, w); break;
          case SamplerKind::ReverseSde:
          case SamplerKind::Eta: stepper.eta_step(t, dt, eta, x, w, first32, k, 0); break;
          case SamplerKind::PredictorCorrector:
            stepper.eta_step(t, dt, 1.0, x, w, first32, k, 0);
            for (int m = 0; m < spec_.corrector_steps; ++m)
              stepper.corrector(t + dt, x, w, first32, k, static_cast<std::uint32_t>(m + 1));
            break;
        }
      }
      // Blow-up: find the first non-finite particle of the chunk (within count).
      for (std::size_t i = 0; i < kChunk && first + i < count_; ++i) {
        bool finite = true;
        for (int j = 0; j < d; ++j) finite = finite && std::isfinite(x[j][i]);
        if (!finite) {
          bad[static_cast<std::size_t>(c)] = first + i + 1;
          break;
        }
      }
      const std::size_t done = ++chunks_done;
      if (main_thread_reports && omp_get_thread_num() == 0)
        control.progress(static_cast<double>(done) / static_cast<double>(chunks));
    }
  }
  if (cancelled) {
    std::copy(backup_.begin(), backup_.end(), x_.begin());
    status.status = RunStatus::Cancelled;
    status.message = "cancelled";
    return status;
  }
  for (std::size_t c = 0; c < bad.size(); ++c)
    if (bad[c]) {
      std::copy(backup_.begin(), backup_.end(), x_.begin());
      status.status = RunStatus::Unstable;
      status.message = "particle " + std::to_string(bad[c] - 1) + " left the finite numbers between steps " +
                       std::to_string(begin + 1) + " and " + std::to_string(begin + steps) +
                       "; the particles are kept at step " + std::to_string(begin);
      return status;
    }
  steps_done_ += steps;
  status.steps = steps;
  return status;
}

std::vector<double> DiffusionSampler::positions_soa() const {
  std::vector<double> out(count_ * dimension_);
  for (int j = 0; j < dimension_; ++j)
    std::copy(x_.begin() + j * stride_, x_.begin() + j * stride_ + count_, out.begin() + j * count_);
  return out;
}

std::vector<double> DiffusionSampler::position_rows() const {
  std::vector<double> out(count_ * dimension_);
  for (std::size_t i = 0; i < count_; ++i)
    for (int j = 0; j < dimension_; ++j) out[i * dimension_ + j] = x_[j * stride_ + i];
  return out;
}

}  // namespace flowscope
