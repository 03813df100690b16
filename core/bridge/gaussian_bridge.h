#pragma once
// The Schrodinger bridge between two Gaussians in closed form: the reference
// answer the sample-based bridge is checked against.
//
// For a Brownian reference with variance sigma^2 per unit time on [0, 1] the
// static bridge is entropic OT with cost |x - y|^2 and eps = 2 sigma^2, whose
// optimal plan between N(m0, S0) and N(m1, S1) is Gaussian with cross
// covariance (Janati, Muzellec, Peyre & Cuturi, "Entropic optimal transport
// between unbalanced Gaussian measures has a closed form", NeurIPS 2020;
// Mallasto et al., Inf. Geom. 2021):
//
//   C = 1/2 S0^{1/2} (4 S0^{1/2} S1 S0^{1/2} + sigma^4 I)^{1/2} S0^{-1/2} - sigma^2/2 I.
//
// (1-D: C = (sqrt(4 s0^2 s1^2 + sigma^4) - sigma^2)/2 -> s0 s1 as sigma -> 0,
// the monotone OT map; -> 0 as sigma -> infinity, the independent coupling.)
// A linear reference reduces to this case: with Q = L L^T its transition
// covariance over [0, T], the plan couples x~ = L^{-1}(Phi x + c) and
// y~ = L^{-1} y under cost |x~ - y~|^2 with eps = 2 (sigma~ = 1).
//
// The bridge's marginal at time t mixes Gaussian bridges of the reference:
// X_t = M X0 + N X1 + o + xi, xi ~ N(0, S) (see bridge_marginal), so
// X_t ~ N(M m0 + N m1 + o, M S0 M^T + N S1 N^T + M C N^T + N C^T M^T + S)
// (Bunne, Hsieh, Cuturi & Krause, "The Schrodinger bridge between Gaussian
// measures has a closed form", AISTATS 2023).
#include <vector>

#include "core/bridge/linear_reference.h"
#include "core/transport/gaussian.h"

namespace flowscope {

struct GaussianBridge {
  Gaussian start, end;
  LinearReference reference;
  double duration = 1.0;
  std::vector<double> cross_covariance;  // Cov(X0, XT), d x d row-major
};

// Throws InputError for invalid Gaussians, references or dimensions.
GaussianBridge gaussian_bridge(const Gaussian& start, const Gaussian& end, const LinearReference& reference,
                               double duration = 1.0);

// The law of X_t, 0 <= t <= duration.
Gaussian gaussian_bridge_marginal(const GaussianBridge& bridge, double t);

// The plain formula above for the Brownian case (sigma^2 here is Janati's
// sigma^2 = eps / 2), exposed for tests.
std::vector<double> entropic_cross_covariance(const std::vector<double>& s0, const std::vector<double>& s1,
                                              int dimension, double sigma_squared);

}  // namespace flowscope
