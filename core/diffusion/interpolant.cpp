#include "core/diffusion/interpolant.h"

#include <atomic>
#include <cmath>
#include <numbers>

#include "core/diffusion/diffusion_kernels.h"
#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

std::string_view interpolant_name(InterpolantKind kind) { return kind == InterpolantKind::Linear ? "linear" : "trig"; }

InterpolantKind parse_interpolant(std::string_view name) {
  if (name == "linear") return InterpolantKind::Linear;
  if (name == "trig") return InterpolantKind::Trig;
  throw InputError("unknown interpolant '" + std::string(name) + "' (known: linear, trig)");
}

Interpolant::Coefficients Interpolant::at(double t) const {
  Coefficients c{};
  if (kind == InterpolantKind::Linear) {
    c.alpha = 1.0 - t;
    c.beta = t;
    c.dalpha = -1.0;
    c.dbeta = 1.0;
  } else {
    const double h = 0.5 * std::numbers::pi;
    c.alpha = std::cos(h * t);
    c.beta = std::sin(h * t);
    c.dalpha = -h * std::sin(h * t);
    c.dbeta = h * std::cos(h * t);
  }
  c.gamma = gamma * std::sqrt(std::max(0.0, t * (1.0 - t)));
  c.gamma_dgamma = gamma * gamma * (1.0 - 2.0 * t) / 2.0;
  return c;
}

GaussianMixture interpolant_marginal(const GaussianMixture& from, const GaussianMixture& to,
                                     const Interpolant& interpolant, double t) {
  const int d = from.dimension();
  const auto c = interpolant.at(t);
  std::vector<MixtureComponent> out;
  for (std::size_t i = 0; i < from.size(); ++i)
    for (std::size_t j = 0; j < to.size(); ++j) {
      const auto& a = from.component(i);
      const auto& b = to.component(j);
      std::vector<double> mean(d);
      for (int r = 0; r < d; ++r) mean[r] = c.alpha * a.mean[r] + c.beta * b.mean[r];
      const std::vector<double> sa = a.full_covariance(d), sb = b.full_covariance(d);
      std::vector<double> s(d * d);
      for (int e = 0; e < d * d; ++e) s[e] = c.alpha * c.alpha * sa[e] + c.beta * c.beta * sb[e];
      for (int r = 0; r < d; ++r) s[r * d + r] += c.gamma * c.gamma;
      out.push_back(MixtureComponent::full(a.weight * b.weight, mean, s));
    }
  normalise_weights(out);  // products of weights summing to one up to rounding
  return GaussianMixture(d, std::move(out));
}

namespace {

// Cholesky-based inverse and log-determinant of a d x d SPD matrix (d <= 3).
double invert_small(const double* a, int d, double* inv) {
  double l[9] = {}, linv[9] = {};
  double log_det = 0.0;
  for (int j = 0; j < d; ++j) {
    double pivot = a[j * d + j];
    for (int k = 0; k < j; ++k) pivot -= l[j * d + k] * l[j * d + k];
    l[j * d + j] = std::sqrt(pivot);
    log_det += std::log(pivot);
    for (int i = j + 1; i < d; ++i) {
      double v = a[i * d + j];
      for (int k = 0; k < j; ++k) v -= l[i * d + k] * l[j * d + k];
      l[i * d + j] = v / l[j * d + j];
    }
  }
  for (int j = 0; j < d; ++j) {
    linv[j * d + j] = 1.0 / l[j * d + j];
    for (int i = j + 1; i < d; ++i) {
      double v = 0.0;
      for (int k = j; k < i; ++k) v -= l[i * d + k] * linv[k * d + j];
      linv[i * d + j] = v / l[i * d + i];
    }
  }
  for (int r = 0; r < d; ++r)
    for (int c = 0; c < d; ++c) {
      double v = 0.0;
      for (int k = r > c ? r : c; k < d; ++k) v += linv[k * d + r] * linv[k * d + c];
      inv[r * d + c] = v;
    }
  return log_det;
}

// Sigma_k (d x d) from a mixture's Cholesky table, without allocating.
void covariance_of(const GaussianMixture& g, std::size_t k, double* s) {
  const int d = g.dimension();
  const double* l = g.tables().cholesky.data() + k * d * d;
  for (int r = 0; r < d; ++r)
    for (int q = 0; q < d; ++q) {
      double v = 0.0;
      for (int m = 0; m <= (r < q ? r : q); ++m) v += l[r * d + m] * l[q * d + m];
      s[r * d + q] = v;
    }
}

}  // namespace

void interpolant_table(const GaussianMixture& from, const GaussianMixture& to, const Interpolant& interpolant,
                       double t, double eps, FieldTable& table) {
  const int d = from.dimension();
  const std::size_t K0 = from.size(), K1 = to.size(), K = K0 * K1;
  const bool iso = from.isotropic() && to.isotropic();
  if (table.count != K || table.dimension != d || table.isotropic != iso || table.offset.empty())
    table.resize(d, K, iso, true);
  const auto c = interpolant.at(t);
  const double log_two_pi = std::log(2.0 * std::numbers::pi);
  const double a2 = c.alpha * c.alpha, b2 = c.beta * c.beta, g2 = c.gamma * c.gamma;
  const double aa = c.dalpha * c.alpha, bb = c.dbeta * c.beta;
  for (std::size_t i = 0; i < K0; ++i) {
    const MixtureComponent& ci = from.component(i);
    double si[9];
    if (!iso) covariance_of(from, i, si);
    for (std::size_t j = 0; j < K1; ++j) {
      const MixtureComponent& cj = to.component(j);
      const std::size_t k = i * K1 + j;
      for (int r = 0; r < d; ++r) {
        table.mean[r * K + k] = c.alpha * ci.mean[r] + c.beta * cj.mean[r];
        table.offset[r * K + k] = c.dalpha * ci.mean[r] + c.dbeta * cj.mean[r];
      }
      const double log_w = std::log(ci.weight) + std::log(cj.weight);
      if (iso) {
        const double vi = ci.scale * ci.scale, vj = cj.scale * cj.scale;
        const double var = a2 * vi + b2 * vj + g2;
        const double p = 1.0 / var;
        table.precision[k] = p;
        table.slope[k] = (aa * vi + bb * vj + c.gamma_dgamma) * p - eps * p;
        table.log_coefficient[k] = log_w - 0.5 * d * (log_two_pi + std::log(var));
        continue;
      }
      double sj[9], cov[9], inv[9], num[9];
      covariance_of(to, j, sj);
      for (int e = 0; e < d * d; ++e) {
        cov[e] = a2 * si[e] + b2 * sj[e];
        num[e] = aa * si[e] + bb * sj[e];
      }
      for (int r = 0; r < d; ++r) {
        cov[r * d + r] += g2;
        num[r * d + r] += c.gamma_dgamma;
      }
      const double log_det = invert_small(cov, d, inv);
      for (int r = 0; r < d; ++r)
        for (int q = 0; q < d; ++q) {
          double v = 0.0;
          for (int m = 0; m < d; ++m) v += num[r * d + m] * inv[m * d + q];
          table.slope[(r * d + q) * K + k] = v - eps * inv[r * d + q];
          table.precision[(r * d + q) * K + k] = inv[r * d + q];
        }
      table.log_coefficient[k] = log_w - 0.5 * (d * log_two_pi + log_det);
    }
  }
}

InterpolantSampler::InterpolantSampler(InterpolantSpec spec, std::size_t count)
    : spec_(std::move(spec)), count_(count), dimension_(spec_.from.dimension()) {
  if (spec_.from.dimension() != spec_.to.dimension())
    throw InputError("the two distributions have different dimensions (" + std::to_string(spec_.from.dimension()) +
                     " and " + std::to_string(spec_.to.dimension()) + ")");
  if (spec_.steps == 0) throw InputError("the number of steps must be at least 1, not 0");
  if (!std::isfinite(spec_.epsilon) || spec_.epsilon < 0)
    throw InputError("epsilon must be a finite number >= 0, not " + format_double(spec_.epsilon));
  if (!std::isfinite(spec_.interpolant.gamma) || spec_.interpolant.gamma < 0)
    throw InputError("gamma must be a finite number >= 0, not " + format_double(spec_.interpolant.gamma));
  if (count == 0) throw InputError("the number of particles must be at least 1");
  if (count > (1ull << 32)) throw InputError("at most 2^32 particles are allowed");
  if (static_cast<double>(spec_.from.size()) * static_cast<double>(spec_.to.size()) > 1e6)
    throw InputError("the two distributions have " + std::to_string(spec_.from.size()) + " x " +
                     std::to_string(spec_.to.size()) + " component pairs; at most 10^6 are allowed");
  stride_ = (count + kChunk - 1) / kChunk * kChunk;
  x_.assign(stride_ * dimension_, 0.0);
  const std::vector<double> start = spec_.from.sample(count, spec_.seed);
  for (int j = 0; j < dimension_; ++j)
    std::copy(start.begin() + j * count, start.begin() + (j + 1) * count, x_.begin() + j * stride_);
  backup_.assign(x_.size(), 0.0);
}

RunStatus InterpolantSampler::advance(std::uint64_t steps, const RunControl& control) {
  steps = std::min(steps, spec_.steps - steps_done_);
  if (steps == 0) return RunStatus::Success;
  std::copy(x_.begin(), x_.end(), backup_.begin());
  const std::uint64_t begin = steps_done_;
  const std::ptrdiff_t chunks = static_cast<std::ptrdiff_t>(stride_ / kChunk);
  const int d = dimension_;
  const double h = 1.0 / static_cast<double>(spec_.steps), eps = spec_.epsilon;
  const double noise = std::sqrt(2.0 * eps * h);
  std::atomic<bool> cancelled{false}, unstable{false};
#pragma omp parallel
  {
    FieldTable table;
    std::vector<double> buffer(12 * kChunk);
    double *f0[3], *f1[3], *y[3], *z[3];
    for (int j = 0; j < 3; ++j) {
      f0[j] = buffer.data() + j * kChunk;
      f1[j] = buffer.data() + (3 + j) * kChunk;
      y[j] = buffer.data() + (6 + j) * kChunk;
      z[j] = buffer.data() + (9 + j) * kChunk;
    }
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
      for (std::uint64_t k = begin; k < begin + steps; ++k) {
        const double t = static_cast<double>(k) * h, t1 = static_cast<double>(k + 1) * h;
        interpolant_table(spec_.from, spec_.to, spec_.interpolant, t, eps, table);
        mixture_field(table, x, kChunk, f0, nullptr);
        if (noise != 0.0)
          diffusion_kernels::normals(spec_.seed, static_cast<std::uint32_t>(first), k, 0, d, z, kChunk);
        for (int j = 0; j < d; ++j) {
          const double* xj = x[j];
          const double* fj = f0[j];
          const double* zj = z[j];
          double* yj = y[j];
          const double sn = noise;
#pragma omp simd
          for (std::size_t i = 0; i < kChunk; ++i) yj[i] = xj[i] + h * fj[i] + (sn != 0.0 ? sn * zj[i] : 0.0);
        }
        interpolant_table(spec_.from, spec_.to, spec_.interpolant, t1, eps, table);
        mixture_field(table, y, kChunk, f1, nullptr);
        for (int j = 0; j < d; ++j) {
          double* xj = x[j];
          const double* a = f0[j];
          const double* b = f1[j];
          const double* zj = z[j];
          const double sn = noise;
#pragma omp simd
          for (std::size_t i = 0; i < kChunk; ++i) xj[i] += 0.5 * h * (a[i] + b[i]) + (sn != 0.0 ? sn * zj[i] : 0.0);
        }
      }
      for (std::size_t i = 0; i < kChunk && first + i < count_; ++i)
        for (int j = 0; j < d; ++j)
          if (!std::isfinite(x[j][i])) unstable = true;
      if (control.progress && c == 0) control.progress(0.0);
    }
  }
  if (cancelled || unstable) {
    std::copy(backup_.begin(), backup_.end(), x_.begin());
    return cancelled ? RunStatus::Cancelled : RunStatus::Unstable;
  }
  steps_done_ += steps;
  return RunStatus::Success;
}

std::vector<double> InterpolantSampler::positions_soa() const {
  std::vector<double> out(count_ * dimension_);
  for (int j = 0; j < dimension_; ++j)
    std::copy(x_.begin() + j * stride_, x_.begin() + j * stride_ + count_, out.begin() + j * count_);
  return out;
}

std::vector<double> InterpolantSampler::position_rows() const {
  std::vector<double> out(count_ * dimension_);
  for (std::size_t i = 0; i < count_; ++i)
    for (int j = 0; j < dimension_; ++j) out[i * dimension_ + j] = x_[j * stride_ + i];
  return out;
}

}  // namespace flowscope
