#pragma once
// Animates an ensemble: at each tick (about 30 per second) a worker advances
// every trajectory a few steps, and the first three coordinates arrive on the
// GUI thread as a float32 frame. A tick that finds the worker still busy is
// skipped, so a heavy ensemble slows the animation, never the GUI.
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

#include "core/ensemble/ensemble.h"
#include "widgets/panels/job_runner.h"

namespace flowscope {

struct EnsembleFrame {
  std::vector<float> xyz;  // count x 3, interleaved
  std::size_t count = 0;
  double time = 0.0;
  std::size_t diverged = 0;
};

class EnsembleAnimator : public QObject {
  Q_OBJECT

 public:
  static constexpr int kFrameIntervalMs = 33;

  explicit EnsembleAnimator(QObject* parent = nullptr);

  // A new cloud of count states within `spread` of centre, for the problem's
  // system, parameters and time step. Throws InputError for a bad request.
  void restart(const Problem& problem, const std::vector<double>& centre, std::size_t count, double spread);
  // Live parameter change: the cloud keeps its states and follows the new field.
  void setParameters(std::vector<double> parameters);
  void setStepsPerFrame(int steps) { steps_per_frame_ = std::max(1, steps); }
  void setRunning(bool running);
  bool isRunning() const { return timer_.isActive(); }

 signals:
  void frameReady(std::shared_ptr<const flowscope::EnsembleFrame> frame);
  void failed(const QString& message);

 private:
  void tick();

  QTimer timer_;
  JobRunner runner_;
  std::shared_ptr<Ensemble> ensemble_;
  std::optional<std::vector<double>> pending_parameters_;
  int steps_per_frame_ = 10;
};

}  // namespace flowscope
