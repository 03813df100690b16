#include "widgets/render/diffusion_geometry.h"

#include <algorithm>
#include <cmath>

namespace flowscope {
namespace {

// xyz of particle i at frame k.
void point_at(const SamplerRecording& r, std::size_t k, std::size_t i, const GeometryOptions& o, float* out) {
  const float* p = r.frame(k) + i * static_cast<std::size_t>(r.dimension);
  out[0] = p[0];
  out[1] = r.dimension >= 2 ? p[1] : 0.0f;
  if (r.dimension == 3)
    out[2] = p[2];
  else
    out[2] = o.space_time ? static_cast<float>((o.start_at_zero ? 1.0 - r.times[k] : r.times[k]) * o.time_scale) : 0.0f;
}

}  // namespace

DiffusionFrameGeometry frame_geometry(const SamplerRecording& r, std::size_t frame, const GeometryOptions& o) {
  DiffusionFrameGeometry g;
  if (r.frameCount() == 0) return g;
  const std::size_t k = std::min(frame, r.frameCount() - 1);
  g.particle_count = r.drawn;
  g.particles.resize(3 * r.drawn);
  for (std::size_t i = 0; i < r.drawn; ++i) point_at(r, k, i, o, g.particles.data() + 3 * i);

  if (o.trail_frames > 0 && k > 0) {
    g.trail_lines = std::min(o.trail_particles, r.drawn);
    g.trail_points = std::min(o.trail_frames, k) + 1;
    g.trails.resize(3 * g.trail_lines * g.trail_points);
    for (std::size_t i = 0; i < g.trail_lines; ++i)
      for (std::size_t s = 0; s < g.trail_points; ++s)
        point_at(r, k + 1 - g.trail_points + s, i, o, g.trails.data() + 3 * (i * g.trail_points + s));
  }
  if (o.paths > 0) {
    g.path_lines = std::min(o.paths, r.drawn);
    g.path_points = r.frameCount();
    g.paths.resize(3 * g.path_lines * g.path_points);
    for (std::size_t i = 0; i < g.path_lines; ++i)
      for (std::size_t s = 0; s < g.path_points; ++s)
        point_at(r, s, i, o, g.paths.data() + 3 * (i * g.path_points + s));
  }
  return g;
}

std::array<double, 4> target_box(const GaussianMixture& target) {
  const std::vector<double> mean = target.mean(), cov = target.covariance();
  const int d = target.dimension();
  double half = 0.0;
  for (int j = 0; j < std::min(d, 2); ++j) half = std::max(half, 3.5 * std::sqrt(cov[static_cast<std::size_t>(j * d + j)]));
  const double cx = mean[0], cy = d >= 2 ? mean[1] : 0.0;
  return {cx - half, cx + half, cy - half, cy + half};
}

}  // namespace flowscope
