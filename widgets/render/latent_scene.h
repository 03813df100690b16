#pragma once
// The latent-trajectory scene: every trial as a polyline coloured by a scalar
// in [0, 1] (time, trial, label or speed, chosen by the caller), the
// trial-averaged trajectory as a bright thick line, one cursor marker per
// trial at the scrubbed time, and an estimated flow field as short arrows.
// Arrays are float32 and refilled in place; five actors whatever the data size.
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkActor;
class vtkCellArray;
class vtkFloatArray;
class vtkLookupTable;
class vtkPoints;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;
class vtkScalarBarActor;

namespace flowscope {

class LatentScene {
 public:
  LatentScene();
  ~LatentScene();

  vtkRenderer* renderer() const { return renderer_; }

  // points xyz, a colour value in [0, 1] per point, and line_starts (lines + 1
  // offsets into the points): line l is points [line_starts[l], line_starts[l + 1]).
  void setTrajectories(const std::vector<float>& xyz, const std::vector<float>& colour,
                       const std::vector<std::size_t>& line_starts, const std::string& colour_title);
  void setAverage(const std::vector<float>& xyz);  // one line; empty hides it
  void setCursors(const std::vector<float>& xyz);  // one marker per point
  // Arrows: base and tip xyz per arrow (6 floats each).
  void setArrows(const std::vector<float>& base_tip);

  std::size_t trajectoryPoints() const { return trajectory_points_; }
  std::size_t cursorCount() const { return cursors_; }
  std::size_t arrowCount() const { return arrows_; }
  std::size_t averagePoints() const { return average_points_; }
  std::array<double, 6> bounds() const;  // of the trajectories

  static std::array<double, 3> background_rgb();

 private:
  vtkNew<vtkRenderer> renderer_;
  vtkSmartPointer<vtkLookupTable> lookup_table_;
  vtkNew<vtkPoints> line_points_, average_points_vtk_, cursor_points_, arrow_points_, tip_points_;
  vtkNew<vtkFloatArray> line_colours_;
  vtkNew<vtkCellArray> line_cells_, average_cells_, cursor_cells_, arrow_cells_, tip_cells_;
  vtkNew<vtkPolyData> line_data_, average_data_, cursor_data_, arrow_data_, tip_data_;
  vtkNew<vtkPolyDataMapper> line_mapper_, average_mapper_, cursor_mapper_, arrow_mapper_, tip_mapper_;
  vtkNew<vtkActor> line_actor_, average_actor_, cursor_actor_, arrow_actor_, tip_actor_;
  vtkNew<vtkScalarBarActor> legend_;
  std::size_t trajectory_points_ = 0, cursors_ = 0, arrows_ = 0, average_points_ = 0;
};

}  // namespace flowscope
