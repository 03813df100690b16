#include "core/bridge/langevin_reference.h"

#include <Eigen/Dense>
#include <cmath>
#include <string>

#include "core/errors.h"

namespace flowscope {

LangevinReferenceFit linearised_langevin_reference(const Potential& potential, std::span<const double> parameters,
                                                   const std::vector<const PointCloud*>& clouds, double sigma) {
  const int d = potential.dimension();
  std::size_t n = 0;
  for (const PointCloud* c : clouds) {
    if (c->dimension != d)
      throw InputError("the potential '" + std::string(potential.id()) + "' is " + std::to_string(d) +
                       "-D and the clouds " + std::to_string(c->dimension) + "-D");
    n += c->count;
  }
  if (n < static_cast<std::size_t>(d + 1)) throw InputError("too few points to fit the reference drift");
  // Rows [x, 1] and targets -grad U(x).
  Eigen::MatrixXd design(static_cast<Eigen::Index>(n), d + 1), target(static_cast<Eigen::Index>(n), d);
  std::vector<double> x(static_cast<std::size_t>(d)), g(static_cast<std::size_t>(d));
  Eigen::Index row = 0;
  for (const PointCloud* c : clouds)
    for (std::size_t i = 0; i < c->count; ++i, ++row) {
      for (int j = 0; j < d; ++j) x[static_cast<std::size_t>(j)] = c->at(i, j);
      potential.gradient(x.data(), parameters.data(), g.data());
      for (int j = 0; j < d; ++j) {
        if (!std::isfinite(g[static_cast<std::size_t>(j)]))
          throw InputError("the gradient of '" + std::string(potential.id()) + "' is not finite at a point of the clouds");
        design(row, j) = x[static_cast<std::size_t>(j)];
        target(row, j) = -g[static_cast<std::size_t>(j)];
      }
      design(row, d) = 1.0;
    }
  const Eigen::MatrixXd normal = design.transpose() * design;
  const Eigen::LDLT<Eigen::MatrixXd> solver(normal);
  if (solver.info() != Eigen::Success || !(solver.rcond() > 1e-12))
    throw InputError("the clouds do not span their space: cannot fit the reference drift");
  const Eigen::MatrixXd w = solver.solve(design.transpose() * target);  // (d + 1) x d
  std::vector<double> a(static_cast<std::size_t>(d * d)), b(static_cast<std::size_t>(d));
  for (int r = 0; r < d; ++r) {
    for (int c = 0; c < d; ++c) a[static_cast<std::size_t>(r * d + c)] = w(c, r);
    b[static_cast<std::size_t>(r)] = w(d, r);
  }
  LangevinReferenceFit fit;
  fit.reference = linear_reference(d, sigma, a, b);
  fit.reference.name = "langevin:" + std::string(potential.id());
  const Eigen::MatrixXd residual = target - design * w;
  const Eigen::RowVectorXd mean = target.colwise().mean();
  const double total = (target.rowwise() - mean).squaredNorm();
  fit.r_squared = total > 0 ? 1.0 - residual.squaredNorm() / total : 1.0;
  return fit;
}

}  // namespace flowscope
