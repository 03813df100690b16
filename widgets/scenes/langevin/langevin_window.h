#pragma once
// A top-level window for Langevin dynamics: pick a potential and a method, set
// kT, gamma, m, dt and the particle count, and watch the particles settle into
// the Boltzmann density on the drawn landscape, with the total-variation
// distance to it, the mean energies and (underdamped) a phase-space scatter.
// Exact references beside the ensemble (ReferenceTracker): the Fokker-Planck
// density along x, the OU variance for 'harmonic', Kramers' escape rate for
// two wells.
// kT, gamma, m, dt and the potential's non-structural parameters change live;
// a new potential, method, structural parameter or count restarts at t = 0.
#include "widgets/scenes/common/scene_frame.h"
#include <QString>
#include <memory>
#include <vector>

#include "widgets/scenes/langevin/langevin_animator.h"
#include "core/langevin/potential.h"

class QComboBox;
class QLineEdit;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace flowscope {

class ParameterPanel;
class PlotWidget;
class PotentialMap;
class VtkView;

class LangevinWindow : public SceneFrame {
  Q_OBJECT

 public:
  // Opens on 'double-well' with 20,000 particles, paused at t = 0.
  explicit LangevinWindow(QWidget* parent = nullptr);
  ~LangevinWindow() override;

  // Selects a potential by id (as the picker does); false if unknown.
  bool setPotential(const QString& id);
  QString potentialId() const;
  // Compiles a typed potential such as "(x^2 - 1)^2 + y^2/2" and selects it;
  // on a mistake returns false and the status line names its column.
  bool useTypedPotential(const QString& expression);

  VtkView* view() const { return view_; }
  const PotentialMap& scene() const { return *scene_; }
  LangevinAnimator* animator() const { return animator_; }
  ParameterPanel* dynamicsPanel() const { return dynamics_; }
  // The last frame shown (null before the first); its settings are the
  // ensemble's after that advance.
  std::shared_ptr<const LangevinFrame> lastFrame() const { return last_frame_; }
  // The references line under the plots (escape rates, what does not apply).
  QString referencesText() const;

  // Dynamics rows in dynamicsPanel().
  enum DynamicsRow { kRowKT = 0, kRowGamma, kRowMass, kRowDt, kRowForce, kRowOmega };
  // The landscape as a 3-D height surface or a flat 2-D map with contour lines.
  void setMapView(bool map);
  bool isMapView() const;
  static constexpr int kDefaultCount = 20'000;

  SceneState sceneState() const override;
  std::vector<vtkRenderer*> sceneRenderers() const override;
  bool applySceneState(const SceneState& state, QString* error) override;

 public slots:
  void play();
  void pause();
  void step();
  void reset();

 signals:
  void frameShown();

 private:
  void buildPotentialPanel();
  // The picker's entry for the typed potential (added or renamed for typed_expression_).
  int typedEntry();
  void restart();
  void updateLandscape();
  void frameCamera();
  LangevinSettings settingsFromPanel() const;
  void settingsEdited();
  void parameterEdited(int row);
  void showFrame(std::shared_ptr<const LangevinFrame> frame);
  void updatePlots();
  void showReferences(const ReferenceReadings& readings);

  std::shared_ptr<const Potential> base_, potential_;  // picked, and sized for the parameters
  std::shared_ptr<const Potential> typed_;             // the last typed potential that compiled
  QString typed_expression_;                           // and its text
  std::vector<double> parameters_;
  std::unique_ptr<PotentialMap> scene_;
  VtkView* view_;
  LangevinAnimator* animator_;
  QComboBox* potential_combo_;
  QLineEdit* expression_;
  QComboBox* method_combo_;
  QComboBox* view_combo_;
  QSpinBox* count_spin_;
  QSpinBox* steps_spin_;
  QVBoxLayout* potential_box_;
  ParameterPanel* potential_panel_ = nullptr;
  ParameterPanel* dynamics_;
  PlotWidget* tv_plot_;
  PlotWidget* energy_plot_;
  PlotWidget* phase_plot_;
  PlotWidget* density_plot_;
  PlotWidget* moments_plot_;
  QLabel* references_;
  QString error_;
  std::shared_ptr<const LangevinFrame> last_frame_;
  HeightMap heights_;
  std::vector<double> t_, tv_, energy_, kinetic_;
  std::vector<double> tv_fp_, ou_exact_, ou_measured_;  // NaN where not available
};

}  // namespace flowscope
