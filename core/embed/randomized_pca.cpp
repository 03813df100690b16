// Randomized PCA (Halko, Martinsson & Tropp 2011; see pca.h). The centred
// matrix Xc = X - 1 mu^T is never formed: Xc M = X M - 1 (mu^T M) and
// Xc^T Q = X^T Q - mu (1^T Q).
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "core/embed/pca.h"
#include "core/random/philox.h"

namespace flowscope::detail {
namespace {

constexpr std::size_t kStripes = 16;
constexpr std::size_t kBlockRows = 1024;

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Xc M: n x l, parallel over row blocks (Eigen single-threaded inside).
Eigen::MatrixXd centred_times(const double* rows, std::size_t n, std::size_t d, const Eigen::RowVectorXd& mu,
                              const Eigen::MatrixXd& m) {
  const Eigen::Index l = m.cols();
  Eigen::MatrixXd y(static_cast<Eigen::Index>(n), l);
  const Eigen::RowVectorXd shift = mu * m;
  const std::size_t blocks = (n + kBlockRows - 1) / kBlockRows;
#pragma omp parallel for schedule(static)
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::size_t first = b * kBlockRows, count = std::min(kBlockRows, n - first);
    const Eigen::Map<const RowMatrix> x(rows + first * d, static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(d));
    y.middleRows(static_cast<Eigen::Index>(first), static_cast<Eigen::Index>(count)).noalias() = x * m;
    y.middleRows(static_cast<Eigen::Index>(first), static_cast<Eigen::Index>(count)).rowwise() -= shift;
  }
  return y;
}

// Xc^T Q: d x l, partial sums over fixed stripes added in order.
Eigen::MatrixXd centred_transpose_times(const double* rows, std::size_t n, std::size_t d, const Eigen::VectorXd& mu,
                                        const Eigen::MatrixXd& q) {
  const Eigen::Index l = q.cols();
  std::vector<Eigen::MatrixXd> partial(kStripes);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t s = 0; s < kStripes; ++s) {
    Eigen::MatrixXd z = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(d), l);
    const std::size_t begin = n * s / kStripes, end = n * (s + 1) / kStripes;
    for (std::size_t first = begin; first < end; first += kBlockRows) {
      const std::size_t count = std::min(kBlockRows, end - first);
      const Eigen::Map<const RowMatrix> x(rows + first * d, static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(d));
      z.noalias() += x.transpose() * q.middleRows(static_cast<Eigen::Index>(first), static_cast<Eigen::Index>(count));
    }
    partial[s] = std::move(z);
  }
  Eigen::MatrixXd z = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(d), l);
  for (const Eigen::MatrixXd& p : partial) z += p;
  z -= mu * q.colwise().sum();
  return z;
}

// An orthonormal basis of a's columns. Tall matrices (n x l, n >> l) by
// Cholesky QR done twice ("CholeskyQR2", Fukaya et al., 2014: the second pass
// restores orthogonality to machine precision when cond(a) < 1e8, which the
// power iterations' re-orthonormalisation keeps true): A^T A by fixed stripes
// in parallel, then A R^-1 in parallel blocks. Householder QR, single-threaded
// and forming Q explicitly, took 20 times longer at n = 10^6.
Eigen::MatrixXd orthonormal_basis(const Eigen::MatrixXd& a) {
  const Eigen::Index n = a.rows(), l = a.cols();
  if (n < 4 * l) {
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(a);
    return qr.householderQ() * Eigen::MatrixXd::Identity(n, l);
  }
  Eigen::MatrixXd q = a;
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<Eigen::MatrixXd> partial(kStripes);
#pragma omp parallel for schedule(dynamic, 1)
    for (std::size_t s = 0; s < kStripes; ++s) {
      const Eigen::Index begin = n * static_cast<Eigen::Index>(s) / static_cast<Eigen::Index>(kStripes);
      const Eigen::Index end = n * static_cast<Eigen::Index>(s + 1) / static_cast<Eigen::Index>(kStripes);
      partial[s] = q.middleRows(begin, end - begin).transpose() * q.middleRows(begin, end - begin);
    }
    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(l, l);
    for (const Eigen::MatrixXd& g : partial) gram += g;
    const Eigen::LLT<Eigen::MatrixXd> llt(gram);
    if (llt.info() != Eigen::Success) {  // rank-deficient: fall back to Householder
      const Eigen::HouseholderQR<Eigen::MatrixXd> qr(a);
      return qr.householderQ() * Eigen::MatrixXd::Identity(n, l);
    }
    const Eigen::MatrixXd r_inverse =
        llt.matrixU().solve(Eigen::MatrixXd::Identity(l, l));  // R^-1 with gram = R^T R
    const std::size_t blocks = (static_cast<std::size_t>(n) + kBlockRows - 1) / kBlockRows;
#pragma omp parallel for schedule(static)
    for (std::size_t b = 0; b < blocks; ++b) {
      const auto first = static_cast<Eigen::Index>(b * kBlockRows);
      const Eigen::Index count = std::min<Eigen::Index>(static_cast<Eigen::Index>(kBlockRows), n - first);
      const Eigen::MatrixXd block = q.middleRows(first, count) * r_inverse;
      q.middleRows(first, count) = block;
    }
  }
  return q;
}

}  // namespace

PcaResult fit_pca_randomized(const double* rows, std::size_t n, std::size_t d, const PcaOptions& options,
                             const std::vector<double>& mean, const RunControl& control) {
  const std::size_t k = options.components;
  const std::size_t l = std::min({k + options.oversampling, d, n});
  const Eigen::Map<const Eigen::VectorXd> mu_col(mean.data(), static_cast<Eigen::Index>(d));
  const Eigen::RowVectorXd mu_row = mu_col.transpose();

  // Gaussian test matrix: entry (i, j) from Philox keyed by (seed, column j, row i).
  Eigen::MatrixXd omega(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(l));
  for (std::size_t j = 0; j < l; ++j)
    for (std::size_t i = 0; i < d; i += 4) {
      double z[4];
      philox::normals(options.seed, static_cast<std::uint32_t>(j), i / 4, 0, z);
      for (std::size_t t = 0; t < 4 && i + t < d; ++t) omega(static_cast<Eigen::Index>(i + t), static_cast<Eigen::Index>(j)) = z[t];
    }

  const auto stop = [&] { return control.cancel && control.cancel->load(std::memory_order_relaxed); };
  const double steps = 2.0 * static_cast<double>(options.power_iterations) + 2.0;
  Eigen::MatrixXd q = orthonormal_basis(centred_times(rows, n, d, mu_row, omega));
  for (std::size_t it = 0; it < options.power_iterations; ++it) {
    if (stop()) return {};
    const Eigen::MatrixXd z = orthonormal_basis(centred_transpose_times(rows, n, d, mu_col, q));
    q = orthonormal_basis(centred_times(rows, n, d, mu_row, z));
    if (control.progress) control.progress((2.0 * static_cast<double>(it) + 3.0) / steps);
  }
  if (stop()) return {};
  // B = Q^T Xc (l x d) = (Xc^T Q)^T; its SVD B = U S V^T gives Xc ~ (Q U) S V^T.
  const Eigen::MatrixXd bt = centred_transpose_times(rows, n, d, mu_col, q);
  const Eigen::JacobiSVD<Eigen::MatrixXd> svd(bt, Eigen::ComputeThinU);

  PcaResult result;
  result.dimension = d;
  result.count = n;
  result.randomized = true;
  result.mean = mean;
  result.components.resize(k * d);
  for (std::size_t c = 0; c < k; ++c) {
    const double s = svd.singularValues()(static_cast<Eigen::Index>(c));
    result.explained_variance.push_back(s * s / static_cast<double>(n - 1));
    for (std::size_t j = 0; j < d; ++j)
      result.components[c * d + j] = svd.matrixU()(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(c));
  }
  fix_signs(result.components, k, d);
  // The total variance is the sum of the column variances: one more pass.
  std::vector<double> partial(kStripes, 0.0);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t s = 0; s < kStripes; ++s) {
    double sum = 0.0;
    for (std::size_t i = n * s / kStripes; i < n * (s + 1) / kStripes; ++i)
      for (std::size_t j = 0; j < d; ++j) {
        const double v = rows[i * d + j] - mean[j];
        sum += v * v;
      }
    partial[s] = sum;
  }
  for (double p : partial) result.total_variance += p;
  result.total_variance /= static_cast<double>(n - 1);
  for (double v : result.explained_variance)
    result.explained_variance_ratio.push_back(result.total_variance > 0 ? v / result.total_variance : 0.0);
  return result;
}

}  // namespace flowscope::detail
