#pragma once
// A scene state's camera read from and put on a VTK camera.
#include "core/scene/scene_state.h"

class vtkCamera;

namespace flowscope {

CameraState camera_state(vtkCamera* camera);
void apply_camera_state(const CameraState& state, vtkCamera* camera);

}  // namespace flowscope
