#include "widgets/scenes/chaotic/ensemble_animator.h"

namespace flowscope {

EnsembleAnimator::EnsembleAnimator(QObject* parent) : QObject(parent) {
  timer_.setInterval(kFrameIntervalMs);
  connect(&timer_, &QTimer::timeout, this, &EnsembleAnimator::tick);
  connect(&runner_, &JobRunner::failed, this, &EnsembleAnimator::failed);
}

void EnsembleAnimator::restart(const Problem& problem, const std::vector<double>& centre, std::size_t count,
                               double spread) {
  EnsembleSpec spec;
  spec.system = problem.system;
  spec.parameters = problem.parameters;
  spec.dt = problem.dt;
  spec.method = Method::Rk4;
  runner_.cancel();
  ensemble_ = std::make_shared<Ensemble>(spec, initial_cloud(centre, count, spread, 1), count);
  pending_parameters_.reset();
}

void EnsembleAnimator::setParameters(std::vector<double> parameters) { pending_parameters_ = std::move(parameters); }

void EnsembleAnimator::setRunning(bool running) {
  if (running && ensemble_)
    timer_.start();
  else {
    timer_.stop();
    runner_.cancel();
  }
}

void EnsembleAnimator::tick() {
  if (!ensemble_ || runner_.isRunning()) return;  // still busy: skip this frame
  auto ensemble = ensemble_;
  auto parameters = std::move(pending_parameters_);
  pending_parameters_.reset();
  auto frame = std::make_shared<EnsembleFrame>();
  const int steps = steps_per_frame_;
  runner_.start(
      [ensemble, parameters, frame, steps](const RunControl& control) {
        if (parameters) ensemble->set_parameters(*parameters);
        if (ensemble->advance(static_cast<std::uint64_t>(steps), control) != RunStatus::Success) return;
        const std::size_t n = ensemble->count();
        const int dim = ensemble->dimension();
        const auto& x = ensemble->states();
        frame->count = n;
        frame->time = ensemble->time();
        frame->diverged = ensemble->diverged();
        frame->xyz.resize(3 * n);
        for (std::size_t i = 0; i < n; ++i)
          for (int j = 0; j < 3; ++j) frame->xyz[3 * i + j] = j < dim ? static_cast<float>(x[j * n + i]) : 0.0f;
      },
      [this, frame] {
        if (frame->count > 0) emit frameReady(frame);
      });
}

}  // namespace flowscope
