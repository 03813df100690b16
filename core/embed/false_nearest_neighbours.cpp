#include "core/embed/false_nearest_neighbours.h"

#include <algorithm>
#include <cmath>

#include "core/embed/delay_embedding.h"
#include "core/embed/kd_tree.h"
#include "core/errors.h"

namespace flowscope {

DimensionChoice choose_dimension(const TrajectorySet& data, std::size_t column, std::size_t delay,
                                 const FnnOptions& options) {
  if (delay == 0) throw InputError("false nearest neighbours: the delay must be at least 1 sample");
  const std::size_t d = data.dimension, n = data.points();
  double mean = 0.0, square = 0.0;
  for (std::size_t i = 0; i < n; ++i) mean += data.values[i * d + column];
  mean /= static_cast<double>(n);
  for (std::size_t i = 0; i < n; ++i) square += (data.values[i * d + column] - mean) * (data.values[i * d + column] - mean);
  const double spread = std::sqrt(square / static_cast<double>(n));
  const std::size_t theiler = options.theiler ? options.theiler : delay;

  DimensionChoice choice;
  for (std::size_t m = 1; m <= options.max_dimension; ++m) {
    // Vectors in m + 1 dimensions: the first m coordinates locate neighbours,
    // the last one tests them.
    TrajectorySet next;
    try {
      next = delay_embed(data, column, delay, m + 1);
    } catch (const InputError&) {
      if (m == 1) throw;
      choice.dimension = m;
      choice.reason = "the series is too short to test dimension " + std::to_string(m + 1) + "; the last tested";
      return choice;
    }
    const std::size_t count = next.points();
    std::vector<double> head(count * m);
    for (std::size_t i = 0; i < count; ++i)
      for (std::size_t k = 0; k < m; ++k) head[i * m + k] = next.values[i * (m + 1) + k];
    const KdTree tree(head.data(), count, m);
    const std::vector<std::int32_t> trial = next.point_trials();
    const std::size_t queries = std::min(options.queries, count);
    std::size_t tested = 0, false_count = 0;
#pragma omp parallel for schedule(dynamic, 64) reduction(+ : tested, false_count)
    for (std::size_t q = 0; q < queries; ++q) {
      const std::size_t i = q * count / queries;
      const auto skip = [&](std::size_t j) {
        return trial[j] == trial[i] && (j > i ? j - i : i - j) <= theiler;
      };
      const auto found = tree.nearest(head.data() + i * m, 1, skip);
      if (found.empty() || found[0].first <= 0) continue;
      const std::size_t j = found[0].second;
      const double rm = std::sqrt(found[0].first);
      const double extra = std::fabs(next.values[i * (m + 1) + m] - next.values[j * (m + 1) + m]);
      const double r_next = std::sqrt(found[0].first + extra * extra);
      ++tested;
      if (extra / rm > options.r_tolerance || r_next / spread > options.a_tolerance) ++false_count;
    }
    const double fraction = tested ? static_cast<double>(false_count) / static_cast<double>(tested) : 0.0;
    choice.false_fraction.push_back(fraction);
    if (fraction < options.threshold) {
      choice.dimension = m;
      choice.reason = "first dimension with fewer than " + std::to_string(options.threshold * 100).substr(0, 4) +
                      " % false nearest neighbours";
      return choice;
    }
  }
  choice.dimension = options.max_dimension;
  choice.reason = "false nearest neighbours stayed above the threshold up to the largest dimension tried";
  return choice;
}

}  // namespace flowscope
