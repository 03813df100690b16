#include "core/transport/cloud_spec.h"

#include <cmath>

#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

std::vector<double> numbers(const std::string& option, const std::string& text, const std::string& part) {
  std::vector<double> values;
  std::size_t start = 0;
  while (true) {
    const auto comma = text.find(',', start);
    const std::string field = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const std::optional<double> v = parse_double(field);
    if (!v || !std::isfinite(*v))
      throw InputError("option '" + option + "': '" + field + "' in the " + part + " is not a finite number");
    values.push_back(*v);
    if (comma == std::string::npos) return values;
    start = comma + 1;
  }
}

Gaussian parse_gaussian(const std::string& option, const std::string& body) {
  const auto semicolon = body.find(';');
  if (semicolon == std::string::npos)
    throw InputError("option '" + option + "': expected gauss:MEAN;COVARIANCE, e.g. gauss:4,1;2,0.5,0.5,1 (the mean, "
                     "a semicolon, the covariance row by row)");
  Gaussian g;
  g.mean = numbers(option, body.substr(0, semicolon), "mean");
  g.covariance = numbers(option, body.substr(semicolon + 1), "covariance");
  g.dimension = static_cast<int>(g.mean.size());
  validate_gaussian(g, "option '" + option + "'");
  return g;
}

}  // namespace

PointCloud read_point_file(const std::string& option, const std::string& path) {
  std::vector<double> rows;
  std::size_t count = 0;
  int d = 0;
  if (has_extension(path, ".npy")) {
    NpyArray a = read_npy(path);
    if (a.shape.size() == 1) {
      count = a.shape[0];
      d = 1;
    } else if (a.shape.size() == 2) {
      count = a.shape[0];
      d = static_cast<int>(a.shape[1]);
    } else {
      throw InputError("option '" + option + "': '" + path + "' has " + std::to_string(a.shape.size()) +
                       " axes; points are an N x D array");
    }
    rows = std::move(a.values);
  } else if (has_extension(path, ".csv")) {
    CsvTable t = read_csv(path);
    count = t.rows;
    d = static_cast<int>(t.columns);
    rows = std::move(t.values);
  } else {
    throw InputError("option '" + option + "': '" + path + "' is not a .npy or .csv file");
  }
  if (count == 0) throw InputError("option '" + option + "': '" + path + "' holds no points");
  if (d == 0) throw InputError("option '" + option + "': '" + path + "' has points with no coordinates");
  for (std::size_t i = 0; i < count; ++i)
    for (int j = 0; j < d; ++j)
      if (!std::isfinite(rows[i * d + j]))
        throw InputError("option '" + option + "': '" + path + "' row " + std::to_string(i) + " column " +
                         std::to_string(j) + " is " + (std::isnan(rows[i * d + j]) ? "NaN" : "infinite"));
  PointCloud cloud = cloud_from_rows(rows.data(), count, d);
  validate_cloud(cloud, "option '" + option + "'");
  return cloud;
}

std::vector<double> read_weight_file(const std::string& option, const std::string& path) {
  if (has_extension(path, ".npy")) {
    NpyArray a = read_npy(path);
    if (a.shape.size() == 1 || (a.shape.size() == 2 && a.shape[1] == 1)) return std::move(a.values);
    throw InputError("option '" + option + "': '" + path + "' must be a 1-D array (or N x 1) of weights");
  }
  if (has_extension(path, ".csv")) {
    CsvTable t = read_csv(path);
    if (t.columns != 1) throw InputError("option '" + option + "': '" + path + "' must have one column of weights");
    return std::move(t.values);
  }
  throw InputError("option '" + option + "': '" + path + "' is not a .npy or .csv file");
}

CloudSource parse_cloud_spec(const std::string& option, const std::string& text) {
  CloudSource source;
  source.text = text;
  if (text.rfind("gauss:", 0) == 0) {
    source.gaussian = parse_gaussian(option, text.substr(6));
    source.dimension = source.gaussian->dimension;
    const Gaussian g = *source.gaussian;
    source.sampler = [g](std::size_t n, std::uint64_t seed, std::uint64_t stream) {
      return sample_gaussian(g, n, seed, stream);
    };
    return source;
  }
  // Built-in targets and mixture JSON: the diffusion feature's distributions.
  if (text.rfind("builtin:", 0) == 0 || has_extension(text, ".json")) {
    Distribution d;
    try {
      d = make_distribution(text);
    } catch (const InputError& e) {
      throw InputError("option '" + option + "': " + e.what());
    }
    source.dimension = d.dimension();
    if (d.mixture.size() == 1 && !d.point_set) {  // one Gaussian: the closed form applies
      const MixtureComponent& c = d.mixture.component(0);
      source.gaussian = Gaussian{d.dimension(), c.mean, c.full_covariance(d.dimension())};
    }
    const GaussianMixture mixture = d.mixture;
    source.sampler = [mixture](std::size_t n, std::uint64_t seed, std::uint64_t stream) {
      // Samples depend on (seed, index) only: each stream gets its own seed.
      const std::vector<double> soa = mixture.sample(n, seed ^ (stream * 0x9E3779B97F4A7C15ull));
      const auto dim = static_cast<std::size_t>(mixture.dimension());
      std::vector<double> rows(n * dim);
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < dim; ++j) rows[i * dim + j] = soa[j * n + i];
      return rows;
    };
    return source;
  }
  if (has_extension(text, ".npy") || has_extension(text, ".csv")) {
    source.points = read_point_file(option, text);
    source.dimension = source.points->dimension;
    return source;
  }
  throw InputError("option '" + option + "': '" + text +
                   "' is not a SPEC (gauss:MEAN;COVARIANCE, a .npy or .csv point file, builtin:ID or a mixture .json)");
}

PointCloud cloud_from_source(const CloudSource& source, std::size_t n, std::uint64_t seed, std::uint64_t stream) {
  if (source.points) return *source.points;
  const std::vector<double> rows = source.sampler(n, seed, stream);
  return cloud_from_rows(rows.data(), n, source.dimension);
}

}  // namespace flowscope
