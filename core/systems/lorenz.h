#pragma once
#include "core/systems/system.h"

namespace flowscope {

// Lorenz (1963), "Deterministic nonperiodic flow", J. Atmos. Sci. 20:130-141.
//   dx/dt = sigma (y - x),  dy/dt = x (rho - z) - y,  dz/dt = x y - beta z
class LorenzSystem final : public System {
 public:
  std::string_view id() const override { return "lorenz"; }
  std::string_view name() const override { return "Lorenz"; }
  int dimension() const override { return 3; }
  std::span<const ParameterSpec> parameters() const override;
  std::vector<std::string> variable_names() const override { return {"x", "y", "z"}; }
  std::vector<double> default_initial_state() const override { return {1.0, 1.0, 1.0}; }
  double recommended_dt() const override { return 0.002; }
  void drift(double t, const double* x, const double* p, double* out) const override;
};

}  // namespace flowscope
