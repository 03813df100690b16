#include "core/embed/linear_dynamics.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <complex>
#include <numeric>

#include "core/errors.h"

namespace flowscope {

LinearDynamics fit_linear_dynamics(const TrajectorySet& data, double ridge) {
  const std::size_t d = data.dimension;
  const auto m = static_cast<Eigen::Index>(d + 1);
  // Normal equations of [x_t, 1] -> x_{t+1}.
  Eigen::MatrixXd zz = Eigen::MatrixXd::Zero(m, m), zy = Eigen::MatrixXd::Zero(m, static_cast<Eigen::Index>(d));
  Eigen::VectorXd z(m), y(static_cast<Eigen::Index>(d));
  std::size_t pairs = 0;
  std::vector<double> steps;
  for (std::size_t r = 0; r < data.trials(); ++r)
    for (std::size_t i = data.trial_starts[r]; i + 1 < data.trial_starts[r + 1]; ++i) {
      for (std::size_t j = 0; j < d; ++j) {
        z(static_cast<Eigen::Index>(j)) = data.values[i * d + j];
        y(static_cast<Eigen::Index>(j)) = data.values[(i + 1) * d + j];
      }
      z(m - 1) = 1.0;
      if (!z.allFinite() || !y.allFinite())
        throw InputError("linear dynamics: point " + std::to_string(i) + " holds NaN or infinite values");
      zz.noalias() += z * z.transpose();
      zy.noalias() += z * y.transpose();
      ++pairs;
      if (steps.size() < 100000) steps.push_back(data.time_of(i + 1) - data.time_of(i));
    }
  if (pairs < d + 2)
    throw InputError("linear dynamics: " + std::to_string(pairs) + " consecutive pairs of points are too few for " +
                     std::to_string(d) + " dimensions (at least " + std::to_string(d + 2) + " needed)");
  const double scale = zz.diagonal().mean();
  zz.diagonal().head(static_cast<Eigen::Index>(d)).array() += ridge * scale;
  const Eigen::MatrixXd beta = zz.ldlt().solve(zy);  // (d + 1) x d: rows of A^T then b^T

  LinearDynamics fit;
  fit.dimension = d;
  fit.pairs = pairs;
  std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 2), steps.end());
  fit.dt = steps[steps.size() / 2] > 0 ? steps[steps.size() / 2] : 1.0;
  const Eigen::MatrixXd a = beta.topRows(static_cast<Eigen::Index>(d)).transpose();
  fit.a.resize(d * d);
  for (std::size_t i = 0; i < d; ++i)
    for (std::size_t j = 0; j < d; ++j) fit.a[i * d + j] = a(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
  for (std::size_t j = 0; j < d; ++j) fit.b.push_back(beta(m - 1, static_cast<Eigen::Index>(j)));

  const Eigen::EigenSolver<Eigen::MatrixXd> solver(a, false);
  std::vector<std::complex<double>> lambda(solver.eigenvalues().data(), solver.eigenvalues().data() + d);
  std::sort(lambda.begin(), lambda.end(), [](auto u, auto v) {
    return std::abs(u) != std::abs(v) ? std::abs(u) > std::abs(v) : u.imag() > v.imag();
  });
  for (const std::complex<double>& l : lambda) {
    fit.eigenvalue_re.push_back(l.real());
    fit.eigenvalue_im.push_back(l.imag());
    const std::complex<double> mu = std::log(l) / fit.dt;
    fit.decay_rate.push_back(mu.real());
    fit.frequency.push_back(std::fabs(mu.imag()) / (2 * M_PI));
  }

  // R^2 of the increments: how much of each step's change the linear map explains.
  double residual = 0.0, total = 0.0;
  Eigen::VectorXd mean_step = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(d));
  for (int pass = 0; pass < 2; ++pass)
    for (std::size_t r = 0; r < data.trials(); ++r)
      for (std::size_t i = data.trial_starts[r]; i + 1 < data.trial_starts[r + 1]; ++i) {
        const Eigen::Map<const Eigen::VectorXd> x(data.point(i), static_cast<Eigen::Index>(d));
        const Eigen::Map<const Eigen::VectorXd> next(data.point(i + 1), static_cast<Eigen::Index>(d));
        const Eigen::VectorXd step = next - x;
        if (pass == 0) {
          mean_step += step / static_cast<double>(pairs);
        } else {
          total += (step - mean_step).squaredNorm();
          residual += (next - (a * x + beta.row(m - 1).transpose())).squaredNorm();
        }
      }
  fit.r_squared = total > 0 ? 1.0 - residual / total : 0.0;
  return fit;
}

}  // namespace flowscope
