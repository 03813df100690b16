#include "core/bridge/linear_reference.h"

#include <Eigen/Dense>
#include <cmath>
#include <unsupported/Eigen/MatrixFunctions>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

using Matrix = Eigen::MatrixXd;
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

std::vector<double> flat(const Matrix& m) {
  std::vector<double> out(m.rows() * m.cols());
  for (Eigen::Index r = 0; r < m.rows(); ++r)
    for (Eigen::Index c = 0; c < m.cols(); ++c) out[r * m.cols() + c] = m(r, c);
  return out;
}

Matrix matrix(const std::vector<double>& v, int d) { return Eigen::Map<const RowMatrix>(v.data(), d, d); }

}  // namespace

LinearReference brownian_reference(int dimension, double sigma) {
  LinearReference r;
  r.dimension = dimension;
  r.a.assign(static_cast<std::size_t>(dimension) * dimension, 0.0);
  r.b.assign(dimension, 0.0);
  r.sigma = sigma;
  r.name = "brownian";
  return r;
}

LinearReference ou_reference(int dimension, double sigma, double theta) {
  LinearReference r = brownian_reference(dimension, sigma);
  for (int j = 0; j < dimension; ++j) r.a[j * dimension + j] = -theta;
  r.name = "ou:" + format_double(theta);
  return r;
}

LinearReference linear_reference(int dimension, double sigma, std::vector<double> a, std::vector<double> b) {
  LinearReference r;
  r.dimension = dimension;
  r.a = std::move(a);
  r.b = std::move(b);
  r.sigma = sigma;
  r.name = "linear";
  return r;
}

void validate_reference(const LinearReference& r) {
  if (!(r.sigma > 0) || !std::isfinite(r.sigma))
    throw InputError("sigma must be a finite number > 0, not " + format_double(r.sigma));
  if (r.dimension < 1 || r.a.size() != static_cast<std::size_t>(r.dimension) * r.dimension ||
      r.b.size() != static_cast<std::size_t>(r.dimension))
    throw InputError("reference drift: A must be d x d and b of length d");
  for (double v : r.a)
    if (!std::isfinite(v)) throw InputError("reference drift: A has a value that is not a finite number");
  for (double v : r.b)
    if (!std::isfinite(v)) throw InputError("reference drift: b has a value that is not a finite number");
}

LinearReference parse_reference(const std::string& option, const std::string& text, int dimension, double sigma) {
  if (!(sigma > 0) || !std::isfinite(sigma))
    throw InputError("option '--sigma' must be a finite number > 0, not " + format_double(sigma));
  if (text == "brownian") return brownian_reference(dimension, sigma);
  if (text.rfind("ou:", 0) == 0) {
    const std::optional<double> theta = parse_double(text.substr(3));
    if (!theta || !std::isfinite(*theta))
      throw InputError("option '" + option + "': THETA in 'ou:THETA' must be a finite number, got '" + text.substr(3) +
                       "'");
    return ou_reference(dimension, sigma, *theta);
  }
  throw InputError("option '" + option + "': unknown reference '" + text + "' (known: brownian, ou:THETA)");
}

GaussianTransition transition(const LinearReference& r, double h) {
  const int d = r.dimension;
  const Matrix a = matrix(r.a, d);
  // exp([[A, b], [0, 0]] h) = [[Phi, c], [0, 1]].
  Matrix drift = Matrix::Zero(d + 1, d + 1);
  drift.topLeftCorner(d, d) = a * h;
  for (int j = 0; j < d; ++j) drift(j, d) = r.b[j] * h;
  const Matrix e1 = drift.exp();
  // Van Loan: exp([[-A, sigma^2 I], [0, A^T]] h) = [[F11, F12], [0, F22]], Q = F22^T F12.
  Matrix block = Matrix::Zero(2 * d, 2 * d);
  block.topLeftCorner(d, d) = -a * h;
  block.topRightCorner(d, d) = r.sigma * r.sigma * h * Matrix::Identity(d, d);
  block.bottomRightCorner(d, d) = a.transpose() * h;
  const Matrix e2 = block.exp();
  Matrix q = e2.bottomRightCorner(d, d).transpose() * e2.topRightCorner(d, d);
  q = 0.5 * (q + q.transpose());
  GaussianTransition t;
  t.phi = flat(e1.topLeftCorner(d, d));
  t.c.resize(d);
  for (int j = 0; j < d; ++j) t.c[j] = e1(j, d);
  t.q = flat(q);
  return t;
}

BridgeMarginal bridge_marginal(const LinearReference& r, double t, double duration) {
  const int d = r.dimension;
  const GaussianTransition to_t = transition(r, t), to_end = transition(r, duration - t);
  const Matrix phi_h = matrix(to_t.phi, d), q_h = matrix(to_t.q, d);
  const Matrix phi_r = matrix(to_end.phi, d), q_r = matrix(to_end.q, d);
  const Eigen::Map<const Eigen::VectorXd> c_h(to_t.c.data(), d), c_r(to_end.c.data(), d);
  // Gain K = Cov(X_t, X_T) Var(X_T)^{-1} given X_0; Var(X_T) is positive
  // definite for t < T and equals Q_h at t = T (then K = I).
  const Matrix var_end = phi_r * q_h * phi_r.transpose() + q_r;
  Matrix k = Matrix::Zero(d, d);
  if (var_end.norm() > 0) k = (q_h * phi_r.transpose()) * var_end.inverse();
  const Matrix i_minus = Matrix::Identity(d, d) - k * phi_r;
  Matrix s = i_minus * q_h;
  s = 0.5 * (s + s.transpose());
  BridgeMarginal m;
  m.m = flat(i_minus * phi_h);
  m.n = flat(k);
  const Eigen::VectorXd o = i_minus * c_h - k * c_r;
  m.o.assign(o.data(), o.data() + d);
  m.s = flat(s);
  return m;
}

}  // namespace flowscope
