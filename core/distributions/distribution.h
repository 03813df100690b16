#pragma once
// A distribution Flowscope can sample and whose noised versions have exact
// scores: a Gaussian mixture, or a point set smoothed by an isotropic
// Gaussian of standard deviation `bandwidth` (the mixture of N equal-weight
// isotropic components at the points). Both are held as a GaussianMixture.
//
// Specs (make_distribution):
//   builtin:ID          a built-in target (builtin_targets() lists them)
//   FILE.json           a Gaussian mixture file (mixture_json.h)
//   FILE.csv, FILE.npy  a point set, N rows x 2 or 3 columns; the bandwidth
//                       is Scott's rule h = s n^(-1/(d+4)), s the mean
//                       per-axis standard deviation, unless the spec ends in
//                       @H (e.g. "points.csv@0.05").
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/distributions/gaussian_mixture.h"

namespace flowscope {

struct Distribution {
  std::string spec;         // as given
  std::string description;  // one line for listings and JSON
  GaussianMixture mixture;  // the exact law
  bool point_set = false;
  double bandwidth = 0.0;      // point sets only
  std::vector<double> points;  // point sets only: rows x dimension, row-major

  int dimension() const { return mixture.dimension(); }
  // Independent samples, structure of arrays (coordinate j of sample i at
  // [j * count + i]); sample i depends only on (seed, i).
  std::vector<double> sample(std::size_t count, std::uint64_t seed) const { return mixture.sample(count, seed); }
};

// Throws InputError (unknown id, bad spec, bad mixture, empty point set,
// bad bandwidth) or IoError (unreadable or malformed file), naming the spec.
Distribution make_distribution(const std::string& spec);

// Points (rows x dimension, row-major) smoothed with the given bandwidth
// (<= 0: Scott's rule). Throws InputError for no points, a dimension outside
// 2..3, a non-finite coordinate (naming the row) or a bad bandwidth.
Distribution point_set_distribution(std::vector<double> points, int dimension, double bandwidth,
                                    const std::string& spec);
double scott_bandwidth(const std::vector<double>& points, int dimension);

struct BuiltinTargetInfo {
  std::string id;
  int dimension;
  std::string kind;  // "mixture" or "point set"
  std::string description;
};
std::vector<BuiltinTargetInfo> builtin_targets();
// Throws InputError naming the known ids.
Distribution builtin_target(const std::string& id);

}  // namespace flowscope
