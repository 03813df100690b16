#include "widgets/render/potential_map.h"

#include <algorithm>
#include <cmath>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkContourFilter.h>
#include <vtkDataObject.h>
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
constexpr double kParticle[3] = {0.55, 0.9, 1.0};  // cyan, as the ensemble cloud
constexpr double kInk[3] = {0.82, 0.84, 0.88};

}  // namespace

std::array<double, 3> PotentialMap::background_rgb() { return {kBackground[0], kBackground[1], kBackground[2]}; }
std::array<double, 3> PotentialMap::particle_rgb() { return {kParticle[0], kParticle[1], kParticle[2]}; }

PotentialMap::PotentialMap() : lookup_table_(make_speed_lookup_table()) {
  renderer_->SetBackground(kBackground[0], kBackground[1], kBackground[2]);
  lookup_table_->SetTableRange(0.0, 1.0);

  land_points_->SetDataTypeToFloat();
  land_colours_->SetName("boltzmann density");
  land_data_->SetPoints(land_points_);
  land_data_->GetPointData()->SetScalars(land_colours_);
  land_mapper_->SetInputData(land_data_);
  land_mapper_->SetLookupTable(lookup_table_);
  land_mapper_->UseLookupTableScalarRangeOn();
  land_mapper_->SetScalarModeToUsePointData();
  land_mapper_->ScalarVisibilityOn();
  land_actor_->SetMapper(land_mapper_);
  land_actor_->GetProperty()->SetAmbient(0.45);
  land_actor_->GetProperty()->SetDiffuse(0.65);
  land_actor_->GetProperty()->SetLineWidth(3.0f);
  renderer_->AddActor(land_actor_);

  particle_points_->SetDataTypeToFloat();
  particle_data_->SetPoints(particle_points_);
  particle_data_->SetVerts(particle_cells_);
  particle_mapper_->SetInputData(particle_data_);
  particle_mapper_->ScalarVisibilityOff();
  particle_actor_->SetMapper(particle_mapper_);
  particle_actor_->GetProperty()->SetColor(kParticle[0], kParticle[1], kParticle[2]);
  particle_actor_->GetProperty()->SetPointSize(1.5f);
  particle_actor_->GetProperty()->LightingOff();
  renderer_->AddActor(particle_actor_);

  // Contour lines of the energy level, for the flat map.
  land_levels_->SetName("energy level");
  land_data_->GetPointData()->AddArray(land_levels_);
  contours_->SetInputData(land_data_);
  contours_->SetInputArrayToProcess(0, 0, 0, vtkDataObject::FIELD_ASSOCIATION_POINTS, "energy level");
  contours_->GenerateValues(kContours, 0.5 / kContours, 1.0 - 0.5 / kContours);
  contours_->ComputeScalarsOff();
  contour_mapper_->SetInputConnection(contours_->GetOutputPort());
  contour_mapper_->ScalarVisibilityOff();
  contour_actor_->SetMapper(contour_mapper_);
  contour_actor_->GetProperty()->SetColor(kInk[0], kInk[1], kInk[2]);
  contour_actor_->GetProperty()->SetOpacity(0.55);
  contour_actor_->GetProperty()->LightingOff();
  contour_actor_->GetProperty()->SetLineWidth(1.2f);
  contour_actor_->SetVisibility(false);
  renderer_->AddActor(contour_actor_);

  legend_->SetLookupTable(lookup_table_);
  legend_->SetTitle("exp(-U/kT)");
  legend_->SetNumberOfLabels(3);
  legend_->SetLabelFormat("%.1f");
  legend_->SetPosition(0.88, 0.12);
  legend_->SetWidth(0.08);
  legend_->SetHeight(0.6);
  for (vtkTextProperty* text : {legend_->GetTitleTextProperty(), legend_->GetLabelTextProperty()}) {
    text->SetColor(kInk[0], kInk[1], kInk[2]);
    text->SetFontSize(12);
    text->ShadowOff();
    text->BoldOff();
    text->ItalicOff();
  }
  renderer_->AddViewProp(legend_);
}

PotentialMap::~PotentialMap() = default;

void PotentialMap::setLandscape(double x0, double x1, double y0, double y1, std::size_t nx, std::size_t ny,
                                const std::vector<float>& z, const std::vector<float>& colour,
                                const std::vector<float>& level) {
  const std::size_t n = nx * ny;
  land_points_->SetNumberOfPoints(static_cast<vtkIdType>(n));
  land_colours_->SetNumberOfValues(static_cast<vtkIdType>(n));
  land_levels_->SetNumberOfValues(static_cast<vtkIdType>(n));
  for (std::size_t i = 0; i < n; ++i) land_levels_->SetValue(static_cast<vtkIdType>(i), level.size() == n ? level[i] : 0.0f);
  land_levels_->Modified();
  const double sx = nx > 1 ? (x1 - x0) / static_cast<double>(nx - 1) : 0.0;
  const double sy = ny > 1 ? (y1 - y0) / static_cast<double>(ny - 1) : 0.0;
  for (std::size_t ix = 0; ix < nx; ++ix)
    for (std::size_t iy = 0; iy < ny; ++iy) {
      const std::size_t i = ix * ny + iy;
      land_points_->SetPoint(static_cast<vtkIdType>(i), x0 + sx * static_cast<double>(ix),
                             ny > 1 ? y0 + sy * static_cast<double>(iy) : 0.0, z[i]);
      land_colours_->SetValue(static_cast<vtkIdType>(i), colour[i]);
    }
  land_cells_->Reset();
  if (ny > 1) {  // one triangle strip per column pair
    for (std::size_t ix = 0; ix + 1 < nx; ++ix) {
      land_cells_->InsertNextCell(static_cast<vtkIdType>(2 * ny));
      for (std::size_t iy = 0; iy < ny; ++iy) {
        land_cells_->InsertCellPoint(static_cast<vtkIdType>(ix * ny + iy));
        land_cells_->InsertCellPoint(static_cast<vtkIdType>((ix + 1) * ny + iy));
      }
    }
    land_data_->SetLines(nullptr);
    land_data_->SetStrips(land_cells_);
    land_actor_->GetProperty()->LightingOn();
  } else {
    land_cells_->InsertNextCell(static_cast<vtkIdType>(nx));
    for (std::size_t ix = 0; ix < nx; ++ix) land_cells_->InsertCellPoint(static_cast<vtkIdType>(ix));
    land_data_->SetStrips(nullptr);
    land_data_->SetLines(land_cells_);
    land_actor_->GetProperty()->LightingOff();
  }
  landscape_points_ = n;
  land_actor_->SetVisibility(n > 0);
  legend_->SetVisibility(n > 0);
  land_points_->Modified();
  land_colours_->Modified();
  land_cells_->Modified();
  land_data_->Modified();
}

void PotentialMap::clearLandscape() { setLandscape(0, 1, 0, 1, 0, 0, {}, {}); }

void PotentialMap::setContoursVisible(bool visible, double lift) {
  contour_actor_->SetVisibility(visible);
  contour_actor_->SetPosition(0.0, 0.0, lift);
}

bool PotentialMap::contoursVisible() const { return contour_actor_->GetVisibility() != 0; }

std::size_t PotentialMap::contourPoints() {
  contours_->Update();
  return static_cast<std::size_t>(contours_->GetOutput()->GetNumberOfPoints());
}

void PotentialMap::setParticles(const std::vector<float>& xyz, std::size_t count) {
  particle_points_->SetNumberOfPoints(static_cast<vtkIdType>(count));
  particle_cells_->Reset();
  for (std::size_t i = 0; i < count; ++i) {
    const float* p = xyz.data() + 3 * i;
    particle_points_->SetPoint(static_cast<vtkIdType>(i), p);
    if (std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]))
      particle_cells_->InsertNextCell(1, std::array<vtkIdType, 1>{vtkIdType(i)}.data());
  }
  particles_ = count;
  particle_points_->Modified();
  particle_cells_->Modified();
  particle_data_->Modified();
}

std::array<double, 6> PotentialMap::bounds() const {
  std::array<double, 6> b{0, 1, 0, 1, 0, 1};
  bool any = false;
  for (vtkPolyData* data : {land_data_.Get(), particle_data_.Get()}) {
    if (data->GetNumberOfPoints() == 0) continue;
    double d[6];
    data->GetBounds(d);
    for (int k = 0; k < 6; k += 2) {
      b[k] = any ? std::min(b[k], d[k]) : d[k];
      b[k + 1] = any ? std::max(b[k + 1], d[k + 1]) : d[k + 1];
    }
    any = true;
  }
  return b;
}

}  // namespace flowscope
