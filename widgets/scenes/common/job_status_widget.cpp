#include "widgets/scenes/common/job_status_widget.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

#include "widgets/panels/job_runner.h"

namespace flowscope {

JobStatusWidget::JobStatusWidget(const QString& prefix, QWidget* parent)
    : QWidget(parent), progress_(new QProgressBar), cancel_(new QToolButton) {
  progress_->setObjectName(prefix + "Progress");
  progress_->setRange(0, 1000);
  progress_->setMaximumWidth(200);
  progress_->setTextVisible(false);
  cancel_->setObjectName(prefix + "Cancel");
  cancel_->setText(tr("Cancel"));
  cancel_->setToolTip(tr("Stop the running computation"));
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(progress_);
  row->addWidget(cancel_);
  connect(cancel_, &QToolButton::clicked, this, [this] {
    for (JobRunner* r : runners_)
      if (r->isRunning()) r->cancel();
  });
  update();
}

void JobStatusWidget::watch(JobRunner* runner) {
  runners_.push_back(runner);
  connect(runner, &JobRunner::progressChanged, this,
          [this](double f) { progress_->setValue(static_cast<int>(1000 * f)); });
  connect(runner, &JobRunner::runningChanged, this, [this](bool running) {
    if (running) progress_->setValue(0);
    update();
  });
  connect(runner, &JobRunner::failed, this, &JobStatusWidget::failed);
  connect(runner, &QObject::destroyed, this, [this, runner] { std::erase(runners_, runner); });
  update();
}

bool JobStatusWidget::isBusy() const {
  for (JobRunner* r : runners_)
    if (r->isRunning()) return true;
  return false;
}

void JobStatusWidget::update() {
  const bool busy = isBusy();
  progress_->setVisible(busy);
  cancel_->setVisible(busy);
}

}  // namespace flowscope
