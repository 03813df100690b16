#include "widgets/scenes/common/camera_state.h"

#include <vtkCamera.h>

namespace flowscope {

CameraState camera_state(vtkCamera* camera) {
  CameraState s;
  camera->GetPosition(s.position.data());
  camera->GetFocalPoint(s.focal_point.data());
  camera->GetViewUp(s.view_up.data());
  s.view_angle = camera->GetViewAngle();
  return s;
}

void apply_camera_state(const CameraState& s, vtkCamera* camera) {
  camera->SetPosition(s.position.data());
  camera->SetFocalPoint(s.focal_point.data());
  camera->SetViewUp(s.view_up.data());
  camera->SetViewAngle(s.view_angle);
}

}  // namespace flowscope
