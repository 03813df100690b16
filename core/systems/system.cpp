#include "core/systems/system.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/errors.h"

namespace flowscope {

void System::drift_batch(double t, const double* const* x, std::size_t count, const double* p,
                         double* const* out) const {
  const int n = dimension();
  std::vector<double> state(n), rate(n);
  for (std::size_t i = 0; i < count; ++i) {
    for (int j = 0; j < n; ++j) state[j] = x[j][i];
    drift(t, state.data(), p, rate.data());
    for (int j = 0; j < n; ++j) out[j][i] = rate[j];
  }
}

void System::jacobian(double t, const double* x, const double* p, double* jac) const {
  const int n = dimension();
  // Scratch per thread, grown once: Lyapunov runs call this every stage.
  thread_local std::vector<double> scratch;
  scratch.resize(3 * static_cast<std::size_t>(n));
  double* shifted = scratch.data();
  double* plus = shifted + n;
  double* minus = plus + n;
  std::copy(x, x + n, shifted);
  // Central differences balance truncation (h^2) against rounding (eps/h):
  // h ~ eps^(1/3) relative to the component's size.
  const double base_step = std::cbrt(std::numeric_limits<double>::epsilon());
  for (int j = 0; j < n; ++j) {
    const double h = base_step * std::max(1.0, std::fabs(x[j]));
    shifted[j] = x[j] + h;
    drift(t, shifted, p, plus);
    shifted[j] = x[j] - h;
    drift(t, shifted, p, minus);
    shifted[j] = x[j];
    const double width = 2.0 * h;
    for (int i = 0; i < n; ++i) jac[i * n + j] = (plus[i] - minus[i]) / width;
  }
}

bool System::rk4_steps_batch(double, double, std::uint64_t, double* const*, std::size_t, const double*) const {
  return false;
}

bool System::diffusion(double, const double*, const double*, double*) const { return false; }

std::shared_ptr<const System> System::for_parameters(std::span<const double>) const { return nullptr; }

std::vector<double> default_parameters(const System& system) {
  std::vector<double> values;
  for (const ParameterSpec& spec : system.parameters()) values.push_back(spec.default_value);
  return values;
}

std::size_t parameter_index(const System& system, std::string_view name) {
  const auto specs = system.parameters();
  std::string known;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].name == name) return i;
    if (i) known += ", ";
    known += specs[i].name;
  }
  throw InputError("system '" + std::string(system.id()) + "' has no parameter '" +
                   std::string(name) + "' (its parameters: " + known + ")");
}

void validate_parameters(const System& system, std::span<const double> values) {
  const auto specs = system.parameters();
  if (values.size() != specs.size())
    throw InputError("system '" + std::string(system.id()) + "' takes " +
                     std::to_string(specs.size()) + " parameters, got " +
                     std::to_string(values.size()));
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (!std::isfinite(values[i]))
      throw InputError("parameter '" + specs[i].name + "' must be a finite number");
    if (specs[i].structural && (values[i] < 1 || values[i] != std::floor(values[i]) || values[i] > 1e6))
      throw InputError("parameter '" + specs[i].name + "' must be a whole number from 1 to 1000000");
  }
}

}  // namespace flowscope
