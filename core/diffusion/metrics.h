#pragma once
// Distances between sample sets and from samples to a target. Samples are
// structure of arrays: coordinate j of sample i at [j * count + i].
//
//   sliced W2      sqrt of the mean over L random directions (uniform on the
//                  sphere, from a fixed Philox seed) of the exact squared
//                  1-D Wasserstein-2 distance between the projected empirical
//                  measures (any two sizes; quantile functions merged).
//   energy         2 E|X - Y| - E|X - X'| - E|Y - Y'| (Szekely & Rizzo), with
//                  the unbiased U-statistics for the last two terms, so it can
//                  be slightly negative for equal laws; O(N^2), so only the
//                  first `energy_max_points` samples of each set are used
//                  (samples are independent, so the first ones are a random subset).
//   mean log-lik   mean of log p(x_i) under the target.
//   mode weights   the fraction of samples whose most responsible target
//                  component is k (empty for targets of more than 64 components).
//
// Every sum is taken in a fixed order, so results do not depend on the thread count.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/distributions/gaussian_mixture.h"

namespace flowscope {

struct MetricSettings {
  int projections = 128;
  std::uint64_t projection_seed = 0x51CED;
  std::size_t energy_max_points = 2000;
  // Target metrics compare with this many target samples (0: as many as the samples).
  std::size_t reference_count = 0;
  std::uint64_t reference_seed = 0xF10D5C09E;
  std::size_t max_mode_components = 64;
};

double sliced_w2(const double* a, std::size_t na, const double* b, std::size_t nb, int dimension,
                 const MetricSettings& settings = {});
double energy_distance(const double* a, std::size_t na, const double* b, std::size_t nb, int dimension,
                       const MetricSettings& settings = {});
double mean_log_likelihood(const double* samples, std::size_t count, const GaussianMixture& target);
std::vector<double> mode_weights(const double* samples, std::size_t count, const GaussianMixture& target);

struct TargetMetrics {
  double sliced_w2 = 0.0;
  double energy_distance = 0.0;
  std::size_t energy_points = 0;    // samples per set used for the energy distance
  std::size_t reference_count = 0;  // target samples drawn
  double mean_loglik = 0.0;
  double target_mean_loglik = 0.0;  // E[log p] estimated on the reference samples (the ideal value)
  std::vector<double> mode_weights;
  std::vector<double> target_mode_weights;  // the component weights
};

// Metrics of samples against a target: the distances use reference samples
// target.sample(reference_count, reference_seed).
TargetMetrics target_metrics(const double* samples, std::size_t count, const GaussianMixture& target,
                             const MetricSettings& settings = {});

}  // namespace flowscope
