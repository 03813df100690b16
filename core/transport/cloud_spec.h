#pragma once
// Where a point cloud comes from, as the user writes it (the --from/--to of
// `flowscope-cli bridge`, and the GUI's source and target fields):
//
//   gauss:M1,..,Md;C11,..,C1d,..,Cdd  a Gaussian: the mean, a semicolon, the
//                                     covariance row by row ("gauss:4,1;2,0.5,0.5,1")
//   FILE.npy                          points, an N x D float array (N x 1 or a 1-D array: D = 1)
//   FILE.csv                          points, a header row then N rows of D numbers
//   builtin:ID, FILE.json             built-in targets and Gaussian mixtures
//                                     (core/distributions/; a one-component mixture
//                                     also gives the closed-form Gaussian)
//
// parse_cloud_spec is the one place that reads a SPEC: a new kind of source
// is one more branch there that fills `sampler` (and `gaussian` when the
// source has a closed form).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/transport/gaussian.h"
#include "core/transport/point_cloud.h"

namespace flowscope {

struct CloudSource {
  std::string text;                   // the SPEC as given
  int dimension = 0;
  std::optional<PointCloud> points;   // a point file: these points, uniform weights
  std::optional<Gaussian> gaussian;   // a gauss: literal (the bridge's closed form applies)
  // Distributions: n samples row by row (n x dimension) for a seed and a stream.
  std::function<std::vector<double>(std::size_t n, std::uint64_t seed, std::uint64_t stream)> sampler;
};

// Throws InputError naming `option` for a malformed or unsupported SPEC and
// IoError for an unreadable file; the points of a file are validated (NaN
// coordinates are named by row and column).
CloudSource parse_cloud_spec(const std::string& option, const std::string& text);

// The file's points, or n samples of the distribution.
PointCloud cloud_from_source(const CloudSource& source, std::size_t n, std::uint64_t seed, std::uint64_t stream);

// Points from a .npy (N x D, or 1-D for D = 1) or .csv file (header row).
PointCloud read_point_file(const std::string& option, const std::string& path);
// Weights from a .npy (N or N x 1) or .csv file (one column).
std::vector<double> read_weight_file(const std::string& option, const std::string& path);

}  // namespace flowscope
