#include "widgets/render/plane_overlay.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace flowscope {
namespace {

using Vec3 = PlaneOverlay::Vec3;

// A pale blue sheet and lime points: neither occurs in the speed map
// (black, purple, red, orange, yellow) nor in the ensemble's cyan.
constexpr double kPlaneColour[3] = {0.45, 0.72, 1.0};
constexpr double kPointColour[3] = {0.3, 1.0, 0.35};
constexpr double kPointSize = 5.0;
constexpr double kDimmedOpacity = 0.3;
constexpr double kMargin = 0.04;        // the sheet reaches this fraction beyond the box on each side
constexpr double kThinFraction = 0.25;  // a flat box (2-D system) is thickened to this part of its diagonal

double dot(const Vec3& a, const Vec3& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
Vec3 scaled(const Vec3& a, double s) { return {a[0] * s, a[1] * s, a[2] * s}; }
Vec3 plus(const Vec3& a, const Vec3& b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
Vec3 minus(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }

}  // namespace

PlaneOverlay::PlaneOverlay() {
  plane_data_->SetPoints(plane_points_);
  plane_data_->SetPolys(plane_cells_);
  plane_mapper_->SetInputData(plane_data_);
  plane_actor_->SetMapper(plane_mapper_);
  plane_actor_->GetProperty()->SetColor(kPlaneColour[0], kPlaneColour[1], kPlaneColour[2]);
  plane_actor_->GetProperty()->SetOpacity(kPlaneOpacity);
  plane_actor_->GetProperty()->LightingOff();
  plane_actor_->GetProperty()->BackfaceCullingOff();

  cloud_points_->SetDataTypeToDouble();
  cloud_data_->SetPoints(cloud_points_);
  cloud_data_->SetVerts(cloud_cells_);
  cloud_mapper_->SetInputData(cloud_data_);
  cloud_actor_->SetMapper(cloud_mapper_);
  cloud_actor_->GetProperty()->SetColor(kPointColour[0], kPointColour[1], kPointColour[2]);
  cloud_actor_->GetProperty()->SetPointSize(kPointSize);
  cloud_actor_->GetProperty()->LightingOff();

  // The overlay follows the scene; it must not enlarge what the camera fits.
  plane_actor_->UseBoundsOff();
  cloud_actor_->UseBoundsOff();
  updateVisibility();
}

PlaneOverlay::~PlaneOverlay() = default;

void PlaneOverlay::addTo(vtkRenderer* renderer) {
  renderer->AddActor(cloud_actor_);
  renderer->AddActor(plane_actor_);
}

void PlaneOverlay::removeFrom(vtkRenderer* renderer) {
  renderer->RemoveActor(plane_actor_);
  renderer->RemoveActor(cloud_actor_);
}

void PlaneOverlay::setVisible(bool visible) {
  visible_ = visible;
  updateVisibility();
}

void PlaneOverlay::setDimmed(bool dimmed) {
  dimmed_ = dimmed;
  cloud_actor_->GetProperty()->SetOpacity(dimmed ? kDimmedOpacity : 1.0);
}

void PlaneOverlay::updateVisibility() {
  plane_actor_->SetVisibility(visible_ && has_plane_);
  cloud_actor_->SetVisibility(visible_ && point_count_ > 0);
}

Vec3 PlaneOverlay::plane_rgb() { return {kPlaneColour[0], kPlaneColour[1], kPlaneColour[2]}; }
Vec3 PlaneOverlay::point_rgb() { return {kPointColour[0], kPointColour[1], kPointColour[2]}; }

bool PlaneOverlay::rectangle(const Vec3& normal, double offset, const std::array<double, 6>& bounds,
                             std::array<Vec3, 4>& corners) {
  const double length = std::sqrt(dot(normal, normal));
  if (!(length > 0.0) || !std::isfinite(length) || !std::isfinite(offset)) return false;
  std::array<double, 6> box = bounds;
  for (int i = 0; i < 3; ++i)
    if (!(box[2 * i] <= box[2 * i + 1]) || !std::isfinite(box[2 * i]) || !std::isfinite(box[2 * i + 1])) return false;
  const double diagonal = std::hypot(box[1] - box[0], box[3] - box[2], box[5] - box[4]);
  const double thin = diagonal > 0.0 ? kThinFraction * diagonal : 1.0;
  for (int i = 0; i < 3; ++i)
    if (box[2 * i + 1] - box[2 * i] < 1e-3 * thin) {
      box[2 * i] -= 0.5 * thin;
      box[2 * i + 1] += 0.5 * thin;
    }

  const Vec3 n = scaled(normal, 1.0 / length);
  const Vec3 centre = {0.5 * (box[0] + box[1]), 0.5 * (box[2] + box[3]), 0.5 * (box[4] + box[5])};
  const Vec3 origin = plus(centre, scaled(n, offset / length - dot(n, centre)));
  // u: the coordinate axis least aligned with n, made orthogonal to it.
  int axis = 0;
  for (int i = 1; i < 3; ++i)
    if (std::fabs(n[i]) < std::fabs(n[axis])) axis = i;
  Vec3 e{0.0, 0.0, 0.0};
  e[axis] = 1.0;
  Vec3 u = minus(e, scaled(n, n[axis]));
  u = scaled(u, 1.0 / std::sqrt(dot(u, u)));
  const Vec3 v = cross(n, u);

  double u0 = std::numeric_limits<double>::infinity(), u1 = -u0, v0 = u0, v1 = -u0;
  for (int c = 0; c < 8; ++c) {
    const Vec3 corner = {box[c & 1], box[2 + ((c >> 1) & 1)], box[4 + ((c >> 2) & 1)]};
    const Vec3 d = minus(corner, origin);
    u0 = std::min(u0, dot(d, u));
    u1 = std::max(u1, dot(d, u));
    v0 = std::min(v0, dot(d, v));
    v1 = std::max(v1, dot(d, v));
  }
  const double du = kMargin * (u1 - u0), dv = kMargin * (v1 - v0);
  u0 -= du, u1 += du, v0 -= dv, v1 += dv;
  auto at = [&](double a, double b) { return plus(origin, plus(scaled(u, a), scaled(v, b))); };
  corners = {at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)};
  return true;
}

bool PlaneOverlay::setPlane(const Vec3& normal, double offset, const std::array<double, 6>& bounds) {
  std::array<Vec3, 4> corners;
  plane_points_->Reset();
  plane_cells_->Reset();
  has_plane_ = rectangle(normal, offset, bounds, corners);
  if (has_plane_) {
    for (const Vec3& corner : corners) plane_points_->InsertNextPoint(corner.data());
    const vtkIdType quad[4] = {0, 1, 2, 3};
    plane_cells_->InsertNextCell(4, quad);
  }
  plane_points_->Modified();
  plane_cells_->Modified();
  plane_data_->Modified();
  updateVisibility();
  return has_plane_;
}

void PlaneOverlay::clearPlane() {
  plane_points_->Reset();
  plane_cells_->Reset();
  plane_data_->Modified();
  has_plane_ = false;
  updateVisibility();
}

void PlaneOverlay::setPoints(const double* xyz, std::size_t count) {
  cloud_points_->Reset();
  cloud_cells_->Reset();
  point_count_ = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const double* p = xyz + 3 * i;
    if (!(std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]))) continue;
    const vtkIdType id = cloud_points_->InsertNextPoint(p);
    cloud_cells_->InsertNextCell(1, &id);
    ++point_count_;
  }
  cloud_points_->Modified();
  cloud_cells_->Modified();
  cloud_data_->Modified();
  updateVisibility();
}

void PlaneOverlay::clearPoints() { setPoints(nullptr, 0); }

}  // namespace flowscope
