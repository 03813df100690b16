#include "widgets/scenes/chaotic/ensemble_panel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include "core/errors.h"
#include "widgets/view/vtk_view.h"

namespace flowscope {
namespace {

constexpr int kDefaultParticles = 2000, kMaxParticles = 200'000;
constexpr double kCloudRadius = 0.01;  // of the attractor's size: visibly one blob at first

}  // namespace

EnsemblePanel::EnsemblePanel(VtkView* view, QWidget* parent)
    : QWidget(parent), view_(view), active_(new QCheckBox(tr("Animate an ensemble"), this)),
      particles_(new QSpinBox(this)), steps_per_frame_(new QSpinBox(this)),
      restart_(new QPushButton(tr("Restart cloud"), this)), info_(new QLabel(this)) {
  active_->setObjectName("ensembleActive");
  particles_->setObjectName("spin_particles");
  particles_->setRange(10, kMaxParticles);
  particles_->setValue(kDefaultParticles);
  particles_->setSingleStep(500);
  particles_->setToolTip(tr("Number of trajectories, started in a small ball on the attractor"));
  steps_per_frame_->setRange(1, 100);
  steps_per_frame_->setValue(10);
  steps_per_frame_->setToolTip(tr("Integration steps between two frames: the speed of the animation"));
  auto* form = new QFormLayout(this);
  form->addRow(active_);
  form->addRow(tr("Particles"), particles_);
  form->addRow(tr("Steps per frame"), steps_per_frame_);
  form->addRow(restart_);
  form->addRow(info_);
  cloud_.addTo(view_->renderer());
  cloud_.setVisible(false);

  connect(active_, &QCheckBox::toggled, this, &EnsemblePanel::setActive);
  connect(restart_, &QPushButton::clicked, this, &EnsemblePanel::restart);
  connect(particles_, &QSpinBox::editingFinished, this, &EnsemblePanel::restart);
  connect(steps_per_frame_, &QSpinBox::valueChanged, this, [this](int steps) { animator_.setStepsPerFrame(steps); });
  connect(&animator_, &EnsembleAnimator::frameReady, this, &EnsemblePanel::showFrame);
  connect(&animator_, &EnsembleAnimator::failed, info_, &QLabel::setText);
}

EnsemblePanel::~EnsemblePanel() {
  animator_.setRunning(false);
  if (view_->renderer()) cloud_.removeFrom(view_->renderer());
}

bool EnsemblePanel::isActive() const { return active_->isChecked(); }

void EnsemblePanel::setActive(bool active) {
  if (active_->isChecked() != active) active_->setChecked(active);  // re-enters through toggled
  cloud_.setVisible(active);
  if (active) restart();
  else animator_.setRunning(false);
  view_->requestRender();
}

void EnsemblePanel::setProblem(const Problem& problem, std::vector<double> end_state, double size) {
  const bool same_system = problem_ && problem_->system == problem.system;
  problem_ = problem;
  centre_ = std::move(end_state);
  size_ = size > 0 ? size : 1.0;
  if (!isActive()) return;
  if (same_system)
    animator_.setParameters(problem.parameters);  // live: the cloud bends to the new field
  else
    restart();
}

void EnsemblePanel::restart() {
  if (!isActive() || !problem_) return;
  try {
    animator_.restart(*problem_, centre_, static_cast<std::size_t>(particles_->value()), kCloudRadius * size_);
    cloud_.clear();
    animator_.setRunning(true);
  } catch (const Error& e) {
    info_->setText(QString::fromStdString(e.what()));
  }
}

void EnsemblePanel::showFrame(std::shared_ptr<const EnsembleFrame> frame) {
  cloud_.pushFrame(frame->xyz, frame->count);
  const QLocale locale;
  QString text = tr("t = %1").arg(locale.toString(frame->time, 'f', 2));
  if (frame->diverged > 0) text += "  " + tr("(%1 blew up)").arg(locale.toString(qulonglong(frame->diverged)));
  info_->setText(text);
  view_->requestRender();
  emit frameShown();
}

}  // namespace flowscope
