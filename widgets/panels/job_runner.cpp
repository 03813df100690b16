#include "widgets/panels/job_runner.h"

#include "core/errors.h"

namespace flowscope {

JobRunner::JobRunner(QObject* parent) : QObject(parent) { pool_.setMaxThreadCount(1); }

JobRunner::~JobRunner() {
  cancel();
  pool_.waitForDone();
}

void JobRunner::cancel() {
  if (cancel_) cancel_->store(true);
}

void JobRunner::start(std::function<void(const RunControl&)> work, std::function<void()> done) {
  cancel();
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  const quint64 generation = ++generation_;
  if (running_++ == 0) emit runningChanged(true);
  pool_.start([this, generation, cancel = cancel_, work = std::move(work), done = std::move(done)] {
    QString error;
    RunControl control;
    control.cancel = cancel.get();
    control.progress = [this, generation](double fraction) {
      QMetaObject::invokeMethod(this, [this, generation, fraction] {
        if (generation == generation_) emit progressChanged(fraction);
      }, Qt::QueuedConnection);
    };
    try {
      work(control);
    } catch (const Error& e) {
      error = QString::fromStdString(e.what());
    } catch (const std::bad_alloc&) {
      error = tr("Not enough memory for this computation.");
    } catch (const std::exception& e) {
      // Any other exception from the work (a library's, a standard one) is
      // reported like ours: a worker must never end the application.
      error = tr("Internal error: %1").arg(QString::fromStdString(e.what()));
    } catch (...) {
      error = tr("Internal error: an unknown exception in the computation.");
    }
    const bool cancelled = cancel->load();
    QMetaObject::invokeMethod(this, [this, generation, error, cancelled, done] {
      if (--running_ == 0) emit runningChanged(false);
      if (generation != generation_ || cancelled) return;
      if (!error.isEmpty()) {
        emit failed(error);
        return;
      }
      done();
    }, Qt::QueuedConnection);
  });
}

}  // namespace flowscope
