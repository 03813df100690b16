#include "core/integrate/rk4.h"

#include <utility>

namespace flowscope {

Rk4Stepper::Rk4Stepper(const System& system, std::vector<double> parameters)
    : system_(system), parameters_(std::move(parameters)) {
  const auto n = static_cast<std::size_t>(system.dimension());
  k1_.resize(n);
  k2_.resize(n);
  k3_.resize(n);
  k4_.resize(n);
  stage_.resize(n);
}

void Rk4Stepper::step(double t, double h, double* x) {
  const std::size_t n = stage_.size();
  const double* p = parameters_.data();
  system_.drift(t, x, p, k1_.data());
  for (std::size_t i = 0; i < n; ++i) stage_[i] = x[i] + 0.5 * h * k1_[i];
  system_.drift(t + 0.5 * h, stage_.data(), p, k2_.data());
  for (std::size_t i = 0; i < n; ++i) stage_[i] = x[i] + 0.5 * h * k2_[i];
  system_.drift(t + 0.5 * h, stage_.data(), p, k3_.data());
  for (std::size_t i = 0; i < n; ++i) stage_[i] = x[i] + h * k3_[i];
  system_.drift(t + h, stage_.data(), p, k4_.data());
  for (std::size_t i = 0; i < n; ++i)
    x[i] += h / 6.0 * (k1_[i] + 2.0 * k2_[i] + 2.0 * k3_[i] + k4_[i]);
}

}  // namespace flowscope
