#pragma once
// The Schrodinger-bridge scene: point clouds coloured by a value in [0, 1]
// (source and target, or snapshot times), coupling lines between paired
// points, bridge paths, the particles at the shown time, an ellipse (the
// closed-form Gaussian bridge's 2-sigma contour), drift arrows, and a caption.
// float32 arrays refilled in place; a fixed number of actors.
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

class BridgeScene {
 public:
  BridgeScene();
  ~BridgeScene();

  vtkRenderer* renderer() const { return renderer_; }

  void setClouds(const std::vector<float>& xyz, const std::vector<float>& colour);
  // Segments: 6 floats (two xyz) each.
  void setCouplings(const std::vector<float>& segments);
  void setArrows(const std::vector<float>& segments);
  // lines x points polylines, xyz line by line.
  void setPaths(const std::vector<float>& xyz, std::size_t lines, std::size_t points);
  void setParticles(const std::vector<float>& xyz);
  void setEllipse(const std::vector<float>& xyz);  // a closed polyline; empty hides it
  void setCaption(const std::string& text);

  std::size_t cloudPoints() const { return cloud_points_; }
  std::size_t couplingCount() const { return couplings_; }
  std::size_t pathPoints() const { return path_points_; }
  std::size_t particleCount() const { return particles_; }
  std::size_t arrowCount() const { return arrows_; }
  bool ellipseShown() const { return ellipse_points_ > 0; }

  static std::array<double, 3> background_rgb();

 private:
  struct Layer {
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> cells;
    vtkNew<vtkPolyData> data;
    vtkNew<vtkPolyDataMapper> mapper;
    vtkNew<vtkActor> actor;
  };
  void setupLayer(Layer& layer, const double rgb[3], double opacity, float width, bool vertices);
  static void fillSegments(Layer& layer, const std::vector<float>& segments);

  vtkNew<vtkRenderer> renderer_;
  vtkSmartPointer<vtkLookupTable> lookup_table_;
  Layer clouds_, couplings_layer_, paths_, particles_layer_, ellipse_, arrows_layer_;
  vtkNew<vtkFloatArray> cloud_colours_;
  vtkNew<vtkTextActor> caption_;
  std::size_t cloud_points_ = 0, couplings_ = 0, path_points_ = 0, particles_ = 0, arrows_ = 0, ellipse_points_ = 0;
};

}  // namespace flowscope
