#include "core/reconstruct/comparison.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/reconstruct/measures.h"

namespace flowscope {

ReconstructionMeasures compare_with_data(const TrajectorySet& data, const std::vector<double>& generated) {
  ReconstructionMeasures m;
  const std::size_t d = data.dimension;
  if (generated.size() < 16 * d) {
    m.missing.push_back("D_stsp and D_H: the free run has fewer than 16 samples (it diverged early)");
    return m;
  }
  try {
    if (d <= 3) {
      m.state_space_divergence = state_space_divergence_binned(data.values, generated, d, kStspBins);
      m.state_space_method = "binned (" + std::to_string(kStspBins) + " per dimension)";
    } else {
      m.state_space_divergence = state_space_divergence_gmm(data.values, generated, d, kStspSigma);
      m.state_space_method = "gaussian mixture (sigma 1)";
    }
  } catch (const InputError& e) {
    m.missing.push_back(std::string("D_stsp: ") + e.what());
  }
  try {
    m.hellinger = power_spectrum_hellinger(data.values, generated, d, kSpectrumSmoothing);
  } catch (const InputError& e) {
    m.missing.push_back(std::string("D_H: ") + e.what());
  }
  return m;
}

std::optional<PredictionHorizon> prediction_horizon(
    const TrajectorySet& data, double dt, const std::function<std::vector<double>(std::size_t, std::size_t)>& forecast,
    std::size_t max_steps, std::size_t starts, double threshold, std::size_t first_offset) {
  const std::size_t d = data.dimension;
  std::vector<std::size_t> candidates;  // points with first_offset samples before and max_steps after them in their trial
  for (std::size_t r = 0; r < data.trials(); ++r)
    for (std::size_t i = data.trial_starts[r] + first_offset; i + max_steps < data.trial_starts[r + 1]; ++i)
      candidates.push_back(i);
  if (candidates.empty() || starts == 0) return std::nullopt;
  std::vector<double> sd(d, 0.0), mean(d, 0.0);
  const double n = static_cast<double>(data.points());
  for (std::size_t i = 0; i < data.points(); ++i)
    for (std::size_t j = 0; j < d; ++j) mean[j] += data.values[i * d + j] / n;
  for (std::size_t i = 0; i < data.points(); ++i)
    for (std::size_t j = 0; j < d; ++j) sd[j] += (data.values[i * d + j] - mean[j]) * (data.values[i * d + j] - mean[j]) / n;
  for (double& s : sd) s = s > 0 ? std::sqrt(s) : 1.0;
  std::vector<double> horizons;
  const std::size_t count = std::min(starts, candidates.size());
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t i = candidates[k * candidates.size() / count];
    const std::vector<double> f = forecast(i, max_steps);
    const std::size_t available = f.size() / d;
    std::size_t horizon = max_steps;
    for (std::size_t t = 1; t <= max_steps; ++t) {
      if (t >= available) {
        horizon = t;  // diverged: the forecast ends here
        break;
      }
      double error = 0.0;
      for (std::size_t j = 0; j < d; ++j) {
        const double e = (f[t * d + j] - data.values[(i + t) * d + j]) / sd[j];
        error += e * e / static_cast<double>(d);
      }
      if (!(std::sqrt(error) <= threshold)) {
        horizon = t;
        break;
      }
    }
    horizons.push_back(static_cast<double>(horizon));
  }
  std::sort(horizons.begin(), horizons.end());
  const std::size_t h = horizons.size();
  PredictionHorizon result;
  result.steps = h % 2 ? horizons[h / 2] : 0.5 * (horizons[h / 2 - 1] + horizons[h / 2]);
  result.time = result.steps * dt;
  result.starts = h;
  return result;
}

std::optional<double> map_max_lyapunov(const std::function<void(const double*, double*)>& step,
                                       std::vector<double> x0, std::size_t transient, std::size_t steps, double dt,
                                       double bound) {
  const std::size_t d = x0.size();
  std::vector<double> x = std::move(x0), y(d), nx(d), ny(d);
  const auto size_of = [&](const std::vector<double>& v) {
    double s = 0.0;
    for (double e : v) s += e * e;
    return std::sqrt(s);
  };
  const double separation = 1e-8 * std::max(1.0, size_of(x));
  for (std::size_t j = 0; j < d; ++j) y[j] = x[j] + separation / std::sqrt(static_cast<double>(d));
  double sum = 0.0;
  for (std::size_t t = 0; t < transient + steps; ++t) {
    step(x.data(), nx.data());
    step(y.data(), ny.data());
    double distance = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
      if (!std::isfinite(nx[j]) || std::fabs(nx[j]) > bound) return std::nullopt;
      distance += (ny[j] - nx[j]) * (ny[j] - nx[j]);
    }
    distance = std::sqrt(distance);
    if (!(distance > 0) || !std::isfinite(distance)) return std::nullopt;
    if (t >= transient) sum += std::log(distance / separation);
    for (std::size_t j = 0; j < d; ++j) y[j] = nx[j] + (ny[j] - nx[j]) * separation / distance;
    x.swap(nx);
  }
  return sum / (static_cast<double>(steps) * dt);
}

}  // namespace flowscope
