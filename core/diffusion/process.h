#pragma once
// Forward (noising) processes dx = f(t) x dt + g(t) dW on t in [0, 1], whose
// transition is x_t = alpha(t) x_0 + sigma(t) z:
//
//   VP (variance preserving, linear beta; Song et al., ICLR 2021):
//     beta(t) = beta_min + t (beta_max - beta_min),  f = -beta/2,  g^2 = beta,
//     alpha(t) = exp(-(beta_min t + (beta_max - beta_min) t^2 / 2) / 2),
//     sigma(t)^2 = 1 - alpha(t)^2.
//   VE (variance exploding, geometric sigma):
//     sigma(t)^2 = sigma_min^2 ((sigma_max / sigma_min)^(2t) - 1)   (so sigma(0) = 0),
//     f = 0,  g^2 = d sigma^2/dt = 2 sigma_min^2 (sigma_max/sigma_min)^(2t) log(sigma_max/sigma_min),
//     alpha = 1.
//
// Time runs from t = 1 (noise) to t = t_min (data) when sampling; t_min > 0
// keeps the exact score of a near-singular marginal (point sets, thin
// low-rank components) bounded. Samplers start from the prior N(0, sigma(1)^2 I).
#include <string>
#include <string_view>

#include "core/distributions/gaussian_mixture.h"

namespace flowscope {

enum class ProcessKind { VP, VE };
std::string_view process_name(ProcessKind kind);  // "vp", "ve"
ProcessKind parse_process(std::string_view name);  // InputError naming vp and ve

struct ForwardProcess {
  ProcessKind kind = ProcessKind::VP;
  double beta_min = 0.1, beta_max = 20.0;   // VP
  double sigma_min = 0.01, sigma_max = 20.0;  // VE
  double t_min = 1e-3;                      // the sampler's last time

  double alpha(double t) const;
  double sigma(double t) const;
  double f(double t) const;   // drift coefficient: f(x, t) = f(t) x
  double g2(double t) const;  // squared diffusion coefficient
  double prior_std() const { return sigma(1.0); }

  // InputError naming the bad setting (non-finite, beta_min < 0,
  // beta_max <= beta_min, sigma_min <= 0, sigma_max <= sigma_min, t_min outside (0, 1)).
  void validate() const;
};

// The exact marginal p_t of the forward process started from target.
GaussianMixture noised_marginal(const GaussianMixture& target, const ForwardProcess& process, double t);

}  // namespace flowscope
