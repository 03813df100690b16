#include "core/embed/delay_embedding.h"

#include <string>

#include "core/errors.h"

namespace flowscope {

TrajectorySet delay_embed(const TrajectorySet& data, std::size_t column, std::size_t delay, std::size_t dimension) {
  if (column >= data.dimension)
    throw InputError("delay embedding: column " + std::to_string(column) + " does not exist (the data have " +
                     std::to_string(data.dimension) + ")");
  if (delay == 0) throw InputError("delay embedding: the delay must be at least 1 sample");
  if (dimension == 0) throw InputError("delay embedding: the dimension must be at least 1");
  const std::size_t span = (dimension - 1) * delay;
  for (std::size_t r = 0; r < data.trials(); ++r)
    if (span >= data.trial_length(r))
      throw InputError("delay embedding: delay " + std::to_string(delay) + " x (dimension " +
                       std::to_string(dimension) + " - 1) = " + std::to_string(span) +
                       " samples is not shorter than the series (" +
                       (data.trials() > 1 ? "trial " + std::to_string(r) + " has " : "") +
                       std::to_string(data.trial_length(r)) + " samples)");
  TrajectorySet out;
  out.dimension = dimension;
  out.stacked = data.stacked;
  out.trial_ids = data.trial_ids;
  out.label_names = data.label_names;
  const std::string base = column < data.column_names.size() ? data.column_names[column] : "x";
  for (std::size_t k = 0; k < dimension; ++k)
    out.column_names.push_back(k == 0 ? base + "(t)" : base + "(t+" + std::to_string(k * delay) + ")");
  for (std::size_t r = 0; r < data.trials(); ++r) {
    const std::size_t start = data.trial_starts[r], length = data.trial_length(r) - span;
    for (std::size_t t = 0; t < length; ++t) {
      for (std::size_t k = 0; k < dimension; ++k)
        out.values.push_back(data.values[(start + t + k * delay) * data.dimension + column]);
      if (!data.times.empty()) out.times.push_back(data.times[start + t]);
      if (!data.labels.empty()) out.labels.push_back(data.labels[start + t]);
    }
    out.trial_starts.push_back(out.points());
  }
  return out;
}

}  // namespace flowscope
