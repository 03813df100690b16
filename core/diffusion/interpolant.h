#pragma once
// Stochastic interpolants (Albergo, Boffi & Vanden-Eijnden, "Stochastic
// interpolants: a unifying framework for flows and diffusions", 2023) between
// two Gaussian mixtures rho_0 ("from") and rho_1 ("to") with independent coupling:
//
//   x_t = alpha(t) x_0 + beta(t) x_1 + gamma(t) z,   t in [0, 1],
//   linear: alpha = 1 - t, beta = t;   trig: alpha = cos(pi t / 2), beta = sin(pi t / 2);
//   gamma(t) = G sqrt(t (1 - t))   (G = 0: no latent noise).
//
// Given the pair of components (i of rho_0, j of rho_1), x_t is Gaussian with
// mean m = alpha mu_i + beta mu_j and covariance C = alpha^2 S_i + beta^2 S_j + gamma^2 I,
// so rho_t is a mixture of K0 K1 components with weights w_i w_j, and the
// exact velocity b(t, x) = E[alpha' x_0 + beta' x_1 + gamma' z | x_t = x] is
//   sum_ij r_ij(x) [alpha' mu_i + beta' mu_j + (alpha' alpha S_i + beta' beta S_j + gamma' gamma I) C^-1 (x - m)]
// (Gaussian conditioning; gamma' gamma = G^2 (1 - 2t)/2 stays finite at the ends).
// The score is sum_ij r_ij (-C^-1 (x - m)).
//
// Generation: dx = [b + eps s] dt + sqrt(2 eps) dW from x_0 ~ rho_0 has the
// marginals rho_t for every eps >= 0 (eps = 0: the ODE). Stepped with the
// stochastic Heun scheme (for additive noise: predictor x~ = x + h F(x) + sqrt(2 eps h) z,
// corrector x + h (F(x) + F(x~))/2 + sqrt(2 eps h) z, one z): NFE = 2 per step.
// Noise of particle i at step k: philox::normals(seed, i, k, 0); the start is
// rho_0.sample(count, seed).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/distributions/gaussian_mixture.h"
#include "core/distributions/mixture_kernels.h"
#include "core/integrate/trajectory.h"

namespace flowscope {

enum class InterpolantKind { Linear, Trig };
std::string_view interpolant_name(InterpolantKind kind);   // "linear", "trig"
InterpolantKind parse_interpolant(std::string_view name);  // InputError

struct Interpolant {
  InterpolantKind kind = InterpolantKind::Linear;
  double gamma = 0.0;  // G

  // alpha, beta, gamma and alpha', beta', gamma gamma' at t.
  struct Coefficients {
    double alpha, beta, gamma, dalpha, dbeta, gamma_dgamma;
  };
  Coefficients at(double t) const;
};

// The exact marginal rho_t (K0 K1 components; full covariances unless both ends are isotropic).
GaussianMixture interpolant_marginal(const GaussianMixture& from, const GaussianMixture& to,
                                     const Interpolant& interpolant, double t);

// Fills the evaluation table of the field b + eps * s at time t (no allocation once sized).
void interpolant_table(const GaussianMixture& from, const GaussianMixture& to, const Interpolant& interpolant,
                       double t, double eps, FieldTable& table);

struct InterpolantSpec {
  GaussianMixture from, to;
  Interpolant interpolant;
  double epsilon = 0.0;
  std::uint64_t steps = 100;
  std::uint64_t seed = 0;
};

class InterpolantSampler {
 public:
  static constexpr std::size_t kChunk = 256;
  // Throws InputError: dimensions differ, steps 0, eps < 0 or not finite, G not finite.
  InterpolantSampler(InterpolantSpec spec, std::size_t count);

  std::size_t count() const { return count_; }
  int dimension() const { return dimension_; }
  const InterpolantSpec& spec() const { return spec_; }
  std::uint64_t steps_done() const { return steps_done_; }
  bool finished() const { return steps_done_ >= spec_.steps; }
  double time() const { return static_cast<double>(steps_done_) / static_cast<double>(spec_.steps); }
  std::uint64_t score_evaluations() const { return 2 * steps_done_; }  // field evaluations per particle

  RunStatus advance(std::uint64_t steps, const RunControl& control = {});
  RunStatus run(const RunControl& control = {}) { return advance(spec_.steps - steps_done_, control); }

  std::span<const double> positions(int j) const { return {x_.data() + j * stride_, count_}; }
  std::vector<double> positions_soa() const;
  std::vector<double> position_rows() const;

 private:
  InterpolantSpec spec_;
  std::size_t count_ = 0, stride_ = 0;
  int dimension_ = 0;
  std::uint64_t steps_done_ = 0;
  std::vector<double> x_, backup_;
};

}  // namespace flowscope
