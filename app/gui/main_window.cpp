#include "app/gui/main_window.h"

#include <QAction>
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
#include "widgets/panels/catalogue_texts.h"
#include "app/gui/analysis_panel.h"
#include "app/gui/ensemble_panel.h"
#include "app/gui/bridge_window.h"
#include "app/gui/diffusion_window.h"
#include "app/gui/langevin_window.h"
#include "app/gui/latent_window.h"
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

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      system_(find_system("lorenz")),
      scene_(std::make_unique<TrajectoryScene>()),
      view_(new VtkView(this)),
      controller_(new SimulationController(this)),
      status_label_(new QLabel(this)),
      progress_(new QProgressBar(this)) {
  view_->setRenderer(scene_->renderer());
  setCentralWidget(view_);

  progress_->setRange(0, 100);
  progress_->setMaximumWidth(160);
  progress_->setVisible(false);
  statusBar()->addWidget(status_label_, 1);
  statusBar()->addPermanentWidget(progress_);
  status_label_->setText(tr("Computing…"));

  buildGalleryDock();
  buildParameterDock();
  buildEnsembleDock();
  buildEditorDock();
  buildAnalysisDock();
  buildMenus();

  connect(controller_, &SimulationController::resultReady, this, &MainWindow::showResult);
  connect(controller_, &SimulationController::runFailed, this, &MainWindow::showFailure);
  connect(controller_, &SimulationController::runningChanged, this, [this](bool running) {
    progress_->setVisible(running);
    if (running) progress_->setValue(0);
  });
  connect(controller_, &SimulationController::progressChanged, this,
          [this](double fraction) { progress_->setValue(static_cast<int>(fraction * 100)); });
  resize(1400, 860);
  // The 3-D view gets the room: side panels start narrow (users can widen them).
  // Applied once the window is laid out; before that the docks have no size to change.
  QTimer::singleShot(0, this, [this] {
    resizeDocks({findChild<QDockWidget*>("systemsDock"), parameter_dock_}, {kLeftDockWidth, kRightDockWidth},
                Qt::Horizontal);
  });
  setSystem(system_);
}

void MainWindow::setSystem(std::shared_ptr<const System> system) {
  system_ = std::move(system);
  setWindowTitle(tr("Flowscope — %1 attractor").arg(translatedSystemName(*system_)));
  scene_->set_labels(labelsFor(*system_, tr("Speed")));
  gallery_->select(QString::fromUtf8(system_->id().data(), static_cast<int>(system_->id().size())));
  rebuildParameterPanel();
  camera_placed_ = false;  // a new system gets a fresh camera
  submitProblem();
}

void MainWindow::buildGalleryDock() {
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

MainWindow::~MainWindow() = default;

void MainWindow::rebuildParameterPanel() {
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
  connect(panel, &ParameterPanel::valueChanged, this, &MainWindow::submitProblem);
  parameter_dock_->setWidget(panel);  // QDockWidget keeps the old one: delete it
  if (panel_) panel_->deleteLater();
  panel_ = panel;
}

void MainWindow::buildParameterDock() {
  auto* dock = new QDockWidget(tr("Parameters"), this);
  parameter_dock_ = dock;
  dock->setObjectName("parametersDock");
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::buildEnsembleDock() {
  ensemble_ = new EnsemblePanel(view_);
  auto* dock = new QDockWidget(tr("Ensemble"), this);
  dock->setObjectName("ensembleDock");
  dock->setWidget(ensemble_);
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

std::vector<std::shared_ptr<const System>> MainWindow::gallerySystems() const {
  std::vector<std::shared_ptr<const System>> systems = all_systems();
  systems.insert(systems.end(), user_systems_.begin(), user_systems_.end());
  return systems;
}

void MainWindow::addUserSystem(std::shared_ptr<const System> system) {
  // A typed system replaces an earlier one of the same name.
  std::erase_if(user_systems_, [&](const auto& s) { return s->id() == system->id(); });
  user_systems_.push_back(system);
  gallery_->setSystems(gallerySystems());
  setSystem(std::move(system));
}

void MainWindow::buildAnalysisDock() {
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

void MainWindow::buildEditorDock() {
  editor_ = new EquationEditor;
  connect(editor_, &EquationEditor::systemCompiled, this, &MainWindow::addUserSystem);
  auto* dock = new QDockWidget(tr("Equations"), this);
  dock->setObjectName("equationsDock");
  dock->setWidget(editor_);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  tabifyDockWidget(findChild<QDockWidget*>("systemsDock"), dock);
  findChild<QDockWidget*>("systemsDock")->raise();
}

void MainWindow::openLangevinScene() {
  // A window of its own: particles in a potential, with their own view, controls and plots.
  auto* window = new LangevinWindow(this);
  window->setObjectName("langevinWindow");
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
}

void MainWindow::openDiffusionScene() {
  // ODE vs SDE sampling of a diffusion model with an exact score, in a window of its own.
  auto* window = new DiffusionWindow(this);
  window->setObjectName("diffusionWindow");
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
}

void MainWindow::openLatentScene() {
  // Imported or generated latent trajectories, projected and explored in a window of their own.
  auto* window = new LatentWindow(this);
  window->setObjectName("latentWindow");
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
}

void MainWindow::openBridgeScene() {
  // Schrodinger bridges between clouds and through snapshots, in a window of their own.
  auto* window = new BridgeWindow(this);
  window->setObjectName("bridgeWindow");
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
}

void MainWindow::openEquations() {
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

void MainWindow::saveEquations() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Equations"), editor_->systemName() + ".txt",
                                                    tr("Equations (*.txt *.eq);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!editor_->saveFile(path, &error)) QMessageBox::warning(this, tr("Save Equations"), error);
  else status_label_->setText(tr("Saved %1").arg(path));
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* export_action = file->addAction(tr("&Export Trajectory…"), this, &MainWindow::exportTrajectory);
  export_action->setShortcut(QKeySequence::Save);
  file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot);
  file->addSeparator();
  file->addAction(tr("New &Langevin Scene…"), this, &MainWindow::openLangevinScene);
  file->addAction(tr("New &Diffusion Sampling Scene…"), this, &MainWindow::openDiffusionScene);
  file->addAction(tr("New La&tent Trajectories Scene…"), this, &MainWindow::openLatentScene);
  file->addAction(tr("New Schrödinger &Bridge Scene…"), this, &MainWindow::openBridgeScene);
  file->addSeparator();
  file->addAction(tr("&Open Equations…"), this, &MainWindow::openEquations);
  file->addAction(tr("Save E&quations…"), this, &MainWindow::saveEquations);
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

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Flowscope"), this, &MainWindow::showAbout);
}

void MainWindow::submitProblem() {
  Problem problem = default_problem(system_, panel_->value(duration_row_));
  for (std::size_t i = 0; i < problem.parameters.size(); ++i)
    problem.parameters[i] = panel_->value(static_cast<int>(i));
  problem.dt = panel_->value(dt_row_);
  apply_structure(problem);  // a changed size (Lorenz-96's N) needs another system
  controller_->setProblem(std::move(problem));
}

void MainWindow::showResult(std::shared_ptr<const SimulationResult> result) {
  const Trajectory& trajectory = result->trajectory;
  scene_->set_trajectory(trajectory.states.data(), trajectory.samples(), trajectory.dimension,
                         result->speeds.data());
  if (result->problem.system != system_ && result->problem.system->id() != system_->id()) return;  // stale
  if (!camera_placed_) {
    scene_->reset_camera();
    view_->setHomeCamera();
    camera_placed_ = true;
  }
  view_->followBounds(scene_->bounds());
  current_ = std::move(result);
  // The ensemble starts where the trajectory ended: on the attractor.
  const double* end = trajectory.state(trajectory.samples() - 1);
  const auto b = scene_->bounds();
  ensemble_->setProblem(current_->problem, std::vector<double>(end, end + trajectory.dimension),
                        std::hypot(b[1] - b[0], b[3] - b[2], b[5] - b[4]));
  analysis_->setSceneBounds(b);
  analysis_->setProblem(current_->problem);
  const QLocale locale;
  status_label_->setText(tr("%1 points computed in %2 ms")
                             .arg(locale.toString(static_cast<qulonglong>(trajectory.samples())))
                             .arg(locale.toString(current_->seconds * 1e3, 'f', 1)));
  view_->requestRender();
  // Tell listeners once this result is on screen.
  connect(view_, &VtkView::frameRendered, this, &MainWindow::trajectoryShown, Qt::SingleShotConnection);
}

void MainWindow::showFailure(const QString& message) {
  status_label_->setText(tr("Warning: %1").arg(message));
}

void MainWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), "flowscope.png",
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  QString error;
  if (!view_->saveScreenshot(path, &error))
    QMessageBox::warning(this, tr("Save Screenshot"), tr("The screenshot was not saved: %1").arg(error));
  else
    status_label_->setText(tr("Saved %1").arg(path));
}

void MainWindow::exportTrajectory() {
  if (!current_) return;
  QString filter;
  QString path = QFileDialog::getSaveFileName(this, tr("Export Trajectory"), "lorenz.csv",
                                              tr("CSV table (*.csv);;NumPy array (*.npy)"), &filter);
  if (path.isEmpty()) return;
  try {
    if (!is_trajectory_file_name(path.toStdString())) path += filter.contains("npy") ? ".npy" : ".csv";
    write_trajectory_file(path.toStdString(), *system_, current_->trajectory);
    status_label_->setText(tr("Saved %1").arg(path));
  } catch (const Error& e) {
    QMessageBox::warning(this, tr("Export Trajectory"),
                         tr("The trajectory was not saved: %1").arg(QString::fromStdString(e.what())));
  }
}

void MainWindow::showAbout() {
  QMessageBox::about(
      this, tr("About Flowscope"),
      tr("<h3>Flowscope %1</h3><p>Seeing dynamics: chaotic systems, Langevin flows, diffusion "
         "sampling and Schrödinger bridges, computed on all cores and drawn in 3-D.</p>"
         "<p>Drag to rotate, Shift+drag or middle-drag to pan, wheel or right-drag to zoom, "
         "R or a double click to reset the camera.</p>")
          .arg(QApplication::applicationVersion()));
}

}  // namespace flowscope
