#include "core/distributions/distribution.h"

#include <cmath>

#include "core/distributions/mixture_json.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/io/number_format.h"

namespace flowscope {

Distribution make_distribution(const std::string& spec) {
  if (spec.rfind("builtin:", 0) == 0) return builtin_target(spec.substr(8));
  std::string path = spec;
  double bandwidth = 0.0;
  if (const auto at = spec.rfind('@'); at != std::string::npos && !has_extension(spec, ".json")) {
    const auto h = parse_double(spec.substr(at + 1));
    if (!h || !std::isfinite(*h) || !(*h > 0))
      throw InputError("'" + spec + "': the bandwidth after '@' must be a number > 0");
    bandwidth = *h;
    path = spec.substr(0, at);
  }
  if (has_extension(path, ".json")) {
    Distribution d;
    d.spec = spec;
    d.mixture = read_mixture_json(path);
    d.description = std::to_string(d.mixture.size()) + "-component Gaussian mixture from " + path;
    return d;
  }
  if (has_extension(path, ".csv")) {
    const CsvTable table = read_csv(path);
    if (table.rows == 0) throw InputError("'" + spec + "': the point set is empty");
    return point_set_distribution(table.values, static_cast<int>(table.columns), bandwidth, "'" + spec + "'");
  }
  if (has_extension(path, ".npy")) {
    const NpyArray a = read_npy(path);
    if (a.shape.size() != 2)
      throw InputError("'" + spec + "': a point set is an N x 2 or N x 3 array, not " +
                       std::to_string(a.shape.size()) + "-dimensional");
    if (a.shape[0] == 0) throw InputError("'" + spec + "': the point set is empty");
    return point_set_distribution(a.values, static_cast<int>(a.shape[1]), bandwidth, "'" + spec + "'");
  }
  throw InputError("'" + spec + "' is not a distribution: use builtin:ID, FILE.json, FILE.csv or FILE.npy");
}

}  // namespace flowscope
