#include "core/embed/procrustes.h"

#include <Eigen/Dense>
#include <cmath>
#include <string>

#include "core/errors.h"

namespace flowscope {
namespace {
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
}

double r_squared(const double* target, const double* fitted, std::size_t count, std::size_t dimension) {
  const Eigen::Map<const RowMatrix> y(target, static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(dimension));
  const Eigen::Map<const RowMatrix> f(fitted, static_cast<Eigen::Index>(count), static_cast<Eigen::Index>(dimension));
  const double total = (y.rowwise() - y.colwise().mean()).squaredNorm();
  return 1.0 - (y - f).squaredNorm() / total;
}

ProcrustesResult procrustes(const double* source, const double* target, std::size_t count, std::size_t k,
                            std::size_t p, const ProcrustesOptions& options) {
  if (count < 2) throw InputError("Procrustes: at least 2 points are needed, not " + std::to_string(count));
  if (k == 0 || p == 0) throw InputError("Procrustes: both sets need at least one dimension");
  if (k > p)
    throw InputError("Procrustes: the source has " + std::to_string(k) + " dimensions, more than the target's " +
                     std::to_string(p) + " (project it to " + std::to_string(p) + " first)");
  if (!options.reflection && k != p)
    throw InputError("Procrustes: a proper rotation needs equal dimensions (" + std::to_string(k) + " and " +
                     std::to_string(p) + ")");
  const auto n = static_cast<Eigen::Index>(count);
  const Eigen::Map<const RowMatrix> x(source, n, static_cast<Eigen::Index>(k));
  const Eigen::Map<const RowMatrix> y(target, n, static_cast<Eigen::Index>(p));
  if (!x.allFinite() || !y.allFinite()) throw InputError("Procrustes: the points hold NaN or infinite values");
  const Eigen::RowVectorXd mx = x.colwise().mean(), my = y.colwise().mean();
  const RowMatrix xc = x.rowwise() - mx, yc = y.rowwise() - my;
  const Eigen::MatrixXd m = xc.transpose() * yc;  // k x p
  const Eigen::JacobiSVD<Eigen::MatrixXd> svd(m, Eigen::ComputeThinU | Eigen::ComputeThinV);
  Eigen::VectorXd sign = Eigen::VectorXd::Ones(static_cast<Eigen::Index>(k));
  if (!options.reflection && (svd.matrixU() * svd.matrixV().transpose()).determinant() < 0)
    sign(static_cast<Eigen::Index>(k) - 1) = -1.0;  // the nearest proper rotation flips the weakest axis
  const Eigen::MatrixXd r = svd.matrixU() * sign.asDiagonal() * svd.matrixV().transpose();  // k x p
  const double norm = xc.squaredNorm();
  const double s = options.scaling ? (norm > 0 ? svd.singularValues().dot(sign) / norm : 0.0) : 1.0;

  ProcrustesResult result;
  result.source_dimension = k;
  result.target_dimension = p;
  result.scale = s;
  result.rotation.resize(k * p);
  Eigen::Map<RowMatrix>(result.rotation.data(), static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(p)) = r;
  const Eigen::RowVectorXd t = my - s * mx * r;
  result.translation.assign(t.data(), t.data() + p);
  result.aligned.resize(count * p);
  Eigen::Map<RowMatrix> aligned(result.aligned.data(), n, static_cast<Eigen::Index>(p));
  aligned = (s * x * r).rowwise() + t;
  result.r_squared = r_squared(target, result.aligned.data(), count, p);
  return result;
}

}  // namespace flowscope
