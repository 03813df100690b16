#pragma once
// The application's main window: the chaotic-system scene (ChaoticWindow)
// with the menus that open every kind of scene (File → New), open and save
// scene states (.json, docs/scene-state.md), and Help.
#include "widgets/scenes/chaotic/chaotic_window.h"

namespace flowscope {

class MainWindow : public ChaoticWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  // A new window of this kind at its default state, shown beside this one.
  SceneFrame* openScene(SceneKind kind);
  // Opens a state file: the chaotic kind in this window, others in a new
  // window. On a refusal returns null with the reason in *error; nothing
  // already open changes.
  SceneFrame* openStateFile(const QString& path, QString* error);
  // The same for a state already read (a preset, a file).
  SceneFrame* openState(const SceneState& state, QString* error);
  // The preset scenes built in (resources/presets, as ":/presets/NAME.json").
  static QStringList presetPaths();
  SceneFrame* openPreset(const QString& resource, QString* error);
  // Writes the state of a scene window (this one when null).
  bool saveStateFile(const QString& path, SceneFrame* scene, QString* error);

 private:
  void buildSceneMenus();
  void chooseStateToOpen();
  void chooseStateToSave();
  void showAbout();
};

}  // namespace flowscope
