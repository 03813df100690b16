#pragma once
// Dormand-Prince 5(4) (Dormand & Prince 1980; Hairer, Nørsett & Wanner,
// Solving ODEs I, II.5): a fifth-order step with an embedded fourth-order
// error estimate, first-same-as-last, and Hairer's fourth-order continuous
// extension for output between steps. Workspace is sized once.
#include <vector>

#include "core/integrate/stepper.h"
#include "core/integrate/trajectory.h"
#include "core/systems/system.h"

namespace flowscope {

class Dopri5Stepper final : public FixedStepper {
 public:
  Dopri5Stepper(const System& system, std::vector<double> parameters);
  int order() const override { return 5; }

  // A plain fifth-order step (no error control): for fixed-step use and tests.
  void step(double t, double h, double* x) override;

  // One attempted step of size h from (t, x) whose derivative f0 = f(t, x) is
  // known. Fills the candidate x1 and its derivative f1 (first-same-as-last)
  // and returns the scaled RMS error (accept when <= 1), using tolerances
  // atol + rtol * max(|x|, |x1|) per component.
  double attempt(double t, double h, const double* x, const double* f0, double rtol, double atol);
  const double* candidate() const { return x1_.data(); }
  const double* candidate_derivative() const { return k7_.data(); }

  // After an attempt: the state at t + theta h, 0 <= theta <= 1, accurate to
  // fourth order (dense output).
  void interpolate(double theta, double* out) const;

 private:
  void stages(double t, double h, const double* x, const double* f0);

  const System& system_;
  std::vector<double> parameters_;
  std::vector<double> k1_, k2_, k3_, k4_, k5_, k6_, k7_, stage_, x0_, x1_, dense_;
  double h_ = 0.0;
};

struct AdaptiveStats {
  std::size_t accepted = 0;
  std::size_t rejected = 0;
  std::size_t evaluations = 0;  // drift calls
};

// Adaptive integration from t = 0 to t_end under problem.rtol and atol,
// sampled every problem.dt by dense output (so samples match the fixed-step
// methods'). Step size control after Hairer: safety 0.9, growth at most x5,
// shrink at most /5; a step that underflows is reported as Unstable.
Trajectory integrate_dopri5(const Problem& problem, const RunControl& control, AdaptiveStats* stats = nullptr);

}  // namespace flowscope
