#pragma once
// The chaotic-system scene: the trajectory view, the parameter, gallery,
// equation, ensemble and analysis docks, its File and View menus and status
// bar, wired to the simulation controller. It holds no numerics. The
// application's main window (app/gui/main_window.h) is one of these with the
// menus that open the other scenes.
#include <map>
#include <optional>

#include "widgets/scenes/common/scene_frame.h"
#include <memory>

#include "widgets/scenes/chaotic/simulation_controller.h"

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;

namespace flowscope {

class AnalysisPanel;
class ParameterPlanePanel;
class EnsemblePanel;
class EquationEditor;
class ParameterPanel;
class SystemGallery;
class System;
class TrajectoryScene;
class VtkView;

class ChaoticWindow : public SceneFrame {
  Q_OBJECT

 public:
  explicit ChaoticWindow(QWidget* parent = nullptr);
  ~ChaoticWindow() override;

  VtkView* view() const { return view_; }
  ParameterPanel* parameterPanel() const { return panel_; }
  SimulationController* controller() const { return controller_; }
  const TrajectoryScene& scene() const { return *scene_; }
  // Switches to another system: new parameter panel, fresh camera, new run.
  void setSystem(std::shared_ptr<const System> system);
  const std::shared_ptr<const System>& system() const { return system_; }
  SystemGallery* gallery() const { return gallery_; }
  EnsemblePanel* ensemblePanel() const { return ensemble_; }
  EquationEditor* equationEditor() const { return editor_; }
  AnalysisPanel* analysisPanel() const { return analysis_; }
  ParameterPlanePanel* parameterPlane() const { return plane_; }

  // The result on screen, or null before the first run finishes.
  std::shared_ptr<const SimulationResult> currentResult() const { return current_; }

  SceneState sceneState() const override;
  bool isBusy() const override { return controller_->isPending(); }
  std::vector<vtkRenderer*> sceneRenderers() const override;
  bool applySceneState(const SceneState& state, QString* error) override;

 signals:
  // After a new result has been drawn and rendered.
  void trajectoryShown();

 protected:
  QMenu* fileMenu() const { return file_menu_; }

 private:
  void buildParameterDock();
  void buildGalleryDock();
  void buildEnsembleDock();
  void buildEditorDock();
  void buildAnalysisDock();
  void buildParameterPlaneDock();
  void addUserSystem(std::shared_ptr<const System> system);
  std::vector<std::shared_ptr<const System>> gallerySystems() const;
  void openEquations();
  void saveEquations();
  void rebuildParameterPanel();
  void buildMenus();
  void submitProblem();
  void showResult(std::shared_ptr<const SimulationResult> result);
  void showFailure(const QString& message);
  void saveScreenshot();
  void exportTrajectory();

  std::shared_ptr<const System> system_;
  std::unique_ptr<TrajectoryScene> scene_;
  VtkView* view_;
  ParameterPanel* panel_ = nullptr;
  QDockWidget* parameter_dock_ = nullptr;
  SystemGallery* gallery_ = nullptr;
  EnsemblePanel* ensemble_ = nullptr;
  EquationEditor* editor_ = nullptr;
  AnalysisPanel* analysis_ = nullptr;
  ParameterPlanePanel* plane_ = nullptr;
  std::vector<std::shared_ptr<const System>> user_systems_;
  SimulationController* controller_;
  QMenu* file_menu_ = nullptr;
  bool applying_state_ = false;
  std::optional<CameraState> pending_camera_;  // a state's camera, put on with its result
  std::map<std::string, QString> typed_texts_;  // a typed system's id -> the text it was compiled from
  std::shared_ptr<const SimulationResult> current_;
  int dt_row_ = -1;
  int duration_row_ = -1;
  bool camera_placed_ = false;
};

}  // namespace flowscope
