#pragma once
// Progress, cancel and the last error of one or more jobs, for a status bar:
// visible while any watched job runs; Cancel cancels every running one.
// Object names: prefix + "Progress", prefix + "Cancel".
#include <QWidget>
#include <vector>

class QProgressBar;
class QToolButton;

namespace flowscope {

class JobRunner;

class JobStatusWidget : public QWidget {
  Q_OBJECT

 public:
  explicit JobStatusWidget(const QString& prefix, QWidget* parent = nullptr);
  void watch(JobRunner* runner);
  bool isBusy() const;
  QProgressBar* progressBar() const { return progress_; }

 signals:
  // A watched job failed (an exception in the work): the message to show.
  void failed(const QString& message);

 private:
  void update();

  std::vector<JobRunner*> runners_;
  QProgressBar* progress_;
  QToolButton* cancel_;
};

}  // namespace flowscope
