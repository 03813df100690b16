#include "widgets/scenes/chaotic/simulation_controller.h"

#include <chrono>

namespace flowscope {

SimulationController::SimulationController(QObject* parent) : QObject(parent) {
  coalesce_.setSingleShot(true);
  coalesce_.setInterval(kCoalesceMs);
  connect(&coalesce_, &QTimer::timeout, this, &SimulationController::start);
  connect(&runner_, &JobRunner::runningChanged, this, &SimulationController::runningChanged);
  connect(&runner_, &JobRunner::progressChanged, this, &SimulationController::progressChanged);
  connect(&runner_, &JobRunner::failed, this, &SimulationController::runFailed);
}

void SimulationController::setProblem(Problem problem) {
  problem_ = std::move(problem);
  if (coalesce_.isActive()) return;  // the pending start takes this problem
  if (!last_start_.isValid() || last_start_.elapsed() >= kCoalesceMs)
    start();
  else
    coalesce_.start(static_cast<int>(kCoalesceMs - last_start_.elapsed()));
}

void SimulationController::start() {
  last_start_.start();
  auto result = std::make_shared<SimulationResult>();
  runner_.start(
      [result, problem = problem_](const RunControl& control) {
        const auto begin = std::chrono::steady_clock::now();
        result->problem = problem;
        result->trajectory = integrate(problem, Method::Rk4, control);
        if (result->trajectory.status != RunStatus::Cancelled)  // a blow-up keeps its finite part
          result->speeds = speeds(problem, result->trajectory);
        result->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
      },
      [this, result] { publish(result); });
}

void SimulationController::publish(const std::shared_ptr<SimulationResult>& result) {
  switch (result->trajectory.status) {
    case RunStatus::Success: emit resultReady(result); break;
    case RunStatus::Unstable:
      // Keep what was computed: show the part before the blow-up, then say why it ends.
      if (result->trajectory.samples() > 1) emit resultReady(result);
      emit runFailed(tr("The trajectory blew up after t = %1. Try a smaller time step or other parameters.")
                         .arg(result->trajectory.times.back()));
      break;
    case RunStatus::Cancelled: break;
  }
}

}  // namespace flowscope
