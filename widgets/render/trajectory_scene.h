#pragma once
// The VTK pipeline that draws one trajectory as a polyline coloured by speed,
// with a colour legend and labelled axes. Geometry is updated in place: the
// arrays are refilled and marked modified, the pipeline is built once.
#include <array>
#include <cstddef>
#include <string>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkActor;
class vtkCellArray;
class vtkCubeAxesActor;
class vtkFloatArray;
class vtkLookupTable;
class vtkPoints;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;
class vtkScalarBarActor;

namespace flowscope {

struct SceneLabels {
  std::string speed = "Speed";
  std::array<std::string, 3> axes = {"x", "y", "z"};
};

class TrajectoryScene {
 public:
  TrajectoryScene();
  ~TrajectoryScene();
  TrajectoryScene(const TrajectoryScene&) = delete;
  TrajectoryScene& operator=(const TrajectoryScene&) = delete;

  vtkRenderer* renderer() const;

  // Draws samples points (the first three of dimension coordinates each,
  // row-major in states) coloured by speeds[i].
  void set_trajectory(const double* states, std::size_t samples, int dimension, const double* speeds);
  void set_labels(const SceneLabels& labels);

  // Looks at the attractor from the front (x to the right, z up), slightly
  // from above, and fits it into the view.
  void reset_camera();

  static std::array<double, 3> background_rgb();
  std::size_t drawn_points() const;
  std::array<double, 6> bounds() const;  // xmin, xmax, ymin, ymax, zmin, zmax

 private:
  vtkNew<vtkRenderer> renderer_;
  vtkNew<vtkPoints> points_;
  vtkNew<vtkCellArray> lines_;
  vtkNew<vtkFloatArray> speeds_;
  vtkNew<vtkPolyData> poly_data_;
  vtkNew<vtkPolyDataMapper> mapper_;
  vtkNew<vtkActor> actor_;
  vtkSmartPointer<vtkLookupTable> lookup_table_;
  vtkNew<vtkScalarBarActor> legend_;
  vtkNew<vtkCubeAxesActor> axes_;
};

}  // namespace flowscope
