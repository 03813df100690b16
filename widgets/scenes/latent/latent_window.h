#pragma once
// Latent trajectories in 3-D. Open a CSV, NPY or HDF5 file (HDF5: pick the
// dataset in the tree of the file's groups; every file is previewed first)
// or generate a synthetic neural population; the data load and project on a
// worker (progress, cancel). Projections: PCA (explained-variance curve) or
// a delay embedding, after optional Gaussian smoothing; any three components
// go on the axes. Lines are coloured by time, trial, label or speed; the
// trial average is drawn bright; a time cursor scrubs all trials together and
// drives the linked time-series panel and (for population data) the spike
// raster. The flow field estimated in the shown space is drawn as arrows, and
// a fitted linear dynamical system's eigenvalues are plotted as decay rate
// against rotation frequency. A file with NaN rows is refused with where
// they are, and a button offers to load it again without them.
#include <array>

#include "widgets/scenes/common/scene_frame.h"
#include <memory>
#include <optional>

#include "widgets/render/latent_geometry.h"
#include "core/data/import.h"
#include "core/data/synthetic_population.h"
#include "core/embed/embedding.h"
#include "core/embed/linear_dynamics.h"

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

class JobRunner;
class LatentScene;
class PlotWidget;
class SpikeRaster;
class TimeScrubber;
class VtkView;

class LatentWindow : public SceneFrame {
  Q_OBJECT

 public:
  // Opens empty, with a hint to open a file or generate a population.
  explicit LatentWindow(QWidget* parent = nullptr);
  ~LatentWindow() override;

  // Loads a file on the worker (HDF5 needs the dataset path). Asks nothing:
  // the interactive Open goes through the dataset tree and the preview first.
  void openFile(const QString& path, const QString& dataset = {},
                NonFinitePolicy policy = NonFinitePolicy::Reject);
  // A Lorenz-driven population of `neurons` neurons (smoothed spikes, PCA).
  void generatePopulation(int neurons = 40, int trials = 12, int bins = 150);
  void setMethod(EmbedMethod method);
  void setSmoothing(double sigma);
  void setAxes(int x, int y, int z);  // component indices; -1: none
  void setColour(LatentColour colour);
  void setFlowVisible(bool on);
  void setCursor(int sample);
  void fitDynamics();

  VtkView* view() const { return view_; }
  const LatentScene& scene() const { return *scene_; }
  bool isBusy() const override;
  SceneState sceneState() const override;
  std::vector<vtkRenderer*> sceneRenderers() const override;
  bool applySceneState(const SceneState& state, QString* error) override;
  QString infoText() const;
  bool dropOffered() const;  // the "load without NaN rows" button is shown
  void acceptDrop();         // presses it
  const std::optional<Embedding>& embedding() const { return embedding_; }
  const std::optional<LinearDynamics>& dynamics() const { return dynamics_; }
  std::optional<double> latentRecoveryR2() const { return recovery_r2_; }  // population data: vs the true latents

 signals:
  void projected();  // a projection is on screen
  void dynamicsShown();

 private:
  void buildControls(QWidget* panel);
  void chooseAndOpen();
  void dataLoaded(TrajectorySet data, std::size_t dropped, const QString& source);
  void project();
  void redraw();
  void updateCursor();
  void updatePlots();
  void frameCamera();
  AxisChoice axes() const;
  // The scene state's colour names, in the colour picker's order.
  static const std::vector<std::string>& colourChoices();

  std::unique_ptr<LatentScene> scene_;
  VtkView* view_;
  JobRunner* runner_;
  QTimer* debounce_;
  TimeScrubber* scrubber_;
  // Where the data on screen came from, for the scene state.
  struct Source {
    QString kind = QStringLiteral("none");  // "none", "file", "population"
    QString path, dataset;
    int neurons = 0, trials = 0, bins = 0;
  } source_;
  // A state's choices that wait for its data: put on when the projection arrives.
  std::optional<std::array<int, 3>> pending_axes_;
  std::optional<CameraState> pending_camera_;
  int pending_cursor_ = -1;
  double pending_smoothing_ = -1.0;
  std::optional<TrajectorySet> data_;      // as loaded (spikes for a population)
  std::optional<Population> population_;  // generated data: rates, spikes, true latents
  std::optional<Embedding> embedding_;
  std::optional<FlowField> flow_;
  std::optional<LinearDynamics> dynamics_;
  std::optional<double> recovery_r2_;
  QString pending_path_, pending_dataset_;

  QComboBox* method_combo_;
  QSpinBox* dims_spin_;
  QDoubleSpinBox* smooth_spin_;
  QSpinBox* delay_spin_;
  QComboBox* axis_combo_[3];
  QComboBox* colour_combo_;
  QCheckBox* average_check_;
  QCheckBox* flow_check_;
  QSlider* cursor_slider_;
  QSpinBox* trial_spin_;
  QPushButton* drop_button_;
  QLabel* info_;
  PlotWidget* variance_plot_;
  PlotWidget* series_plot_;
  PlotWidget* eigen_plot_;
  SpikeRaster* raster_;
};

}  // namespace flowscope
