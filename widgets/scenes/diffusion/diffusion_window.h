#pragma once
// Diffusion sampling, ODE vs SDE side by side. Two linked views (cameras
// shared) show the probability-flow ODE and a second sampler (the eta family,
// eta = 1 being the reverse SDE, or predictor-corrector) carrying the same
// initial noise to the data: particles with trails, a chosen subset of whole
// paths, and the exact density p_t as a heat map under 2-D particles. A time
// slider scrubs from the noise end to the data end (or Play animates it); the
// space-time view turns 2-D paths into curves in (x, y, t). The target is a
// built-in, a mixture file, or the mixture edited in the table; a score error
// perturbs the score both samplers use. The metrics panel gives each
// sampler's distances to the target and to each other, and sweeps the step
// count to plot a metric against it.
//
// Every change of a setting reruns both samplers on a worker (coalesced,
// cancelled when superseded); the recording keeps every frame of the drawn
// particles, so scrubbing does not recompute.
#include "widgets/scenes/common/scene_frame.h"
#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "widgets/render/diffusion_geometry.h"
#include "core/jobs/diffusion_recording.h"
#include "core/diffusion/sweep.h"

class QCheckBox;
class QComboBox;
class QDial;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace flowscope {

class DiffusionScene;
class JobRunner;
class MixtureEditor;
class PlotWidget;
class TimeScrubber;
class VtkView;

class DiffusionWindow : public SceneFrame {
  Q_OBJECT

 public:
  // Opens on 'ring8', VP, 200 steps, 4,000 particles, and starts the first run.
  explicit DiffusionWindow(QWidget* parent = nullptr);
  ~DiffusionWindow() override;

  // Selects a built-in target by id (false if unknown), loads a mixture file
  // (.json, editable) or a point set (.csv, .npy; smoothed by Scott's rule).
  bool setTarget(const QString& id);
  bool loadMixture(const QString& path);
  bool loadPoints(const QString& path);
  bool saveMixture(const QString& path);
  void setEta(double eta);
  double eta() const;
  // "none", "scale:1.5", "blur:0.3", "bias:0.5", "weights:1,2,..." (the CLI's spelling).
  bool setScoreError(const QString& spec);
  void setSteps(int steps);
  void setParticles(int count);
  void setSpaceTime(bool on);
  // Stochastic-interpolant mode: from `from_id` ("normal" or a built-in) to the
  // target, epsilon 0 on the left and epsilon on the right.
  bool setInterpolantMode(bool on, const QString& from_id = QStringLiteral("normal"), double epsilon = 1.0);
  void setFrame(int frame);  // the time slider's position (0: noise end)
  int frameCount() const;
  void sweep();  // metrics against the number of steps, on a worker

  VtkView* odeView() const { return views_[0]; }
  VtkView* otherView() const { return views_[1]; }
  const DiffusionScene& scene(int side) const { return *scenes_[side]; }
  std::shared_ptr<const DiffusionRecording> recording() const { return recording_; }
  const std::vector<SweepRow>& sweepRows(int side) const { return sweep_rows_[side]; }
  bool isBusy() const override;
  SceneState sceneState() const override;
  std::vector<vtkRenderer*> sceneRenderers() const override;
  bool applySceneState(const SceneState& state, QString* error) override;
  QString metricsText() const;
  MixtureEditor* mixtureEditor() const { return editor_; }

 signals:
  void recordingShown();
  void sweepShown();

 private:
  void buildControls(QWidget* panel);
  void scheduleRun();
  void run();
  std::optional<RecordingRequest> request();
  void showRecording(std::shared_ptr<const DiffusionRecording> recording);
  void drawFrame();
  void updateMetrics();
  void updateSweepPlot();
  void syncCameras(int from);
  void frameCameras();
  bool interpolantMode() const;
  std::array<double, 4> box() const;  // the heat map's and the camera's square

  GaussianMixture target_;
  bool point_set_ = false;
  std::unique_ptr<DiffusionScene> scenes_[2];
  VtkView* views_[2];
  JobRunner* runner_;
  JobRunner* sweep_runner_;
  QTimer* debounce_;
  TimeScrubber* scrubber_;
  std::optional<CameraState> pending_camera_;  // a state's camera, put on when its recording arrives
  int pending_frame_ = -1;  // a state's frame, shown when its recording arrives
  QString target_file_;     // the mixture or point file the target came from, if any
  std::shared_ptr<const DiffusionRecording> recording_;
  std::vector<SweepRow> sweep_rows_[2];
  std::array<double, 10> camera_state_{};

  QComboBox* mode_combo_;
  QComboBox* from_combo_;
  QComboBox* interpolant_combo_;
  QDoubleSpinBox* gamma_spin_;
  QDoubleSpinBox* epsilon_spin_;
  QPushButton* sweep_button_;
  QComboBox* target_combo_;
  MixtureEditor* editor_;
  QComboBox* process_combo_;
  QSpinBox* steps_spin_;
  QSpinBox* count_spin_;
  QSpinBox* seed_spin_;
  QComboBox* ode_combo_;
  QComboBox* other_combo_;
  QDial* eta_dial_;
  QLabel* eta_label_;
  QComboBox* error_combo_;
  QDoubleSpinBox* error_value_;
  QLineEdit* error_weights_;
  QCheckBox* density_check_;
  QCheckBox* trails_check_;
  QCheckBox* spacetime_check_;
  QSpinBox* paths_spin_;
  QLabel* metrics_;
  QComboBox* sweep_metric_;
  PlotWidget* sweep_plot_;
};

}  // namespace flowscope
