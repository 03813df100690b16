#pragma once
// The ensemble controls and what they drive: a cloud of nearby initial
// states around the current trajectory's end, animated in the 3-D view with
// short trails, following parameter edits live.
#include <QWidget>
#include <memory>

#include "widgets/scenes/chaotic/ensemble_animator.h"
#include "widgets/render/particle_cloud.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace flowscope {

class VtkView;

class EnsemblePanel : public QWidget {
  Q_OBJECT

 public:
  EnsemblePanel(VtkView* view, QWidget* parent = nullptr);
  ~EnsemblePanel() override;

  // The problem on screen and where its trajectory ended (on the attractor)
  // and how large it is: the cloud starts there, with a radius of 1 % of size.
  void setProblem(const Problem& problem, std::vector<double> end_state, double size);
  bool isActive() const;
  void setActive(bool active);
  const ParticleCloud& cloud() const { return cloud_; }

 signals:
  void frameShown();

 private:
  void restart();
  void showFrame(std::shared_ptr<const EnsembleFrame> frame);

  VtkView* view_;
  ParticleCloud cloud_;
  EnsembleAnimator animator_;
  QCheckBox* active_;
  QSpinBox* particles_;
  QSpinBox* steps_per_frame_;
  QPushButton* restart_;
  QLabel* info_;
  std::optional<Problem> problem_;
  std::vector<double> centre_;
  double size_ = 1.0;
};

}  // namespace flowscope
