#include "core/analysis/lyapunov.h"

#include <algorithm>

// GCC 12 with -march=native (AVX-512) reports maybe-uninitialised lanes inside
// Eigen's blocked GEMM kernels, instantiated here by HouseholderQR though never
// run below 48 tangent vectors: a known false positive in its intrinsics.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <Eigen/Dense>
#pragma GCC diagnostic pop
#include <cmath>
#include <functional>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr std::size_t kStepsBetweenPolls = 4096;
constexpr std::size_t kDefaultStepsPerRenormalisation = 10;
// As in integrate(): beyond this a state is a blow-up even while finite.
constexpr double kBlowUpMagnitude = 1e150;

// Steps of at most dt that cover length exactly (the step is then length / steps).
std::size_t step_count(double length, double dt) {
  return length > 0.0 ? static_cast<std::size_t>(std::ceil(length / dt - 1e-9)) : 0;
}

bool is_sane(const Eigen::VectorXd& x) {
  for (const double v : x)
    if (!(std::fabs(v) < kBlowUpMagnitude)) return false;  // false for NaN too
  return true;
}

// Classical RK4 on the augmented state (x, Q): dx/dt = f(t, x) and
// dQ/dt = J(t, x) Q, with J taken at every stage's own state, so the tangent
// vectors follow the linearisation of the very map RK4 applies to x.
// All buffers are sized here; step() allocates nothing.
class TangentRk4 {
 public:
  TangentRk4(const System& system, const std::vector<double>& parameters, int k)
      : system_(system), parameters_(parameters.data()), jacobian_(system.dimension(), system.dimension()) {
    const int n = system.dimension();
    for (int s = 0; s < 4; ++s) {
      dx_[s].resize(n);
      dq_[s].resize(n, k);
    }
    x_stage_.resize(n);
    q_stage_.resize(n, k);
  }

  void step(double t, double h, Eigen::VectorXd& x, Eigen::MatrixXd& q) {
    rate(t, x, q, 0);
    x_stage_ = x + (0.5 * h) * dx_[0];
    q_stage_ = q + (0.5 * h) * dq_[0];
    rate(t + 0.5 * h, x_stage_, q_stage_, 1);
    x_stage_ = x + (0.5 * h) * dx_[1];
    q_stage_ = q + (0.5 * h) * dq_[1];
    rate(t + 0.5 * h, x_stage_, q_stage_, 2);
    x_stage_ = x + h * dx_[2];
    q_stage_ = q + h * dq_[2];
    rate(t + h, x_stage_, q_stage_, 3);
    x += (h / 6.0) * (dx_[0] + 2.0 * dx_[1] + 2.0 * dx_[2] + dx_[3]);
    q += (h / 6.0) * (dq_[0] + 2.0 * dq_[1] + 2.0 * dq_[2] + dq_[3]);
  }

 private:
  void rate(double t, const Eigen::VectorXd& x, const Eigen::MatrixXd& q, int stage) {
    system_.drift(t, x.data(), parameters_, dx_[stage].data());
    system_.jacobian(t, x.data(), parameters_, jacobian_.data());
    // Coefficient-wise product: no GEMM workspace, no OpenMP threads inside
    // what may already be a parallel loop.
    dq_[stage].noalias() = jacobian_.lazyProduct(q);
  }

  const System& system_;
  const double* parameters_;
  RowMajorMatrix jacobian_;  // jac[i * n + j] = d f_i / d x_j, as System::jacobian writes it
  Eigen::VectorXd dx_[4], x_stage_;
  Eigen::MatrixXd dq_[4], q_stage_;
};

// Q = Q'R by Householder QR; Q is replaced by Q' with the signs chosen so that
// diag(R) > 0 (the factorisation is then unique), and log R_ii is added to the
// growth sums. The thin Q' is rebuilt from the stored reflectors in place,
// Q' = H_0 H_1 ... H_{k-1} [I_k; 0], so nothing is allocated.
class QrRenormaliser {
 public:
  QrRenormaliser(int n, int k) : qr_(n, k), workspace_(k), logs_(k) {}

  // False (and nothing added) when some R_ii is zero or not finite: the tangent
  // vectors overflowed or collapsed.
  bool renormalise(Eigen::MatrixXd& q, Eigen::VectorXd& log_growth) {
    const Eigen::Index n = q.rows(), k = q.cols();
    qr_.compute(q);
    const Eigen::MatrixXd& packed = qr_.matrixQR();  // R above the diagonal, reflectors below
    for (Eigen::Index i = 0; i < k; ++i) {
      logs_[i] = std::log(std::fabs(packed(i, i)));
      if (!std::isfinite(logs_[i])) return false;
    }
    q.setIdentity();
    // Columns before j are still unit vectors with zeros where H_j acts.
    for (Eigen::Index j = k - 1; j >= 0; --j)
      q.bottomRightCorner(n - j, k - j)
          .applyHouseholderOnTheLeft(packed.col(j).tail(n - j - 1), qr_.hCoeffs()(j), workspace_.data());
    for (Eigen::Index i = 0; i < k; ++i)
      if (packed(i, i) < 0.0) q.col(i) = -q.col(i);
    log_growth += logs_;
    return true;
  }

 private:
  Eigen::HouseholderQR<Eigen::MatrixXd> qr_;
  Eigen::VectorXd workspace_, logs_;
};

void check_inputs(const Problem& problem, const LyapunovOptions& options) {
  validate(problem);
  const int n = problem.system->dimension();
  if (!(std::isfinite(options.transient) && options.transient >= 0.0))
    throw InputError("the transient must be a finite time of zero or more");
  if (options.transient / problem.dt > static_cast<double>(kMaxSamples))
    throw InputError("the transient asks for " + format_double(std::ceil(options.transient / problem.dt)) +
                     " steps; at most " + std::to_string(kMaxSamples) + " are allowed");
  if (!(std::isfinite(options.renormalisation_interval) && options.renormalisation_interval >= 0.0))
    throw InputError("the renormalisation interval must be a finite time of zero or more");
  if (options.count < 0 || options.count > n)
    throw InputError("the number of exponents must be from 1 to the dimension, " + std::to_string(n) +
                     " (0 for all); got " + std::to_string(options.count));
}

void sort_descending(double* begin, double* end) { std::sort(begin, end, std::greater<double>()); }

}  // namespace

LyapunovResult lyapunov_spectrum(const Problem& problem, const LyapunovOptions& options, const RunControl& control) {
  check_inputs(problem, options);
  const System& system = *problem.system;
  const int n = system.dimension();
  const int k = options.count > 0 ? options.count : n;
  const std::size_t transient_steps = step_count(options.transient, problem.dt);
  const std::size_t averaging_steps = step_count(problem.t_end, problem.dt);
  const std::size_t total_steps = transient_steps + averaging_steps;
  const std::size_t steps_per_renormalisation =
      options.renormalisation_interval > 0.0
          ? std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(options.renormalisation_interval / problem.dt)))
          : kDefaultStepsPerRenormalisation;
  const std::size_t renormalisations = (averaging_steps + steps_per_renormalisation - 1) / steps_per_renormalisation;
  const std::size_t curve_stride =
      options.curve_points > 0 ? (renormalisations + options.curve_points - 1) / options.curve_points : renormalisations;

  LyapunovResult result;
  result.curve_times.reserve(renormalisations / curve_stride + 2);
  result.curve_estimates.reserve((renormalisations / curve_stride + 2) * k);

  TangentRk4 flow(system, problem.parameters, k);
  QrRenormaliser renormaliser(n, k);
  Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(problem.initial_state.data(), n);
  Eigen::MatrixXd q = Eigen::MatrixXd::Identity(n, k);
  Eigen::VectorXd log_growth = Eigen::VectorXd::Zero(k);
  double averaged = 0.0;  // averaging time covered by log_growth

  struct Phase {
    std::size_t steps;
    double start, length;
    bool averaging;
  };
  const Phase phases[] = {{transient_steps, 0.0, options.transient, false},
                          {averaging_steps, options.transient, problem.t_end, true}};
  std::size_t done = 0;
  for (const Phase& phase : phases) {
    if (result.status != RunStatus::Success) break;
    // What the transient accumulated is forgotten; its aligned Q is kept.
    log_growth.setZero();
    const double h = phase.steps ? phase.length / static_cast<double>(phase.steps) : 0.0;
    std::size_t renormalised = 0;
    for (std::size_t i = 0; i < phase.steps; ++i) {
      flow.step(phase.start + static_cast<double>(i) * h, h, x, q);
      const double t_now = phase.start + static_cast<double>(i + 1) * h;
      if (!is_sane(x)) {
        result.status = RunStatus::Unstable;
        result.message = "the state blew up at t = " + format_double(t_now) +
                         "; try a smaller time step or other parameters";
        break;
      }
      if ((i + 1) % steps_per_renormalisation == 0 || i + 1 == phase.steps) {
        if (!renormaliser.renormalise(q, log_growth)) {
          result.status = RunStatus::Unstable;
          result.message = "the tangent vectors overflowed or collapsed at t = " + format_double(t_now) +
                           "; try a shorter renormalisation interval or a smaller time step";
          break;
        }
        ++renormalised;
        if (phase.averaging) {
          averaged = static_cast<double>(i + 1) * h;
          if (renormalised % curve_stride == 0 || i + 1 == phase.steps) {
            result.curve_times.push_back(averaged);
            for (int j = 0; j < k; ++j) result.curve_estimates.push_back(log_growth[j] / averaged);
            sort_descending(result.curve_estimates.data() + result.curve_estimates.size() - k,
                            result.curve_estimates.data() + result.curve_estimates.size());
          }
        }
      }
      if (++done % kStepsBetweenPolls == 0) {
        if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
          result.status = RunStatus::Cancelled;
          result.message = "cancelled";
          break;
        }
        if (control.progress) control.progress(static_cast<double>(done) / static_cast<double>(total_steps));
      }
    }
  }

  // Whatever was averaged up to the last good renormalisation stands, also
  // for a run that stopped early; status tells the caller which it is.
  result.averaged_time = averaged;
  if (averaged > 0.0) {
    result.exponents.resize(k);
    for (int j = 0; j < k; ++j) result.exponents[j] = log_growth[j] / averaged;
    sort_descending(result.exponents.data(), result.exponents.data() + k);
    result.kaplan_yorke = kaplan_yorke_dimension(result.exponents);
  }
  if (result.status == RunStatus::Success && control.progress) control.progress(1.0);
  return result;
}

double kaplan_yorke_dimension(std::span<const double> sorted_exponents) {
  for (std::size_t i = 0; i < sorted_exponents.size(); ++i) {
    if (!std::isfinite(sorted_exponents[i])) throw InputError("the Lyapunov exponents must be finite");
    if (i > 0 && sorted_exponents[i] > sorted_exponents[i - 1])
      throw InputError("the Lyapunov exponents must be sorted from the largest down");
  }
  // j exponents whose sum is still >= 0: a j-volume does not shrink, a
  // (j+1)-volume does; the fraction interpolates linearly between the two.
  double partial_sum = 0.0;
  for (std::size_t j = 0; j < sorted_exponents.size(); ++j) {
    if (partial_sum + sorted_exponents[j] < 0.0)
      return static_cast<double>(j) + partial_sum / std::fabs(sorted_exponents[j]);
    partial_sum += sorted_exponents[j];
  }
  return static_cast<double>(sorted_exponents.size());
}

}  // namespace flowscope
