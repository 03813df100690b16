#pragma once
// The Langevin scene: a potential landscape (a height surface over a 2-D box,
// or a curve in the x-z plane for 1-D potentials) coloured by a scalar in
// [0, 1] (the Boltzmann density), with the particles as one vertex cloud
// drawn on top. Built once; arrays are float32 and refilled in place.
#include <array>
#include <cstddef>
#include <vector>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkActor;
class vtkCellArray;
class vtkContourFilter;
class vtkFloatArray;
class vtkLookupTable;
class vtkPoints;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;
class vtkScalarBarActor;

namespace flowscope {

class PotentialMap {
 public:
  PotentialMap();
  ~PotentialMap();

  vtkRenderer* renderer() const { return renderer_; }

  // 2-D: nx x ny samples on the box [x0, x1] x [y0, y1], heights z and colours
  // c in x-major order (ix * ny + iy). 1-D (ny == 1): a curve at y = 0.
  // level (optional, in [0, 1]): contour lines of it are drawn when enabled.
  void setLandscape(double x0, double x1, double y0, double y1, std::size_t nx, std::size_t ny,
                    const std::vector<float>& z, const std::vector<float>& colour,
                    const std::vector<float>& level = {});
  // Contour lines of the level at kContours evenly spaced values, raised by
  // lift above the landscape (for the flat map; off by default).
  void setContoursVisible(bool visible, double lift = 0.0);
  bool contoursVisible() const;
  std::size_t contourPoints();  // points of the drawn contour lines (updates the filter)
  static constexpr int kContours = 12;
  void clearLandscape();
  // count particles, xyz interleaved; non-finite ones are hidden.
  void setParticles(const std::vector<float>& xyz, std::size_t count);

  std::size_t particles() const { return particles_; }
  std::size_t landscapePoints() const { return landscape_points_; }
  // Bounds of the landscape and the particles: xmin, xmax, ymin, ymax, zmin, zmax.
  std::array<double, 6> bounds() const;

  static std::array<double, 3> background_rgb();
  static std::array<double, 3> particle_rgb();

 private:
  vtkNew<vtkRenderer> renderer_;
  vtkSmartPointer<vtkLookupTable> lookup_table_;
  vtkNew<vtkPoints> land_points_, particle_points_;
  vtkNew<vtkFloatArray> land_colours_;
  vtkNew<vtkCellArray> land_cells_, particle_cells_;
  vtkNew<vtkPolyData> land_data_, particle_data_;
  vtkNew<vtkPolyDataMapper> land_mapper_, particle_mapper_;
  vtkNew<vtkActor> land_actor_, particle_actor_;
  vtkNew<vtkScalarBarActor> legend_;
  vtkNew<vtkFloatArray> land_levels_;
  vtkNew<vtkContourFilter> contours_;
  vtkNew<vtkPolyDataMapper> contour_mapper_;
  vtkNew<vtkActor> contour_actor_;
  std::size_t particles_ = 0, landscape_points_ = 0;
};

}  // namespace flowscope
