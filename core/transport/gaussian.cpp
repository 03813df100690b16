#include "core/transport/gaussian.h"

#include <Eigen/Dense>
#include <cmath>

#include "core/errors.h"
#include "core/random/philox.h"

namespace flowscope {

void validate_gaussian(const Gaussian& g, const std::string& what) {
  const int d = g.dimension;
  if (d < 1) throw InputError(what + ": a Gaussian needs at least one dimension");
  if (g.mean.size() != static_cast<std::size_t>(d) || g.covariance.size() != static_cast<std::size_t>(d) * d)
    throw InputError(what + ": a " + std::to_string(d) + "-D Gaussian needs " + std::to_string(d) + " mean values and " +
                     std::to_string(d * d) + " covariance entries (row by row), got " +
                     std::to_string(g.mean.size()) + " and " + std::to_string(g.covariance.size()));
  for (double v : g.mean)
    if (!std::isfinite(v)) throw InputError(what + ": the mean has a value that is not a finite number");
  for (int r = 0; r < d; ++r)
    for (int c = 0; c < d; ++c) {
      const double v = g.covariance[r * d + c];
      if (!std::isfinite(v)) throw InputError(what + ": covariance entry (" + std::to_string(r) + ", " +
                                              std::to_string(c) + ") is not a finite number");
      if (std::fabs(v - g.covariance[c * d + r]) > 1e-12 * (1.0 + std::fabs(v)))
        throw InputError(what + ": the covariance is not symmetric (entries (" + std::to_string(r) + ", " +
                         std::to_string(c) + ") and (" + std::to_string(c) + ", " + std::to_string(r) + ") differ)");
    }
  const Eigen::Map<const Eigen::MatrixXd> cov(g.covariance.data(), d, d);
  const Eigen::LLT<Eigen::MatrixXd> llt(cov);
  if (llt.info() != Eigen::Success) throw InputError(what + ": the covariance is not positive definite");
}

std::vector<double> sample_gaussian(const Gaussian& g, std::size_t n, std::uint64_t seed, std::uint64_t stream) {
  const int d = g.dimension;
  const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> cov(
      g.covariance.data(), d, d);
  const Eigen::MatrixXd l = Eigen::MatrixXd(cov).llt().matrixL();
  std::vector<double> rows(n * d);
#pragma omp parallel
  {
    std::vector<double> z(d);
#pragma omp for schedule(static)
    for (std::size_t i = 0; i < n; ++i) {
      philox::wiener_increments(seed, static_cast<std::uint32_t>(i), stream, 1.0, d, z.data());
      for (int r = 0; r < d; ++r) {
        double v = g.mean[r];
        for (int c = 0; c <= r; ++c) v += l(r, c) * z[c];
        rows[i * d + r] = v;
      }
    }
  }
  return rows;
}

}  // namespace flowscope
