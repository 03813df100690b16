#include "core/embed/pca.h"

#include <Eigen/Dense>
#include <algorithm>
#include <atomic>
#include <cmath>

#include "core/errors.h"

namespace flowscope {
namespace {

constexpr std::size_t kStripes = 16;       // fixed partial sums: results independent of the thread count
constexpr std::size_t kBlockRows = 1024;   // rows per rank-k update (fits L2 with D = 100)

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

bool cancelled(const RunControl& control) { return control.cancel && control.cancel->load(std::memory_order_relaxed); }

}  // namespace

std::string_view pca_method_name(PcaMethod method) {
  switch (method) {
    case PcaMethod::Auto: return "auto";
    case PcaMethod::Exact: return "exact";
    case PcaMethod::Randomized: return "randomized";
  }
  return "auto";
}

PcaMethod parse_pca_method(std::string_view name) {
  if (name == "auto") return PcaMethod::Auto;
  if (name == "exact") return PcaMethod::Exact;
  if (name == "randomized") return PcaMethod::Randomized;
  throw InputError("unknown PCA method '" + std::string(name) + "' (known: auto, exact, randomized)");
}

namespace detail {

std::vector<double> column_means(const double* rows, std::size_t n, std::size_t d) {
  std::vector<double> partial(kStripes * d, 0.0);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t s = 0; s < kStripes; ++s) {
    double* sum = partial.data() + s * d;
    const std::size_t begin = n * s / kStripes, end = n * (s + 1) / kStripes;
    for (std::size_t i = begin; i < end; ++i)
      for (std::size_t j = 0; j < d; ++j) sum[j] += rows[i * d + j];
  }
  std::vector<double> mean(d, 0.0);
  for (std::size_t s = 0; s < kStripes; ++s)
    for (std::size_t j = 0; j < d; ++j) mean[j] += partial[s * d + j];
  for (double& m : mean) m /= static_cast<double>(n);
  return mean;
}

void fix_signs(std::vector<double>& components, std::size_t k, std::size_t d) {
  for (std::size_t c = 0; c < k; ++c) {
    double* v = components.data() + c * d;
    std::size_t largest = 0;
    for (std::size_t j = 1; j < d; ++j)
      if (std::fabs(v[j]) > std::fabs(v[largest])) largest = j;
    if (v[largest] < 0)
      for (std::size_t j = 0; j < d; ++j) v[j] = -v[j];
  }
}

PcaResult fit_pca_exact(const double* rows, std::size_t n, std::size_t d, std::size_t k, const std::vector<double>& mean,
                        const RunControl& control) {
  // Each stripe's lower triangle of Xc^T Xc, from blocks of centred rows held
  // as the columns of a D x rows matrix (the row-major block read as column-major).
  std::vector<Eigen::MatrixXd> gram(kStripes);
  const Eigen::Map<const Eigen::VectorXd> mu(mean.data(), static_cast<Eigen::Index>(d));
  std::atomic<bool> stop{false};
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t s = 0; s < kStripes; ++s) {
    Eigen::MatrixXd g = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(d));
    Eigen::MatrixXd block(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(kBlockRows));
    const std::size_t begin = n * s / kStripes, end = n * (s + 1) / kStripes;
    for (std::size_t first = begin; first < end; first += kBlockRows) {
      if (cancelled(control)) {
        stop = true;
        break;
      }
      const std::size_t m = std::min(kBlockRows, end - first);
      const Eigen::Map<const Eigen::MatrixXd> x(rows + first * d, static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(m));
      if (m != kBlockRows) block.resize(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(m));
      block.noalias() = x.colwise() - mu;
      g.selfadjointView<Eigen::Lower>().rankUpdate(block);
    }
    gram[s] = std::move(g);
    if (control.progress && s == 0) control.progress(0.5);
  }
  if (stop) return {};
  Eigen::MatrixXd covariance = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(d));
  for (const Eigen::MatrixXd& g : gram) covariance += g;
  covariance /= static_cast<double>(n - 1);
  covariance = covariance.selfadjointView<Eigen::Lower>();
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
  if (solver.info() != Eigen::Success) throw Error("PCA: the eigendecomposition of the covariance did not converge");

  PcaResult result;
  result.dimension = d;
  result.count = n;
  result.mean = mean;
  result.total_variance = covariance.trace();
  result.components.resize(k * d);
  // Eigen sorts eigenvalues in increasing order: take them from the end.
  for (std::size_t c = 0; c < k; ++c) {
    const Eigen::Index col = static_cast<Eigen::Index>(d - 1 - c);
    result.explained_variance.push_back(std::max(solver.eigenvalues()(col), 0.0));
    for (std::size_t j = 0; j < d; ++j) result.components[c * d + j] = solver.eigenvectors()(static_cast<Eigen::Index>(j), col);
  }
  fix_signs(result.components, k, d);
  for (double v : result.explained_variance)
    result.explained_variance_ratio.push_back(result.total_variance > 0 ? v / result.total_variance : 0.0);
  return result;
}

}  // namespace detail

PcaResult fit_pca(const double* rows, std::size_t count, std::size_t dimension, const PcaOptions& options,
                  const RunControl& control) {
  const std::size_t k = options.components;
  if (k == 0) throw InputError("PCA: the number of components must be at least 1");
  if (k > dimension)
    throw InputError("PCA: " + std::to_string(k) + " components requested but the data have only " +
                     std::to_string(dimension) + (dimension == 1 ? " dimension" : " dimensions"));
  if (count <= k)
    throw InputError("PCA: " + std::to_string(k) + " components need more than " + std::to_string(k) +
                     " time points; the data have " + std::to_string(count));
  for (std::size_t i = 0; i < count * dimension; ++i)
    if (!std::isfinite(rows[i]))
      throw InputError("PCA: the data hold a NaN or infinite value at row " + std::to_string(i / dimension) +
                       ", dimension " + std::to_string(i % dimension) + " (drop those rows first)");
  const std::vector<double> mean = detail::column_means(rows, count, dimension);
  bool randomized = options.method == PcaMethod::Randomized;
  if (options.method == PcaMethod::Auto)
    randomized = dimension > 512 && static_cast<double>(count) * static_cast<double>(dimension) > 1e7 &&
                 k + options.oversampling < dimension / 4;
  PcaResult result = randomized ? detail::fit_pca_randomized(rows, count, dimension, options, mean, control)
                                : detail::fit_pca_exact(rows, count, dimension, k, mean, control);
  if (control.progress && result.size()) control.progress(1.0);
  return result;
}

std::vector<double> pca_transform(const PcaResult& pca, const double* rows, std::size_t count) {
  const std::size_t d = pca.dimension, k = pca.size();
  std::vector<double> out(count * k);
  const Eigen::Map<const RowMatrix> w(pca.components.data(), static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(d));
  const Eigen::Map<const Eigen::RowVectorXd> mu(pca.mean.data(), static_cast<Eigen::Index>(d));
  const std::size_t blocks = (count + kBlockRows - 1) / kBlockRows;
#pragma omp parallel for schedule(static)
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::size_t first = b * kBlockRows, m = std::min(kBlockRows, count - first);
    const Eigen::Map<const RowMatrix> x(rows + first * d, static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(d));
    Eigen::Map<RowMatrix> y(out.data() + first * k, static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(k));
    y.noalias() = (x.rowwise() - mu) * w.transpose();
  }
  return out;
}

}  // namespace flowscope
