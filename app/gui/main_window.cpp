#include "app/gui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

#include "core/errors.h"
#include "core/io/trajectory_file.h"
#include "core/systems/catalogue.h"
#include "widgets/panels/catalogue_texts.h"
#include "widgets/panels/parameter_panel.h"
#include "widgets/render/trajectory_scene.h"
#include "widgets/view/vtk_view.h"

namespace flowscope {
namespace {

// The default scene: 50,000 RK4 steps of the Lorenz system.
constexpr double kDefaultDuration = 100.0;
constexpr double kMinDt = 0.0005, kMaxDt = 0.02;
constexpr double kMinDuration = 1.0, kMaxDuration = 250.0;

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      system_(find_system("lorenz")),
      scene_(std::make_unique<TrajectoryScene>()),
      view_(new VtkView(this)),
      controller_(new SimulationController(this)),
      status_label_(new QLabel(this)),
      progress_(new QProgressBar(this)) {
  setWindowTitle(tr("Flowscope — %1 attractor").arg(translatedSystemName(*system_)));
  scene_->set_labels(SceneLabels{tr("Speed").toStdString(), {"x", "y", "z"}});
  view_->setRenderer(scene_->renderer());
  setCentralWidget(view_);

  progress_->setRange(0, 100);
  progress_->setMaximumWidth(160);
  progress_->setVisible(false);
  statusBar()->addWidget(status_label_, 1);
  statusBar()->addPermanentWidget(progress_);
  status_label_->setText(tr("Computing…"));

  buildParameterDock();
  buildMenus();

  connect(controller_, &SimulationController::resultReady, this, &MainWindow::showResult);
  connect(controller_, &SimulationController::runFailed, this, &MainWindow::showFailure);
  connect(controller_, &SimulationController::runningChanged, this, [this](bool running) {
    progress_->setVisible(running);
    if (running) progress_->setValue(0);
  });
  connect(controller_, &SimulationController::progressChanged, this,
          [this](double fraction) { progress_->setValue(static_cast<int>(fraction * 100)); });
  resize(1200, 780);
  submitProblem();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildParameterDock() {
  panel_ = new ParameterPanel;
  for (const ParameterSpec& spec : system_->parameters()) {
    panel_->addRow({QString::fromStdString(spec.name), QString::fromStdString(spec.symbol),
                    translatedDescription(spec), spec.min, spec.max, spec.default_value, 3, false});
  }
  dt_row_ = panel_->addRow({"dt", tr("Time step"), tr("Step of the RK4 integrator"), kMinDt, kMaxDt,
                            system_->recommended_dt(), 4, true});
  duration_row_ = panel_->addRow({"duration", tr("Duration"), tr("Length of the trajectory in time units"),
                                  kMinDuration, kMaxDuration, kDefaultDuration, 1, false});
  connect(panel_, &ParameterPanel::valueChanged, this, &MainWindow::submitProblem);

  auto* dock = new QDockWidget(tr("Parameters"), this);
  dock->setObjectName("parametersDock");
  dock->setWidget(panel_);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                    QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* export_action = file->addAction(tr("&Export Trajectory…"), this, &MainWindow::exportTrajectory);
  export_action->setShortcut(QKeySequence::Save);
  file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* reset = view->addAction(tr("&Reset Camera"), view_, &VtkView::resetCamera);
  reset->setShortcut(Qt::Key_R);
  reset->setShortcutContext(Qt::WindowShortcut);
  auto* dock = findChild<QDockWidget*>("parametersDock");
  QAction* toggle = dock->toggleViewAction();
  toggle->setText(tr("&Parameters"));
  view->addAction(toggle);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Flowscope"), this, &MainWindow::showAbout);
}

void MainWindow::submitProblem() {
  Problem problem = default_problem(system_, panel_->value(duration_row_));
  for (std::size_t i = 0; i < problem.parameters.size(); ++i)
    problem.parameters[i] = panel_->value(static_cast<int>(i));
  problem.dt = panel_->value(dt_row_);
  controller_->setProblem(std::move(problem));
}

void MainWindow::showResult(std::shared_ptr<const SimulationResult> result) {
  const Trajectory& trajectory = result->trajectory;
  scene_->set_trajectory(trajectory.states.data(), trajectory.samples(), trajectory.dimension,
                         result->speeds.data());
  if (!camera_placed_) {
    scene_->reset_camera();
    view_->setHomeCamera();
    camera_placed_ = true;
  }
  view_->followBounds(scene_->bounds());
  current_ = std::move(result);
  const QLocale locale;
  status_label_->setText(tr("%1 points computed in %2 ms")
                             .arg(locale.toString(static_cast<qulonglong>(trajectory.samples())))
                             .arg(locale.toString(current_->seconds * 1e3, 'f', 1)));
  view_->requestRender();
  // Tell listeners once this result is on screen.
  connect(view_, &VtkView::frameRendered, this, &MainWindow::trajectoryShown, Qt::SingleShotConnection);
}

void MainWindow::showFailure(const QString& message) {
  status_label_->setText(tr("Not updated: %1").arg(message));
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
