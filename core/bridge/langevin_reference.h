#pragma once
// A Langevin potential as the bridges' reference process, dX = -grad U(X) dt +
// sigma dW, made Gaussian so the bridge machinery (closed-form transitions,
// bridge marginals) applies: the drift -grad U is replaced by the affine map
// A x + b closest to it in least squares over the points the bridge joins.
// Exact for a quadratic U (harmonic k: A = -k I, b = 0); for other
// potentials it keeps how U pushes where the data are (a double well's two
// basins pull the paths apart), not its behaviour far away.
#include <span>
#include <vector>

#include "core/bridge/linear_reference.h"
#include "core/langevin/potential.h"
#include "core/transport/point_cloud.h"

namespace flowscope {

struct LangevinReferenceFit {
  LinearReference reference;  // name "langevin:ID"
  double r_squared = 0.0;     // of the affine fit to -grad U over the points
};

// Throws InputError: dimension mismatch, no points, a non-finite gradient at a point, a degenerate fit.
LangevinReferenceFit linearised_langevin_reference(const Potential& potential, std::span<const double> parameters,
                                                   const std::vector<const PointCloud*>& clouds, double sigma);

}  // namespace flowscope
