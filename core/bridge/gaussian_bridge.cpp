#include "core/bridge/gaussian_bridge.h"

#include <Eigen/Dense>

#include "core/errors.h"

namespace flowscope {
namespace {

using Matrix = Eigen::MatrixXd;
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Matrix matrix(const std::vector<double>& v, int d) { return Eigen::Map<const RowMatrix>(v.data(), d, d); }

std::vector<double> flat(const Matrix& m) {
  std::vector<double> out(m.rows() * m.cols());
  for (Eigen::Index r = 0; r < m.rows(); ++r)
    for (Eigen::Index c = 0; c < m.cols(); ++c) out[r * m.cols() + c] = m(r, c);
  return out;
}

// Square root of a symmetric positive semi-definite matrix by eigendecomposition.
Matrix sqrt_spd(const Matrix& m) {
  const Eigen::SelfAdjointEigenSolver<Matrix> es(0.5 * (m + m.transpose()));
  return es.eigenvectors() * es.eigenvalues().cwiseMax(0.0).cwiseSqrt().asDiagonal() * es.eigenvectors().transpose();
}

}  // namespace

std::vector<double> entropic_cross_covariance(const std::vector<double>& s0_flat, const std::vector<double>& s1_flat,
                                              int d, double sigma_squared) {
  const Matrix s0 = matrix(s0_flat, d), s1 = matrix(s1_flat, d);
  const Matrix r0 = sqrt_spd(s0);
  const Matrix inner = 4.0 * r0 * s1 * r0 + sigma_squared * sigma_squared * Matrix::Identity(d, d);
  const Matrix c = 0.5 * r0 * sqrt_spd(inner) * r0.inverse() - 0.5 * sigma_squared * Matrix::Identity(d, d);
  return flat(c);
}

GaussianBridge gaussian_bridge(const Gaussian& start, const Gaussian& end, const LinearReference& reference,
                               double duration) {
  validate_gaussian(start, "start");
  validate_gaussian(end, "end");
  validate_reference(reference);
  if (start.dimension != end.dimension || start.dimension != reference.dimension)
    throw InputError("the two Gaussians and the reference need the same dimension");
  if (!(duration > 0)) throw InputError("the bridge's duration must be > 0");
  const int d = start.dimension;
  const GaussianTransition tr = transition(reference, duration);
  const Matrix phi = matrix(tr.phi, d), q = matrix(tr.q, d);
  const Matrix l = q.llt().matrixL();
  const Matrix w = l.inverse();
  // Whitened endpoints x~ = W (Phi x + c), y~ = W y; their plan at sigma~^2 = 1.
  const Matrix s0 = w * phi * matrix(start.covariance, d) * phi.transpose() * w.transpose();
  const Matrix s1 = w * matrix(end.covariance, d) * w.transpose();
  const Matrix c_white = matrix(entropic_cross_covariance(flat(s0), flat(s1), d, 1.0), d);
  // Cov(x~, y~) = W Phi Cov(x, y) W^T.
  const Matrix c = phi.inverse() * l * c_white * l.transpose();
  GaussianBridge bridge;
  bridge.start = start;
  bridge.end = end;
  bridge.reference = reference;
  bridge.duration = duration;
  bridge.cross_covariance = flat(c);
  return bridge;
}

Gaussian gaussian_bridge_marginal(const GaussianBridge& bridge, double t) {
  const int d = bridge.start.dimension;
  const BridgeMarginal bm = bridge_marginal(bridge.reference, t, bridge.duration);
  const Matrix m = matrix(bm.m, d), n = matrix(bm.n, d), s = matrix(bm.s, d);
  const Matrix s0 = matrix(bridge.start.covariance, d), s1 = matrix(bridge.end.covariance, d);
  const Matrix c = matrix(bridge.cross_covariance, d);
  const Eigen::Map<const Eigen::VectorXd> m0(bridge.start.mean.data(), d), m1(bridge.end.mean.data(), d),
      o(bm.o.data(), d);
  const Eigen::VectorXd mean = m * m0 + n * m1 + o;
  Matrix cov = m * s0 * m.transpose() + n * s1 * n.transpose() + m * c * n.transpose() + n * c.transpose() * m.transpose() + s;
  cov = 0.5 * (cov + cov.transpose());
  Gaussian g;
  g.dimension = d;
  g.mean.assign(mean.data(), mean.data() + d);
  g.covariance = flat(cov);
  return g;
}

}  // namespace flowscope
