#pragma once
// A fixed-step integrator advances one state in place. Steppers own their
// workspace, sized once at construction: no allocation per step.

namespace flowscope {

class FixedStepper {
 public:
  virtual ~FixedStepper() = default;
  virtual int order() const = 0;
  // Advances x (dimension values) from t to t + h in place.
  virtual void step(double t, double h, double* x) = 0;
};

}  // namespace flowscope
