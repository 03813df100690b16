#pragma once
// Gaussian mixtures in 1 to 3 dimensions: the targets of the diffusion
// feature. Every noised marginal of a mixture under a linear Gaussian
// forward process is again a mixture (means scaled, covariances widened),
// which is why Flowscope can show exact scores without a neural network.
//
// A component's covariance is given in one of three forms, kept so that a
// mixture file is written back as it was read:
//   isotropic   s^2 I                 (smoothed point sets: the fast path)
//   full        Sigma (d x d, symmetric positive definite)
//   low-rank    F F^T + s^2 I         (F is d x r, r < d; s > 0 keeps it definite)
//
// Evaluation (log-density, score, responsibilities) uses log-sum-exp over
// components, so points far from every component keep finite logs and scores.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace flowscope {

inline constexpr int kMaxMixtureDimension = 3;

enum class CovarianceForm { Isotropic, Full, LowRank };

struct MixtureComponent {
  double weight = 0.0;
  std::vector<double> mean;        // d values
  CovarianceForm form = CovarianceForm::Isotropic;
  double scale = 1.0;              // isotropic: s (standard deviation); low-rank: s of the s^2 I term
  std::vector<double> covariance;  // full: d x d row-major (ignored for the other forms)
  std::vector<double> factor;      // low-rank: d x rank row-major
  int rank = 0;                    // low-rank: columns of factor

  // The d x d covariance matrix of any form, row-major.
  std::vector<double> full_covariance(int dimension) const;

  static MixtureComponent isotropic(double weight, std::vector<double> mean, double sigma);
  static MixtureComponent full(double weight, std::vector<double> mean, std::vector<double> covariance);
  static MixtureComponent low_rank(double weight, std::vector<double> mean, std::vector<double> factor, int rank,
                                   double sigma);
};

// Relative tolerance on the sum of the weights (files are written with
// exact numbers; typed weights such as 0.333 would not pass and are meant not to).
inline constexpr double kWeightSumTolerance = 1e-6;

// Scales positive weights so that they sum to one (for editors that change
// one weight); throws InputError naming a weight that is not positive.
void normalise_weights(std::vector<MixtureComponent>& components);

class GaussianMixture {
 public:
  GaussianMixture() = default;
  // Validates and precomputes. Throws InputError naming the component
  // (1-based) for: a dimension outside 1..3, no components, a non-finite
  // number, a mean of the wrong length, a weight <= 0, weights not summing to
  // one, a covariance that is not symmetric positive definite (full), a
  // scale <= 0, or a low-rank factor of the wrong size.
  GaussianMixture(int dimension, std::vector<MixtureComponent> components);

  int dimension() const { return dimension_; }
  std::size_t size() const { return components_.size(); }
  const std::vector<MixtureComponent>& components() const { return components_; }
  const MixtureComponent& component(std::size_t k) const { return components_[k]; }
  // True when every component is isotropic (the evaluation fast path).
  bool isotropic() const { return isotropic_; }

  // The law of alpha X + sigma Z for X from this mixture and Z ~ N(0, I):
  // means alpha mu_k, covariances alpha^2 Sigma_k + sigma^2 I (form kept
  // where it can be: isotropic stays isotropic, low-rank stays low-rank).
  GaussianMixture noised(double alpha, double sigma) const;
  // Every covariance widened by s^2 I (the score-error "blur").
  GaussianMixture widened(double s) const { return noised(1.0, s); }
  // The same components with other weights (InputError: wrong count, <= 0; normalised to sum one).
  GaussianMixture reweighted(std::vector<double> weights) const;
  // The marginal law of the coordinates in axes (e.g. {0, 1} of a 3-D mixture).
  GaussianMixture marginal(const std::vector<int>& axes) const;

  // Mean and covariance (row-major d x d) of the mixture.
  std::vector<double> mean() const;
  std::vector<double> covariance() const;

  // log p(x) and the score grad log p(x) at one point x (d values).
  double log_density(const double* x) const;
  void score(const double* x, double* out) const;
  // Posterior component probabilities at x (size() values).
  void responsibilities(const double* x, double* out) const;

  // Batched over structure-of-arrays points: coordinate j of point i at
  // x[j * stride + i]. Vectorised and OpenMP-parallel; out arrays alike
  // (score: out[j * stride + i]). Either output may be null.
  void evaluate(const double* x, std::size_t count, std::size_t stride, double* log_density, double* score) const;

  // Independent samples, structure-of-arrays (coordinate j of sample i at
  // [j * count + i]). Sample i depends only on (seed, i): its component is
  // chosen by the uniform philox(seed, i, kSampleStep, 1).v[0] and its
  // Gaussian part uses philox::normals(seed, i, kSampleStep, 0).
  std::vector<double> sample(std::size_t count, std::uint64_t seed) const;
  static constexpr std::uint64_t kSampleStep = (1ull << 63) + 1;

  // Per-component tables for evaluation: mean, precision (inverse
  // covariance), and log(w_k) - log det(2 pi Sigma_k)/2.
  struct Tables {
    std::vector<double> mean;       // k * d + j
    std::vector<double> precision;  // k * d * d + (row * d + col)
    std::vector<double> log_coefficient;
    std::vector<double> cholesky;   // lower factor of the covariance, k * d * d
  };
  const Tables& tables() const { return tables_; }

 private:
  int dimension_ = 0;
  std::vector<MixtureComponent> components_;
  bool isotropic_ = true;
  Tables tables_;
};

}  // namespace flowscope
