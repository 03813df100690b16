#include "core/diffusion/metrics.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/random/philox.h"

namespace flowscope {
namespace {

// Exact squared W2 between two empirical 1-D measures given sorted values:
// the integral over u of (Fa^-1(u) - Fb^-1(u))^2, walking the merged breakpoints i/n and j/m.
double w2_squared_sorted(const std::vector<double>& a, const std::vector<double>& b) {
  const std::size_t n = a.size(), m = b.size();
  std::size_t i = 0, j = 0;
  double u = 0.0, sum = 0.0;
  while (i < n && j < m) {
    // Compare (i + 1)/n with (j + 1)/m exactly in integers.
    const unsigned __int128 left = static_cast<unsigned __int128>(i + 1) * m;
    const unsigned __int128 right = static_cast<unsigned __int128>(j + 1) * n;
    const double next = left <= right ? static_cast<double>(i + 1) / n : static_cast<double>(j + 1) / m;
    const double diff = a[i] - b[j];
    sum += (next - u) * diff * diff;
    u = next;
    if (left <= right) ++i;
    if (right <= left) ++j;
  }
  return sum;
}

void check_sets(std::size_t na, std::size_t nb) {
  if (na == 0 || nb == 0) throw InputError("a distance needs two non-empty sample sets");
}

}  // namespace

double sliced_w2(const double* a, std::size_t na, const double* b, std::size_t nb, int d,
                 const MetricSettings& settings) {
  check_sets(na, nb);
  const int L = settings.projections;
  std::vector<double> per(static_cast<std::size_t>(L));
#pragma omp parallel
  {
    std::vector<double> pa(na), pb(nb);
#pragma omp for schedule(dynamic, 1)
    for (int p = 0; p < L; ++p) {
      double z[4];
      double norm = 0.0;
      // A uniform direction: a normalised Gaussian vector (redrawn at the rare tiny norm).
      for (std::uint32_t block = 0; norm < 1e-12; ++block) {
        philox::normals(settings.projection_seed, static_cast<std::uint32_t>(p), 0, block, z);
        norm = 0.0;
        for (int j = 0; j < d; ++j) norm += z[j] * z[j];
      }
      norm = std::sqrt(norm);
      for (int j = 0; j < d; ++j) z[j] /= norm;
      for (std::size_t i = 0; i < na; ++i) {
        double v = 0.0;
        for (int j = 0; j < d; ++j) v += z[j] * a[j * na + i];
        pa[i] = v;
      }
      for (std::size_t i = 0; i < nb; ++i) {
        double v = 0.0;
        for (int j = 0; j < d; ++j) v += z[j] * b[j * nb + i];
        pb[i] = v;
      }
      std::sort(pa.begin(), pa.end());
      std::sort(pb.begin(), pb.end());
      per[static_cast<std::size_t>(p)] = w2_squared_sorted(pa, pb);
    }
  }
  double sum = 0.0;
  for (double v : per) sum += v;
  return std::sqrt(sum / L);
}

double energy_distance(const double* a, std::size_t na, const double* b, std::size_t nb, int d,
                       const MetricSettings& settings) {
  check_sets(na, nb);
  const std::size_t n = std::min(na, settings.energy_max_points), m = std::min(nb, settings.energy_max_points);
  auto distance = [d](const double* x, std::size_t sx, std::size_t i, const double* y, std::size_t sy, std::size_t k) {
    double s = 0.0;
    for (int j = 0; j < d; ++j) {
      const double diff = x[j * sx + i] - y[j * sy + k];
      s += diff * diff;
    }
    return std::sqrt(s);
  };
  // Row sums in parallel, totals in a fixed order.
  std::vector<double> cross(n), within_a(n), within_b(m);
#pragma omp parallel for schedule(static)
  for (std::ptrdiff_t ii = 0; ii < static_cast<std::ptrdiff_t>(n); ++ii) {
    const auto i = static_cast<std::size_t>(ii);
    double c = 0.0, w = 0.0;
    for (std::size_t k = 0; k < m; ++k) c += distance(a, na, i, b, nb, k);
    for (std::size_t k = 0; k < n; ++k) w += distance(a, na, i, a, na, k);
    cross[i] = c;
    within_a[i] = w;
  }
#pragma omp parallel for schedule(static)
  for (std::ptrdiff_t kk = 0; kk < static_cast<std::ptrdiff_t>(m); ++kk) {
    const auto k = static_cast<std::size_t>(kk);
    double w = 0.0;
    for (std::size_t l = 0; l < m; ++l) w += distance(b, nb, k, b, nb, l);
    within_b[k] = w;
  }
  double c = 0.0, wa = 0.0, wb = 0.0;
  for (double v : cross) c += v;
  for (double v : within_a) wa += v;
  for (double v : within_b) wb += v;
  const double exy = c / (static_cast<double>(n) * m);
  const double exx = n > 1 ? wa / (static_cast<double>(n) * (n - 1)) : 0.0;
  const double eyy = m > 1 ? wb / (static_cast<double>(m) * (m - 1)) : 0.0;
  return 2.0 * exy - exx - eyy;
}

double mean_log_likelihood(const double* samples, std::size_t count, const GaussianMixture& target) {
  if (count == 0) throw InputError("the mean log-likelihood needs at least one sample");
  std::vector<double> logp(count);
  target.evaluate(samples, count, count, logp.data(), nullptr);
  double sum = 0.0;
  for (double v : logp) sum += v;
  return sum / static_cast<double>(count);
}

std::vector<double> mode_weights(const double* samples, std::size_t count, const GaussianMixture& target) {
  const int d = target.dimension();
  const std::size_t K = target.size();
  std::vector<std::size_t> best(count);
#pragma omp parallel
  {
    std::vector<double> r(K);
    double x[3];
#pragma omp for schedule(static)
    for (std::ptrdiff_t ii = 0; ii < static_cast<std::ptrdiff_t>(count); ++ii) {
      const auto i = static_cast<std::size_t>(ii);
      for (int j = 0; j < d; ++j) x[j] = samples[j * count + i];
      target.responsibilities(x, r.data());
      best[i] = static_cast<std::size_t>(std::max_element(r.begin(), r.end()) - r.begin());
    }
  }
  std::vector<double> weights(K, 0.0);
  for (std::size_t k : best) weights[k] += 1.0;
  for (double& w : weights) w /= static_cast<double>(count);
  return weights;
}

TargetMetrics target_metrics(const double* samples, std::size_t count, const GaussianMixture& target,
                             const MetricSettings& settings) {
  TargetMetrics m;
  const int d = target.dimension();
  m.reference_count = settings.reference_count ? settings.reference_count : count;
  const std::vector<double> reference = target.sample(m.reference_count, settings.reference_seed);
  m.sliced_w2 = sliced_w2(samples, count, reference.data(), m.reference_count, d, settings);
  m.energy_distance = energy_distance(samples, count, reference.data(), m.reference_count, d, settings);
  m.energy_points = std::min({count, m.reference_count, settings.energy_max_points});
  m.mean_loglik = mean_log_likelihood(samples, count, target);
  m.target_mean_loglik = mean_log_likelihood(reference.data(), m.reference_count, target);
  if (target.size() <= settings.max_mode_components) {
    m.mode_weights = mode_weights(samples, count, target);
    for (const auto& c : target.components()) m.target_mode_weights.push_back(c.weight);
  }
  return m;
}

}  // namespace flowscope
