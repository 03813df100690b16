#include "widgets/render/bridge_scene.h"

#include <cmath>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include "widgets/render/colormap.h"

namespace flowscope {
namespace {

constexpr double kBackground[3] = {0.075, 0.085, 0.105};
constexpr double kInk[3] = {0.82, 0.84, 0.88};
constexpr double kParticle[3] = {0.55, 0.9, 1.0};
constexpr double kEllipse[3] = {1.0, 0.9, 0.3};
constexpr double kArrow[3] = {0.6, 1.0, 0.6};

void fill_points(vtkPoints* points, const std::vector<float>& xyz) {
  const std::size_t n = xyz.size() / 3;
  points->SetNumberOfPoints(static_cast<vtkIdType>(n));
  for (std::size_t i = 0; i < n; ++i) points->SetPoint(static_cast<vtkIdType>(i), xyz.data() + 3 * i);
  points->Modified();
}

}  // namespace

std::array<double, 3> BridgeScene::background_rgb() { return {kBackground[0], kBackground[1], kBackground[2]}; }

void BridgeScene::setupLayer(Layer& layer, const double rgb[3], double opacity, float width, bool vertices) {
  layer.points->SetDataTypeToFloat();
  layer.data->SetPoints(layer.points);
  if (vertices)
    layer.data->SetVerts(layer.cells);
  else
    layer.data->SetLines(layer.cells);
  layer.mapper->SetInputData(layer.data);
  layer.mapper->ScalarVisibilityOff();
  layer.actor->SetMapper(layer.mapper);
  layer.actor->GetProperty()->SetColor(rgb[0], rgb[1], rgb[2]);
  layer.actor->GetProperty()->SetOpacity(opacity);
  layer.actor->GetProperty()->SetLineWidth(width);
  layer.actor->GetProperty()->SetPointSize(width);
  layer.actor->GetProperty()->LightingOff();
  renderer_->AddActor(layer.actor);
}

BridgeScene::BridgeScene() : lookup_table_(make_speed_lookup_table()) {
  renderer_->SetBackground(kBackground[0], kBackground[1], kBackground[2]);
  lookup_table_->SetTableRange(0.0, 1.0);
  setupLayer(couplings_layer_, kInk, 0.18, 1.0f, false);
  setupLayer(paths_, kInk, 0.45, 1.0f, false);
  setupLayer(clouds_, kInk, 1.0, 3.0f, true);
  cloud_colours_->SetName("colour");
  clouds_.data->GetPointData()->SetScalars(cloud_colours_);
  clouds_.mapper->SetLookupTable(lookup_table_);
  clouds_.mapper->UseLookupTableScalarRangeOn();
  clouds_.mapper->ScalarVisibilityOn();
  setupLayer(arrows_layer_, kArrow, 0.8, 1.5f, false);
  setupLayer(ellipse_, kEllipse, 1.0, 2.5f, false);
  setupLayer(particles_layer_, kParticle, 1.0, 4.0f, true);
  caption_->GetTextProperty()->SetColor(kInk[0], kInk[1], kInk[2]);
  caption_->GetTextProperty()->SetFontSize(16);
  caption_->GetTextProperty()->ShadowOff();
  caption_->SetPosition(12, 10);
  renderer_->AddViewProp(caption_);
}

BridgeScene::~BridgeScene() = default;

void BridgeScene::setClouds(const std::vector<float>& xyz, const std::vector<float>& colour) {
  fill_points(clouds_.points, xyz);
  const std::size_t n = xyz.size() / 3;
  cloud_colours_->SetNumberOfValues(static_cast<vtkIdType>(n));
  clouds_.cells->Reset();
  for (std::size_t i = 0; i < n; ++i) {
    cloud_colours_->SetValue(static_cast<vtkIdType>(i), i < colour.size() ? colour[i] : 0.5f);
    const vtkIdType id = static_cast<vtkIdType>(i);
    clouds_.cells->InsertNextCell(1, &id);
  }
  cloud_colours_->Modified();
  clouds_.cells->Modified();
  clouds_.data->Modified();
  cloud_points_ = n;
}

void BridgeScene::fillSegments(Layer& layer, const std::vector<float>& segments) {
  fill_points(layer.points, segments);
  layer.cells->Reset();
  for (std::size_t s = 0; s < segments.size() / 6; ++s) {
    const vtkIdType ids[2] = {static_cast<vtkIdType>(2 * s), static_cast<vtkIdType>(2 * s + 1)};
    layer.cells->InsertNextCell(2, ids);
  }
  layer.cells->Modified();
  layer.data->Modified();
}

void BridgeScene::setCouplings(const std::vector<float>& segments) {
  fillSegments(couplings_layer_, segments);
  couplings_ = segments.size() / 6;
}

void BridgeScene::setArrows(const std::vector<float>& segments) {
  fillSegments(arrows_layer_, segments);
  arrows_ = segments.size() / 6;
}

void BridgeScene::setPaths(const std::vector<float>& xyz, std::size_t lines, std::size_t points) {
  const std::size_t n = xyz.size() >= 3 * lines * points ? lines * points : 0;
  fill_points(paths_.points, std::vector<float>(xyz.begin(), xyz.begin() + static_cast<std::ptrdiff_t>(3 * n)));
  paths_.cells->Reset();
  if (n > 0 && points >= 2)
    for (std::size_t l = 0; l < lines; ++l) {
      paths_.cells->InsertNextCell(static_cast<vtkIdType>(points));
      for (std::size_t k = 0; k < points; ++k) paths_.cells->InsertCellPoint(static_cast<vtkIdType>(l * points + k));
    }
  paths_.cells->Modified();
  paths_.data->Modified();
  path_points_ = n;
}

void BridgeScene::setParticles(const std::vector<float>& xyz) {
  fill_points(particles_layer_.points, xyz);
  particles_layer_.cells->Reset();
  for (std::size_t i = 0; i < xyz.size() / 3; ++i) {
    const vtkIdType id = static_cast<vtkIdType>(i);
    particles_layer_.cells->InsertNextCell(1, &id);
  }
  particles_layer_.cells->Modified();
  particles_layer_.data->Modified();
  particles_ = xyz.size() / 3;
}

void BridgeScene::setEllipse(const std::vector<float>& xyz) {
  fill_points(ellipse_.points, xyz);
  ellipse_.cells->Reset();
  const std::size_t n = xyz.size() / 3;
  if (n >= 2) {
    ellipse_.cells->InsertNextCell(static_cast<vtkIdType>(n + 1));
    for (std::size_t i = 0; i <= n; ++i) ellipse_.cells->InsertCellPoint(static_cast<vtkIdType>(i % n));
  }
  ellipse_.cells->Modified();
  ellipse_.data->Modified();
  ellipse_points_ = n;
}

void BridgeScene::setCaption(const std::string& text) { caption_->SetInput(text.c_str()); }

}  // namespace flowscope
