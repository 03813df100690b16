#include "core/transport/coupling.h"

#include <algorithm>
#include <cmath>

#include "core/random/philox.h"
#include "core/transport/sinkhorn_kernels.h"

namespace flowscope {
namespace {

namespace k = sinkhorn_kernels;

// Key of the systematic-resampling offset (a pair index no sample uses).
constexpr std::uint32_t kOffsetStream = 0xFFFFFFFFu;

double uniform(std::uint64_t seed, std::uint32_t index, std::uint32_t stream) {
  const philox::Block counter{{stream, 0u, 0u, index}};
  const philox::Block bits =
      philox::generate(counter, static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32));
  return philox::to_unit(bits.v[0]);
}

std::vector<const double*> axes(const PointCloud& cloud) {
  std::vector<const double*> pointers(cloud.dimension);
  for (int j = 0; j < cloud.dimension; ++j) pointers[j] = cloud.axis(j);
  return pointers;
}

}  // namespace

Coupling::Coupling(PointCloud x, PointCloud y, const SinkhornResult& result)
    : Coupling(std::move(x), std::move(y), result.f, result.g, result.epsilon_reached) {}

Coupling::Coupling(PointCloud x, PointCloud y, std::vector<double> f, std::vector<double> g, double epsilon)
    : x_(std::move(x)), y_(std::move(y)), f_(std::move(f)), g_(std::move(g)), epsilon_(epsilon) {
  h_.resize(y_.count);
  for (std::size_t j = 0; j < y_.count; ++j)
    h_[j] = y_.weights[j] > 0 ? g_[j] + epsilon_ * std::log(y_.weights[j]) : -1e250;
}

double Coupling::entry(std::size_t i, std::size_t j) const {
  double c = 0.0;
  for (int d = 0; d < x_.dimension; ++d) {
    const double diff = x_.at(i, d) - y_.at(j, d);
    c += diff * diff;
  }
  if (!(x_.weights[i] > 0 && y_.weights[j] > 0)) return 0.0;
  return x_.weights[i] * y_.weights[j] * std::exp((f_[i] + g_[j] - c) / epsilon_);
}

void Coupling::conditional_row(std::size_t i, double* out) const {
  const std::vector<const double*> q = axes(y_);
  std::vector<double> p(x_.dimension);
  for (int d = 0; d < x_.dimension; ++d) p[d] = x_.at(i, d);
  const double inv = 1.0 / epsilon_;
  const double shift = k::max_exponent(p.data(), q.data(), h_.data(), y_.count, x_.dimension, inv);
  k::exp_row(p.data(), q.data(), h_.data(), y_.count, x_.dimension, inv, shift, out);
  double s = 0.0;
  for (std::size_t j = 0; j < y_.count; ++j) s += out[j];
  for (std::size_t j = 0; j < y_.count; ++j) out[j] /= s;
}

std::vector<double> Coupling::dense() const {
  std::vector<double> plan(x_.count * y_.count);
#pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < x_.count; ++i)
    for (std::size_t j = 0; j < y_.count; ++j) plan[i * y_.count + j] = entry(i, j);
  return plan;
}

std::vector<IndexPair> Coupling::sample_pairs(std::size_t n, std::uint64_t seed) const {
  std::vector<IndexPair> pairs(n);
  if (n == 0) return pairs;
  // Systematic resampling of the sources: positions (k + u) / n against the
  // cumulative weights.
  const double u = uniform(seed, 0, kOffsetStream);
  std::size_t i = 0;
  double cumulative = x_.weights[0];
  for (std::size_t s = 0; s < n; ++s) {
    const double position = (static_cast<double>(s) + u) / static_cast<double>(n);
    while (position > cumulative && i + 1 < x_.count) cumulative += x_.weights[++i];
    pairs[s].i = static_cast<std::uint32_t>(i);
  }
  // Runs of equal sources share one conditional row.
  std::vector<std::size_t> run_starts;
  for (std::size_t s = 0; s < n; ++s)
    if (s == 0 || pairs[s].i != pairs[s - 1].i) run_starts.push_back(s);
  run_starts.push_back(n);
  const std::size_t runs = run_starts.size() - 1;
#pragma omp parallel
  {
    std::vector<double> cdf(y_.count);
#pragma omp for schedule(dynamic, 4)
    for (std::size_t r = 0; r < runs; ++r) {
      conditional_row(pairs[run_starts[r]].i, cdf.data());
      for (std::size_t j = 1; j < y_.count; ++j) cdf[j] += cdf[j - 1];
      for (std::size_t s = run_starts[r]; s < run_starts[r + 1]; ++s) {
        const double v = uniform(seed, static_cast<std::uint32_t>(s), 0) * cdf.back();
        const auto it = std::upper_bound(cdf.begin(), cdf.end(), v);
        pairs[s].j = static_cast<std::uint32_t>(std::min<std::size_t>(it - cdf.begin(), y_.count - 1));
      }
    }
  }
  return pairs;
}

std::vector<double> Coupling::barycentric_map() const {
  const int d = x_.dimension;
  std::vector<double> map(x_.count * d);
  const std::vector<const double*> q = axes(y_);
  const double inv = 1.0 / epsilon_;
#pragma omp parallel
  {
    std::vector<double> p(d), sums(d);
#pragma omp for schedule(dynamic, 16)
    for (std::size_t i = 0; i < x_.count; ++i) {
      for (int c = 0; c < d; ++c) p[c] = x_.at(i, c);
      const double shift = k::max_exponent(p.data(), q.data(), h_.data(), y_.count, d, inv);
      const double s = k::sum_exp_weighted(p.data(), q.data(), h_.data(), y_.count, d, inv, shift, q.data(), d,
                                           sums.data());
      for (int c = 0; c < d; ++c) map[i * d + c] = sums[c] / s;
    }
  }
  return map;
}

std::vector<double> Coupling::cross_covariance() const {
  const int d = x_.dimension;
  const std::vector<double> map = barycentric_map();
  const CloudMoments mx = moments(x_), my = moments(y_);
  std::vector<double> cov(static_cast<std::size_t>(d) * d, 0.0);
  for (std::size_t i = 0; i < x_.count; ++i)
    for (int r = 0; r < d; ++r)
      for (int c = 0; c < d; ++c)
        cov[r * d + c] += x_.weights[i] * (x_.at(i, r) - mx.mean[r]) * (map[i * d + c] - my.mean[c]);
  return cov;
}

}  // namespace flowscope
