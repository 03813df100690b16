#include "core/reconstruct/sampling.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <vector>

#include "core/errors.h"
#include "core/io/number_format.h"
#include "core/systems/equation_parser.h"

namespace flowscope {

double uniform_time_step(const TrajectorySet& data, double requested_dt) {
  if (!(requested_dt >= 0) || !std::isfinite(requested_dt))
    throw InputError("time step: " + format_double(requested_dt) + " is not a positive number");
  if (data.times.empty()) return requested_dt > 0 ? requested_dt : 1.0;
  std::vector<double> steps;
  for (std::size_t r = 0; r < data.trials(); ++r)
    for (std::size_t i = data.trial_starts[r]; i + 1 < data.trial_starts[r + 1]; ++i)
      steps.push_back(data.times[i + 1] - data.times[i]);
  if (steps.empty()) return requested_dt > 0 ? requested_dt : 1.0;
  std::vector<double> sorted = steps;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
  const double median = sorted[sorted.size() / 2];
  if (!(median > 0)) throw InputError("time step: the data's times do not increase (median step " +
                                      format_double(median) + ")");
  std::size_t k = 0;
  for (std::size_t r = 0; r < data.trials(); ++r)
    for (std::size_t i = data.trial_starts[r]; i + 1 < data.trial_starts[r + 1]; ++i, ++k)
      if (!(std::fabs(steps[k] - median) <= kTimeStepTolerance * median))
        throw InputError("time step: the data are not sampled uniformly: from " + point_location(data, i, 0) +
                         " the step is " + format_double(steps[k]) + ", the median step is " +
                         format_double(median) + " (resample the data first)");
  if (requested_dt > 0 && !(std::fabs(requested_dt - median) <= kTimeStepTolerance * median))
    throw InputError("time step: --dt " + format_double(requested_dt) + " does not match the data's times, whose step is " +
                     format_double(median));
  return median;
}

void check_fit_data(const TrajectorySet& data, std::size_t usable_samples, std::size_t needed,
                    const std::string& what) {
  if (data.dimension == 0 || data.points() == 0) throw InputError("reconstruction: the data hold no points");
  const NonFiniteRows bad = find_non_finite_rows(data);
  if (bad.rows)
    throw InputError("reconstruction: " + std::to_string(bad.rows) + " points hold NaN or infinite values, the first at " +
                     point_location(data, bad.first_point, bad.first_dimension) + " (drop them first)");
  for (std::size_t j = 0; j < data.dimension; ++j) {
    const double first = data.values[j];
    bool constant = true;
    for (std::size_t i = 1; i < data.points() && constant; ++i) constant = data.values[i * data.dimension + j] == first;
    if (constant) {
      const std::string name = j < data.column_names.size() ? data.column_names[j] : default_column_name(j);
      throw InputError("reconstruction: column " + std::to_string(j) + " ('" + name + "') is constant (" +
                       format_double(first) + "): it carries no dynamics; remove it");
    }
  }
  if (usable_samples < needed)
    throw InputError("reconstruction: " + std::to_string(usable_samples) + " usable samples are too few for " + what +
                     " (at least " + std::to_string(needed) + " needed)");
}

std::vector<std::string> variable_names_for(const TrajectorySet& data) {
  const std::size_t d = data.dimension;
  bool usable = data.column_names.size() == d;
  std::set<std::string> seen;
  for (std::size_t j = 0; usable && j < d; ++j) {
    const std::string& name = data.column_names[j];
    usable = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
             std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }) &&
             !is_reserved_name(name) && seen.insert(name).second;
  }
  // x0, x1, ... are what an unnamed column is called: nicer as x, y, z in three dimensions or fewer.
  bool defaults = usable;
  for (std::size_t j = 0; defaults && j < d; ++j) defaults = data.column_names[j] == default_column_name(j);
  if (usable && !(defaults && d <= 3)) return data.column_names;
  std::vector<std::string> names;
  for (std::size_t j = 0; j < d; ++j)
    names.push_back(d <= 3 ? std::string(1, "xyz"[j]) : default_column_name(j));  // "x0", "x1", ...
  return names;
}

}  // namespace flowscope
