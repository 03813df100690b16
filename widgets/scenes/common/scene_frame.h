#pragma once
// The frame every scene window is built in: the view(s) in the middle, the
// controls in a scroll area at the side, an optional strip below the views
// (a time scrubber), and a status bar with the status text and the job
// status of the scene's workers. The title is "NAME — Flowscope". A scene
// window also reads and writes its SceneState (core/scene), so that state
// files, the CLI's render --state and, later, sessions and undo drive every
// kind the same way.
#include <QMainWindow>

#include "core/scene/scene_state.h"

#include <vector>

class QLabel;
class vtkRenderer;

namespace flowscope {

class JobRunner;
class JobStatusWidget;

class SceneFrame : public QMainWindow {
  Q_OBJECT

 public:
  // prefix: the object-name prefix of the status widgets ("langevin" gives
  // "langevinStatus", "langevinProgress", "langevinCancel").
  SceneFrame(const QString& prefix, QWidget* parent = nullptr);

  // The state on screen: settings from the controls, the camera.
  virtual SceneState sceneState() const = 0;
  // Shows a state. A state of another kind or one the scene cannot use is
  // refused: false, *error names the problem, and nothing on screen changes.
  virtual bool applySceneState(const SceneState& state, QString* error) = 0;

  // The renderers of the scene's views, left to right (for images).
  virtual std::vector<vtkRenderer*> sceneRenderers() const = 0;

  void setSceneName(const QString& name);
  QString sceneName() const { return scene_name_; }
  virtual bool isBusy() const;
  QString statusText() const;

 signals:
  // The scene's VTK pipelines hold what its state asks for (after a run or
  // a new frame); the views may not have rendered it yet.
  void sceneDrawn();

 protected:
  // views: the central widget (one view or a row of them); below: a strip
  // under it (or null); controls: the side panel, scrolled.
  void setContent(QWidget* views, QWidget* below, QWidget* controls, int controls_width = 380);
  void watchJob(JobRunner* runner);
  void setStatus(const QString& text);
  QLabel* statusLabel() const { return status_; }

 private:
  QString scene_name_;
  QLabel* status_;
  JobStatusWidget* jobs_;
};

}  // namespace flowscope
