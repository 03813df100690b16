#pragma once
// MainWindow assembles the view, the parameter dock, menus and status bar,
// and wires them to the controller. It holds no numerics.
#include <QMainWindow>
#include <memory>

#include "app/gui/simulation_controller.h"

class QDockWidget;
class QLabel;
class QProgressBar;

namespace flowscope {

class AnalysisPanel;
class EnsemblePanel;
class EquationEditor;
class ParameterPanel;
class SystemGallery;
class System;
class TrajectoryScene;
class VtkView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

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

  // The result on screen, or null before the first run finishes.
  std::shared_ptr<const SimulationResult> currentResult() const { return current_; }

 signals:
  // After a new result has been drawn and rendered.
  void trajectoryShown();

 private:
  void buildParameterDock();
  void buildGalleryDock();
  void buildEnsembleDock();
  void buildEditorDock();
  void buildAnalysisDock();
  void addUserSystem(std::shared_ptr<const System> system);
  std::vector<std::shared_ptr<const System>> gallerySystems() const;
  void openEquations();
  void openLangevinScene();
  void openDiffusionScene();
  void openLatentScene();
  void openBridgeScene();
  void saveEquations();
  void rebuildParameterPanel();
  void buildMenus();
  void submitProblem();
  void showResult(std::shared_ptr<const SimulationResult> result);
  void showFailure(const QString& message);
  void saveScreenshot();
  void exportTrajectory();
  void showAbout();

  std::shared_ptr<const System> system_;
  std::unique_ptr<TrajectoryScene> scene_;
  VtkView* view_;
  ParameterPanel* panel_ = nullptr;
  QDockWidget* parameter_dock_ = nullptr;
  SystemGallery* gallery_ = nullptr;
  EnsemblePanel* ensemble_ = nullptr;
  EquationEditor* editor_ = nullptr;
  AnalysisPanel* analysis_ = nullptr;
  std::vector<std::shared_ptr<const System>> user_systems_;
  SimulationController* controller_;
  QLabel* status_label_;
  QProgressBar* progress_;
  std::shared_ptr<const SimulationResult> current_;
  int dt_row_ = -1;
  int duration_row_ = -1;
  bool camera_placed_ = false;
};

}  // namespace flowscope
