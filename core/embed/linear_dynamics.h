#pragma once
// A linear dynamical system fitted to trajectories: x_{t+1} = A x_t + b by
// least squares over all consecutive pairs within trials (a small ridge keeps
// it defined for degenerate data). The eigenvalues lambda of A, read as
// exp(mu dt), give the continuous-time rates mu = log(lambda) / dt: Re mu is
// the decay rate (negative: decaying), Im mu / (2 pi) the rotation frequency
// in cycles per unit of the data's time.
#include <cstddef>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

struct LinearDynamics {
  std::size_t dimension = 0;
  double dt = 1.0;                 // the sampling interval (median time step, or 1)
  std::vector<double> a;           // d x d row-major
  std::vector<double> b;           // d
  // Eigenvalues of A sorted by decreasing modulus, as (re, im) pairs.
  std::vector<double> eigenvalue_re, eigenvalue_im;
  std::vector<double> decay_rate;  // Re log(lambda) / dt
  std::vector<double> frequency;   // |Im log(lambda)| / (2 pi dt)
  double r_squared = 0.0;          // of the one-step increments x_{t+1} - x_t
  std::size_t pairs = 0;
};

// Throws InputError when there are fewer than d + 2 consecutive pairs or a value is not finite.
LinearDynamics fit_linear_dynamics(const TrajectorySet& data, double ridge = 1e-10);

}  // namespace flowscope
