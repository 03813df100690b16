#pragma once
// A Poincaré section in the 3-D view: the plane n·x = c drawn as a
// translucent rectangle spanning a box (the scene's bounds), and the
// crossings as a vertex cloud in a colour that stands apart from the speed
// map. Two actors; their bounds are ignored by camera fits, so the overlay
// never moves the camera.
#include <array>
#include <cstddef>

#include <vtkNew.h>

class vtkActor;
class vtkCellArray;
class vtkPoints;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;

namespace flowscope {

class PlaneOverlay {
 public:
  using Vec3 = std::array<double, 3>;

  PlaneOverlay();
  ~PlaneOverlay();
  PlaneOverlay(const PlaneOverlay&) = delete;
  PlaneOverlay& operator=(const PlaneOverlay&) = delete;

  void addTo(vtkRenderer* renderer);
  void removeFrom(vtkRenderer* renderer);
  // Shows or hides both parts; a part with nothing to show stays hidden.
  void setVisible(bool visible);
  bool isVisible() const { return visible_; }

  // The plane normal·x = offset as the rectangle in it that covers the
  // projection of the box bounds (xmin, xmax, ymin, ymax, zmin, zmax), a
  // little enlarged. Returns false (and hides the plane) when the normal is
  // zero or not finite or the box is empty.
  bool setPlane(const Vec3& normal, double offset, const std::array<double, 6>& bounds);
  void clearPlane();
  bool hasPlane() const { return has_plane_; }

  // count points, xyz interleaved; non-finite ones are skipped.
  void setPoints(const double* xyz, std::size_t count);
  void clearPoints();
  std::size_t pointCount() const { return point_count_; }

  // The rectangle's corners in order around it, as setPlane() builds it.
  // Returns false when there is no such rectangle (see setPlane()).
  // Dimmed points are drawn faint: they belong to other parameters than the
  // trajectory on screen.
  void setDimmed(bool dimmed);
  bool isDimmed() const { return dimmed_; }

  static bool rectangle(const Vec3& normal, double offset, const std::array<double, 6>& bounds,
                        std::array<Vec3, 4>& corners);

  static Vec3 plane_rgb();
  static Vec3 point_rgb();
  static constexpr double kPlaneOpacity = 0.3;

 private:
  void updateVisibility();

  bool visible_ = true;
  bool has_plane_ = false;
  bool dimmed_ = false;
  std::size_t point_count_ = 0;
  vtkNew<vtkPoints> plane_points_, cloud_points_;
  vtkNew<vtkCellArray> plane_cells_, cloud_cells_;
  vtkNew<vtkPolyData> plane_data_, cloud_data_;
  vtkNew<vtkPolyDataMapper> plane_mapper_, cloud_mapper_;
  vtkNew<vtkActor> plane_actor_, cloud_actor_;
};

}  // namespace flowscope
