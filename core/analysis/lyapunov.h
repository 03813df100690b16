#pragma once
// The Lyapunov spectrum by the standard method of Benettin, Galgani, Giorgilli
// and Strelcyn (Meccanica 15, 1980) and Shimada and Nagashima (Prog. Theor.
// Phys. 61, 1979): the state is integrated together with k tangent vectors Q
// obeying the variational equation dQ/dt = J(t, x) Q; every renormalisation
// interval Q = Q'R is re-orthonormalised and log R_ii, the growth of the i-th
// volume direction, is accumulated. The averages are the exponents.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/integrate/trajectory.h"

namespace flowscope {

struct LyapunovOptions {
  // Integrated first (state and tangent vectors) and then forgotten: it brings
  // the state onto the attractor and turns the tangent vectors towards the
  // directions the exponents belong to.
  double transient = 0.0;
  // Time between two QR re-orthonormalisations; 0 means every 10 steps. It must
  // be short enough that exp((lambda_1 - lambda_k) * interval) stays far below
  // 1e16, or the tangent vectors lose their independence in rounding.
  double renormalisation_interval = 0.0;
  // How many exponents (the largest ones); 0 means all of them.
  int count = 0;
  // At most this many points of the convergence curve, evenly spread in time.
  std::size_t curve_points = 500;
};

struct LyapunovResult {
  // Per unit time, sorted descending. Empty when the run stopped before any
  // averaging was done; then status says why.
  std::vector<double> exponents;
  double kaplan_yorke = 0.0;   // kaplan_yorke_dimension(exponents)
  double averaged_time = 0.0;  // time over which the exponents are averages
  // The convergence curve: curve_times[i] is the time averaged so far and
  // curve_estimates[i * exponents.size() + j] the running estimate of the
  // (j+1)-th largest exponent then. The last point is the final result.
  std::vector<double> curve_times;
  std::vector<double> curve_estimates;
  RunStatus status = RunStatus::Success;
  std::string message;  // why a run did not succeed
};

// The spectrum of problem's system at its parameters, starting from its
// initial state: RK4 at step problem.dt (default_problem() sets the system's
// recommended step) on the augmented state (x, Q), so J is evaluated at every
// stage; a transient of options.transient, then averaging over problem.t_end. Works for any System through System::jacobian (exact
// when the system has one, central differences otherwise).
// Throws InputError for a bad problem or options. A blow-up of the state or
// of the tangent vectors is reported as RunStatus::Unstable with its time,
// never as NaN exponents. Polls control.cancel every 4096 steps and reports
// progress as the fraction of steps done.
LyapunovResult lyapunov_spectrum(const Problem& problem, const LyapunovOptions& options = {},
                                 const RunControl& control = {});

// The Kaplan-Yorke (Lyapunov) dimension of a spectrum sorted descending:
// j + (lambda_1 + ... + lambda_j) / |lambda_{j+1}|, j the largest count whose
// partial sum is non-negative. 0 when lambda_1 < 0; the number of exponents
// when every partial sum is non-negative (a lower bound if the spectrum was
// truncated). Throws InputError if the exponents are not finite or not sorted.
double kaplan_yorke_dimension(std::span<const double> sorted_exponents);

}  // namespace flowscope
