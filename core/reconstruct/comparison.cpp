#include "core/reconstruct/comparison.h"

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
