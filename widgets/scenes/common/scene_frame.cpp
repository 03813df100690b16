#include "widgets/scenes/common/scene_frame.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include "widgets/scenes/common/job_status_widget.h"

namespace flowscope {

SceneFrame::SceneFrame(const QString& prefix, QWidget* parent)
    : QMainWindow(parent), status_(new QLabel), jobs_(new JobStatusWidget(prefix)) {
  status_->setObjectName(prefix + "Status");
  statusBar()->addWidget(status_, 1);
  statusBar()->addPermanentWidget(jobs_);
  connect(jobs_, &JobStatusWidget::failed, this, [this](const QString& m) { setStatus(tr("Error: %1").arg(m)); });
}

void SceneFrame::setSceneName(const QString& name) {
  scene_name_ = name;
  setWindowTitle(tr("%1 — Flowscope").arg(name));
}

void SceneFrame::setContent(QWidget* views, QWidget* below, QWidget* controls, int controls_width) {
  auto* middle = new QWidget;
  auto* column = new QVBoxLayout(middle);
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(views, 1);
  if (below) column->addWidget(below);
  auto* scroll = new QScrollArea;
  scroll->setWidget(controls);
  scroll->setWidgetResizable(true);
  scroll->setMinimumWidth(controls_width);
  auto* split = new QSplitter;
  split->addWidget(middle);
  split->addWidget(scroll);
  split->setStretchFactor(0, 1);
  setCentralWidget(split);
}

void SceneFrame::watchJob(JobRunner* runner) { jobs_->watch(runner); }
bool SceneFrame::isBusy() const { return jobs_->isBusy(); }
void SceneFrame::setStatus(const QString& text) { status_->setText(text); }
QString SceneFrame::statusText() const { return status_->text(); }

}  // namespace flowscope
