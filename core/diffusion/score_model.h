#pragma once
// The score the samplers use: the exact score of p_t, or a deliberately
// wrong one (the "score error" control), always in closed form:
//
//   none         s = grad log p_t
//   scale:F      s = F grad log p_t
//   blur:S       s = grad log q_t, q_0 = the target with every covariance widened by S^2 I
//   bias:F       s = grad log p_t + F (F added to every component)
//   weights:W..  s = grad log q_t, q_0 = the target's components with weights W (normalised)
#include <string>
#include <string_view>
#include <vector>

#include "core/diffusion/process.h"
#include "core/distributions/gaussian_mixture.h"
#include "core/distributions/mixture_kernels.h"

namespace flowscope {

struct ScoreError {
  enum class Kind { None, Scale, Blur, Bias, Weights };
  Kind kind = Kind::None;
  double value = 0.0;           // F or S
  std::vector<double> weights;  // Weights

  std::string text() const;  // "none", "scale:1.2", ... (the CLI's spelling)
};

// Parses "scale:F", "blur:S" (S >= 0), "bias:F", "weights:W1,W2,..." (each > 0)
// or "none". Throws InputError naming the spec and what is wrong.
ScoreError parse_score_error(std::string_view spec);

class ScoreModel {
 public:
  // Throws InputError when weights do not match the target's component count.
  ScoreModel(const GaussianMixture& target, const ForwardProcess& process, const ScoreError& error);

  int dimension() const { return model_.dimension(); }
  std::size_t components() const { return model_.size(); }
  // The mixture whose noised scores are used (the target unless blur or weights).
  const GaussianMixture& model() const { return model_; }
  double scale() const { return scale_; }  // F of scale, else 1
  double bias() const { return bias_; }    // F of bias, else 0

  // The evaluation table of the model's marginal at time t (the score
  // before scale and bias). Sized once; refilling does not allocate.
  void table_at(double t, FieldTable& table) const;
  FieldTable make_table() const;

  // The (perturbed) score at time t for structure-of-arrays points (for
  // tests and the GUI); out alike.
  void score(double t, const double* x, std::size_t count, std::size_t stride, double* out) const;

 private:
  GaussianMixture model_;
  ForwardProcess process_;
  double scale_ = 1.0, bias_ = 0.0;
};

// Fills table with the score table of base noised by (alpha, sigma): means
// alpha mu_k, covariances alpha^2 Sigma_k + sigma^2 I, in place.
void noised_score_table(const GaussianMixture& base, double alpha, double sigma, FieldTable& table);

}  // namespace flowscope
