#pragma once
// Turns a SamplerRecording into what a DiffusionScene draws at one frame:
// particle positions, trails and whole paths as float32 xyz. In the plane
// view a 2-D particle sits at z = 0; in the space-time view at z = t * scale
// (noise on top, data at the bottom), so 2-D paths become curves in
// (x, y, t). 3-D recordings are drawn as they are.
#include <array>
#include <cstddef>
#include <vector>

#include "core/jobs/diffusion_recording.h"

namespace flowscope {

struct DiffusionFrameGeometry {
  std::vector<float> particles;  // xyz per drawn particle
  std::size_t particle_count = 0;
  std::vector<float> trails;  // trail_lines x trail_points xyz
  std::size_t trail_lines = 0, trail_points = 0;
  std::vector<float> paths;  // path_lines x path_points xyz
  std::size_t path_lines = 0, path_points = 0;
};

struct GeometryOptions {
  bool space_time = false;  // 2-D only
  double time_scale = 1.0;  // height of t = 1 in the space-time view
  bool start_at_zero = false;  // interpolants run t = 0 -> 1: drawn as (1 - t) so the start is on top
  std::size_t trail_frames = 12;  // frames behind the current one (0: no trails)
  std::size_t trail_particles = 400;
  std::size_t paths = 30;  // whole paths of the first particles (0: none)
};

DiffusionFrameGeometry frame_geometry(const SamplerRecording& recording, std::size_t frame,
                                      const GeometryOptions& options);

// A box around the target for the heat map: mean +- 3.5 standard deviations
// per axis, widened to a square (x0, x1, y0, y1).
std::array<double, 4> target_box(const GaussianMixture& target);

}  // namespace flowscope
