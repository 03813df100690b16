#include "widgets/scenes/langevin/langevin_animator.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace flowscope {
namespace {

// Measures the ensemble and packs the drawn subset (every stride-th particle).
void fill_frame(const LangevinEnsemble& ensemble, const HeightMap& heights, LangevinFrame& frame) {
  const std::size_t n = ensemble.count();
  const int d = ensemble.dimension();
  const Potential& potential = ensemble.potential();
  const std::vector<double> p = ensemble.spec().parameters.empty() ? default_parameters(potential)
                                                                   : ensemble.spec().parameters;
  frame.count = n;
  frame.time = ensemble.time();
  frame.steps = ensemble.steps_done();
  frame.settings = ensemble.settings();
  std::vector<std::span<const double>> x(static_cast<std::size_t>(d));
  for (int j = 0; j < d; ++j) x[static_cast<std::size_t>(j)] = ensemble.positions(j);

  // <U> over all particles, and the drawn subset on the landscape.
  const std::size_t stride = (n + LangevinAnimator::kMaxDrawn - 1) / LangevinAnimator::kMaxDrawn;
  frame.drawn = n == 0 ? 0 : (n - 1) / std::max<std::size_t>(stride, 1) + 1;
  frame.xyz.assign(3 * frame.drawn, 0.0f);
  std::vector<double> point(static_cast<std::size_t>(d));
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    for (int j = 0; j < d; ++j) point[static_cast<std::size_t>(j)] = x[static_cast<std::size_t>(j)][i];
    const double u = potential.energy(point.data(), p.data());
    sum += u;
    if (i % stride != 0) continue;
    float* out = frame.xyz.data() + 3 * (i / stride);
    out[0] = static_cast<float>(point[0]);
    // 1-D: a ribbon behind the curve (a fixed spread per particle), so the density shows.
    out[1] = d >= 2 ? static_cast<float>(point[1])
                    : static_cast<float>(heights.ribbon * static_cast<double>((i * 2654435761u) % 1000) / 1000.0);
    double u_drawn = u;
    if (d > 2) {  // on the slice of the first two coordinates that is drawn
      std::fill(point.begin() + 2, point.end(), 0.0);
      u_drawn = potential.energy(point.data(), p.data());
    }
    out[2] = heights.height(u_drawn) + static_cast<float>(heights.lift);
  }
  frame.mean_energy = n > 0 ? sum / static_cast<double>(n) : 0.0;

  if (d <= 2) {
    const std::size_t cells = d == 1 ? LangevinAnimator::kCells1d : LangevinAnimator::kCells2d;
    frame.tv = compare_to_boltzmann(potential, p, frame.settings.kT, ensemble, cells).tv;
  }
  if (is_underdamped(ensemble.method())) {
    const LangevinStatistics stats = ensemble.statistics();
    frame.kinetic_per_dof = 0.5 * stats.kinetic_temperature;
    const auto v = ensemble.velocities(0);
    const std::size_t pstride = std::max<std::size_t>(1, n / LangevinAnimator::kMaxPhasePoints);
    for (std::size_t i = 0; i < n; i += pstride) {
      frame.phase_x.push_back(x[0][i]);
      frame.phase_v.push_back(v[i]);
    }
  }
}

}  // namespace

LangevinAnimator::LangevinAnimator(QObject* parent) : QObject(parent) {
  timer_.setInterval(kFrameIntervalMs);
  connect(&timer_, &QTimer::timeout, this, &LangevinAnimator::tick);
  connect(&runner_, &JobRunner::failed, this, [this](const QString& message) {
    setRunning(false);
    emit failed(message);
  });
}

void LangevinAnimator::restart(const LangevinSpec& spec, std::size_t count, const HeightMap& heights) {
  auto ensemble = std::make_shared<LangevinEnsemble>(spec, count);  // throws before anything changes
  runner_.cancel();
  ensemble_ = std::move(ensemble);
  heights_ = heights;
  pending_settings_.reset();
  pending_parameters_.reset();
  // The first frame, at t = 0.
  auto frame = std::make_shared<LangevinFrame>();
  auto e = ensemble_;
  references_ = std::make_shared<ReferenceTracker>(*e);
  auto references = references_;
  const HeightMap h = heights_;
  runner_.start(
      [e, references, h, frame](const RunControl&) {
        fill_frame(*e, h, *frame);
        frame->references = references->observe(*e);
      },
      [this, frame] { emit frameReady(frame); });
}

void LangevinAnimator::setParameters(std::vector<double> parameters, const HeightMap& heights) {
  pending_parameters_ = std::move(parameters);
  heights_ = heights;
}

void LangevinAnimator::setHeights(const HeightMap& heights) {
  heights_ = heights;
  if (!ensemble_ || isRunning() || runner_.isRunning()) return;
  auto frame = std::make_shared<LangevinFrame>();
  auto ensemble = ensemble_;
  auto references = references_;
  runner_.start(
      [ensemble, references, heights, frame](const RunControl&) {
        fill_frame(*ensemble, heights, *frame);
        frame->references = references->observe(*ensemble);  // no time has passed: nothing advances
      },
      [this, frame] { emit frameReady(frame); });
}

void LangevinAnimator::setRunning(bool running) {
  if (running && ensemble_)
    timer_.start();
  else
    timer_.stop();  // the advance in flight still delivers its frame
}

bool LangevinAnimator::step() {
  if (!ensemble_ || runner_.isRunning()) return false;
  tick();
  return true;
}

void LangevinAnimator::tick() {
  if (!ensemble_ || runner_.isRunning()) return;  // still busy: skip this frame
  auto ensemble = ensemble_;
  auto references = references_;
  auto settings = std::move(pending_settings_);
  auto parameters = std::move(pending_parameters_);
  pending_settings_.reset();
  pending_parameters_.reset();
  auto frame = std::make_shared<LangevinFrame>();
  const HeightMap heights = heights_;
  const auto steps = static_cast<std::uint64_t>(steps_per_frame_);
  runner_.start(
      [ensemble, references, settings, parameters, heights, frame, steps](const RunControl& control) {
        if (settings) ensemble->set_settings(*settings);
        if (parameters) ensemble->set_parameters(*parameters);
        if (settings || parameters) references->settings_changed(*ensemble);
        const LangevinStatus status = ensemble->advance(steps, control);
        if (status.status == RunStatus::Unstable) {
          frame->unstable = true;
          frame->message = QString::fromStdString(status.message);
        }
        fill_frame(*ensemble, heights, *frame);
        frame->references = references->observe(*ensemble);
      },
      [this, frame] {
        if (frame->unstable) setRunning(false);
        emit frameReady(frame);
      });
}

}  // namespace flowscope
