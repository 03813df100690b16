#pragma once
// Runs integrations of the current problem on a worker thread. Edits arrive
// faster than runs finish while a slider is dragged, so they are coalesced
// (at most one start per kCoalesceMs); a newer start cancels the run in
// flight and only the newest run's result is published (JobRunner's rules).
#include <QObject>
#include <QElapsedTimer>
#include <QTimer>
#include <memory>

#include "core/integrate/trajectory.h"
#include "widgets/panels/job_runner.h"

namespace flowscope {

struct SimulationResult {
  Problem problem;
  Trajectory trajectory;
  std::vector<double> speeds;
  double seconds = 0.0;  // wall time of integration and speeds
};

class SimulationController : public QObject {
  Q_OBJECT

 public:
  explicit SimulationController(QObject* parent = nullptr);

  // Replaces the problem. The first edit after a quiet spell starts a run at
  // once (leading edge); edits that follow within kCoalesceMs are coalesced
  // into one run when that time is up.
  void setProblem(Problem problem);
  const Problem& problem() const { return problem_; }
  bool isRunning() const { return runner_.isRunning(); }
  // A run is running or about to start.
  bool isPending() const { return coalesce_.isActive() || runner_.isRunning(); }
  JobRunner* runner() { return &runner_; }

  static constexpr int kCoalesceMs = 30;

 signals:
  void resultReady(std::shared_ptr<const flowscope::SimulationResult> result);
  // The problem was refused or the run blew up; the message names why.
  void runFailed(const QString& message);
  void runningChanged(bool running);
  void progressChanged(double fraction);

 private:
  void start();
  void publish(const std::shared_ptr<SimulationResult>& result);

  Problem problem_;
  QTimer coalesce_;
  QElapsedTimer last_start_;
  JobRunner runner_;
};

}  // namespace flowscope
