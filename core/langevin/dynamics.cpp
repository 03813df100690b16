#include "core/langevin/dynamics.h"

#include <omp.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

#include "core/errors.h"
#include "core/langevin/langevin_kernels.h"
#include "core/random/philox.h"

namespace flowscope {

namespace lk = langevin_kernels;
static_assert(LangevinEnsemble::kChunk == lk::kLangevinChunk);

namespace {

constexpr int kMaxDimension = 64;  // pointer tables on the stack
constexpr std::uint64_t kInitialPositionStep = std::uint64_t(1) << 63;
constexpr std::uint64_t kInitialVelocityStep = kInitialPositionStep + 1;

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

double physical_memory_bytes() {
  const long pages = sysconf(_SC_PHYS_PAGES);
  const long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return 8e9;
  return static_cast<double>(pages) * static_cast<double>(page_size);
}

bool finite(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return (bits & 0x7FF0000000000000ull) != 0x7FF0000000000000ull;
}

// Counters of step-pair blocks carry this bit, so they never repeat a step-keyed block's.
constexpr std::uint32_t kPairBlock = 0x40000000u;

}  // namespace


bool is_underdamped(LangevinMethod method) {
  return method == LangevinMethod::Baoab || method == LangevinMethod::EulerMaruyamaUnderdamped;
}

std::string_view langevin_method_name(LangevinMethod method) {
  switch (method) {
    case LangevinMethod::EulerMaruyama: return "em";
    case LangevinMethod::LeimkuhlerMatthews: return "lm";
    case LangevinMethod::Baoab: return "baoab";
    case LangevinMethod::EulerMaruyamaUnderdamped: return "em-underdamped";
  }
  return "?";
}

LangevinMethod parse_langevin_method(std::string_view name) {
  for (LangevinMethod method : {LangevinMethod::EulerMaruyama, LangevinMethod::LeimkuhlerMatthews,
                                LangevinMethod::Baoab, LangevinMethod::EulerMaruyamaUnderdamped})
    if (langevin_method_name(method) == name) return method;
  throw InputError("unknown Langevin method '" + std::string(name) + "' (known methods: em, lm, baoab, em-underdamped)");
}

void validate_settings(const LangevinSettings& s, int dimension) {
  auto positive = [](double value, const char* what) {
    if (!(std::isfinite(value) && value > 0)) {
      std::string message = what;
      message += " must be a finite number > 0, not ";
      message += number_text(value);
      throw InputError(message);
    }
  };
  positive(s.kT, "the temperature kT");
  positive(s.gamma, "the friction gamma");
  positive(s.mass, "the mass m");
  positive(s.dt, "the time step dt");
  if (!std::isfinite(s.force.amplitude) || !std::isfinite(s.force.omega))
    throw InputError("the periodic force needs a finite amplitude and angular frequency");
  if (s.force.axis < 0 || s.force.axis >= dimension)
    throw InputError("the periodic force acts along axis " + std::to_string(s.force.axis) +
                     ", but the potential has " + std::to_string(dimension) + " dimensions");
}

GaussianBlob default_blob(const Potential& potential, std::span<const double> parameters) {
  GaussianBlob blob;
  for (const auto& [lo, hi] : potential.default_box(parameters.data())) {
    blob.centre.push_back(0.5 * (lo + hi));
    blob.sigma.push_back(0.1 * (hi - lo));
  }
  return blob;
}

// ---- storage ----------------------------------------------------------------

void LangevinEnsemble::AlignedBuffer::resize(std::size_t n) {
  std::free(data);
  data = nullptr;
  size = 0;
  if (n == 0) return;
  const std::size_t bytes = (n * sizeof(double) + 63) / 64 * 64;
  data = static_cast<double*>(std::aligned_alloc(64, bytes));
  if (!data) throw InputError("cannot allocate " + number_text(static_cast<double>(bytes)) + " bytes for particles");
  size = n;
}

LangevinEnsemble::AlignedBuffer::~AlignedBuffer() { std::free(data); }

struct LangevinEnsemble::Workspace {
  AlignedBuffer buffer;
  double* grad[kMaxDimension];
  double* xi[kMaxDimension + 4];       // storage for the normals of one step
  double* xi_next[kMaxDimension + 4];  // and of the next (Leimkuhler-Matthews)
  const double* noise[kMaxDimension + 4];       // where each dimension's normals are
  const double* noise_next[kMaxDimension + 4];  // (storage, or a pair cache)
  // Four normals of one step pair for a final block of one or two dimensions
  // (see fill_noise), two pairs deep (by the pair's parity, so this step's and
  // the next step's normals can be read at once), and which chunk and pair they hold.
  double* pair_cache[2][4];
  std::uint64_t cached_pair[2] = {~std::uint64_t{0}, ~std::uint64_t{0}};
  std::uint32_t cached_first[2] = {0, 0};

  void prepare(int n) {
    const int blocks = (n + 3) / 4 * 4;
    const std::size_t arrays = static_cast<std::size_t>(n + 2 * blocks + 8);
    if (buffer.size != arrays * kChunk) buffer.resize(arrays * kChunk);
    double* p = buffer.data;
    for (int j = 0; j < n; ++j, p += kChunk) grad[j] = p;
    for (int j = 0; j < blocks; ++j, p += kChunk) xi[j] = p;
    for (int j = 0; j < blocks; ++j, p += kChunk) xi_next[j] = p;
    for (auto& cache : pair_cache)
      for (int j = 0; j < 4; ++j, p += kChunk) cache[j] = p;
    cached_pair[0] = cached_pair[1] = ~std::uint64_t{0};
  }
};

// Standard normals for dimensions 0 .. n-1 of one chunk at one step: z[j]
// points at dimension j's normals. Blocks of four come from one Philox call
// each, written to storage[4b .. 4b + 3]. A final block with one or two used
// dimensions would waste half of a call, so it is keyed by the step pair
// (step / 2) instead: one call serves steps 2q (outputs 0, 1) and 2q + 1
// (outputs 2, 3), kept in the workspace's pair cache and pointed at, not
// copied. Each step's noise is still a fixed function of (seed, particle,
// step), whatever the thread count or the split of a run into advance() calls.
void LangevinEnsemble::fill_noise(std::uint64_t seed, std::uint32_t first, std::uint64_t step, int n,
                                  double* const* storage, const double** z, Workspace& work) {
  for (int b = 0; 4 * b < n; ++b) {
    const auto block = static_cast<std::uint32_t>(b);
    if (n - 4 * b > 2) {
      lk::normals4(seed, first, step, block, storage[4 * b], storage[4 * b + 1], storage[4 * b + 2],
                   storage[4 * b + 3]);
      for (int k = 0; k < 4; ++k) z[4 * b + k] = storage[4 * b + k];
      continue;
    }
    const std::uint64_t pair = step >> 1;
    const int slot = static_cast<int>(pair & 1);
    double* const* cache = work.pair_cache[slot];
    if (work.cached_pair[slot] != pair || work.cached_first[slot] != first) {
      lk::normals4(seed, first, pair, block | kPairBlock, cache[0], cache[1], cache[2], cache[3]);
      work.cached_pair[slot] = pair;
      work.cached_first[slot] = first;
    }
    const int half = static_cast<int>(step & 1) * 2;
    z[4 * b] = cache[half];
    z[4 * b + 1] = cache[half + 1];
  }
}

double LangevinEnsemble::bytes_needed(std::size_t count, int dimension, bool underdamped) {
  const double padded = std::ceil(static_cast<double>(count) / kChunk) * kChunk;
  return padded * dimension * 8.0 * (underdamped ? 4.0 : 2.0);  // state and its backup
}

// ---- construction and control -------------------------------------------------

LangevinEnsemble::LangevinEnsemble(LangevinSpec spec, std::size_t count, std::vector<double> positions,
                                   std::vector<double> velocities)
    : spec_(std::move(spec)), count_(count) {
  if (!spec_.potential) throw InputError("no potential given");
  if (spec_.parameters.empty()) spec_.parameters = default_parameters(*spec_.potential);
  validate_parameters(*spec_.potential, spec_.parameters);
  if (spec_.potential->for_parameters(spec_.parameters))
    throw InputError("the potential is not sized for its structural parameters (use sized_for)");
  dimension_ = spec_.potential->dimension();
  if (dimension_ < 1 || dimension_ > kMaxDimension)
    throw InputError("Langevin dynamics supports 1 to 64 dimensions, not " + std::to_string(dimension_));
  underdamped_ = is_underdamped(spec_.method);
  validate_settings(spec_.settings, dimension_);
  if (count_ == 0) throw InputError("a Langevin ensemble needs at least one particle");
  const double bytes = bytes_needed(count_, dimension_, underdamped_);
  const double memory = physical_memory_bytes();
  if (bytes > 0.5 * memory)
    throw InputError(std::to_string(count_) + " particles in " + std::to_string(dimension_) + " dimensions need " +
                     number_text(bytes) + " bytes (" + number_text(bytes / 1e9) +
                     " GB), more than half of this machine's memory (" + number_text(memory / 1e9) + " GB)");
  if (count_ > std::numeric_limits<std::uint32_t>::max() - kChunk)
    throw InputError("at most 2^32 - 257 particles (the noise is keyed by a 32-bit particle number)");
  const std::size_t n = static_cast<std::size_t>(dimension_);
  if (!positions.empty() && positions.size() != count_ * n)
    throw InputError("the initial positions hold " + std::to_string(positions.size()) + " values, expected " +
                     std::to_string(count_) + " x " + std::to_string(n));
  if (!velocities.empty() && (!underdamped_ || velocities.size() != count_ * n))
    throw InputError(underdamped_ ? "the initial velocities hold " + std::to_string(velocities.size()) +
                                        " values, expected " + std::to_string(count_) + " x " + std::to_string(n)
                                  : std::string("initial velocities need an underdamped method"));
  for (double value : positions)
    if (!std::isfinite(value)) throw InputError("the initial positions must be finite");
  for (double value : velocities)
    if (!std::isfinite(value)) throw InputError("the initial velocities must be finite");

  stride_ = (count_ + kChunk - 1) / kChunk * kChunk;
  x_.resize(stride_ * n);
  x_saved_.resize(stride_ * n);
  const GaussianBlob blob = default_blob(*spec_.potential, spec_.parameters);
  double z[4];
  for (std::size_t i = 0; i < stride_; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      double value = blob.centre[j];  // padding particles start at the centre
      if (i < count_) {
        if (!positions.empty()) {
          value = positions[j * count_ + i];
        } else {
          if (j % 4 == 0)
            philox::normals(spec_.seed, static_cast<std::uint32_t>(i), kInitialPositionStep,
                            static_cast<std::uint32_t>(j / 4), z);
          value += blob.sigma[j] * z[j % 4];
        }
      }
      x_.data[j * stride_ + i] = value;
    }
  }
  if (underdamped_) {
    v_.resize(stride_ * n);
    v_saved_.resize(stride_ * n);
    const double scale = std::sqrt(spec_.settings.kT / spec_.settings.mass);
    for (std::size_t i = 0; i < stride_; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        double value = 0.0;
        if (i < count_) {
          if (!velocities.empty()) {
            value = velocities[j * count_ + i];
          } else {
            if (j % 4 == 0)
              philox::normals(spec_.seed, static_cast<std::uint32_t>(i), kInitialVelocityStep,
                              static_cast<std::uint32_t>(j / 4), z);
            value = scale * z[j % 4];
          }
        }
        v_.data[j * stride_ + i] = value;
      }
    }
  }
}

void LangevinEnsemble::set_settings(const LangevinSettings& settings) {
  validate_settings(settings, dimension_);
  if (settings.dt != spec_.settings.dt) {
    time_base_ = time();
    step_base_ = steps_done_;
  }
  spec_.settings = settings;
}

void LangevinEnsemble::set_parameters(std::vector<double> parameters) {
  validate_parameters(*spec_.potential, parameters);
  if (spec_.potential->for_parameters(parameters))
    throw InputError("a structural parameter changed: build a new ensemble for the resized potential");
  spec_.parameters = std::move(parameters);
}

std::span<const double> LangevinEnsemble::velocities(int j) const {
  if (!underdamped_) return {};
  return {v_.data + j * stride_, count_};
}

std::vector<double> LangevinEnsemble::position_rows() const {
  const std::size_t n = static_cast<std::size_t>(dimension_);
  std::vector<double> rows(count_ * n);
  for (std::size_t i = 0; i < count_; ++i)
    for (std::size_t j = 0; j < n; ++j) rows[i * n + j] = x_.data[j * stride_ + i];
  return rows;
}

// ---- stepping -------------------------------------------------------------------

void LangevinEnsemble::save_chunk(std::size_t c) {
  for (int j = 0; j < dimension_; ++j) {
    const std::size_t offset = j * stride_ + c * kChunk;
    std::memcpy(x_saved_.data + offset, x_.data + offset, kChunk * sizeof(double));
    if (underdamped_) std::memcpy(v_saved_.data + offset, v_.data + offset, kChunk * sizeof(double));
  }
}

void LangevinEnsemble::restore_chunk(std::size_t c) {
  for (int j = 0; j < dimension_; ++j) {
    const std::size_t offset = j * stride_ + c * kChunk;
    std::memcpy(x_.data + offset, x_saved_.data + offset, kChunk * sizeof(double));
    if (underdamped_) std::memcpy(v_.data + offset, v_saved_.data + offset, kChunk * sizeof(double));
  }
}

std::pair<std::uint64_t, std::size_t> LangevinEnsemble::advance_chunk(std::size_t c, std::uint64_t steps,
                                                                      Workspace& work) {
  const int n = dimension_;
  work.prepare(n);
  const std::size_t begin = c * kChunk;
  double* x[kMaxDimension];
  double* v[kMaxDimension];
  for (int j = 0; j < n; ++j) {
    x[j] = x_.data + j * stride_ + begin;
    v[j] = underdamped_ ? v_.data + j * stride_ + begin : nullptr;
  }
  double** grad = work.grad;
  double** xi = work.xi;
  double** xi_next = work.xi_next;
  const double** noise_of = work.noise;
  const double** noise_next_of = work.noise_next;
  const Potential& potential = *spec_.potential;
  const double* p = spec_.parameters.data();
  const LangevinSettings& s = spec_.settings;
  const double h = s.dt, kT = s.kT, gamma = s.gamma, m = s.mass;
  const std::uint64_t seed = spec_.seed;
  const auto first = static_cast<std::uint32_t>(begin);
  const int axis = s.force.axis;
  const bool forced = s.force.amplitude != 0.0;
  auto force_at = [&](double t) { return forced ? s.force.amplitude * std::cos(s.force.omega * t) : 0.0; };
  const std::size_t real = std::min(kChunk, count_ - begin);

  // After a step: a particle of this chunk that left the finite numbers?
  // Padding particles that do are put back at the box centre and ignored.
  auto blown_up = [&](std::uint64_t run_step) -> std::pair<std::uint64_t, std::size_t> {
    bool any = false;
    for (int j = 0; j < n && !any; ++j) any = lk::any_non_finite(x[j]) || (v[0] && lk::any_non_finite(v[j]));
    if (!any) return {0, 0};
    for (std::size_t i = 0; i < kChunk; ++i) {
      bool ok = true;
      for (int j = 0; j < n; ++j) ok = ok && finite(x[j][i]) && (!v[0] || finite(v[j][i]));
      if (ok) continue;
      if (i < real) return {run_step, begin + i};
      const GaussianBlob blob = default_blob(potential, spec_.parameters);
      for (int j = 0; j < n; ++j) {
        x[j][i] = blob.centre[j];
        if (v[0]) v[j][i] = 0.0;
      }
    }
    return {0, 0};
  };

  const std::uint64_t g0 = steps_done_;
  switch (spec_.method) {
    case LangevinMethod::EulerMaruyama: {
      const double drift = -h / gamma, noise = std::sqrt(2.0 * kT * h / gamma);
      for (std::uint64_t k = 0; k < steps; ++k) {
        const std::uint64_t g = g0 + k;
        const double f = force_at(time_at(g)) * h / gamma;
        potential.gradient_batch(x, kChunk, p, grad);
        fill_noise(seed, first, g, n, xi, noise_of, work);
        bool any = false;
        for (int j = 0; j < n; ++j)
          any |= lk::overdamped_em(x[j], grad[j], noise_of[j], drift, j == axis ? f : 0.0, noise);
        if (!any) continue;
        if (auto bad = blown_up(g + 1); bad.first) return bad;
      }
      break;
    }
    case LangevinMethod::LeimkuhlerMatthews: {
      const double drift = -h / gamma, half_noise = 0.5 * std::sqrt(2.0 * kT * h / gamma);
      if (steps > 0) fill_noise(seed, first, g0, n, xi, noise_of, work);
      for (std::uint64_t k = 0; k < steps; ++k) {
        const std::uint64_t g = g0 + k;
        const double f = force_at(time_at(g)) * h / gamma;
        potential.gradient_batch(x, kChunk, p, grad);
        fill_noise(seed, first, g + 1, n, xi_next, noise_next_of, work);
        bool any = false;
        for (int j = 0; j < n; ++j)
          any |= lk::overdamped_lm(x[j], grad[j], noise_of[j], noise_next_of[j], drift, j == axis ? f : 0.0, half_noise);
        std::swap(xi, xi_next);
        std::swap(noise_of, noise_next_of);
        if (!any) continue;
        if (auto bad = blown_up(g + 1); bad.first) return bad;
      }
      break;
    }
    case LangevinMethod::Baoab: {
      const double kick = -0.5 * h / m, c1 = std::exp(-gamma * h / m), c3 = std::sqrt((1.0 - c1 * c1) * kT / m);
      if (steps > 0) potential.gradient_batch(x, kChunk, p, grad);
      for (std::uint64_t k = 0; k < steps; ++k) {
        const std::uint64_t g = g0 + k;
        const double t = time_at(g);
        const double f0 = 0.5 * h / m * force_at(t), f1 = 0.5 * h / m * force_at(t + h);
        fill_noise(seed, first, g, n, xi, noise_of, work);
        for (int j = 0; j < n; ++j)
          lk::baoab_baoa(x[j], v[j], grad[j], noise_of[j], kick, j == axis ? f0 : 0.0, 0.5 * h, c1, c3);
        potential.gradient_batch(x, kChunk, p, grad);
        for (int j = 0; j < n; ++j) lk::baoab_b(v[j], grad[j], kick, j == axis ? f1 : 0.0);
        if (auto bad = blown_up(g + 1); bad.first) return bad;
      }
      break;
    }
    case LangevinMethod::EulerMaruyamaUnderdamped: {
      const double damp = 1.0 - gamma * h / m, kick = -h / m, noise = std::sqrt(2.0 * gamma * kT * h) / m;
      for (std::uint64_t k = 0; k < steps; ++k) {
        const std::uint64_t g = g0 + k;
        const double f = force_at(time_at(g)) * h / m;
        potential.gradient_batch(x, kChunk, p, grad);
        fill_noise(seed, first, g, n, xi, noise_of, work);
        for (int j = 0; j < n; ++j)
          lk::underdamped_em(x[j], v[j], grad[j], noise_of[j], h, damp, kick, j == axis ? f : 0.0, noise);
        if (auto bad = blown_up(g + 1); bad.first) return bad;
      }
      break;
    }
  }
  return {0, 0};
}

LangevinStatus LangevinEnsemble::advance(std::uint64_t steps, const RunControl& control) {
  LangevinStatus status;
  if (steps == 0) return status;
  const std::size_t chunks = stride_ / kChunk;
  std::vector<std::pair<std::uint64_t, std::size_t>> bad(chunks, {0, 0});
  std::vector<char> touched(chunks, 0);
  std::atomic<bool> cancelled{false};
  std::atomic<std::size_t> done{0};
  std::string failure;  // an exception from user code (a typed potential), rethrown outside
#pragma omp parallel
  {
    Workspace work;
#pragma omp for schedule(static)
    for (std::size_t c = 0; c < chunks; ++c) {
      if (cancelled.load(std::memory_order_relaxed)) continue;
      if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
        cancelled.store(true);
        continue;
      }
      save_chunk(c);
      touched[c] = 1;
      try {
        bad[c] = advance_chunk(c, steps, work);
      } catch (const std::exception& error) {
#pragma omp critical(flowscope_langevin_failure)
        failure = error.what();
        cancelled.store(true);
      }
      const std::size_t finished = ++done;
      if (control.progress && omp_get_thread_num() == 0) control.progress(static_cast<double>(finished) / chunks);
    }
  }
  if (cancelled) {
    for (std::size_t c = 0; c < chunks; ++c)
      if (touched[c]) restore_chunk(c);
    if (!failure.empty()) throw Error(failure);
    status.status = RunStatus::Cancelled;
    status.message = "cancelled";
    return status;
  }
  std::pair<std::uint64_t, std::size_t> first_bad{0, 0};
  for (const auto& entry : bad)
    if (entry.first && (!first_bad.first || entry < first_bad)) first_bad = entry;
  if (!first_bad.first) {
    steps_done_ += steps;
    status.steps = steps;
    return status;
  }
  // A blow-up at run step first_bad.first: every chunk goes back to where this
  // advance began and steps to the step before it (the noise is keyed, so the
  // replay is the same run).
  const std::uint64_t good = first_bad.first - 1 - steps_done_;
#pragma omp parallel
  {
    Workspace work;
#pragma omp for schedule(static)
    for (std::size_t c = 0; c < chunks; ++c) {
      restore_chunk(c);
      if (good > 0) advance_chunk(c, good, work);
    }
  }
  const double h = spec_.settings.dt;
  status.status = RunStatus::Unstable;
  status.steps = good;
  status.bad_particle = first_bad.second;
  status.bad_step = first_bad.first;
  status.bad_time = time_at(first_bad.first);
  steps_done_ += good;
  status.message = "particle " + std::to_string(status.bad_particle) + " left the finite numbers at step " +
                   std::to_string(status.bad_step) + " (t = " + number_text(status.bad_time) + ", dt = " +
                   number_text(h) + "); the ensemble is kept at step " + std::to_string(steps_done_) +
                   " (t = " + number_text(time()) + "). Try a smaller dt.";
  return status;
}

// ---- statistics -----------------------------------------------------------------

LangevinStatistics LangevinEnsemble::statistics() const {
  const int n = dimension_;
  LangevinStatistics stats;
  stats.count = count_;
  stats.dimension = n;
  stats.mean.assign(n, 0.0);
  stats.covariance.assign(static_cast<std::size_t>(n) * n, 0.0);
  const double inverse = 1.0 / static_cast<double>(count_);
  for (int j = 0; j < n; ++j) {
    const double* xj = x_.data + j * stride_;
    double sum = 0.0;
    for (std::size_t i = 0; i < count_; ++i) sum += xj[i];
    stats.mean[j] = sum * inverse;
  }
  for (int a = 0; a < n; ++a)
    for (int b = a; b < n; ++b) {
      const double* xa = x_.data + a * stride_;
      const double* xb = x_.data + b * stride_;
      const double ma = stats.mean[a], mb = stats.mean[b];
      double sum = 0.0;
      for (std::size_t i = 0; i < count_; ++i) sum += (xa[i] - ma) * (xb[i] - mb);
      stats.covariance[a * n + b] = stats.covariance[b * n + a] = sum * inverse;
    }
  if (underdamped_) {
    double total = 0.0;
    for (int j = 0; j < n; ++j) {
      const double* vj = v_.data + j * stride_;
      double sum = 0.0;
      for (std::size_t i = 0; i < count_; ++i) sum += vj[i] * vj[i];
      stats.kinetic_temperature_per_axis.push_back(spec_.settings.mass * sum * inverse);
      total += stats.kinetic_temperature_per_axis.back();
    }
    stats.kinetic_temperature = total / n;
  } else {
    stats.kinetic_temperature = std::numeric_limits<double>::quiet_NaN();
  }
  return stats;
}

// ---- comparison with the Boltzmann density -------------------------------------

BoltzmannComparison compare_to_boltzmann(const Potential& potential, std::span<const double> parameters, double kT,
                                         const LangevinEnsemble& ensemble, std::size_t cells) {
  const int d = potential.dimension();
  if (d != 1 && d != 2) throw InputError("the Boltzmann comparison is for 1-D and 2-D potentials");
  if (d != ensemble.dimension()) throw InputError("the ensemble's dimension is not the potential's");
  if (cells < 1 || cells > 4096) throw InputError("the Boltzmann comparison needs 1 to 4096 cells per axis");
  if (!(std::isfinite(kT) && kT > 0)) throw InputError("the temperature kT must be a finite number > 0");
  BoltzmannComparison result;
  result.cells = cells;
  result.box = potential.default_box(parameters.data());
  const std::size_t ny = d == 2 ? cells : 1;
  const int sub_x = d == 2 ? 4 : 16, sub_y = d == 2 ? 4 : 1;
  const double lo0 = result.box[0].first, w0 = (result.box[0].second - lo0) / cells;
  const double lo1 = d == 2 ? result.box[1].first : 0.0, w1 = d == 2 ? (result.box[1].second - lo1) / cells : 1.0;
  // U at the quadrature points, then exp(-(U - min U)/kT) averaged per cell.
  std::vector<double> energies(cells * ny * sub_x * sub_y);
  double lowest = std::numeric_limits<double>::infinity();
  double point[2];
  std::size_t k = 0;
  for (std::size_t ix = 0; ix < cells; ++ix)
    for (std::size_t iy = 0; iy < ny; ++iy)
      for (int a = 0; a < sub_x; ++a)
        for (int b = 0; b < sub_y; ++b, ++k) {
          point[0] = lo0 + (ix + (a + 0.5) / sub_x) * w0;
          point[1] = lo1 + (iy + (b + 0.5) / sub_y) * w1;
          energies[k] = potential.energy(point, parameters.data());
          if (std::isfinite(energies[k])) lowest = std::min(lowest, energies[k]);
        }
  if (!std::isfinite(lowest)) throw InputError("the potential is not finite anywhere in its default box");
  std::vector<double> boltzmann(cells * ny, 0.0);
  double total = 0.0;
  k = 0;
  for (std::size_t c = 0; c < cells * ny; ++c) {
    for (int q = 0; q < sub_x * sub_y; ++q, ++k)
      if (std::isfinite(energies[k])) boltzmann[c] += std::exp(-(energies[k] - lowest) / kT);
    total += boltzmann[c];
  }
  for (double& mass : boltzmann) mass /= total;
  // The particles' histogram, as fractions of all particles.
  std::vector<double> counts(cells * ny, 0.0);
  std::size_t outside = 0;
  const std::size_t count = ensemble.count();
  const std::span<const double> xs = ensemble.positions(0);
  const std::span<const double> ys = d == 2 ? ensemble.positions(1) : xs;
  auto cell_of = [cells](double value, double lo, double width, std::size_t& index) {
    const double f = (value - lo) / width;
    if (!(f >= 0.0 && f <= static_cast<double>(cells))) return false;
    index = std::min(cells - 1, static_cast<std::size_t>(f));
    return true;
  };
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t ix = 0, iy = 0;
    if (!cell_of(xs[i], lo0, w0, ix) || (d == 2 && !cell_of(ys[i], lo1, w1, iy))) {
      ++outside;
      continue;
    }
    counts[ix * ny + iy] += 1.0;
  }
  double sum = static_cast<double>(outside) / count;
  for (std::size_t c = 0; c < cells * ny; ++c) sum += std::fabs(counts[c] / count - boltzmann[c]);
  result.tv = 0.5 * sum;
  result.outside_fraction = static_cast<double>(outside) / count;
  return result;
}

}  // namespace flowscope
