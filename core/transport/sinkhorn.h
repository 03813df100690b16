#pragma once
// Entropic optimal transport between weighted point clouds x (weights a) and
// y (weights b) with the squared Euclidean cost C_ij = |x_i - y_j|^2:
//
//   min over couplings pi of  <pi, C> + eps KL(pi | a b^T),
//
// solved by Sinkhorn's iterations on the dual potentials f, g in the log
// domain (Peyre & Cuturi, "Computational Optimal Transport", 2019, sec. 4.4):
//
//   f_i = -eps log sum_j b_j exp((g_j - C_ij)/eps)
//   g_j = -eps log sum_i a_i exp((f_i - C_ij)/eps)
//   pi_ij = a_i b_j exp((f_i + g_j - C_ij)/eps).
//
// Each log-sum-exp is shifted so its largest term is e^0 (finite at any eps:
// the potentials stay finite where the exponential-domain algorithm
// underflows), with the previous potential as a one-pass guess of the shift
// and an exact two-pass shift when the guess would leave the double range.
// eps-scaling (Schmitzer, SIAM J. Sci. Comput. 41, 2019) anneals eps from the
// mean cost down to the target by halving, warm-starting each stage.
//
// Convergence is measured by the L1 marginal error |pi 1 - a|_1 + |pi^T 1 - b|_1.
// After a g update the column marginals are exact, and the next f update's
// log-sum-exps give the row marginals of the current plan for free, so the
// error costs no extra pass.
//
// The cost is computed on the fly from the coordinates (N up to 50,000 and
// more: nothing of size N x M is stored); rows and columns are spread over
// OpenMP threads, each reduced in a fixed order, so results are bitwise
// identical for any thread count.
#include <cstdint>
#include <string>
#include <vector>

#include "core/integrate/trajectory.h"  // RunControl
#include "core/transport/point_cloud.h"

namespace flowscope {

struct SinkhornOptions {
  double epsilon = 0.0;         // > 0, in units of the cost
  int max_iterations = 10'000;  // the budget, over all eps stages (one iteration = f and g updates)
  double tolerance = 1e-6;      // target L1 marginal error (>= 0; 0 runs the whole budget)
  bool epsilon_scaling = true;
  double scaling_factor = 0.5;  // eps of the next stage = factor x eps of this one, in (0, 1)
};

enum class SinkhornStatus {
  Converged,     // the plan handed back, measured afresh, has marginal error <= tolerance (up to rounding)
  NotConverged,  // the iteration budget ran out first, or eps is too small for double precision to reach
                 // the tolerance (the message says which; the plan is still finite)
  Cancelled,     // the cancel flag was raised
};

std::string_view sinkhorn_status_name(SinkhornStatus status);  // "converged", "not_converged", "cancelled"

struct SinkhornResult {
  SinkhornStatus status = SinkhornStatus::NotConverged;
  std::string message;            // what happened, in words (non-convergence: the error reached)
  double epsilon = 0.0;           // the target eps
  double epsilon_reached = 0.0;   // the eps of f, g and the plan: the target unless cancelled early
  double mean_cost = 0.0;         // sum_ij a_i b_j C_ij: the independent coupling's cost
  int iterations = 0;             // over all stages
  int stages = 0;                 // eps stages run (1 without scaling)
  double cost = 0.0;              // <pi, C> of the final plan
  double row_error = 0.0;         // |pi 1 - a|_1 of the final plan
  double column_error = 0.0;      // |pi^T 1 - b|_1
  double marginal_error = 0.0;    // row_error + column_error
  std::vector<double> f, g;       // dual potentials at the target eps (cost units)
  std::vector<double> error_history;  // row L1 error before each iteration after the first of its stage
};

// sum_ij a_i b_j |x_i - y_j|^2 in O(N + M): E|X|^2 + E|Y|^2 - 2 E[X].E[Y].
double mean_squared_distance(const PointCloud& x, const PointCloud& y);

// Throws InputError for an invalid cloud (validate_cloud with "x" and "y"),
// clouds of different dimension, eps <= 0 or not finite, or bad options.
// Non-convergence and cancellation are statuses; the result is always finite.
SinkhornResult sinkhorn(const PointCloud& x, const PointCloud& y, const SinkhornOptions& options,
                        const RunControl& control = {});

// The plan's row and column marginals and its cost for potentials f, g at eps
// (two passes over the N x M pairs).
struct PlanSummary {
  std::vector<double> row_sums, column_sums;
  double cost = 0.0;
};
PlanSummary summarize_plan(const PointCloud& x, const PointCloud& y, const std::vector<double>& f,
                           const std::vector<double>& g, double epsilon);

}  // namespace flowscope
