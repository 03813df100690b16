#pragma once
// A test system with a known solution: dx/dt = A x, a damped rotation in
// (x, y) coupled into a decaying z, so x(t) = exp(A t) x0 exactly.
#include <Eigen/Dense>
#include <unsupported/Eigen/MatrixFunctions>

#include "core/systems/system.h"

namespace flowscope::testing {

class LinearSystem final : public System {
 public:
  LinearSystem() {
    a_ << -0.1, 2.0, 0.0,
          -2.0, -0.1, 0.0,
           0.3, 0.0, -0.5;
  }
  std::string_view id() const override { return "linear"; }
  std::string_view name() const override { return "Linear"; }
  int dimension() const override { return 3; }
  std::span<const ParameterSpec> parameters() const override { return {}; }
  std::vector<std::string> variable_names() const override { return {"x", "y", "z"}; }
  std::vector<double> default_initial_state() const override { return {1.0, 0.5, -0.25}; }
  double recommended_dt() const override { return 0.01; }
  void drift(double, const double* x, const double*, double* out) const override {
    Eigen::Map<Eigen::Vector3d> result(out);
    result = a_ * Eigen::Map<const Eigen::Vector3d>(x);
  }
  const Eigen::Matrix3d& matrix() const { return a_; }
  // exp(A t) x0 from the default initial state.
  Eigen::Vector3d exact(double t) const { return (a_ * t).exp() * Eigen::Vector3d(1.0, 0.5, -0.25); }

 private:
  Eigen::Matrix3d a_;
};

}  // namespace flowscope::testing
