#pragma once
// One side of the diffusion comparison (the ODE or the SDE sampler): the
// exact density p_t as a heat map under the particles (2-D), the particles at
// the shown time, short trails behind them, a chosen subset of full paths,
// and a caption. The caller supplies every coordinate (in the plane, or in
// space-time with z = t), so the same scene draws both views. Arrays are
// float32 and refilled in place; five actors whatever the particle count.
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
class vtkTextActor;

namespace flowscope {

class DiffusionScene {
 public:
  explicit DiffusionScene(std::array<double, 3> particle_rgb);
  ~DiffusionScene();

  vtkRenderer* renderer() const { return renderer_; }

  // The heat map: nx x ny values in [0, 1] (x-major, ix * ny + iy) on the box
  // [x0, x1] x [y0, y1], drawn flat at height z. An empty vector hides it.
  void setDensity(double x0, double x1, double y0, double y1, std::size_t nx, std::size_t ny, double z,
                  const std::vector<float>& values);
  // count particles, xyz interleaved; non-finite ones are hidden.
  void setParticles(const std::vector<float>& xyz, std::size_t count);
  // Polylines: `lines` lines of `points` points each, xyz interleaved line by
  // line. Trails are short and faint; paths are whole and brighter.
  void setTrails(const std::vector<float>& xyz, std::size_t lines, std::size_t points);
  void setPaths(const std::vector<float>& xyz, std::size_t lines, std::size_t points);
  void setCaption(const std::string& text);

  std::size_t particles() const { return particles_; }
  std::size_t densityCells() const { return density_cells_; }
  std::size_t pathPoints() const { return path_points_; }
  std::size_t trailPoints() const { return trail_points_count_; }

  static std::array<double, 3> background_rgb();

 private:
  static void fillLines(vtkPoints* points, vtkCellArray* cells, vtkPolyData* data, const std::vector<float>& xyz,
                        std::size_t lines, std::size_t count);

  vtkNew<vtkRenderer> renderer_;
  vtkSmartPointer<vtkLookupTable> lookup_table_;
  vtkNew<vtkPoints> density_points_, particle_points_, trail_points_, path_points_vtk_;
  vtkNew<vtkFloatArray> density_values_;
  vtkNew<vtkCellArray> density_cells_vtk_, particle_cells_, trail_cells_, path_cells_;
  vtkNew<vtkPolyData> density_data_, particle_data_, trail_data_, path_data_;
  vtkNew<vtkPolyDataMapper> density_mapper_, particle_mapper_, trail_mapper_, path_mapper_;
  vtkNew<vtkActor> density_actor_, particle_actor_, trail_actor_, path_actor_;
  vtkNew<vtkTextActor> caption_;
  std::size_t particles_ = 0, density_cells_ = 0, path_points_ = 0, trail_points_count_ = 0;
};

}  // namespace flowscope
