#pragma once
#include <vector>

#include "core/integrate/stepper.h"
#include "core/systems/system.h"

namespace flowscope {

// The classical fourth-order Runge-Kutta method.
class Rk4Stepper final : public FixedStepper {
 public:
  // Keeps a reference to system and a copy of the parameter values.
  Rk4Stepper(const System& system, std::vector<double> parameters);
  int order() const override { return 4; }
  void step(double t, double h, double* x) override;

 private:
  const System& system_;
  std::vector<double> parameters_;
  std::vector<double> k1_, k2_, k3_, k4_, stage_;
};

}  // namespace flowscope
