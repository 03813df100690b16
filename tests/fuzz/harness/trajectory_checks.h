#pragma once
// What every trajectory import promises (core/data/import.h, trajectory_set.h),
// checked on whatever a fuzz input made it load.
#include <cmath>
#include <optional>

#include "core/data/import.h"
#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {

inline void check_trajectories(const std::optional<ImportResult>& result, NonFinitePolicy policy) {
  expect(result.has_value(), "an import without a cancel flag is never cancelled");
  const TrajectorySet& set = result->data;
  expect(set.dimension > 0, "a loaded set has at least one dimension");
  expect(set.values.size() % set.dimension == 0, "values hold whole points");
  expect(set.points() > 0, "a loaded set is not empty");
  expect(!set.trial_starts.empty() && set.trial_starts.front() == 0 && set.trial_starts.back() == set.points(),
         "trials cover the points");
  for (std::size_t r = 0; r < set.trials(); ++r)
    expect(set.trial_starts[r] < set.trial_starts[r + 1], "no trial is empty");
  expect(set.times.empty() || set.times.size() == set.points(), "one time per point");
  expect(set.labels.empty() || set.labels.size() == set.points(), "one label per point");
  expect(set.column_names.size() == set.dimension, "one name per dimension");
  if (policy != NonFinitePolicy::Keep)
    for (double v : set.values) expect(std::isfinite(v), "Reject and Drop leave no NaN or infinity");
}

}  // namespace flowscope::fuzz
