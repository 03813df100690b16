#include <vtkRenderer.h>

#include "widgets/scenes/chaotic/chaotic_window.h"

#include <QAction>
#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>

#include "core/errors.h"
#include "core/io/trajectory_file.h"
#include "core/systems/catalogue.h"
#include "widgets/scenes/common/camera_state.h"
#include "widgets/panels/catalogue_texts.h"
#include "widgets/scenes/chaotic/analysis_panel.h"
#include "widgets/scenes/chaotic/ensemble_panel.h"
#include "widgets/scenes/chaotic/parameter_plane_panel.h"
#include "widgets/panels/equation_editor.h"
#include "widgets/panels/parameter_panel.h"
#include "widgets/panels/system_gallery.h"
#include "widgets/render/trajectory_scene.h"
#include "widgets/view/vtk_view.h"

namespace flowscope {
namespace {

// Every system opens with 50,000 RK4 steps at its recommended step (the
// default scene: Lorenz over t = 100); the sliders span a tenth to ten times
// that step and 1,000 to 500,000 steps.
constexpr double kDefaultSteps = 50'000, kMinSteps = 1'000, kMaxSteps = 500'000;
constexpr double kDtRange = 10.0;
constexpr int kLeftDockWidth = 250, kRightDockWidth = 360;

int decimalsFor(double smallest) { return std::max(3, static_cast<int>(std::ceil(-std::log10(smallest))) + 2); }

SceneLabels labelsFor(const System& system, const QString& speed) {
  const auto names = system.variable_names();
  SceneLabels labels{speed.toStdString(), {"", "", ""}};
  for (std::size_t i = 0; i < 3 && i < names.size(); ++i) labels.axes[i] = names[i];
  return labels;
}

}  // namespace

ChaoticWindow::ChaoticWindow(QWidget* parent)
    : SceneFrame(QStringLiteral("chaotic"), parent),
      system_(find_system("lorenz")),
      scene_(std::make_unique<TrajectoryScene>()),
      view_(new VtkView(this)),
      controller_(new SimulationController(this)) {
  view_->setRenderer(scene_->renderer());
  setCentralWidget(view_);

  watchJob(controller_->runner());
  setStatus(tr("Computing…"));

  buildGalleryDock();
  buildParameterDock();
  buildEnsembleDock();
  buildEditorDock();
  buildAnalysisDock();
  buildParameterPlaneDock();
  buildMenus();

  connect(controller_, &SimulationController::resultReady, this, &ChaoticWindow::showResult);
  connect(controller_, &SimulationController::runFailed, this, &ChaoticWindow::showFailure);
  resize(1400, 860);
  // The 3-D view gets the room: side panels start narrow (users can widen them).
  // Applied once the window is laid out; before that the docks have no size to change.
  QTimer::singleShot(0, this, [this] {
    resizeDocks({findChild<QDockWidget*>("systemsDock"), parameter_dock_}, {kLeftDockWidth, kRightDockWidth},
                Qt::Horizontal);
  });
  setSystem(system_);
}

void ChaoticWindow::setSystem(std::shared_ptr<const System> system) {
  system_ = std::move(system);
  setSceneName(tr("%1 attractor").arg(translatedSystemName(*system_)));
  scene_->set_labels(labelsFor(*system_, tr("Speed")));
  gallery_->select(QString::fromUtf8(system_->id().data(), static_cast<int>(system_->id().size())));
  rebuildParameterPanel();
  camera_placed_ = false;  // a new system gets a fresh camera
  submitProblem();
}

void ChaoticWindow::buildGalleryDock() {
  gallery_ = new SystemGallery;
  gallery_->setSystems(gallerySystems());
  connect(gallery_, &SystemGallery::systemActivated, this, [this](const QString& id) {
    for (const auto& system : gallerySystems())
      if (QString::fromUtf8(system->id().data(), static_cast<int>(system->id().size())) == id) return setSystem(system);
  });
  auto* dock = new QDockWidget(tr("Systems"), this);
  dock->setObjectName("systemsDock");
  dock->setWidget(gallery_);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
}

ChaoticWindow::~ChaoticWindow() = default;

void ChaoticWindow::rebuildParameterPanel() {
  auto* panel = new ParameterPanel;
  for (const ParameterSpec& spec : system_->parameters()) {
    panel->addRow({QString::fromStdString(spec.name), QString::fromStdString(spec.symbol),
                   translatedDescription(spec), spec.min, spec.max, spec.default_value, spec.structural ? 0 : 3,
                   false});
  }
  const double dt = system_->recommended_dt();
  dt_row_ = panel->addRow({"dt", tr("Time step"), tr("Step of the RK4 integrator"), dt / kDtRange, dt * kDtRange, dt,
                           decimalsFor(dt / kDtRange), true});
  duration_row_ = panel->addRow({"duration", tr("Duration"), tr("Length of the trajectory in time units"),
                                 kMinSteps * dt, kMaxSteps * dt, kDefaultSteps * dt, decimalsFor(kMinSteps * dt) - 2,
                                 true});
  connect(panel, &ParameterPanel::valueChanged, this, &ChaoticWindow::submitProblem);
  parameter_dock_->setWidget(panel);  // QDockWidget keeps the old one: delete it
  if (panel_) panel_->deleteLater();
  panel_ = panel;
}

void ChaoticWindow::buildParameterDock() {
  auto* dock = new QDockWidget(tr("Parameters"), this);
  parameter_dock_ = dock;
  dock->setObjectName("parametersDock");
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

void ChaoticWindow::buildEnsembleDock() {
  ensemble_ = new EnsemblePanel(view_);
  auto* dock = new QDockWidget(tr("Ensemble"), this);
  dock->setObjectName("ensembleDock");
  dock->setWidget(ensemble_);
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

std::vector<std::shared_ptr<const System>> ChaoticWindow::gallerySystems() const {
  std::vector<std::shared_ptr<const System>> systems = all_systems();
  systems.insert(systems.end(), user_systems_.begin(), user_systems_.end());
  return systems;
}

void ChaoticWindow::addUserSystem(std::shared_ptr<const System> system) {
  // A typed system replaces an earlier one of the same name.
  std::erase_if(user_systems_, [&](const auto& s) { return s->id() == system->id(); });
  user_systems_.push_back(system);
  gallery_->setSystems(gallerySystems());
  setSystem(std::move(system));
}

void ChaoticWindow::buildParameterPlaneDock() {
  plane_ = new ParameterPlanePanel;
  auto* dock = new QDockWidget(tr("Parameter plane"), this);
  dock->setObjectName("parameterPlaneDock");
  dock->setWidget(plane_);
  addDockWidget(Qt::RightDockWidgetArea, dock);
  tabifyDockWidget(findChild<QDockWidget*>("analysisDock"), dock);
  findChild<QDockWidget*>("analysisDock")->raise();
  // A click on the map moves the scene to those parameters (one run for both).
  connect(plane_, &ParameterPlanePanel::parametersPicked, this, [this](int xi, double x, int yi, double y) {
    {
      const QSignalBlocker block(panel_);
      panel_->setValue(xi, x);
      panel_->setValue(yi, y);
    }
    submitProblem();
  });
}

void ChaoticWindow::buildAnalysisDock() {
  analysis_ = new AnalysisPanel(view_);
  // Its forms are wide; a scroll area lets the dock stay narrow and the 3-D view large.
  auto* scroll = new QScrollArea;
  scroll->setWidget(analysis_);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  auto* dock = new QDockWidget(tr("Analysis"), this);
  dock->setObjectName("analysisDock");
  dock->setWidget(scroll);
  addDockWidget(Qt::RightDockWidgetArea, dock);
  tabifyDockWidget(findChild<QDockWidget*>("ensembleDock"), dock);
  findChild<QDockWidget*>("ensembleDock")->raise();
}

void ChaoticWindow::buildEditorDock() {
  editor_ = new EquationEditor;
  connect(editor_, &EquationEditor::systemCompiled, this, [this](std::shared_ptr<const System> system) {
    typed_texts_[std::string(system->id())] = editor_->text();
    addUserSystem(std::move(system));
  });
  auto* dock = new QDockWidget(tr("Equations"), this);
  dock->setObjectName("equationsDock");
  dock->setWidget(editor_);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  tabifyDockWidget(findChild<QDockWidget*>("systemsDock"), dock);
  findChild<QDockWidget*>("systemsDock")->raise();
}

void ChaoticWindow::openEquations() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Equations"), QString(),
                                                    tr("Equations (*.txt *.eq);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!editor_->loadFile(path, &error)) return (void)QMessageBox::warning(this, tr("Open Equations"), error);
  auto* dock = findChild<QDockWidget*>("equationsDock");
  dock->show();
  dock->raise();
  editor_->apply();
}

void ChaoticWindow::saveEquations() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Equations"), editor_->systemName() + ".txt",
                                                    tr("Equations (*.txt *.eq);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!editor_->saveFile(path, &error)) QMessageBox::warning(this, tr("Save Equations"), error);
  else setStatus(tr("Saved %1").arg(path));
}

void ChaoticWindow::buildMenus() {
  file_menu_ = menuBar()->addMenu(tr("&File"));
  QMenu* file = file_menu_;
  QAction* export_action = file->addAction(tr("&Export Trajectory…"), this, &ChaoticWindow::exportTrajectory);
  export_action->setShortcut(QKeySequence::Save);
  file->addAction(tr("Save &Screenshot…"), this, &ChaoticWindow::saveScreenshot);
  file->addSeparator();
  file->addAction(tr("&Open Equations…"), this, &ChaoticWindow::openEquations);
  file->addAction(tr("Save E&quations…"), this, &ChaoticWindow::saveEquations);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* reset = view->addAction(tr("&Reset Camera"), view_, &VtkView::resetCamera);
  reset->setShortcut(Qt::Key_R);
  reset->setShortcutContext(Qt::WindowShortcut);
  QAction* toggle = parameter_dock_->toggleViewAction();
  toggle->setText(tr("&Parameters"));
  view->addAction(toggle);
  QAction* systems = findChild<QDockWidget*>("systemsDock")->toggleViewAction();
  systems->setText(tr("&Systems"));
  view->addAction(systems);
  QAction* equations = findChild<QDockWidget*>("equationsDock")->toggleViewAction();
  equations->setText(tr("&Equations"));
  view->addAction(equations);
  QAction* ensemble = findChild<QDockWidget*>("ensembleDock")->toggleViewAction();
  ensemble->setText(tr("E&nsemble"));
  view->addAction(ensemble);
  QAction* analysis = findChild<QDockWidget*>("analysisDock")->toggleViewAction();
  analysis->setText(tr("&Analysis"));
  view->addAction(analysis);
  QAction* plane = findChild<QDockWidget*>("parameterPlaneDock")->toggleViewAction();
  plane->setText(tr("Parameter &Plane"));
  view->addAction(plane);
}

void ChaoticWindow::submitProblem() {
  if (applying_state_) return;  // applySceneState submits once, at the end
  Problem problem = default_problem(system_, panel_->value(duration_row_));
  for (std::size_t i = 0; i < problem.parameters.size(); ++i)
    problem.parameters[i] = panel_->value(static_cast<int>(i));
  problem.dt = panel_->value(dt_row_);
  apply_structure(problem);  // a changed size (Lorenz-96's N) needs another system
  // The analysis tabs get the new problem now, not after the trajectory came
  // back: a run that blows up early must not leave them on the old one.
  analysis_->setProblem(problem);
  plane_->setProblem(problem);
  controller_->setProblem(std::move(problem));
}

void ChaoticWindow::showResult(std::shared_ptr<const SimulationResult> result) {
  // A result for a system no longer shown is dropped before anything is drawn.
  if (result->problem.system != system_ && result->problem.system->id() != system_->id()) return;
  const Trajectory& trajectory = result->trajectory;
  scene_->set_trajectory(trajectory.states.data(), trajectory.samples(), trajectory.dimension,
                         result->speeds.data());
  if (!camera_placed_) {
    scene_->reset_camera();
    view_->setHomeCamera();
    camera_placed_ = true;
  }
  view_->followBounds(scene_->bounds());
  if (pending_camera_) {  // a state's camera, once its trajectory is drawn
    apply_camera_state(*pending_camera_, scene_->renderer()->GetActiveCamera());
    scene_->renderer()->ResetCameraClippingRange();
    view_->setHomeCamera();
    pending_camera_.reset();
  }
  current_ = std::move(result);
  // The ensemble starts where the trajectory ended: on the attractor.
  const double* end = trajectory.state(trajectory.samples() - 1);
  const auto b = scene_->bounds();
  ensemble_->setProblem(current_->problem, std::vector<double>(end, end + trajectory.dimension),
                        std::hypot(b[1] - b[0], b[3] - b[2], b[5] - b[4]));
  analysis_->setSceneBounds(b);
  const QLocale locale;
  setStatus(tr("%1 points computed in %2 ms")
                             .arg(locale.toString(static_cast<qulonglong>(trajectory.samples())))
                             .arg(locale.toString(current_->seconds * 1e3, 'f', 1)));
  view_->requestRender();
  // Tell listeners once this result is on screen.
  connect(view_, &VtkView::frameRendered, this, &ChaoticWindow::trajectoryShown, Qt::SingleShotConnection);
  emit sceneDrawn();
}

void ChaoticWindow::showFailure(const QString& message) {
  setStatus(tr("Warning: %1").arg(message));
}

void ChaoticWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), "flowscope.png",
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  QString error;
  if (!view_->saveScreenshot(path, &error))
    QMessageBox::warning(this, tr("Save Screenshot"), tr("The screenshot was not saved: %1").arg(error));
  else
    setStatus(tr("Saved %1").arg(path));
}

void ChaoticWindow::exportTrajectory() {
  if (!current_) return;
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export Trajectory"), "lorenz.csv",
                                              tr("CSV table (*.csv);;NumPy array (*.npy)"), &filter);
  if (path.isEmpty()) return;
  try {
    if (!is_trajectory_file_name(path.toStdString())) path += filter.contains("npy") ? ".npy" : ".csv";
    write_trajectory_file(path.toStdString(), *system_, current_->trajectory);
    setStatus(tr("Saved %1").arg(path));
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Export Trajectory"),
                         tr("The trajectory was not saved: %1").arg(QString::fromStdString(e.what())));
  }
}

SceneState ChaoticWindow::sceneState() const {
  SceneState state = default_scene_state(SceneKind::Chaotic);
  state.name = sceneName().toStdString();
  const std::string id(system_->id());
  const auto typed = typed_texts_.find(id);
  if (typed != typed_texts_.end()) {
    state.set("system", std::string("typed"));
    state.set("equations", typed->second.toStdString());
  } else {
    state.set("system", id);
  }
  const auto specs = system_->parameters();
  for (std::size_t i = 0; i < specs.size(); ++i) state.parameters[specs[i].name] = panel_->value(static_cast<int>(i));
  state.set("dt", panel_->value(dt_row_));
  state.set("duration", panel_->value(duration_row_));
  state.camera = camera_state(scene_->renderer()->GetActiveCamera());
  return state;
}

bool ChaoticWindow::applySceneState(const SceneState& state, QString* error) {
  auto refuse = [this, error](const QString& why) {
    applying_state_ = false;
    if (error) *error = why;
    return false;
  };
  if (state.kind != SceneKind::Chaotic) return refuse(tr("This is not a chaotic-system scene state."));
  applying_state_ = true;
  std::shared_ptr<const System> system;
  try {
    if (state.text("system") == "typed") {
      const QString text = QString::fromStdString(state.text("equations"));
      const QString before = editor_->text();
      editor_->setText(text);
      if (!editor_->apply()) {  // compiles and, on success, shows the system (systemCompiled)
        const QString why = editor_->errorText();
        editor_->setText(before);
        return refuse(why);
      }
      system = system_;
    } else {
      system = find_system(state.text("system"));
    }
  } catch (const Error& e) {
    return refuse(QString::fromStdString(e.what()));
  }
  const auto specs = system->parameters();
  for (const auto& [name, value] : state.parameters) {
    const bool known = std::any_of(specs.begin(), specs.end(), [&](const ParameterSpec& s) { return s.name == name; });
    if (!known) return refuse(tr("The system has no parameter '%1'.").arg(QString::fromStdString(name)));
  }
  if (system != system_) setSystem(system);
  {
    const QSignalBlocker block(panel_);
    for (std::size_t i = 0; i < specs.size(); ++i) {
      const auto it = state.parameters.find(specs[i].name);
      panel_->setValue(static_cast<int>(i), it == state.parameters.end() ? specs[i].default_value : it->second);
    }
    // 0 stands for the system's own step and 50,000 steps of it.
    const double dt = state.number("dt") > 0.0 ? state.number("dt") : system_->recommended_dt();
    panel_->setValue(dt_row_, dt);
    panel_->setValue(duration_row_, state.number("duration") > 0.0 ? state.number("duration") : kDefaultSteps * dt);
  }
  if (!state.name.empty()) setSceneName(QString::fromStdString(state.name));
  if (state.camera) {
    pending_camera_ = *state.camera;
    camera_placed_ = true;  // the state's camera, not a fresh one, frames the result
  }
  applying_state_ = false;
  submitProblem();
  return true;
}

std::vector<vtkRenderer*> ChaoticWindow::sceneRenderers() const { return {scene_->renderer()}; }

}  // namespace flowscope
