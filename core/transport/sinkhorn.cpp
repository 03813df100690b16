#include "core/transport/sinkhorn.h"

#include <omp.h>

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/transport/sinkhorn_kernels.h"

namespace flowscope {
namespace {

namespace k = sinkhorn_kernels;

// A row's sum of exponentials is trusted when it lies in this range: then the
// guessed shift was within ~460 of the exact maximum, every term that matters
// is a normal double, and log(sum) is accurate to rounding.
constexpr double kSumLow = 1e-200, kSumHigh = 1e200;
// exp of a row-marginal ratio is capped here so that a far-from-converged plan
// reports a huge but finite error.
constexpr double kRatioClamp = 700.0;
// In an intermediate eps stage a loose plan is enough: the next stage refines it.
constexpr double kStageTolerance = 1e-2;
// The final plan is measured afresh (summarize_plan); its marginal error may
// exceed the iteration's estimate by rounding only, hence this relative slack.
constexpr double kMeasuredSlack = 1.01;
// Zero weights: a very negative log weight instead of -infinity (the kernels
// are compiled with -ffast-math and must not see infinities).
constexpr double kLogZeroWeight = -1e250;
// Below this many pairs a pass is faster on one thread than the cost of
// waking the others (results are the same either way).
constexpr std::size_t kParallelPairs = 1 << 16;

std::vector<const double*> axes(const PointCloud& cloud) {
  std::vector<const double*> pointers(cloud.dimension);
  for (int j = 0; j < cloud.dimension; ++j) pointers[j] = cloud.axis(j);
  return pointers;
}

// h_j = potential_j + eps log w_j: the column offsets of a log-sum-exp.
void offsets(const std::vector<double>& potential, const std::vector<double>& weights, double eps,
             std::vector<double>& h) {
  for (std::size_t j = 0; j < h.size(); ++j)
    h[j] = weights[j] > 0 ? potential[j] + eps * std::log(weights[j]) : kLogZeroWeight;
}

// lse_i = log sum_j exp((h_j - |p_i - q_j|^2)/eps) for every point p_i of P,
// shifted first by guess[i] and exactly (two passes) where the guess fails.
void log_sum_exp_pass(const PointCloud& p, const std::vector<const double*>& q, std::size_t q_count,
                      const std::vector<double>& h, double eps, const std::vector<double>& guess,
                      std::vector<double>& lse) {
  const int d = p.dimension;
  const double inv = 1.0 / eps;
  const std::size_t n = p.count;
#pragma omp parallel if (n * q_count > kParallelPairs)
  {
    std::vector<double> point(d);
#pragma omp for schedule(dynamic, 64)
    for (std::size_t i = 0; i < n; ++i) {
      for (int j = 0; j < d; ++j) point[j] = p.at(i, j);
      double shift = std::clamp(guess[i], -1e300, 1e300);
      double s = k::sum_exp(point.data(), q.data(), h.data(), q_count, d, inv, shift);
      if (!(s > kSumLow && s < kSumHigh)) {
        shift = k::max_exponent(point.data(), q.data(), h.data(), q_count, d, inv);
        s = k::sum_exp(point.data(), q.data(), h.data(), q_count, d, inv, shift);
      }
      lse[i] = shift + std::log(s);
    }
  }
}

// Row sums and row costs of the plan with potentials (own, other): entry
// (i, j) is w_i v_j exp((own_i + other_j - C_ij)/eps).
void plan_pass(const PointCloud& p, const PointCloud& q, const std::vector<double>& own,
               const std::vector<double>& other, double eps, std::vector<double>& sums, std::vector<double>* costs) {
  const std::vector<const double*> q_axes = axes(q);
  std::vector<double> h(q.count);
  offsets(other, q.weights, eps, h);
  const int d = p.dimension;
  const double inv = 1.0 / eps;
  const std::size_t n = p.count;
#pragma omp parallel if (n * q.count > kParallelPairs)
  {
    std::vector<double> point(d);
#pragma omp for schedule(dynamic, 64)
    for (std::size_t i = 0; i < n; ++i) {
      for (int j = 0; j < d; ++j) point[j] = p.at(i, j);
      const double shift = std::clamp(-own[i] * inv, -1e300, 1e300);
      double s = 0.0, sc = 0.0;
      if (costs) {
        k::sum_exp_cost(point.data(), q_axes.data(), h.data(), q.count, d, inv, shift, &s, &sc);
        (*costs)[i] = p.weights[i] * sc;
      } else {
        s = k::sum_exp(point.data(), q_axes.data(), h.data(), q.count, d, inv, shift);
      }
      sums[i] = p.weights[i] * s;
    }
  }
}

double l1_error(const std::vector<double>& sums, const std::vector<double>& weights) {
  double e = 0.0;
  for (std::size_t i = 0; i < sums.size(); ++i) e += std::fabs(sums[i] - weights[i]);
  return e;
}

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", value);
  return buffer;
}

}  // namespace

std::string_view sinkhorn_status_name(SinkhornStatus status) {
  switch (status) {
    case SinkhornStatus::Converged: return "converged";
    case SinkhornStatus::NotConverged: return "not_converged";
    case SinkhornStatus::Cancelled: return "cancelled";
  }
  return "unknown";
}

double mean_squared_distance(const PointCloud& x, const PointCloud& y) {
  double total = 0.0;
  for (int j = 0; j < x.dimension; ++j) {
    double mx = 0.0, my = 0.0, sx = 0.0, sy = 0.0;
    for (std::size_t i = 0; i < x.count; ++i) mx += x.weights[i] * x.at(i, j), sx += x.weights[i] * x.at(i, j) * x.at(i, j);
    for (std::size_t i = 0; i < y.count; ++i) my += y.weights[i] * y.at(i, j), sy += y.weights[i] * y.at(i, j) * y.at(i, j);
    total += sx + sy - 2.0 * mx * my;
  }
  return std::max(total, 0.0);
}

PlanSummary summarize_plan(const PointCloud& x, const PointCloud& y, const std::vector<double>& f,
                           const std::vector<double>& g, double epsilon) {
  PlanSummary summary;
  summary.row_sums.resize(x.count);
  summary.column_sums.resize(y.count);
  std::vector<double> row_costs(x.count);
  plan_pass(x, y, f, g, epsilon, summary.row_sums, &row_costs);
  plan_pass(y, x, g, f, epsilon, summary.column_sums, nullptr);
  for (double c : row_costs) summary.cost += c;  // serial: a fixed order
  return summary;
}

SinkhornResult sinkhorn(const PointCloud& x, const PointCloud& y, const SinkhornOptions& options,
                        const RunControl& control) {
  validate_cloud(x, "x");
  validate_cloud(y, "y");
  if (x.dimension != y.dimension)
    throw InputError("x has " + std::to_string(x.dimension) + " coordinates per point and y has " +
                     std::to_string(y.dimension) + ": both clouds need the same dimension");
  const double eps = options.epsilon;
  if (!(eps > 0) || !std::isfinite(eps)) throw InputError("epsilon must be a finite number > 0, not " + number_text(eps));
  if (options.max_iterations < 1) throw InputError("the iteration budget must be at least 1");
  if (!(options.tolerance >= 0) || !std::isfinite(options.tolerance))
    throw InputError("the tolerance must be a finite number >= 0, not " + number_text(options.tolerance));
  if (options.epsilon_scaling && !(options.scaling_factor > 0 && options.scaling_factor < 1))
    throw InputError("the eps-scaling factor must lie in (0, 1), not " + number_text(options.scaling_factor));

  SinkhornResult result;
  result.epsilon = eps;
  result.mean_cost = mean_squared_distance(x, y);
  if (!std::isfinite(result.mean_cost))
    throw InputError("the squared distances between x and y overflow; rescale the coordinates");

  // The eps schedule: from the mean cost (where the plan is nearly the
  // independent one and a few iterations suffice) down to eps.
  std::vector<double> schedule;
  if (options.epsilon_scaling)
    for (double e = result.mean_cost; e > eps; e *= options.scaling_factor) schedule.push_back(e);
  schedule.push_back(eps);

  const std::vector<const double*> x_axes = axes(x), y_axes = axes(y);
  std::vector<double> f(x.count, 0.0), g(y.count, 0.0), f_new(x.count), lse_x(x.count), lse_y(y.count);
  std::vector<double> hx(x.count), hy(y.count), guess_x(x.count), guess_y(y.count);
  bool converged = false, cancelled = false;
  // The eps of the last g update. Right after a g update every column sum of
  // the plan is exact, so every entry is <= b_j and the plan's sums and cost
  // are finite whatever the rows look like.
  double plan_epsilon = schedule.front();

  for (std::size_t stage = 0; stage < schedule.size() && !converged && !cancelled; ++stage) {
    const double e = schedule[stage];
    const bool last = stage + 1 == schedule.size();
    const double stage_tolerance = last ? options.tolerance : std::max(options.tolerance, kStageTolerance);
    ++result.stages;
    int done_in_stage = 0;
    while (true) {
      if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
        cancelled = true;
        break;
      }
      // f update; its log-sum-exps also give the current plan's row marginals
      // a_i exp((f_i - f_new_i)/e), exact columns coming from the last g update.
      offsets(g, y.weights, e, hy);
      for (std::size_t i = 0; i < x.count; ++i) guess_x[i] = -f[i] / e;
      log_sum_exp_pass(x, y_axes, y.count, hy, e, guess_x, lse_x);
      double row_error = 0.0;
      for (std::size_t i = 0; i < x.count; ++i) {
        f_new[i] = -e * lse_x[i];
        const double ratio = std::exp(std::min((f[i] - f_new[i]) / e, kRatioClamp));
        row_error += x.weights[i] * std::fabs(ratio - 1.0);
      }
      if (done_in_stage > 0) {
        result.error_history.push_back(row_error);
        if (row_error <= stage_tolerance) {
          converged = last;
          break;  // keep (f, g): its columns are exact, its rows within tolerance
        }
      }
      // Intermediate stages leave one iteration of the budget for each later
      // stage, so the plan handed back is always at the target eps.
      const int remaining_stages = static_cast<int>(schedule.size() - stage - 1);
      if (result.iterations + remaining_stages >= options.max_iterations) break;
      f.swap(f_new);
      offsets(f, x.weights, e, hx);
      for (std::size_t j = 0; j < y.count; ++j) guess_y[j] = -g[j] / e;
      log_sum_exp_pass(y, x_axes, x.count, hx, e, guess_y, lse_y);
      for (std::size_t j = 0; j < y.count; ++j) g[j] = -e * lse_y[j];
      plan_epsilon = e;
      ++result.iterations;
      ++done_in_stage;
      if (control.progress) control.progress(static_cast<double>(result.iterations) / options.max_iterations);
    }
  }

  // Measure the final plan honestly. It is at the target eps unless the run
  // was cancelled during an earlier stage.
  result.epsilon_reached = plan_epsilon;
  const PlanSummary summary = summarize_plan(x, y, f, g, plan_epsilon);
  result.row_error = l1_error(summary.row_sums, x.weights);
  result.column_error = l1_error(summary.column_sums, y.weights);
  result.marginal_error = result.row_error + result.column_error;
  result.cost = summary.cost;
  result.f = std::move(f);
  result.g = std::move(g);
  if (cancelled) {
    result.status = SinkhornStatus::Cancelled;
    result.message = "cancelled after " + std::to_string(result.iterations) + " iterations";
  } else if (converged && result.marginal_error <= options.tolerance * kMeasuredSlack + 1e-12) {
    result.status = SinkhornStatus::Converged;
    result.message = "converged in " + std::to_string(result.iterations) + " iterations (marginal error " +
                     number_text(result.marginal_error) + ")";
  } else if (converged) {
    // The iteration's own estimate met the tolerance but the plan, measured
    // afresh, does not: at tiny eps the potentials f/eps, g/eps are so large
    // that their sums lose the digits the marginals need (issue 16 found
    // eps = 1e-300 reported as converged with a marginal error of 1e304).
    result.status = SinkhornStatus::NotConverged;
    result.message = "the iterations met the tolerance but the plan measures marginal error " +
                     number_text(result.marginal_error) + " > tolerance " + number_text(options.tolerance) +
                     ": eps = " + number_text(eps) + " is too small for double precision at these costs (mean cost " +
                     number_text(result.mean_cost) + "); use a larger eps";
  } else {
    result.status = SinkhornStatus::NotConverged;
    result.message = "did not converge within " + std::to_string(options.max_iterations) +
                     " iterations: marginal error " + number_text(result.marginal_error) + " > tolerance " +
                     number_text(options.tolerance);
  }
  return result;
}

}  // namespace flowscope
