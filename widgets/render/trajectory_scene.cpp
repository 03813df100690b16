#include "widgets/render/trajectory_scene.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCubeAxesActor.h>
#include <vtkFloatArray.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>

#include "widgets/render/colormap.h"

namespace flowscope {
namespace {

constexpr double kBackground[3] = {0.075, 0.085, 0.105};
constexpr double kInk[3] = {0.82, 0.84, 0.88};  // axes and legend text
constexpr double kViewAzimuth = 40.0, kViewElevation = 12.0, kViewZoom = 1.0;

// Speeds spread over two orders of magnitude with a few fast outliers; the
// colour range spans the 1st to 99th percentile so that the bulk of the
// attractor is not squeezed into one end of the map.
constexpr double kLowPercentile = 0.01, kHighPercentile = 0.99;

std::pair<float, float> robust_range(const float* values, std::size_t count) {
  if (count == 0) return {0.0f, 1.0f};
  std::vector<float> sorted(values, values + count);
  auto at = [&](double q) {
    auto nth = sorted.begin() + static_cast<std::ptrdiff_t>(q * static_cast<double>(count - 1));
    std::nth_element(sorted.begin(), nth, sorted.end());
    return *nth;
  };
  const float lo = at(kLowPercentile), hi = at(kHighPercentile);
  return {lo, hi > lo ? hi : lo + 1.0f};
}

void style_text(vtkTextProperty* text, int size) {
  text->SetColor(kInk[0], kInk[1], kInk[2]);
  text->SetFontSize(size);
  text->ShadowOff();
  text->BoldOff();
  text->ItalicOff();
}

}  // namespace

TrajectoryScene::TrajectoryScene() : lookup_table_(make_speed_lookup_table()) {
  renderer_->SetBackground(kBackground[0], kBackground[1], kBackground[2]);

  points_->SetDataTypeToFloat();  // rendering buffers are float32
  speeds_->SetName("speed");
  poly_data_->SetPoints(points_);
  poly_data_->SetLines(lines_);
  poly_data_->GetPointData()->SetScalars(speeds_);

  mapper_->SetInputData(poly_data_);
  mapper_->SetLookupTable(lookup_table_);
  mapper_->SetScalarModeToUsePointData();
  mapper_->ScalarVisibilityOn();
  actor_->SetMapper(mapper_);
  actor_->GetProperty()->SetLineWidth(1.0f);
  actor_->GetProperty()->LightingOff();
  renderer_->AddActor(actor_);

  legend_->SetLookupTable(lookup_table_);
  legend_->SetNumberOfLabels(5);
  legend_->SetLabelFormat("%.0f");
  legend_->SetPosition(0.85, 0.12);  // room for a long translated title
  legend_->SetWidth(0.08);
  legend_->SetHeight(0.76);
  legend_->UnconstrainedFontSizeOn();
  style_text(legend_->GetTitleTextProperty(), 15);
  style_text(legend_->GetLabelTextProperty(), 13);
  renderer_->AddViewProp(legend_);

  axes_->SetCamera(renderer_->GetActiveCamera());
  axes_->SetFlyModeToStaticTriad();
  axes_->SetXLabelFormat("%.0f");
  axes_->SetYLabelFormat("%.0f");
  axes_->SetZLabelFormat("%.0f");
  axes_->SetScreenSize(12.0);
  for (int i = 0; i < 3; ++i) {
    style_text(axes_->GetTitleTextProperty(i), 14);
    style_text(axes_->GetLabelTextProperty(i), 12);
  }
  axes_->GetXAxesLinesProperty()->SetColor(kInk[0], kInk[1], kInk[2]);
  axes_->GetYAxesLinesProperty()->SetColor(kInk[0], kInk[1], kInk[2]);
  axes_->GetZAxesLinesProperty()->SetColor(kInk[0], kInk[1], kInk[2]);
  renderer_->AddViewProp(axes_);

  set_labels(SceneLabels{});
}

TrajectoryScene::~TrajectoryScene() = default;

vtkRenderer* TrajectoryScene::renderer() const { return renderer_; }

void TrajectoryScene::set_trajectory(const double* states, std::size_t samples, int dimension,
                                     const double* speeds) {
  points_->SetNumberOfPoints(static_cast<vtkIdType>(samples));
  speeds_->SetNumberOfValues(static_cast<vtkIdType>(samples));
  for (std::size_t i = 0; i < samples; ++i) {
    const double* x = states + i * dimension;
    points_->SetPoint(static_cast<vtkIdType>(i), x[0], dimension > 1 ? x[1] : 0.0,
                      dimension > 2 ? x[2] : 0.0);
    const float speed = static_cast<float>(speeds[i]);
    speeds_->SetValue(static_cast<vtkIdType>(i), speed);
  }
  lines_->Reset();  // keeps its memory: refilled, not reallocated
  if (samples > 1) {
    lines_->InsertNextCell(static_cast<vtkIdType>(samples));
    for (std::size_t i = 0; i < samples; ++i) lines_->InsertCellPoint(static_cast<vtkIdType>(i));
  }
  const auto [lo, hi] = robust_range(speeds_->GetPointer(0), samples);
  lookup_table_->SetTableRange(lo, hi);
  mapper_->SetScalarRange(lo, hi);
  points_->Modified();
  lines_->Modified();
  speeds_->Modified();
  poly_data_->Modified();
  if (samples > 0) {
    double b[6];
    poly_data_->GetBounds(b);
    axes_->SetBounds(b);
  }
}

void TrajectoryScene::set_labels(const SceneLabels& labels) {
  legend_->SetTitle(labels.speed.c_str());
  axes_->SetXTitle(labels.axes[0].c_str());
  axes_->SetYTitle(labels.axes[1].c_str());
  axes_->SetZTitle(labels.axes[2].c_str());
}

void TrajectoryScene::reset_camera() {
  vtkCamera* camera = renderer_->GetActiveCamera();
  double b[6];
  poly_data_->GetBounds(b);
  const double centre[3] = {(b[0] + b[1]) / 2, (b[2] + b[3]) / 2, (b[4] + b[5]) / 2};
  camera->SetFocalPoint(centre);
  camera->SetPosition(centre[0], centre[1] - 1.0, centre[2]);
  camera->SetViewUp(0.0, 0.0, 1.0);
  // The Lorenz wings sit around (+-8.5, +-8.5, 27): looking along (-1, 1, 0)
  // shows them side by side, the classic butterfly.
  camera->Azimuth(kViewAzimuth);
  camera->Elevation(kViewElevation);
  camera->OrthogonalizeViewUp();
  renderer_->ResetCamera(b);
  camera->Zoom(kViewZoom);  // ResetCamera fits the bounding sphere, leaving wide margins
  renderer_->ResetCameraClippingRange();
}

std::array<double, 3> TrajectoryScene::background_rgb() {
  return {kBackground[0], kBackground[1], kBackground[2]};
}

std::size_t TrajectoryScene::drawn_points() const {
  return static_cast<std::size_t>(poly_data_->GetNumberOfPoints());
}

std::array<double, 6> TrajectoryScene::bounds() const {
  std::array<double, 6> b{};
  poly_data_->GetBounds(b.data());
  return b;
}

}  // namespace flowscope
