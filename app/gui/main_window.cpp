#include "app/gui/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include "core/errors.h"
#include "core/scene/scene_json.h"
#include "widgets/scenes/scene_factory.h"

namespace flowscope {
namespace {

QString newSceneText(SceneKind kind) {
  switch (kind) {
    case SceneKind::Chaotic: return MainWindow::tr("&Chaotic System Scene");
    case SceneKind::Langevin: return MainWindow::tr("&Langevin Scene");
    case SceneKind::Diffusion: return MainWindow::tr("&Diffusion Sampling Scene");
    case SceneKind::Bridge: return MainWindow::tr("Schrödinger &Bridge Scene");
    case SceneKind::Latent: return MainWindow::tr("La&tent Trajectories Scene");
  }
  return {};
}

// A resource's bytes (":/presets/…"); throws IoError if it is not there.
std::string readResource(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) throw IoError(path.toStdString() + ": no such resource");
  return file.readAll().toStdString();
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : ChaoticWindow(parent) { buildSceneMenus(); }

void MainWindow::buildSceneMenus() {
  QMenu* file = fileMenu();
  QAction* first = file->actions().isEmpty() ? nullptr : file->actions().first();
  auto* scenes = new QMenu(tr("&New"), file);
  scenes->setObjectName("newSceneMenu");
  for (SceneKind kind : all_scene_kinds()) {
    QAction* a = scenes->addAction(newSceneText(kind), this, [this, kind] { openScene(kind); });
    a->setIcon(QIcon(QStringLiteral(":/icons/%1.png").arg(QLatin1String(scene_kind_name(kind).data()))));
  }
  file->insertMenu(first, scenes);
  auto* presets = new QMenu(tr("New From &Preset"), file);
  presets->setObjectName("presetMenu");
  for (const QString& path : presetPaths()) {
    QString title = QFileInfo(path).baseName();
    try {
      const SceneState state = scene_state_from_json(readResource(path), path.toStdString());
      title = QString::fromStdString(state.name);
      presets->addAction(QIcon(QStringLiteral(":/icons/%1.png").arg(QLatin1String(scene_kind_name(state.kind).data()))),
                         title, this, [this, path] {
                           QString error;
                           if (!openPreset(path, &error)) QMessageBox::warning(this, tr("Open Preset"), error);
                         });
    } catch (const Error&) {
      // test_scene_states checks every preset; a broken one is left out of the menu.
    }
  }
  file->insertMenu(first, presets);
  QAction* open = new QAction(tr("&Open Scene State…"), file);
  open->setShortcut(QKeySequence::Open);
  connect(open, &QAction::triggered, this, &MainWindow::chooseStateToOpen);
  QAction* save = new QAction(tr("Save Scene S&tate…"), file);
  connect(save, &QAction::triggered, this, &MainWindow::chooseStateToSave);
  file->insertAction(first, open);
  file->insertAction(first, save);
  file->insertSeparator(first);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Flowscope"), this, &MainWindow::showAbout);
}

SceneFrame* MainWindow::openScene(SceneKind kind) {
  SceneFrame* window = create_scene_window(kind, this);
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
  return window;
}

QStringList MainWindow::presetPaths() {
  QStringList paths;
  for (const QString& name : QDir(QStringLiteral(":/presets")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
    paths << QStringLiteral(":/presets/") + name;
  return paths;
}

SceneFrame* MainWindow::openPreset(const QString& resource, QString* error) {
  try {
    return openState(scene_state_from_json(readResource(resource), resource.toStdString()), error);
  } catch (const Error& e) {
    if (error) *error = QString::fromStdString(e.what());
    return nullptr;
  }
}

SceneFrame* MainWindow::openStateFile(const QString& path, QString* error) {
  SceneState state;
  std::string warning;
  try {
    state = read_scene_file(path.toStdString(), &warning);
  } catch (const Error& e) {
    if (error) *error = QString::fromStdString(e.what());
    return nullptr;
  }
  SceneFrame* shown = openState(state, error);
  if (shown && !warning.empty()) shown->statusBar()->showMessage(QString::fromStdString(warning), 15'000);
  return shown;
}

SceneFrame* MainWindow::openState(const SceneState& state, QString* error) {
  if (state.kind == SceneKind::Chaotic) return applySceneState(state, error) ? this : nullptr;
  SceneFrame* window = create_scene_window(state.kind, this);
  if (!window->applySceneState(state, error)) {
    delete window;
    return nullptr;
  }
  window->setAttribute(Qt::WA_DeleteOnClose);
  window->setWindowFlag(Qt::Window);
  window->show();
  return window;
}

bool MainWindow::saveStateFile(const QString& path, SceneFrame* scene, QString* error) {
  try {
    SceneState state = (scene ? scene : this)->sceneState();
    update_file_hashes(state);
    write_scene_file(state, path.toStdString());
  } catch (const Error& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  return true;
}

void MainWindow::chooseStateToOpen() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Scene State"), QString(),
                                                    tr("Scene states (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!openStateFile(path, &error)) QMessageBox::warning(this, tr("Open Scene State"), error);
}

void MainWindow::chooseStateToSave() {
  // The scene window in front, or this one.
  auto* scene = qobject_cast<SceneFrame*>(QApplication::activeWindow());
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Scene State"), QStringLiteral("scene.json"),
                                                    tr("Scene states (*.json)"));
  if (path.isEmpty()) return;
  QString error;
  if (!saveStateFile(path, scene, &error)) QMessageBox::warning(this, tr("Save Scene State"), error);
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
