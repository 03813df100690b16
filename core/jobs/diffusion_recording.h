#pragma once
// What the diffusion window shows, computed once per setting on a worker: the
// probability-flow ODE and a second sampler (the eta family or
// predictor-corrector) run from the same initial noise, with every frame of
// a drawn subset kept (float32, for scrubbing the time slider back and forth
// without recomputing), the final positions of all particles, and the
// metrics of both against the target and against each other.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/diffusion/interpolant.h"
#include "core/diffusion/metrics.h"
#include "core/diffusion/sampler.h"

namespace flowscope {

struct SamplerRecording {
  bool interpolant = false;  // a stochastic interpolant (interpolant_spec), else a diffusion sampler (spec)
  SamplerSpec spec;
  InterpolantSpec interpolant_spec;
  std::vector<double> times;  // frame times, from the start (noise) to the end (data)
  std::vector<std::uint64_t> frame_steps;  // the sampler step of each frame
  std::size_t drawn = 0;      // particles recorded per frame (the first ones)
  int dimension = 0;
  std::vector<float> frames;  // frame k, particle i, coordinate j at (k * drawn + i) * dimension + j
  std::vector<double> final_positions;  // all particles, structure of arrays
  std::size_t count = 0;
  TargetMetrics metrics;
  std::uint64_t nfe = 0;  // score evaluations per particle
  RunStatus status = RunStatus::Success;
  std::string message;  // why a run stopped early

  std::size_t frameCount() const { return times.size(); }
  // What the samples should follow: the diffusion target, or the interpolant's end.
  const GaussianMixture& target() const { return interpolant ? interpolant_spec.to : spec.target; }
  const float* frame(std::size_t k) const { return frames.data() + k * drawn * static_cast<std::size_t>(dimension); }
};

struct DiffusionRecording {
  SamplerRecording ode, other;
  double ode_other_sliced_w2 = 0.0;  // between the two final sample sets
};

struct RecordingRequest {
  SamplerSpec ode, other;     // same target, process, steps and seed; different samplers
  // Interpolant mode: the two sides are these (same ends and noise, different epsilon).
  bool interpolant = false;
  InterpolantSpec interpolant_ode, interpolant_other;
  std::size_t count = 4000;   // particles per sampler
  std::size_t drawn = 4000;   // recorded for drawing (<= count)
  std::size_t max_frames = 400;  // frames kept per sampler (every step while steps allow)
  MetricSettings metrics;
};

// Runs both samplers (progress 0..1 over the two; cancel between frames:
// then both recordings have status Cancelled). Throws InputError for a bad spec.
DiffusionRecording record_samplers(const RecordingRequest& request, const RunControl& control = {});

// The exact marginal at time t: the noised target, or the interpolant's rho_t.
GaussianMixture exact_marginal(const SamplerRecording& recording, double t);

// The exact density p_t of the target under the process on an nx x ny grid
// over [x0, x1] x [y0, y1] (2-D targets; x-major) as a colour value in
// [0, 1]: 1 + log(p / max p) / kDensityEFolds, clamped at 0. A log scale,
// because a linear one is bright only under the particles that hide it.
inline constexpr double kDensityEFolds = 10.0;
std::vector<float> density_image(const GaussianMixture& marginal, double x0, double x1, double y0, double y1,
                                 std::size_t nx, std::size_t ny);

}  // namespace flowscope
