#pragma once
// Runs one long computation at a time on a worker thread, with progress and
// cancel, the Qt way: the work gets a RunControl (cancel flag + progress),
// its completion is delivered on the GUI thread, a new start cancels the old
// run, and the destructor cancels and joins.
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

#include "core/integrate/trajectory.h"

namespace flowscope {

class JobRunner : public QObject {
  Q_OBJECT

 public:
  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;

  // work runs on the worker; done runs on the GUI thread afterwards unless a
  // newer start() superseded it. An exception from work becomes failed().
  void start(std::function<void(const RunControl&)> work, std::function<void()> done);
  void cancel();
  bool isRunning() const { return running_ > 0; }

 signals:
  void progressChanged(double fraction);
  void runningChanged(bool running);
  void failed(const QString& message);

 private:
  QThreadPool pool_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  quint64 generation_ = 0;
  int running_ = 0;
};

}  // namespace flowscope
