#include "core/reconstruct/sindy.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/io/number_format.h"
#include "core/reconstruct/derivatives.h"
#include "core/reconstruct/function_library.h"
#include "core/reconstruct/sampling.h"

namespace flowscope {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

constexpr int kFolds = 5;
constexpr int kCandidates = 24;
constexpr double kCandidateSpan = 1e-5;  // the smallest candidate threshold, relative to the largest coefficient

// Normal equations of one block of rows: G = Theta^T Theta, B = Theta^T dX,
// and per equation the sums of dX and dX^2 (for the variance).
struct NormalEquations {
  MatrixXd g, b;
  VectorXd y_sum, y_squares;
  double rows = 0;
  NormalEquations(Index p, Index d) : g(MatrixXd::Zero(p, p)), b(MatrixXd::Zero(p, d)), y_sum(VectorXd::Zero(d)), y_squares(VectorXd::Zero(d)) {}
  NormalEquations& operator-=(const NormalEquations& o) {
    g -= o.g, b -= o.b, y_sum -= o.y_sum, y_squares -= o.y_squares, rows -= o.rows;
    return *this;
  }
  // Sum of squared residuals of equation i with coefficients xi.
  double residual(const VectorXd& xi, Index i) const {
    return y_squares(i) - 2.0 * xi.dot(b.col(i)) + xi.dot(g * xi);
  }
  double variance(Index i) const { return y_squares(i) / rows - (y_sum(i) / rows) * (y_sum(i) / rows); }
};

// Least squares for equation i restricted to the terms in `active`, on
// normal equations whose columns are scaled by `scale` (the RMS of each
// term) so that the ridge and the solver see a well-conditioned matrix.
VectorXd solve_on(const NormalEquations& n, const VectorXd& scale, Index i, const std::vector<Index>& active,
                  double ridge) {
  const auto a = static_cast<Index>(active.size());
  VectorXd xi = VectorXd::Zero(n.g.rows());
  if (a == 0) return xi;
  MatrixXd g(a, a);
  VectorXd b(a);
  for (Index r = 0; r < a; ++r) {
    const Index kr = active[static_cast<std::size_t>(r)];
    b(r) = n.b(kr, i) / scale(kr);
    for (Index c = 0; c < a; ++c) {
      const Index kc = active[static_cast<std::size_t>(c)];
      g(r, c) = n.g(kr, kc) / (scale(kr) * scale(kc));
    }
  }
  g.diagonal().array() += ridge * g.diagonal().mean();
  const VectorXd solution = g.ldlt().solve(b);
  for (Index r = 0; r < a; ++r) xi(active[static_cast<std::size_t>(r)]) = solution(r) / scale(active[static_cast<std::size_t>(r)]);
  return xi;
}

// STLSQ for equation i; the threshold applies to the unscaled coefficients.
// When the term set has not settled after max_iterations, the last set kept
// is refitted, so no coefficient below the threshold is ever returned from
// a thresholded round.
VectorXd stlsq(const NormalEquations& n, const VectorXd& scale, Index i, double threshold, double ridge, int max_iterations,
               bool& converged) {
  std::vector<Index> active(static_cast<std::size_t>(n.g.rows()));
  for (Index k = 0; k < n.g.rows(); ++k) active[static_cast<std::size_t>(k)] = k;
  converged = false;
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    const VectorXd xi = solve_on(n, scale, i, active, ridge);
    std::vector<Index> kept;
    for (Index k : active)
      if (std::fabs(xi(k)) >= threshold) kept.push_back(k);
    if (kept.size() == active.size()) {
      converged = true;
      return xi;
    }
    active = std::move(kept);
  }
  return solve_on(n, scale, i, active, ridge);
}

}  // namespace

std::size_t SindyModel::nonzero_terms() const {
  return static_cast<std::size_t>(std::count_if(coefficients.begin(), coefficients.end(), [](double c) { return c != 0.0; }));
}

std::string SindyModel::equations_text() const {
  std::string text = "# SINDy fit: polynomial library of degree " + std::to_string(degree) +
                     (trigonometric ? " with sin and cos" : "") + " (" + std::to_string(terms.size()) + " terms), threshold " +
                     format_double(threshold) + (threshold_from_cv ? " (cross-validated)" : "") + "\n";
  text += "# derivatives: 4th-order central differences, dt " + format_double(dt) +
          (smooth_sigma > 0 ? ", Gaussian smoothing sigma " + format_double(smooth_sigma) + " samples" : "") + "; " +
          std::to_string(samples) + " samples\n";
  for (std::size_t i = 0; i < variables.size(); ++i) {
    std::string rhs;
    for (std::size_t k = 0; k < terms.size(); ++k) {
      const double c = coefficient(i, k);
      if (c == 0.0) continue;
      const std::string magnitude = format_double(std::fabs(c));
      const std::string product = terms[k] == "1" ? magnitude : magnitude + "*" + terms[k];
      rhs += rhs.empty() ? (c < 0 ? "-" : "") + product : (c < 0 ? " - " : " + ") + product;
    }
    text += "d" + variables[i] + "/dt = " + (rhs.empty() ? "0" : rhs) + "   # R^2 " + format_double(r_squared[i]) + "\n";
  }
  for (std::size_t i = 0; i < variables.size(); ++i)
    text += "init " + variables[i] + " = " + format_double(initial_state[i]) + "\n";
  return text;
}

SindyModel fit_sindy(const TrajectorySet& data, const SindyOptions& options) {
  if (options.max_iterations < 1) throw InputError("SINDy: max_iterations must be at least 1");
  if (!(options.ridge >= 0)) throw InputError("SINDy: the ridge must be >= 0");
  if (!std::isfinite(options.threshold)) throw InputError("SINDy: the threshold must be a finite number");
  const double dt = uniform_time_step(data, options.dt);
  const FunctionLibrary library(variable_names_for(data), options.degree, options.trigonometric);
  const std::size_t p = library.size(), d = data.dimension;
  std::size_t usable = 0;
  for (std::size_t r = 0; r < data.trials(); ++r) usable += data.trial_length(r) > 4 ? data.trial_length(r) - 4 : 0;
  check_fit_data(data, usable, std::max<std::size_t>(2 * p, kFolds * 2),
                 "a library of " + std::to_string(p) + " terms (degree " + std::to_string(options.degree) + ")");
  const DerivativeSamples samples = central_derivatives(data, dt, options.smooth_sigma);
  const std::size_t n = samples.rows();

  // Normal equations per contiguous fold, and their total.
  const auto pi = static_cast<Index>(p), di = static_cast<Index>(d);
  std::vector<NormalEquations> folds(kFolds, NormalEquations(pi, di));
  VectorXd theta(pi);
  for (std::size_t row = 0; row < n; ++row) {
    library.evaluate(&samples.states[row * d], theta.data());
    const Eigen::Map<const VectorXd> y(&samples.derivatives[row * d], di);
    NormalEquations& f = folds[row * kFolds / n];
    f.g.selfadjointView<Eigen::Lower>().rankUpdate(theta);
    f.b.noalias() += theta * y.transpose();
    f.y_sum += y;
    f.y_squares += y.cwiseProduct(y);
    f.rows += 1;
  }
  NormalEquations total(pi, di);
  for (NormalEquations& f : folds) {
    f.g = f.g.selfadjointView<Eigen::Lower>();
    total.g += f.g, total.b += f.b, total.y_sum += f.y_sum, total.y_squares += f.y_squares, total.rows += f.rows;
  }
  VectorXd scale = (total.g.diagonal() / total.rows).cwiseSqrt();
  for (Index k = 0; k < pi; ++k)
    if (!(scale(k) > 0)) scale(k) = 1.0;  // a term that is zero on all data (sin of a variable stuck at 0)

  SindyModel model;
  model.variables = library.variables();
  for (std::size_t k = 0; k < p; ++k) model.terms.push_back(library.term_text(k));
  model.degree = options.degree;
  model.trigonometric = options.trigonometric;
  model.dt = dt;
  model.smooth_sigma = options.smooth_sigma;
  model.samples = n;
  model.initial_state.assign(data.values.begin(), data.values.begin() + static_cast<std::ptrdiff_t>(d));

  double threshold = options.threshold;
  if (threshold < 0) {
    // Candidates below the largest plain least-squares coefficient.
    double largest = 0.0;
    bool ignored = false;
    for (Index i = 0; i < di; ++i)
      largest = std::max(largest, stlsq(total, scale, i, 0.0, options.ridge, 1, ignored).cwiseAbs().maxCoeff());
    double best = 1e300;
    for (int c = 0; c < kCandidates; ++c) {
      const double candidate = largest * std::pow(kCandidateSpan, 1.0 - static_cast<double>(c) / kCandidates);
      double error = 0.0;
      for (int f = 0; f < kFolds; ++f) {
        NormalEquations train = total;
        train -= folds[static_cast<std::size_t>(f)];
        for (Index i = 0; i < di; ++i) {
          const VectorXd xi = stlsq(train, scale, i, candidate, options.ridge, options.max_iterations, ignored);
          const NormalEquations& held = folds[static_cast<std::size_t>(f)];
          error += held.residual(xi, i) / (held.rows * std::max(total.variance(i), 1e-300));
        }
      }
      error /= static_cast<double>(kFolds * di);
      model.cv_thresholds.push_back(candidate);
      model.cv_errors.push_back(error);
      best = std::min(best, error);
    }
    threshold = model.cv_thresholds.front();
    for (std::size_t c = 0; c < model.cv_thresholds.size(); ++c)
      if (model.cv_errors[c] <= best + kSindyCvTolerance) threshold = model.cv_thresholds[c];
    model.threshold_from_cv = true;
  }
  model.threshold = threshold;

  model.coefficients.assign(d * p, 0.0);
  for (Index i = 0; i < di; ++i) {
    bool converged = false;
    const VectorXd xi = stlsq(total, scale, i, threshold, options.ridge, options.max_iterations, converged);
    model.converged = model.converged && converged;
    for (Index k = 0; k < pi; ++k) model.coefficients[static_cast<std::size_t>(i) * p + static_cast<std::size_t>(k)] = xi(k);
    const double variance = total.variance(i);
    model.r_squared.push_back(variance > 0 ? 1.0 - total.residual(xi, i) / (total.rows * variance) : 0.0);
  }
  return model;
}

}  // namespace flowscope
