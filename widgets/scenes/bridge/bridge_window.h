#pragma once
// Schrodinger bridges. Two-clouds mode: a source and a target (gauss:
// literals, built-in shapes, mixture files, point files), a sigma slider on a
// log scale from near optimal transport to near the independent coupling, an
// Ornstein-Uhlenbeck reference if wanted; the window draws both clouds, the
// coupled pairs as lines, bridge paths and the particles at the slider's time
// (Play animates it), in the plane or in space-time (z = t), and, when both
// ends are Gaussian, the closed-form bridge's 2-sigma ellipse with its mean
// and covariance beside the sample's. Snapshots mode: clouds at several times
// (a CSV with a time column, or a demo from a known linear SDE) coloured by
// time, the inferred paths, and the drift A x + b fitted by iterative
// reference refinement as arrows, with every round's fit in the text panel.
// All computation runs on a worker (debounced, superseded runs cancelled).
#include "widgets/scenes/common/scene_frame.h"
#include <memory>
#include <optional>

#include "core/jobs/bridge_run.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace flowscope {

class BridgeScene;
class JobRunner;
class TimeScrubber;
class VtkView;

class BridgeWindow : public SceneFrame {
  Q_OBJECT

 public:
  // Opens on two Gaussians at sigma 1 and starts the first run.
  explicit BridgeWindow(QWidget* parent = nullptr);
  ~BridgeWindow() override;

  void setSource(const QString& spec);
  void setTarget(const QString& spec);
  void setSigma(double sigma);  // moves the slider (log scale, 0.02 .. 5)
  // A Langevin potential as the reference ("" for Brownian / OU).
  bool setPotentialReference(const QString& id);
  double sigma() const;
  void setSnapshotsMode(bool on, const QString& csv = {});
  void setSpaceTime(bool on);
  void setFrame(int frame);
  int frameCount() const;

  VtkView* view() const { return view_; }
  const BridgeScene& scene() const { return *scene_; }
  bool isBusy() const override;
  SceneState sceneState() const override;
  std::vector<vtkRenderer*> sceneRenderers() const override;
  bool applySceneState(const SceneState& state, QString* error) override;
  QString infoText() const;
  const std::optional<BridgeRun>& bridge() const { return bridge_; }
  const std::optional<SnapshotRun>& snapshots() const { return snapshots_; }

 signals:
  void runShown();

 private:
  void buildControls(QWidget* panel);
  void scheduleRun();
  void run();
  void drawFrame();
  void frameCamera();
  void updateInfo();
  bool snapshotsMode() const;
  void showPendingCamera();

  std::unique_ptr<BridgeScene> scene_;
  VtkView* view_;
  JobRunner* runner_;
  QTimer* debounce_;
  TimeScrubber* scrubber_;
  std::optional<CameraState> pending_camera_;  // a state's camera, put on when its run arrives
  int pending_frame_ = -1;
  double sigma_ = 1.0;  // exact; the slider shows it to 1/1000 of its log range
  std::optional<BridgeRun> bridge_;
  std::optional<SnapshotRun> snapshots_;
  QString csv_;

  QComboBox* mode_combo_;
  QComboBox* source_combo_;
  QComboBox* target_combo_;
  QSpinBox* count_spin_;
  QSlider* sigma_slider_;
  QLabel* sigma_label_;
  QDoubleSpinBox* theta_spin_;
  QComboBox* potential_combo_;
  QSpinBox* steps_spin_;
  QSpinBox* paths_spin_;
  QSpinBox* couplings_spin_;
  QSpinBox* refine_spin_;
  QCheckBox* spacetime_check_;
  QLabel* info_;
};

}  // namespace flowscope
