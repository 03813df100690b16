#pragma once
// Closed-form references for Langevin ensembles, beside the grid ones of
// boltzmann.h and fokker_planck.h:
//  - Ornstein-Uhlenbeck (U = k|x|^2/2, overdamped): the exact mean and variance
//    at every time, per axis;
//  - Kramers-Langer escape rates over a saddle between two wells along x, with
//    a counter that measures the same rate in an ensemble.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/langevin/potential.h"

namespace flowscope {

// Overdamped OU, dx = -(k/gamma) x dt + sqrt(2 kT/gamma) dW, is linear, so its
// mean and variance obey closed ODEs with the exact solution over a span tau:
//   mean <- mean e^{-k tau/gamma},
//   var  <- kT/k + (var - kT/k) e^{-2 k tau/gamma}.
// Applied span by span, it follows live changes of kT and gamma exactly.
struct OuMoments {
  std::vector<double> mean, variance;  // per axis
};
OuMoments advance_ou_moments(const OuMoments& start, double k, double kT, double gamma, double tau);

// The escape rate from the left well over the saddle between two wells on the
// x axis (the other coordinates 0), by Kramers' formula in Langer's
// multidimensional form, valid for a high barrier (barrier / kT >> 1):
//   rate = kappa / (2 pi) * sqrt(det H_min / |det H_saddle|) * exp(-barrier / kT),
// H the Hessian of U, lambda < 0 its unstable eigenvalue at the saddle, and
//   kappa = |lambda| / gamma                                 (overdamped),
//   kappa = sqrt(g^2/4 + |lambda|/m) - g/2,  g = gamma / m    (underdamped,
// Kramers' moderate-to-high friction result; it tends to the overdamped one
// as gamma grows). In 1-D this is sqrt(U''(min) |U''(saddle)|)/(2 pi gamma) e^{-dU/kT}.
struct KramersEstimate {
  double x_left = 0.0, x_saddle = 0.0, x_right = 0.0;  // the critical points on the x axis
  double barrier = 0.0;                                // U(saddle) - U(left minimum)
  double rate = 0.0;                                   // left -> right, per unit time
};

// For a 1-D or 2-D potential whose restriction to the x axis has exactly two
// minima with one maximum between them in the default box, and where those
// are critical points of U with a saddle of one unstable direction; nullopt
// for any other landscape. mass <= 0 selects the overdamped formula.
std::optional<KramersEstimate> kramers_estimate(const Potential& potential, std::span<const double> parameters,
                                                double kT, double gamma, double mass = 0.0);

// Measures well-to-well rates in an ensemble observed at discrete times: a
// particle is committed to a well once its x reaches that well's minimum, and
// a transition is counted when a particle committed to one well reaches the
// other's minimum (minimum to minimum: the passage time Kramers' rate is the
// inverse of). Transitions shorter than the observation interval are missed,
// so observe often compared with 1 / rate.
class EscapeCounter {
 public:
  EscapeCounter(double x_left, double x_right, std::size_t count);

  // x of every particle after a span `elapsed` since the previous call; the
  // time committed to each well accumulates with the states before the update.
  void observe(std::span<const double> x, double elapsed);
  // Forgets the counts and times (after a change of kT, gamma or U), keeping
  // each particle's well.
  void reset_statistics();

  std::uint64_t left_to_right() const { return left_to_right_; }
  std::uint64_t right_to_left() const { return right_to_left_; }
  double time_left() const { return time_left_; }  // particle-time committed to the left well
  double time_right() const { return time_right_; }
  // Transitions left -> right per unit of left-committed time (NaN before any),
  // and its Poisson standard error rate / sqrt(transitions).
  double rate_from_left() const;
  double rate_error_from_left() const;

 private:
  double x_left_, x_right_;
  std::vector<std::int8_t> well_;  // -1 left, +1 right, 0 not yet committed
  std::uint64_t left_to_right_ = 0, right_to_left_ = 0;
  double time_left_ = 0.0, time_right_ = 0.0;
};

}  // namespace flowscope
