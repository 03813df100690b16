#include "widgets/render/latent_geometry.h"

#include <algorithm>
#include <cmath>

namespace flowscope {
namespace {

float coordinate(const TrajectorySet& s, std::size_t point, int axis) {
  return axis < 0 || static_cast<std::size_t>(axis) >= s.dimension ? 0.0f
                                                                    : static_cast<float>(s.point(point)[axis]);
}

void push_point(const TrajectorySet& s, std::size_t point, const AxisChoice& axes, std::vector<float>& out) {
  for (int a : axes) out.push_back(coordinate(s, point, a));
}

// Values scaled to [0, 1] between their 1st and 99th percentiles (robust to outliers).
std::vector<float> normalised(const std::vector<double>& v) {
  std::vector<double> finite;
  for (double x : v)
    if (std::isfinite(x)) finite.push_back(x);
  std::vector<float> out(v.size(), 0.0f);
  if (finite.empty()) return out;
  std::sort(finite.begin(), finite.end());
  const double lo = finite[finite.size() / 100], hi = finite[finite.size() - 1 - finite.size() / 100];
  const double span = hi > lo ? hi - lo : 1.0;
  for (std::size_t i = 0; i < v.size(); ++i)
    out[i] = std::isfinite(v[i]) ? static_cast<float>(std::clamp((v[i] - lo) / span, 0.0, 1.0)) : 0.0f;
  return out;
}

}  // namespace

LatentDrawing latent_drawing(const TrajectorySet& s, const AxisChoice& axes, LatentColour colour) {
  LatentDrawing d;
  const std::size_t n = s.points();
  d.xyz.reserve(3 * n);
  for (std::size_t i = 0; i < n; ++i) push_point(s, i, axes, d.xyz);
  d.line_starts = s.trial_starts;
  std::vector<double> value(n, 0.0);
  switch (colour) {
    case LatentColour::Time:
      for (std::size_t i = 0; i < n; ++i) value[i] = s.time_of(i);
      d.title = "time";
      break;
    case LatentColour::Trial: {
      const auto trials = s.point_trials();
      for (std::size_t i = 0; i < n; ++i) value[i] = trials[i];
      d.title = "trial";
      break;
    }
    case LatentColour::Label:
      for (std::size_t i = 0; i < n; ++i) value[i] = s.labels.empty() ? 0.0 : s.labels[i];
      d.title = "label";
      break;
    case LatentColour::Speed: {
      const std::vector<double> v = finite_difference_velocities(s);
      for (std::size_t i = 0; i < n; ++i) {
        double sum = 0.0;
        for (std::size_t j = 0; j < s.dimension; ++j) sum += v[i * s.dimension + j] * v[i * s.dimension + j];
        value[i] = std::sqrt(sum);
      }
      d.title = "speed";
      break;
    }
  }
  d.colour = normalised(value);
  return d;
}

std::vector<float> trial_average(const TrajectorySet& s, const AxisChoice& axes) {
  std::vector<float> out;
  if (s.trials() < 2) return out;
  std::size_t length = s.trial_length(0);
  for (std::size_t r = 1; r < s.trials(); ++r) length = std::min(length, s.trial_length(r));
  for (std::size_t k = 0; k < length; ++k)
    for (int a : axes) {
      double sum = 0.0;
      for (std::size_t r = 0; r < s.trials(); ++r) sum += coordinate(s, s.trial_starts[r] + k, a);
      out.push_back(static_cast<float>(sum / static_cast<double>(s.trials())));
    }
  return out;
}

std::vector<float> cursor_points(const TrajectorySet& s, const AxisChoice& axes, std::size_t index) {
  std::vector<float> out;
  for (std::size_t r = 0; r < s.trials(); ++r) {
    if (s.trial_length(r) == 0) continue;
    push_point(s, s.trial_starts[r] + std::min(index, s.trial_length(r) - 1), axes, out);
  }
  return out;
}

TrajectorySet select_axes(const TrajectorySet& s, const AxisChoice& axes) {
  std::vector<int> used;
  for (int a : axes)
    if (a >= 0 && static_cast<std::size_t>(a) < s.dimension) used.push_back(a);
  TrajectorySet out = s;
  out.dimension = used.size();
  out.values.clear();
  out.values.reserve(s.points() * used.size());
  for (std::size_t i = 0; i < s.points(); ++i)
    for (int a : used) out.values.push_back(s.point(i)[a]);
  out.column_names.clear();
  for (int a : used) out.column_names.push_back(a < static_cast<int>(s.column_names.size()) ? s.column_names[a] : default_column_name(a));
  return out;
}

std::vector<float> flow_arrows(const FlowField& field, const AxisChoice& axes, double fraction) {
  std::vector<float> out;
  if (field.nodes() == 0) return out;
  double top = 0.0;
  for (std::size_t n = 0; n < field.nodes(); ++n) {
    double sum = 0.0;
    for (std::size_t c = 0; c < field.dimension; ++c) sum += field.velocity[n * field.dimension + c] * field.velocity[n * field.dimension + c];
    if (std::isfinite(sum)) top = std::max(top, std::sqrt(sum));
  }
  if (!(top > 0)) return out;
  const double spacing = (field.upper[0] - field.lower[0]) / static_cast<double>(std::max<std::size_t>(field.resolution - 1, 1));
  const double scale = fraction * spacing / top;
  // The field's coordinates are the used axes in order; place them back on x, y, z.
  std::array<int, 3> slot{-1, -1, -1};
  int next = 0;
  for (int k = 0; k < 3; ++k)
    if (axes[k] >= 0) slot[k] = next++;
  for (std::size_t n = 0; n < field.nodes(); ++n) {
    const double* v = field.velocity.data() + n * field.dimension;
    bool finite = true;
    for (std::size_t c = 0; c < field.dimension; ++c) finite = finite && std::isfinite(v[c]);
    if (!finite) continue;
    const std::vector<double> p = field.node_position(n);
    float base[3], tip[3];
    for (int k = 0; k < 3; ++k) {
      base[k] = slot[k] < 0 ? 0.0f : static_cast<float>(p[slot[k]]);
      tip[k] = slot[k] < 0 ? 0.0f : static_cast<float>(p[slot[k]] + scale * v[slot[k]]);
    }
    out.insert(out.end(), base, base + 3);
    out.insert(out.end(), tip, tip + 3);
  }
  return out;
}

}  // namespace flowscope
