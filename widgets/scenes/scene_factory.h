#pragma once
// Builds the window of a scene kind: the one place that knows every kind's
// window class (the GUI's File → New and flowscope-cli render --state use it).
#include <QString>

#include "core/scene/scene_kind.h"

class QWidget;

namespace flowscope {

class SceneFrame;

// A new window of this kind at its default state (not shown). Its object
// name is "<kind>Window", e.g. "langevinWindow".
SceneFrame* create_scene_window(SceneKind kind, QWidget* parent = nullptr);

}  // namespace flowscope
