#include "app/gui/simulation_controller.h"

#include <chrono>

#include "core/errors.h"

namespace flowscope {

SimulationController::SimulationController(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(1);  // runs queue behind each other; stale ones stop at once
  coalesce_.setSingleShot(true);
  coalesce_.setInterval(kCoalesceMs);
  connect(&coalesce_, &QTimer::timeout, this, &SimulationController::start);
}

SimulationController::~SimulationController() {
  if (cancel_) cancel_->store(true);
  pool_.waitForDone();
}

void SimulationController::setProblem(Problem problem) {
  problem_ = std::move(problem);
  if (!coalesce_.isActive()) coalesce_.start();
}

void SimulationController::start() {
  if (cancel_) cancel_->store(true);  // the run in flight is stale now
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const quint64 generation = ++generation_;
  if (running_++ == 0) emit runningChanged(true);

  pool_.start([this, generation, problem = problem_, cancel = cancel_] {
    auto result = std::make_shared<SimulationResult>();
    QString error;
    const auto begin = std::chrono::steady_clock::now();
    try {
      RunControl control;
      control.cancel = cancel.get();
      control.progress = [this, generation](double fraction) {
        QMetaObject::invokeMethod(this, [this, generation, fraction] {
          if (generation == generation_) emit progressChanged(fraction);
        }, Qt::QueuedConnection);
      };
      result->trajectory = integrate(problem, Method::Rk4, control);
      if (result->trajectory.status != RunStatus::Cancelled)  // a blow-up keeps its finite part
        result->speeds = speeds(problem, result->trajectory);
      result->problem = problem;
    } catch (const Error& e) {
      error = QString::fromStdString(e.what());
    } catch (const std::bad_alloc&) {
      error = tr("Not enough memory for this run; use a larger time step or a shorter duration.");
    }
    result->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    // Queued to the GUI thread; dropped by Qt if the controller is gone.
    QMetaObject::invokeMethod(this, [this, generation, result, error] { finish(generation, result, error); },
                              Qt::QueuedConnection);
  });
}

void SimulationController::finish(quint64 generation, std::shared_ptr<SimulationResult> result,
                                  QString error) {
  if (--running_ == 0) emit runningChanged(false);
  if (generation != generation_) return;  // a newer run supersedes this one
  if (!error.isEmpty()) {
    emit runFailed(error);
    return;
  }
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
