#pragma once
// A Gaussian distribution N(mean, covariance) in d dimensions: a bridge's
// endpoint with a closed-form answer, and a source of sample clouds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace flowscope {

struct Gaussian {
  int dimension = 0;
  std::vector<double> mean;        // d
  std::vector<double> covariance;  // d x d, row-major, symmetric positive definite
};

// Throws InputError naming `what`: sizes, non-finite entries, an asymmetric
// or not positive definite covariance.
void validate_gaussian(const Gaussian& gaussian, const std::string& what);

// n samples row by row (n x d): mean + L z with L the Cholesky factor and z
// standard normals from Philox keyed by (seed, sample, stream).
std::vector<double> sample_gaussian(const Gaussian& gaussian, std::size_t n, std::uint64_t seed,
                                    std::uint64_t stream = 0);

}  // namespace flowscope
