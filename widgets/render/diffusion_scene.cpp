#include "widgets/render/diffusion_scene.h"

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

}  // namespace

std::array<double, 3> DiffusionScene::background_rgb() { return {kBackground[0], kBackground[1], kBackground[2]}; }

DiffusionScene::DiffusionScene(std::array<double, 3> particle_rgb) : lookup_table_(make_speed_lookup_table()) {
  renderer_->SetBackground(kBackground[0], kBackground[1], kBackground[2]);
  lookup_table_->SetTableRange(0.0, 1.0);

  density_points_->SetDataTypeToFloat();
  density_values_->SetName("density");
  density_data_->SetPoints(density_points_);
  density_data_->SetStrips(density_cells_vtk_);
  density_data_->GetPointData()->SetScalars(density_values_);
  density_mapper_->SetInputData(density_data_);
  density_mapper_->SetLookupTable(lookup_table_);
  density_mapper_->UseLookupTableScalarRangeOn();
  density_mapper_->ScalarVisibilityOn();
  density_actor_->SetMapper(density_mapper_);
  density_actor_->GetProperty()->LightingOff();
  density_actor_->GetProperty()->SetOpacity(0.9);
  renderer_->AddActor(density_actor_);

  // Paths under trails under particles (drawn in this order; all opaque or nearly).
  auto setup_lines = [&](vtkPoints* points, vtkCellArray* cells, vtkPolyData* data, vtkPolyDataMapper* mapper,
                         vtkActor* actor, double opacity, float width, const double rgb[3]) {
    points->SetDataTypeToFloat();
    data->SetPoints(points);
    data->SetLines(cells);
    mapper->SetInputData(data);
    mapper->ScalarVisibilityOff();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(rgb[0], rgb[1], rgb[2]);
    actor->GetProperty()->SetOpacity(opacity);
    actor->GetProperty()->SetLineWidth(width);
    actor->GetProperty()->LightingOff();
    renderer_->AddActor(actor);
  };
  setup_lines(path_points_vtk_, path_cells_, path_data_, path_mapper_, path_actor_, 0.75, 1.4f, kInk);
  const double trail_rgb[3] = {particle_rgb[0], particle_rgb[1], particle_rgb[2]};
  setup_lines(trail_points_, trail_cells_, trail_data_, trail_mapper_, trail_actor_, 0.35, 1.0f, trail_rgb);

  particle_points_->SetDataTypeToFloat();
  particle_data_->SetPoints(particle_points_);
  particle_data_->SetVerts(particle_cells_);
  particle_mapper_->SetInputData(particle_data_);
  particle_mapper_->ScalarVisibilityOff();
  particle_actor_->SetMapper(particle_mapper_);
  particle_actor_->GetProperty()->SetColor(particle_rgb[0], particle_rgb[1], particle_rgb[2]);
  particle_actor_->GetProperty()->SetPointSize(2.0f);
  particle_actor_->GetProperty()->LightingOff();
  renderer_->AddActor(particle_actor_);

  caption_->GetTextProperty()->SetColor(kInk[0], kInk[1], kInk[2]);
  caption_->GetTextProperty()->SetFontSize(16);
  caption_->GetTextProperty()->ShadowOff();
  caption_->SetPosition(12, 10);
  renderer_->AddViewProp(caption_);
}

DiffusionScene::~DiffusionScene() = default;

void DiffusionScene::setDensity(double x0, double x1, double y0, double y1, std::size_t nx, std::size_t ny, double z,
                                const std::vector<float>& values) {
  const std::size_t n = values.size() == nx * ny ? values.size() : 0;
  density_points_->SetNumberOfPoints(static_cast<vtkIdType>(n));
  density_values_->SetNumberOfValues(static_cast<vtkIdType>(n));
  density_cells_vtk_->Reset();
  if (n > 0) {
    const double sx = nx > 1 ? (x1 - x0) / static_cast<double>(nx - 1) : 0.0;
    const double sy = ny > 1 ? (y1 - y0) / static_cast<double>(ny - 1) : 0.0;
    for (std::size_t ix = 0; ix < nx; ++ix)
      for (std::size_t iy = 0; iy < ny; ++iy) {
        const std::size_t i = ix * ny + iy;
        density_points_->SetPoint(static_cast<vtkIdType>(i), x0 + sx * static_cast<double>(ix),
                                  y0 + sy * static_cast<double>(iy), z);
        density_values_->SetValue(static_cast<vtkIdType>(i), values[i]);
      }
    for (std::size_t ix = 0; ix + 1 < nx; ++ix) {  // one triangle strip per column pair
      density_cells_vtk_->InsertNextCell(static_cast<vtkIdType>(2 * ny));
      for (std::size_t iy = 0; iy < ny; ++iy) {
        density_cells_vtk_->InsertCellPoint(static_cast<vtkIdType>(ix * ny + iy));
        density_cells_vtk_->InsertCellPoint(static_cast<vtkIdType>((ix + 1) * ny + iy));
      }
    }
  }
  density_cells_ = n;
  density_actor_->SetVisibility(n > 0);
  density_points_->Modified();
  density_values_->Modified();
  density_cells_vtk_->Modified();
  density_data_->Modified();
}

void DiffusionScene::setParticles(const std::vector<float>& xyz, std::size_t count) {
  particle_points_->SetNumberOfPoints(static_cast<vtkIdType>(count));
  particle_cells_->Reset();
  for (std::size_t i = 0; i < count; ++i) {
    const float* p = xyz.data() + 3 * i;
    particle_points_->SetPoint(static_cast<vtkIdType>(i), p);
    if (std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2])) {
      const vtkIdType id = static_cast<vtkIdType>(i);
      particle_cells_->InsertNextCell(1, &id);
    }
  }
  particles_ = count;
  particle_points_->Modified();
  particle_cells_->Modified();
  particle_data_->Modified();
}

void DiffusionScene::fillLines(vtkPoints* points, vtkCellArray* cells, vtkPolyData* data, const std::vector<float>& xyz,
                               std::size_t lines, std::size_t count) {
  const std::size_t n = xyz.size() >= 3 * lines * count ? lines * count : 0;
  points->SetNumberOfPoints(static_cast<vtkIdType>(n));
  for (std::size_t i = 0; i < n; ++i) points->SetPoint(static_cast<vtkIdType>(i), xyz.data() + 3 * i);
  cells->Reset();
  if (n > 0 && count >= 2)
    for (std::size_t l = 0; l < lines; ++l) {
      cells->InsertNextCell(static_cast<vtkIdType>(count));
      for (std::size_t k = 0; k < count; ++k) cells->InsertCellPoint(static_cast<vtkIdType>(l * count + k));
    }
  points->Modified();
  cells->Modified();
  data->Modified();
}

void DiffusionScene::setTrails(const std::vector<float>& xyz, std::size_t lines, std::size_t points) {
  fillLines(trail_points_, trail_cells_, trail_data_, xyz, lines, points);
  trail_points_count_ = static_cast<std::size_t>(trail_points_->GetNumberOfPoints());
}

void DiffusionScene::setPaths(const std::vector<float>& xyz, std::size_t lines, std::size_t points) {
  fillLines(path_points_vtk_, path_cells_, path_data_, xyz, lines, points);
  path_points_ = static_cast<std::size_t>(path_points_vtk_->GetNumberOfPoints());
}

void DiffusionScene::setCaption(const std::string& text) { caption_->SetInput(text.c_str()); }

}  // namespace flowscope
