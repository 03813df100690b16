#include "core/distributions/gaussian_mixture.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/distributions/mixture_kernels.h"
#include "core/errors.h"
#include "core/io/number_format.h"
#include "core/random/philox.h"

namespace flowscope {
namespace {

std::string name_of(std::size_t k) { return "component " + std::to_string(k + 1); }

bool all_finite(const std::vector<double>& v) {
  return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

// Lower Cholesky factor of a d x d matrix (row-major), or false when a pivot
// is not positive relative to the matrix's scale (not positive definite).
bool cholesky(const std::vector<double>& a, int d, std::vector<double>& l) {
  l.assign(static_cast<std::size_t>(d * d), 0.0);
  double scale = 0.0;
  for (int i = 0; i < d; ++i) scale = std::max(scale, std::fabs(a[i * d + i]));
  for (int j = 0; j < d; ++j) {
    double pivot = a[j * d + j];
    for (int k = 0; k < j; ++k) pivot -= l[j * d + k] * l[j * d + k];
    // 1e-13 of the largest variance: below that the matrix is singular to rounding.
    if (!(pivot > 1e-13 * scale) || !(scale > 0)) return false;
    l[j * d + j] = std::sqrt(pivot);
    for (int i = j + 1; i < d; ++i) {
      double v = a[i * d + j];
      for (int k = 0; k < j; ++k) v -= l[i * d + k] * l[j * d + k];
      l[i * d + j] = v / l[j * d + j];
    }
  }
  return true;
}

// Inverse of S = L L^T from its lower factor.
std::vector<double> inverse_from_cholesky(const std::vector<double>& l, int d) {
  std::vector<double> linv(static_cast<std::size_t>(d * d), 0.0);
  for (int j = 0; j < d; ++j) {
    linv[j * d + j] = 1.0 / l[j * d + j];
    for (int i = j + 1; i < d; ++i) {
      double v = 0.0;
      for (int k = j; k < i; ++k) v -= l[i * d + k] * linv[k * d + j];
      linv[i * d + j] = v / l[i * d + i];
    }
  }
  std::vector<double> inv(static_cast<std::size_t>(d * d), 0.0);
  for (int r = 0; r < d; ++r)
    for (int c = 0; c < d; ++c) {
      double v = 0.0;
      for (int k = std::max(r, c); k < d; ++k) v += linv[k * d + r] * linv[k * d + c];
      inv[r * d + c] = v;
    }
  return inv;
}

}  // namespace

std::vector<double> MixtureComponent::full_covariance(int d) const {
  std::vector<double> s(static_cast<std::size_t>(d * d), 0.0);
  switch (form) {
    case CovarianceForm::Isotropic:
      for (int i = 0; i < d; ++i) s[i * d + i] = scale * scale;
      break;
    case CovarianceForm::Full: s = covariance; break;
    case CovarianceForm::LowRank:
      for (int i = 0; i < d; ++i) {
        for (int j = 0; j < d; ++j) {
          double v = 0.0;
          for (int r = 0; r < rank; ++r) v += factor[i * rank + r] * factor[j * rank + r];
          s[i * d + j] = v;
        }
        s[i * d + i] += scale * scale;
      }
      break;
  }
  return s;
}

MixtureComponent MixtureComponent::isotropic(double weight, std::vector<double> mean, double sigma) {
  MixtureComponent c;
  c.weight = weight;
  c.mean = std::move(mean);
  c.form = CovarianceForm::Isotropic;
  c.scale = sigma;
  return c;
}

MixtureComponent MixtureComponent::full(double weight, std::vector<double> mean, std::vector<double> covariance) {
  MixtureComponent c;
  c.weight = weight;
  c.mean = std::move(mean);
  c.form = CovarianceForm::Full;
  c.covariance = std::move(covariance);
  return c;
}

MixtureComponent MixtureComponent::low_rank(double weight, std::vector<double> mean, std::vector<double> factor,
                                            int rank, double sigma) {
  MixtureComponent c;
  c.weight = weight;
  c.mean = std::move(mean);
  c.form = CovarianceForm::LowRank;
  c.factor = std::move(factor);
  c.rank = rank;
  c.scale = sigma;
  return c;
}

void normalise_weights(std::vector<MixtureComponent>& components) {
  double total = 0.0;
  for (std::size_t k = 0; k < components.size(); ++k) {
    if (!(components[k].weight > 0) || !std::isfinite(components[k].weight))
      throw InputError(name_of(k) + ": weight must be a positive number, not " +
                       format_double(components[k].weight));
    total += components[k].weight;
  }
  for (auto& c : components) c.weight /= total;
}

GaussianMixture::GaussianMixture(int dimension, std::vector<MixtureComponent> components)
    : dimension_(dimension), components_(std::move(components)) {
  const int d = dimension_;
  if (d < 1 || d > kMaxMixtureDimension)
    throw InputError("a mixture must have dimension 1, 2 or 3, not " + std::to_string(d));
  if (components_.empty()) throw InputError("a mixture needs at least one component");
  double total = 0.0;
  const std::size_t K = components_.size();
  tables_.mean.resize(K * d);
  tables_.precision.resize(K * d * d);
  tables_.log_coefficient.resize(K);
  tables_.cholesky.resize(K * d * d);
  for (std::size_t k = 0; k < K; ++k) {
    const MixtureComponent& c = components_[k];
    const std::string who = name_of(k);
    if (!std::isfinite(c.weight)) throw InputError(who + ": the weight is not a finite number");
    if (!(c.weight > 0)) throw InputError(who + ": weight must be > 0, not " + format_double(c.weight));
    if (c.mean.size() != static_cast<std::size_t>(d))
      throw InputError(who + ": the mean has " + std::to_string(c.mean.size()) + " values; the mixture is " +
                       std::to_string(d) + "-D");
    if (!all_finite(c.mean)) throw InputError(who + ": the mean has a value that is not a finite number");
    switch (c.form) {
      case CovarianceForm::Isotropic:
        if (!std::isfinite(c.scale) || !(c.scale > 0))
          throw InputError(who + ": the standard deviation must be a finite number > 0, not " + format_double(c.scale));
        break;
      case CovarianceForm::Full: {
        if (c.covariance.size() != static_cast<std::size_t>(d * d))
          throw InputError(who + ": the covariance must be " + std::to_string(d) + " x " + std::to_string(d));
        if (!all_finite(c.covariance))
          throw InputError(who + ": the covariance has a value that is not a finite number");
        double largest = 0.0;
        for (double v : c.covariance) largest = std::max(largest, std::fabs(v));
        for (int i = 0; i < d; ++i)
          for (int j = 0; j < i; ++j)
            if (std::fabs(c.covariance[i * d + j] - c.covariance[j * d + i]) > 1e-12 * largest)
              throw InputError(who + ": the covariance is not symmetric (entries (" + std::to_string(i + 1) + "," +
                               std::to_string(j + 1) + ") and (" + std::to_string(j + 1) + "," +
                               std::to_string(i + 1) + ") differ)");
        break;
      }
      case CovarianceForm::LowRank:
        if (c.rank < 1 || c.rank > d || c.factor.size() != static_cast<std::size_t>(d * c.rank))
          throw InputError(who + ": the low-rank factor must be " + std::to_string(d) + " x r with 1 <= r <= " +
                           std::to_string(d));
        if (!all_finite(c.factor)) throw InputError(who + ": the factor has a value that is not a finite number");
        if (!std::isfinite(c.scale) || !(c.scale > 0))
          throw InputError(who + ": the low-rank component's noise standard deviation must be > 0, not " +
                           format_double(c.scale));
        break;
    }
    if (c.form != CovarianceForm::Isotropic) isotropic_ = false;
    const std::vector<double> sigma = c.full_covariance(d);
    std::vector<double> l;
    if (!cholesky(sigma, d, l)) throw InputError(who + ": the covariance is not positive definite");
    const std::vector<double> precision = inverse_from_cholesky(l, d);
    double log_det = 0.0;
    for (int j = 0; j < d; ++j) log_det += 2.0 * std::log(l[j * d + j]);
    for (int j = 0; j < d; ++j) tables_.mean[k * d + j] = c.mean[j];
    std::copy(precision.begin(), precision.end(), tables_.precision.begin() + k * d * d);
    std::copy(l.begin(), l.end(), tables_.cholesky.begin() + k * d * d);
    tables_.log_coefficient[k] =
        std::log(c.weight) - 0.5 * (d * std::log(2.0 * std::numbers::pi) + log_det);
    total += c.weight;
  }
  if (!(std::fabs(total - 1.0) <= kWeightSumTolerance)) {
    std::string list;
    for (std::size_t k = 0; k < K && k < 12; ++k) {
      if (k) list += ", ";
      list += format_double(components_[k].weight);
    }
    if (K > 12) list += ", ...";
    throw InputError("the weights of the " + std::to_string(K) + " components sum to " + format_double(total) +
                     ", not 1 (weights: " + list + ")");
  }
}

GaussianMixture GaussianMixture::noised(double alpha, double sigma) const {
  std::vector<MixtureComponent> out = components_;
  const int d = dimension_;
  for (auto& c : out) {
    for (double& m : c.mean) m *= alpha;
    switch (c.form) {
      case CovarianceForm::Isotropic:
      case CovarianceForm::LowRank:
        c.scale = std::sqrt(alpha * alpha * c.scale * c.scale + sigma * sigma);
        for (double& f : c.factor) f *= alpha;
        break;
      case CovarianceForm::Full:
        for (double& v : c.covariance) v *= alpha * alpha;
        for (int i = 0; i < d; ++i) c.covariance[i * d + i] += sigma * sigma;
        break;
    }
  }
  return GaussianMixture(d, std::move(out));
}

GaussianMixture GaussianMixture::reweighted(std::vector<double> weights) const {
  if (weights.size() != components_.size())
    throw InputError(std::to_string(weights.size()) + " weights given; the mixture has " +
                     std::to_string(components_.size()) + " components");
  std::vector<MixtureComponent> out = components_;
  for (std::size_t k = 0; k < out.size(); ++k) out[k].weight = weights[k];
  normalise_weights(out);
  return GaussianMixture(dimension_, std::move(out));
}

GaussianMixture GaussianMixture::marginal(const std::vector<int>& axes) const {
  const int d = dimension_, e = static_cast<int>(axes.size());
  for (int a : axes)
    if (a < 0 || a >= d) throw InputError("axis " + std::to_string(a) + " is outside the mixture's dimension");
  std::vector<MixtureComponent> out = components_;
  for (auto& c : out) {
    std::vector<double> mean(e);
    for (int i = 0; i < e; ++i) mean[i] = c.mean[axes[i]];
    c.mean = mean;
    if (c.form == CovarianceForm::Full) {
      std::vector<double> s(e * e);
      for (int i = 0; i < e; ++i)
        for (int j = 0; j < e; ++j) s[i * e + j] = c.covariance[axes[i] * d + axes[j]];
      c.covariance = s;
    } else if (c.form == CovarianceForm::LowRank) {
      std::vector<double> f(e * c.rank);
      for (int i = 0; i < e; ++i)
        for (int r = 0; r < c.rank; ++r) f[i * c.rank + r] = c.factor[axes[i] * c.rank + r];
      c.factor = f;
      if (c.rank > e) {  // more columns than rows: write the marginal out in full
        const std::vector<double> s = c.full_covariance(e);
        c = MixtureComponent::full(c.weight, c.mean, s);
      }
    }
  }
  return GaussianMixture(e, std::move(out));
}

std::vector<double> GaussianMixture::mean() const {
  const int d = dimension_;
  std::vector<double> m(d, 0.0);
  for (const auto& c : components_)
    for (int j = 0; j < d; ++j) m[j] += c.weight * c.mean[j];
  return m;
}

std::vector<double> GaussianMixture::covariance() const {
  const int d = dimension_;
  const std::vector<double> m = mean();
  std::vector<double> s(d * d, 0.0);
  for (const auto& c : components_) {
    const std::vector<double> sk = c.full_covariance(d);
    for (int i = 0; i < d; ++i)
      for (int j = 0; j < d; ++j)
        s[i * d + j] += c.weight * (sk[i * d + j] + (c.mean[i] - m[i]) * (c.mean[j] - m[j]));
  }
  return s;
}

namespace {

FieldTable score_table(const GaussianMixture& g) {
  const int d = g.dimension();
  const std::size_t K = g.size();
  const auto& t = g.tables();
  FieldTable f;
  f.resize(d, K, g.isotropic(), false);
  for (std::size_t k = 0; k < K; ++k) {
    f.log_coefficient[k] = t.log_coefficient[k];
    for (int j = 0; j < d; ++j) f.mean[j * K + k] = t.mean[k * d + j];
    if (g.isotropic()) f.precision[k] = t.precision[k * d * d];
    else
      for (int e = 0; e < d * d; ++e) f.precision[e * K + k] = t.precision[k * d * d + e];
  }
  return f;
}

}  // namespace

double GaussianMixture::log_density(const double* x) const {
  double out = 0.0;
  evaluate(x, 1, 1, &out, nullptr);
  return out;
}

void GaussianMixture::score(const double* x, double* out) const { evaluate(x, 1, 1, nullptr, out); }

void GaussianMixture::responsibilities(const double* x, double* out) const {
  const int d = dimension_;
  const std::size_t K = size();
  double top = -1e300;
  for (std::size_t k = 0; k < K; ++k) {
    double q = 0.0;
    for (int r = 0; r < d; ++r)
      for (int c = 0; c < d; ++c)
        q += (x[r] - tables_.mean[k * d + r]) * tables_.precision[k * d * d + r * d + c] *
             (x[c] - tables_.mean[k * d + c]);
    out[k] = tables_.log_coefficient[k] - 0.5 * q;
    top = std::max(top, out[k]);
  }
  double sum = 0.0;
  for (std::size_t k = 0; k < K; ++k) sum += (out[k] = std::exp(out[k] - top));
  for (std::size_t k = 0; k < K; ++k) out[k] /= sum;
}

void GaussianMixture::evaluate(const double* x, std::size_t count, std::size_t stride, double* log_density,
                               double* score) const {
  const FieldTable table = score_table(*this);
  const int d = dimension_;
  constexpr std::size_t kBlock = 1024;
  const std::ptrdiff_t blocks = static_cast<std::ptrdiff_t>((count + kBlock - 1) / kBlock);
#pragma omp parallel for schedule(static) if (count > 4 * kBlock)
  for (std::ptrdiff_t b = 0; b < blocks; ++b) {
    const std::size_t first = static_cast<std::size_t>(b) * kBlock;
    const std::size_t n = std::min(kBlock, count - first);
    const double* xs[3];
    double* outs[3];
    for (int j = 0; j < d; ++j) {
      xs[j] = x + j * stride + first;
      if (score) outs[j] = score + j * stride + first;
    }
    mixture_field(table, xs, n, score ? outs : nullptr, log_density ? log_density + first : nullptr);
  }
}

std::vector<double> GaussianMixture::sample(std::size_t count, std::uint64_t seed) const {
  const int d = dimension_;
  const std::size_t K = size();
  std::vector<double> cumulative(K);
  double run = 0.0;
  for (std::size_t k = 0; k < K; ++k) cumulative[k] = (run += components_[k].weight);
  std::vector<double> out(count * d);
  const std::uint32_t k0 = static_cast<std::uint32_t>(seed), k1 = static_cast<std::uint32_t>(seed >> 32);
  const std::uint32_t s0 = static_cast<std::uint32_t>(kSampleStep), s1 = static_cast<std::uint32_t>(kSampleStep >> 32);
#pragma omp parallel for schedule(static)
  for (std::ptrdiff_t ii = 0; ii < static_cast<std::ptrdiff_t>(count); ++ii) {
    const auto i = static_cast<std::uint32_t>(ii);
    const double u = philox::to_unit(philox::generate({{1u, s0, s1, i}}, k0, k1).v[0]) * run;
    const std::size_t k =
        std::min<std::size_t>(K - 1, std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
    double z[4];
    philox::normals(seed, i, kSampleStep, 0, z);
    const double* l = tables_.cholesky.data() + k * d * d;
    for (int r = 0; r < d; ++r) {
      double v = tables_.mean[k * d + r];
      for (int c = 0; c <= r; ++c) v += l[r * d + c] * z[c];
      out[r * count + static_cast<std::size_t>(ii)] = v;
    }
  }
  return out;
}

}  // namespace flowscope
