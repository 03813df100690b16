#include "core/jobs/diffusion_recording.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "core/diffusion/process.h"

namespace flowscope {
namespace {

template <class Sampler>
void keep_frame(const Sampler& sampler, SamplerRecording& r) {
  const std::size_t k = r.times.size();
  r.times.push_back(sampler.time());
  r.frame_steps.push_back(sampler.steps_done());
  const auto d = static_cast<std::size_t>(r.dimension);
  r.frames.resize((k + 1) * r.drawn * d);
  float* out = r.frames.data() + k * r.drawn * d;
  for (int j = 0; j < r.dimension; ++j) {
    const auto x = sampler.positions(j);
    for (std::size_t i = 0; i < r.drawn; ++i) out[i * d + static_cast<std::size_t>(j)] = static_cast<float>(x[i]);
  }
}

RunStatus status_of(const SamplerStatus& s, std::string& message) {
  message = s.message;
  return s.status;
}
RunStatus status_of(RunStatus s, std::string&) { return s; }

void describe(const SamplerSpec& spec, SamplerRecording& r) { r.spec = spec; }
void describe(const InterpolantSpec& spec, SamplerRecording& r) {
  r.interpolant = true;
  r.interpolant_spec = spec;
}

// One sampler from start to end; progress covers [from, from + span].
template <class Sampler, class Spec>
SamplerRecording record_one(const Spec& spec, const RecordingRequest& request, const RunControl& control,
                            double from, double span) {
  SamplerRecording r;
  describe(spec, r);
  Sampler sampler(spec, request.count);
  r.count = request.count;
  r.dimension = sampler.dimension();
  r.drawn = std::min(request.drawn, request.count);
  // Frames at every `stride` steps, and always at the last one.
  const std::uint64_t stride =
      std::max<std::uint64_t>(1, (spec.steps + request.max_frames - 1) / std::max<std::size_t>(1, request.max_frames));
  r.frames.reserve((spec.steps / stride + 2) * r.drawn * static_cast<std::size_t>(r.dimension));
  keep_frame(sampler, r);
  while (!sampler.finished()) {
    if (control.cancel && control.cancel->load()) {
      r.status = RunStatus::Cancelled;
      return r;
    }
    const RunStatus status = status_of(sampler.advance(stride), r.message);
    if (status != RunStatus::Success) {
      r.status = status;
      break;
    }
    keep_frame(sampler, r);
    if (control.progress)
      control.progress(from + span * static_cast<double>(sampler.steps_done()) / static_cast<double>(spec.steps));
  }
  r.nfe = sampler.score_evaluations();
  r.final_positions = sampler.positions_soa();
  if (r.status == RunStatus::Success)
    r.metrics = target_metrics(r.final_positions.data(), r.count, r.target(), request.metrics);
  return r;
}

}  // namespace

DiffusionRecording record_samplers(const RecordingRequest& request, const RunControl& control) {
  DiffusionRecording recording;
  recording.ode = request.interpolant
                      ? record_one<InterpolantSampler>(request.interpolant_ode, request, control, 0.0, 0.5)
                      : record_one<DiffusionSampler>(request.ode, request, control, 0.0, 0.5);
  if (recording.ode.status == RunStatus::Cancelled) {
    recording.other.status = RunStatus::Cancelled;
    return recording;
  }
  recording.other = request.interpolant
                        ? record_one<InterpolantSampler>(request.interpolant_other, request, control, 0.5, 0.5)
                        : record_one<DiffusionSampler>(request.other, request, control, 0.5, 0.5);
  if (recording.ode.status == RunStatus::Success && recording.other.status == RunStatus::Success)
    recording.ode_other_sliced_w2 =
        sliced_w2(recording.ode.final_positions.data(), recording.ode.count, recording.other.final_positions.data(),
                  recording.other.count, recording.ode.dimension, request.metrics);
  else
    recording.ode_other_sliced_w2 = std::nan("");
  return recording;
}

GaussianMixture exact_marginal(const SamplerRecording& r, double t) {
  if (r.interpolant)
    return interpolant_marginal(r.interpolant_spec.from, r.interpolant_spec.to, r.interpolant_spec.interpolant, t);
  return noised_marginal(r.spec.target, r.spec.process, t);
}

std::vector<float> density_image(const GaussianMixture& marginal, double x0, double x1, double y0, double y1,
                                 std::size_t nx, std::size_t ny) {
  const std::size_t n = nx * ny;
  std::vector<double> points(2 * n), log_p(n);
  for (std::size_t ix = 0; ix < nx; ++ix)
    for (std::size_t iy = 0; iy < ny; ++iy) {
      const std::size_t i = ix * ny + iy;
      points[i] = x0 + (x1 - x0) * static_cast<double>(ix) / static_cast<double>(std::max<std::size_t>(nx - 1, 1));
      points[n + i] = y0 + (y1 - y0) * static_cast<double>(iy) / static_cast<double>(std::max<std::size_t>(ny - 1, 1));
    }
  marginal.evaluate(points.data(), n, n, log_p.data(), nullptr);
  const double top = *std::max_element(log_p.begin(), log_p.end());
  std::vector<float> image(n);
  for (std::size_t i = 0; i < n; ++i)
    image[i] = static_cast<float>(std::clamp(1.0 + (log_p[i] - top) / kDensityEFolds, 0.0, 1.0));
  return image;
}

}  // namespace flowscope
