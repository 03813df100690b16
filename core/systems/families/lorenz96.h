#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

// Lorenz-96: N sites on a ring of latitude, each advected by its neighbours,
// damped and forced by F:
//   dx_i/dt = (x_{i+1} - x_{i-2}) x_{i-1} - x_i + F,  indices modulo N.
// N is a structural parameter: an instance has a fixed size, and
// for_parameters builds another instance when N changes.
class Lorenz96System final : public System {
 public:
  static constexpr int kDefaultSize = 10;
  static constexpr int kMinimumSize = 4;  // below 4 the i-2 and i+1 neighbours coincide

  explicit Lorenz96System(int size = kDefaultSize);  // throws InputError below kMinimumSize

  std::string_view id() const override { return "lorenz96"; }
  std::string_view name() const override { return "Lorenz-96"; }
  int dimension() const override { return size_; }
  std::span<const ParameterSpec> parameters() const override { return parameters_; }
  std::vector<std::string> variable_names() const override;
  std::vector<double> default_initial_state() const override;
  double recommended_dt() const override { return 0.005; }
  std::string_view equations() const override { return equations_; }
  std::string_view description() const override;
  std::string_view citation() const override;

  void drift(double t, const double* x, const double* p, double* out) const override;
  void jacobian(double t, const double* x, const double* p, double* jac) const override;
  std::shared_ptr<const System> for_parameters(std::span<const double> p) const override;

 private:
  int size_;
  std::vector<ParameterSpec> parameters_;  // F, then N with this instance's size as default
  std::string equations_;                  // one line per site
};

}  // namespace flowscope
