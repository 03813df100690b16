#include "core/data/trajectory_set.h"

#include <algorithm>
#include <cmath>

namespace flowscope {

bool TrajectorySet::equal_lengths() const {
  for (std::size_t r = 1; r < trials(); ++r)
    if (trial_length(r) != trial_length(0)) return false;
  return true;
}

double TrajectorySet::time_of(std::size_t i) const {
  if (!times.empty()) return times[i];
  const auto next = std::upper_bound(trial_starts.begin(), trial_starts.end(), i);
  return static_cast<double>(i - *(next - 1));
}

std::vector<std::int32_t> TrajectorySet::point_trials() const {
  std::vector<std::int32_t> out(points());
  for (std::size_t r = 0; r < trials(); ++r)
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(trial_starts[r]),
              out.begin() + static_cast<std::ptrdiff_t>(trial_starts[r + 1]), static_cast<std::int32_t>(r));
  return out;
}

std::vector<double> TrajectorySet::column(std::size_t j) const {
  std::vector<double> out(points());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = values[i * dimension + j];
  return out;
}

std::vector<float> TrajectorySet::column_float(std::size_t j) const {
  std::vector<float> out(points());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<float>(values[i * dimension + j]);
  return out;
}

std::string default_column_name(std::size_t j) {
  // Built with append: GCC 12 warns falsely (-Wrestrict) on "x" + std::string.
  std::string name(1, 'x');
  return name.append(std::to_string(j));
}

TrajectorySet make_trajectory_set(std::vector<double> values, std::size_t trials, std::size_t length,
                                  std::size_t dimension, bool stacked) {
  TrajectorySet set;
  set.dimension = dimension;
  set.values = std::move(values);
  set.trial_starts.resize(trials + 1);
  for (std::size_t r = 0; r <= trials; ++r) set.trial_starts[r] = r * length;
  for (std::size_t j = 0; j < dimension; ++j) set.column_names.push_back(default_column_name(j));
  set.stacked = stacked;
  return set;
}

NonFiniteRows find_non_finite_rows(const TrajectorySet& set) {
  NonFiniteRows report;
  const std::size_t n = set.points(), d = set.dimension;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < d; ++j) {
      if (!std::isfinite(set.values[i * d + j])) {
        if (report.rows == 0) {
          report.first_point = i;
          report.first_dimension = j;
        }
        ++report.rows;
        break;
      }
    }
  }
  return report;
}

std::size_t drop_non_finite_rows(TrajectorySet& set) {
  const std::size_t n = set.points(), d = set.dimension;
  std::vector<std::size_t> starts{0};
  std::vector<double> ids;
  std::size_t kept = 0;
  for (std::size_t r = 0; r < set.trials(); ++r) {
    const std::size_t before = kept;
    for (std::size_t i = set.trial_starts[r]; i < set.trial_starts[r + 1]; ++i) {
      bool finite = true;
      for (std::size_t j = 0; j < d; ++j) finite = finite && std::isfinite(set.values[i * d + j]);
      if (!finite) continue;
      // Moving forward in place: kept <= i, so nothing unread is overwritten.
      std::copy_n(set.values.begin() + static_cast<std::ptrdiff_t>(i * d), d,
                  set.values.begin() + static_cast<std::ptrdiff_t>(kept * d));
      if (!set.times.empty()) set.times[kept] = set.times[i];
      if (!set.labels.empty()) set.labels[kept] = set.labels[i];
      ++kept;
    }
    if (kept > before) {
      starts.push_back(kept);
      ids.push_back(set.trial_ids.empty() ? static_cast<double>(r) : set.trial_ids[r]);
    }
  }
  set.values.resize(kept * d);
  if (!set.times.empty()) set.times.resize(kept);
  if (!set.labels.empty()) set.labels.resize(kept);
  // Trials keep their original numbers when some were removed.
  if (!set.trial_ids.empty() || starts.size() != set.trial_starts.size()) set.trial_ids = std::move(ids);
  set.trial_starts = std::move(starts);
  return n - kept;
}

std::string point_location(const TrajectorySet& set, std::size_t point, std::size_t dimension) {
  const auto next = std::upper_bound(set.trial_starts.begin(), set.trial_starts.end(), point);
  const std::size_t r = static_cast<std::size_t>(next - set.trial_starts.begin()) - 1;
  std::string text;
  if (set.trials() > 1 || set.stacked) text = "trial " + std::to_string(r) + ", ";
  text += (set.stacked ? "sample " : "row ") + std::to_string(point - set.trial_starts[r]);
  const std::string name = dimension < set.column_names.size() ? set.column_names[dimension] : "";
  text += ", dimension " + std::to_string(dimension);
  if (!name.empty() && name != default_column_name(dimension)) text += " ('" + name + "')";
  return text;
}

}  // namespace flowscope
