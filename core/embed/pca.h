#pragma once
// Principal component analysis of N points in D dimensions (rows of a
// row-major N x D matrix).
//
// Exact: the covariance C = Xc^T Xc / (N - 1) of the centred data, built as a
// sum of blocked rank-k updates (Eigen's SYRK) over 16 fixed row stripes in
// parallel (OpenMP; Eigen runs single-threaded inside the region), summed in
// stripe order so the result does not depend on the thread count; then the
// symmetric eigendecomposition of the D x D matrix. Cost N D^2 / 2.
//
// Randomized (Halko, Martinsson & Tropp, "Finding structure with randomness",
// SIAM Review 53, 217-288, 2011, algorithms 4.4 and 5.1): a Gaussian test
// matrix of k + p columns, q power iterations with re-orthonormalisation, and
// the SVD of the small projected matrix. Cost about N D (k + p)(2q + 2); for
// large D this beats the covariance. The centring is applied implicitly.
//
// Signs: each component's largest-magnitude entry is positive, so results are
// reproducible across methods and runs.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/integrate/trajectory.h"  // RunControl

namespace flowscope {

enum class PcaMethod { Auto, Exact, Randomized };
std::string_view pca_method_name(PcaMethod method);  // "auto", "exact", "randomized"
PcaMethod parse_pca_method(std::string_view name);   // throws InputError

struct PcaOptions {
  std::size_t components = 3;
  PcaMethod method = PcaMethod::Auto;  // Auto: exact unless D > 512 and N D > 10^7
  std::size_t oversampling = 10;       // randomized: p
  std::size_t power_iterations = 2;    // randomized: q (Halko et al.: 1-2 suffice unless the spectrum is flat)
  std::uint64_t seed = 0;              // randomized: the test matrix
};

struct PcaResult {
  std::size_t dimension = 0;
  std::size_t count = 0;  // N
  bool randomized = false;
  std::vector<double> mean;                      // D
  std::vector<double> components;                // k x D row-major, orthonormal rows
  std::vector<double> explained_variance;        // k, descending (divided by N - 1)
  std::vector<double> explained_variance_ratio;  // k, of total_variance
  double total_variance = 0.0;                   // trace of the covariance
  std::size_t size() const { return explained_variance.size(); }
};

// Throws InputError when components is 0, exceeds D, or N <= components, or
// when the data hold a NaN or infinity (naming the row). Returns an empty
// result (size() == 0) when cancelled.
PcaResult fit_pca(const double* rows, std::size_t count, std::size_t dimension, const PcaOptions& options,
                  const RunControl& control = {});

// (x - mean) projected on the components: count x k row-major.
std::vector<double> pca_transform(const PcaResult& pca, const double* rows, std::size_t count);

namespace detail {
PcaResult fit_pca_exact(const double* rows, std::size_t n, std::size_t d, std::size_t k, const std::vector<double>& mean,
                        const RunControl& control);
PcaResult fit_pca_randomized(const double* rows, std::size_t n, std::size_t d, const PcaOptions& options,
                             const std::vector<double>& mean, const RunControl& control);
// Column means, summed over fixed stripes (thread-count independent).
std::vector<double> column_means(const double* rows, std::size_t n, std::size_t d);
// Flip each row of a k x D matrix so that its largest-magnitude entry is positive.
void fix_signs(std::vector<double>& components, std::size_t k, std::size_t d);
}  // namespace detail

}  // namespace flowscope
