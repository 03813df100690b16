#include "widgets/render/latent_scene.h"

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
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>

#include "widgets/render/colormap.h"

namespace flowscope {
namespace {

constexpr double kBackground[3] = {0.075, 0.085, 0.105};
constexpr double kInk[3] = {0.82, 0.84, 0.88};
constexpr double kCursor[3] = {1.0, 0.35, 0.3};
constexpr double kArrow[3] = {0.55, 0.9, 1.0};

void setup(vtkPoints* points, vtkPolyData* data, vtkPolyDataMapper* mapper, vtkActor* actor, vtkRenderer* renderer) {
  points->SetDataTypeToFloat();
  data->SetPoints(points);
  mapper->SetInputData(data);
  mapper->ScalarVisibilityOff();
  actor->SetMapper(mapper);
  actor->GetProperty()->LightingOff();
  renderer->AddActor(actor);
}

void fill_points(vtkPoints* points, const std::vector<float>& xyz) {
  const std::size_t n = xyz.size() / 3;
  points->SetNumberOfPoints(static_cast<vtkIdType>(n));
  for (std::size_t i = 0; i < n; ++i) points->SetPoint(static_cast<vtkIdType>(i), xyz.data() + 3 * i);
  points->Modified();
}

void fill_verts(vtkCellArray* cells, const std::vector<float>& xyz) {
  cells->Reset();
  for (std::size_t i = 0; i < xyz.size() / 3; ++i) {
    const float* p = xyz.data() + 3 * i;
    if (!(std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]))) continue;
    const vtkIdType id = static_cast<vtkIdType>(i);
    cells->InsertNextCell(1, &id);
  }
  cells->Modified();
}

}  // namespace

std::array<double, 3> LatentScene::background_rgb() { return {kBackground[0], kBackground[1], kBackground[2]}; }

LatentScene::LatentScene() : lookup_table_(make_speed_lookup_table()) {
  renderer_->SetBackground(kBackground[0], kBackground[1], kBackground[2]);
  lookup_table_->SetTableRange(0.0, 1.0);

  setup(line_points_, line_data_, line_mapper_, line_actor_, renderer_);
  line_colours_->SetName("colour");
  line_data_->SetLines(line_cells_);
  line_data_->GetPointData()->SetScalars(line_colours_);
  line_mapper_->SetLookupTable(lookup_table_);
  line_mapper_->UseLookupTableScalarRangeOn();
  line_mapper_->ScalarVisibilityOn();
  line_actor_->GetProperty()->SetLineWidth(1.5f);
  line_actor_->GetProperty()->SetOpacity(0.85);

  setup(average_points_vtk_, average_data_, average_mapper_, average_actor_, renderer_);
  average_data_->SetLines(average_cells_);
  average_actor_->GetProperty()->SetColor(1.0, 1.0, 1.0);
  average_actor_->GetProperty()->SetLineWidth(4.0f);

  setup(arrow_points_, arrow_data_, arrow_mapper_, arrow_actor_, renderer_);
  arrow_data_->SetLines(arrow_cells_);
  arrow_actor_->GetProperty()->SetColor(kArrow[0], kArrow[1], kArrow[2]);
  arrow_actor_->GetProperty()->SetOpacity(0.7);
  setup(tip_points_, tip_data_, tip_mapper_, tip_actor_, renderer_);
  tip_data_->SetVerts(tip_cells_);
  tip_actor_->GetProperty()->SetColor(kArrow[0], kArrow[1], kArrow[2]);
  tip_actor_->GetProperty()->SetPointSize(3.0f);

  setup(cursor_points_, cursor_data_, cursor_mapper_, cursor_actor_, renderer_);
  cursor_data_->SetVerts(cursor_cells_);
  cursor_actor_->GetProperty()->SetColor(kCursor[0], kCursor[1], kCursor[2]);
  cursor_actor_->GetProperty()->SetPointSize(7.0f);

  legend_->SetLookupTable(lookup_table_);
  legend_->SetNumberOfLabels(3);
  legend_->SetLabelFormat("%.1f");
  legend_->SetPosition(0.9, 0.15);
  legend_->SetWidth(0.07);
  legend_->SetHeight(0.55);
  for (vtkTextProperty* text : {legend_->GetTitleTextProperty(), legend_->GetLabelTextProperty()}) {
    text->SetColor(kInk[0], kInk[1], kInk[2]);
    text->SetFontSize(12);
    text->ShadowOff();
    text->BoldOff();
    text->ItalicOff();
  }
  renderer_->AddViewProp(legend_);
}

LatentScene::~LatentScene() = default;

void LatentScene::setTrajectories(const std::vector<float>& xyz, const std::vector<float>& colour,
                                  const std::vector<std::size_t>& line_starts, const std::string& colour_title) {
  fill_points(line_points_, xyz);
  const std::size_t n = xyz.size() / 3;
  line_colours_->SetNumberOfValues(static_cast<vtkIdType>(n));
  for (std::size_t i = 0; i < n; ++i) line_colours_->SetValue(static_cast<vtkIdType>(i), i < colour.size() ? colour[i] : 0.0f);
  line_colours_->Modified();
  line_cells_->Reset();
  for (std::size_t l = 0; l + 1 < line_starts.size(); ++l) {
    const std::size_t a = line_starts[l], b = std::min(line_starts[l + 1], n);
    if (b < a + 2) continue;
    line_cells_->InsertNextCell(static_cast<vtkIdType>(b - a));
    for (std::size_t i = a; i < b; ++i) line_cells_->InsertCellPoint(static_cast<vtkIdType>(i));
  }
  line_cells_->Modified();
  line_data_->Modified();
  trajectory_points_ = n;
  legend_->SetTitle(colour_title.c_str());
  legend_->SetVisibility(n > 0);
}

void LatentScene::setAverage(const std::vector<float>& xyz) {
  fill_points(average_points_vtk_, xyz);
  average_cells_->Reset();
  const std::size_t n = xyz.size() / 3;
  if (n >= 2) {
    average_cells_->InsertNextCell(static_cast<vtkIdType>(n));
    for (std::size_t i = 0; i < n; ++i) average_cells_->InsertCellPoint(static_cast<vtkIdType>(i));
  }
  average_cells_->Modified();
  average_data_->Modified();
  average_points_ = n;
}

void LatentScene::setCursors(const std::vector<float>& xyz) {
  fill_points(cursor_points_, xyz);
  fill_verts(cursor_cells_, xyz);
  cursor_data_->Modified();
  cursors_ = xyz.size() / 3;
}

void LatentScene::setArrows(const std::vector<float>& base_tip) {
  fill_points(arrow_points_, base_tip);
  arrow_cells_->Reset();
  std::vector<float> tips;
  const std::size_t n = base_tip.size() / 6;
  for (std::size_t a = 0; a < n; ++a) {
    const vtkIdType ids[2] = {static_cast<vtkIdType>(2 * a), static_cast<vtkIdType>(2 * a + 1)};
    arrow_cells_->InsertNextCell(2, ids);
    tips.insert(tips.end(), base_tip.begin() + 6 * a + 3, base_tip.begin() + 6 * a + 6);
  }
  arrow_cells_->Modified();
  arrow_data_->Modified();
  fill_points(tip_points_, tips);
  fill_verts(tip_cells_, tips);
  tip_data_->Modified();
  arrows_ = n;
}

std::array<double, 6> LatentScene::bounds() const {
  std::array<double, 6> b{0, 1, 0, 1, 0, 1};
  if (line_data_->GetNumberOfPoints() > 0) line_data_->GetBounds(b.data());
  return b;
}

}  // namespace flowscope
