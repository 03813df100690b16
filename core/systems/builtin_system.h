#pragma once
// A catalogue entry written as data plus plain functions: most built-in
// systems need nothing more than their metadata and a drift.
#include <string>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

using DriftFunction = void (*)(double t, const double* x, const double* p, double* out);
using JacobianFunction = void (*)(double t, const double* x, const double* p, double* jac);

struct BuiltinSpec {
  std::string id;    // lower-case, words joined by '-': "rabinovich-fabrikant"
  std::string name;  // "Rabinovich–Fabrikant"
  std::vector<std::string> variables;  // its size is the dimension
  std::string equations;    // "dx/dt = ...\ndy/dt = ...", one line per variable
  std::string description;  // one or two sentences: what it models, what to look at
  std::string citation;     // the original paper
  std::vector<ParameterSpec> parameters;
  std::vector<double> initial_state;
  double dt = 0.01;  // a step at which RK4 is accurate on the attractor
  std::vector<ReferenceValue> references;
  bool autonomous = true;
  DriftFunction drift = nullptr;
  JacobianFunction jacobian = nullptr;  // null: central differences
};

class BuiltinSystem final : public System {
 public:
  explicit BuiltinSystem(BuiltinSpec spec);  // throws Error if the spec is inconsistent

  std::string_view id() const override { return spec_.id; }
  std::string_view name() const override { return spec_.name; }
  int dimension() const override { return static_cast<int>(spec_.variables.size()); }
  std::span<const ParameterSpec> parameters() const override { return spec_.parameters; }
  std::vector<std::string> variable_names() const override { return spec_.variables; }
  std::vector<double> default_initial_state() const override { return spec_.initial_state; }
  double recommended_dt() const override { return spec_.dt; }
  std::string_view equations() const override { return spec_.equations; }
  std::string_view description() const override { return spec_.description; }
  std::string_view citation() const override { return spec_.citation; }
  std::span<const ReferenceValue> references() const override { return spec_.references; }
  bool is_autonomous() const override { return spec_.autonomous; }
  void drift(double t, const double* x, const double* p, double* out) const override {
    spec_.drift(t, x, p, out);
  }
  void jacobian(double t, const double* x, const double* p, double* jac) const override;

 private:
  BuiltinSpec spec_;
};

}  // namespace flowscope
