#include "core/reconstruct/measures.h"

#include <unsupported/Eigen/FFT>
#include <algorithm>
#include <cmath>
#include <complex>
#include <map>
#include <string>

#include "core/errors.h"

namespace flowscope {
namespace {

void check(const std::vector<double>& data, const std::vector<double>& model, std::size_t d, const char* what) {
  if (d == 0 || data.size() % d || model.size() % d)
    throw InputError(std::string(what) + ": the point sets do not hold whole points of dimension " + std::to_string(d));
  if (data.empty() || model.empty()) throw InputError(std::string(what) + ": a point set is empty");
  for (const std::vector<double>* set : {&data, &model})
    for (double v : *set)
      if (!std::isfinite(v)) throw InputError(std::string(what) + ": a point holds NaN or an infinite value");
}

// Each dimension's mean and standard deviation over the data.
void moments(const std::vector<double>& x, std::size_t d, std::vector<double>& mean, std::vector<double>& sd) {
  const std::size_t n = x.size() / d;
  mean.assign(d, 0.0);
  sd.assign(d, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < d; ++j) mean[j] += x[i * d + j] / static_cast<double>(n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < d; ++j) sd[j] += (x[i * d + j] - mean[j]) * (x[i * d + j] - mean[j]) / static_cast<double>(n);
  for (double& s : sd) s = s > 0 ? std::sqrt(s) : 1.0;
}

// The largest m <= n whose prime factors are 2, 3 and 5 only: kissfft is
// O(n log n) for such lengths and O(n^2) for a large prime (97,001 took minutes).
std::size_t smooth_length(std::size_t n) {
  for (std::size_t m = n; m > 1; --m) {
    std::size_t r = m;
    for (std::size_t f : {2u, 3u, 5u})
      while (r % f == 0) r /= f;
    if (r == 1) return m;
  }
  return n;
}

double log_sum_exp(const std::vector<double>& v) {
  const double top = *std::max_element(v.begin(), v.end());
  double s = 0.0;
  for (double e : v) s += std::exp(e - top);
  return top + std::log(s);
}

}  // namespace

double state_space_divergence_binned(const std::vector<double>& data, const std::vector<double>& model,
                                     std::size_t d, std::size_t bins) {
  check(data, model, d, "D_stsp");
  if (bins < 2) throw InputError("D_stsp: at least 2 bins per dimension");
  if (std::pow(static_cast<double>(bins), static_cast<double>(d)) > 1e7)
    throw InputError("D_stsp: " + std::to_string(bins) + "^" + std::to_string(d) +
                     " bins are too many; use the Gaussian-mixture form for this dimension");
  std::vector<double> low(d, 1e300), high(d, -1e300);
  for (std::size_t i = 0; i < data.size(); ++i) {
    low[i % d] = std::min(low[i % d], data[i]);
    high[i % d] = std::max(high[i % d], data[i]);
  }
  for (std::size_t j = 0; j < d; ++j) {
    const double margin = 0.1 * std::max(high[j] - low[j], 1e-300);
    low[j] -= margin;
    high[j] += margin;
  }
  const auto occupation = [&](const std::vector<double>& x) {
    std::map<std::size_t, double> p;
    const std::size_t n = x.size() / d;
    for (std::size_t i = 0; i < n; ++i) {
      std::size_t cell = 0;
      for (std::size_t j = 0; j < d; ++j) {
        const double u = (x[i * d + j] - low[j]) / (high[j] - low[j]) * static_cast<double>(bins);
        const auto b = static_cast<std::size_t>(std::clamp(u, 0.0, static_cast<double>(bins - 1)));
        cell = cell * bins + b;
      }
      p[cell] += 1.0 / static_cast<double>(n);
    }
    return p;
  };
  const std::map<std::size_t, double> p = occupation(data), q = occupation(model);
  double kl = 0.0;
  for (const auto& [cell, pc] : p) {
    const auto found = q.find(cell);
    kl += pc * std::log(pc / std::max(found == q.end() ? 0.0 : found->second, kStspFloor));
  }
  return std::max(0.0, kl);
}

double state_space_divergence_gmm(const std::vector<double>& data, const std::vector<double>& model,
                                  std::size_t d, double sigma, std::size_t centres) {
  check(data, model, d, "D_stsp");
  if (!(sigma > 0) || centres < 1) throw InputError("D_stsp: sigma must be positive and at least one centre used");
  std::vector<double> mean, sd;
  moments(data, d, mean, sd);
  const auto pick = [&](const std::vector<double>& x) {
    const std::size_t n = x.size() / d, k = std::min(n, centres);
    std::vector<double> out;
    for (std::size_t c = 0; c < k; ++c) {
      const std::size_t i = c * n / k;
      for (std::size_t j = 0; j < d; ++j) out.push_back((x[i * d + j] - mean[j]) / sd[j]);
    }
    return out;
  };
  const std::vector<double> a = pick(data), b = pick(model);
  // log of the mixture density at x (the normalising constant cancels in the ratio).
  const auto log_density = [&](const double* x, const std::vector<double>& c) {
    const std::size_t k = c.size() / d;
    std::vector<double> terms(k);
    for (std::size_t i = 0; i < k; ++i) {
      double r2 = 0.0;
      for (std::size_t j = 0; j < d; ++j) r2 += (x[j] - c[i * d + j]) * (x[j] - c[i * d + j]);
      terms[i] = -0.5 * r2 / (sigma * sigma);
    }
    return log_sum_exp(terms) - std::log(static_cast<double>(k));
  };
  double kl = 0.0;
  const std::size_t k = a.size() / d;
  for (std::size_t i = 0; i < k; ++i) kl += (log_density(&a[i * d], a) - log_density(&a[i * d], b)) / static_cast<double>(k);
  return std::max(0.0, kl);
}

double power_spectrum_hellinger(const std::vector<double>& data, const std::vector<double>& model, std::size_t d,
                                double smoothing) {
  check(data, model, d, "power-spectrum distance");
  const std::size_t common = std::min(data.size(), model.size()) / d;
  if (common < 16)
    throw InputError("power-spectrum distance: " + std::to_string(common) + " common samples are too few (at least 16)");
  const std::size_t n = smooth_length(common);
  if (!(smoothing >= 0)) throw InputError("power-spectrum distance: the smoothing must be >= 0");
  Eigen::FFT<double> fft;
  const std::size_t half = n / 2 + 1;
  // The Gaussian kernel over frequency bins (truncated at 4 sigma).
  const auto width = static_cast<std::ptrdiff_t>(std::ceil(4 * smoothing));
  std::vector<double> kernel;
  for (std::ptrdiff_t u = -width; u <= width; ++u)
    kernel.push_back(smoothing > 0 ? std::exp(-0.5 * static_cast<double>(u * u) / (smoothing * smoothing)) : 1.0);
  const auto spectrum = [&](const std::vector<double>& x, std::size_t j) {
    std::vector<double> series(n);
    double mean = 0.0, var = 0.0;
    for (std::size_t i = 0; i < n; ++i) mean += x[i * d + j] / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
      series[i] = x[i * d + j] - mean;
      var += series[i] * series[i] / static_cast<double>(n);
    }
    if (var > 0)
      for (double& v : series) v /= std::sqrt(var);
    std::vector<std::complex<double>> f;
    fft.fwd(f, series);
    std::vector<double> power(half), smooth(half, 0.0);
    for (std::size_t k = 0; k < half; ++k) power[k] = std::norm(f[k]);
    double total = 0.0;
    for (std::size_t k = 0; k < half; ++k) {
      double s = 0.0, w = 0.0;
      for (std::ptrdiff_t u = -width; u <= width; ++u) {
        const std::ptrdiff_t q = static_cast<std::ptrdiff_t>(k) + u;
        if (q < 0 || q >= static_cast<std::ptrdiff_t>(half)) continue;
        s += kernel[static_cast<std::size_t>(u + width)] * power[static_cast<std::size_t>(q)];
        w += kernel[static_cast<std::size_t>(u + width)];
      }
      smooth[k] = s / w;
      total += smooth[k];
    }
    for (double& v : smooth) v = total > 0 ? v / total : 1.0 / static_cast<double>(half);
    return smooth;
  };
  double sum = 0.0;
  for (std::size_t j = 0; j < d; ++j) {
    const std::vector<double> p = spectrum(data, j), q = spectrum(model, j);
    double overlap = 0.0;
    for (std::size_t k = 0; k < half; ++k) overlap += std::sqrt(p[k] * q[k]);
    sum += std::sqrt(std::max(0.0, 1.0 - overlap));
  }
  return sum / static_cast<double>(d);
}

}  // namespace flowscope
