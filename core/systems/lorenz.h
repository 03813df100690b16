#pragma once
#include "core/systems/system.h"

namespace flowscope {

// Lorenz (1963): the first system, written out by hand because ensembles and
// the benchmark lean on its vectorised batch drift and exact Jacobian.
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
  std::string_view equations() const override;
  std::string_view description() const override;
  std::string_view citation() const override;
  std::span<const ReferenceValue> references() const override;

  void drift(double t, const double* x, const double* p, double* out) const override;
  void drift_batch(double t, const double* const* x, std::size_t count, const double* p,
                   double* const* out) const override;
  bool rk4_steps_batch(double t, double h, std::uint64_t steps, double* const* x, std::size_t count,
                       const double* p) const override;
  void jacobian(double t, const double* x, const double* p, double* jac) const override;
};

}  // namespace flowscope
