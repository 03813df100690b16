#pragma once
// Sparse identification of nonlinear dynamics (SINDy; Brunton, Proctor and
// Kutz, PNAS 113, 2016): dx/dt = Xi^T theta(x), with theta a library of
// candidate functions (function_library.h) and Xi sparse, found by
// sequentially thresholded least squares (STLSQ): solve least squares, set
// every coefficient smaller than the threshold in magnitude to zero, solve
// again on the terms left, until the set of terms stops changing.
//
// Derivatives come from derivatives.h (optional Gaussian smoothing, then
// fourth-order central differences). Everything is done on the normal
// equations (Theta^T Theta, Theta^T dX), accumulated in one pass, so memory
// does not grow with the number of samples.
//
// The threshold is given, or chosen by 5-fold cross-validation over
// contiguous blocks: of 24 thresholds spread geometrically below the largest
// least-squares coefficient, the largest (the sparsest model) whose held-out
// error, as a fraction of the derivatives' variance, is within
// kSindyCvTolerance of the best one.
//
// The result prints as a typed equation file (equation_parser.h) that
// compile_equations turns into a System, so the fitted model integrates,
// and has Lyapunov spectra and sections, like any other system.
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

inline constexpr double kSindyCvTolerance = 1e-3;

struct SindyOptions {
  int degree = 2;              // polynomial library up to this total degree
  bool trigonometric = false;  // add sin(x_j), cos(x_j)
  double threshold = -1.0;     // < 0: chosen by cross-validation
  double smooth_sigma = 0.0;   // Gaussian smoothing before differencing, in samples
  double dt = 0.0;             // 0: the data's time step (sampling.h)
  double ridge = 1e-12;        // relative to the mean scaled diagonal: keeps a singular library solvable
  int max_iterations = 25;     // STLSQ rounds per equation
};

struct SindyModel {
  std::vector<std::string> variables;  // the state, as named in the equations
  std::vector<std::string> terms;      // the library's terms as text
  std::vector<double> coefficients;    // variables x terms, row-major: dx_i/dt = sum_k c[i][k] term_k
  int degree = 0;
  bool trigonometric = false;
  double threshold = 0.0;
  bool threshold_from_cv = false;
  std::vector<double> cv_thresholds, cv_errors;  // the cross-validation curve (fraction of variance unexplained)
  std::vector<double> r_squared;                 // per equation, of the derivatives
  std::vector<double> initial_state;             // the first data point
  double dt = 0.0;
  double smooth_sigma = 0.0;
  std::size_t samples = 0;  // rows of the regression
  bool converged = true;    // every equation's term set settled within max_iterations

  double coefficient(std::size_t equation, std::size_t term) const { return coefficients[equation * terms.size() + term]; }
  std::size_t nonzero_terms() const;
  // "# ..." comments, one "dx/dt = c1*term1 + ..." per variable, "init" lines.
  std::string equations_text() const;
};

// Throws InputError for bad options, a bad time step (sampling.h), NaN,
// constant columns, or fewer samples than 2 x the library's size.
SindyModel fit_sindy(const TrajectorySet& data, const SindyOptions& options = {});

}  // namespace flowscope
