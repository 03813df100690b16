#pragma once
// Many particles with short trails, drawn with two actors in total (one
// vertex cloud, one polydata of polylines), however many particles there are.
// Frames arrive as float32 positions; the arrays are refilled in place.
#include <cstddef>
#include <deque>
#include <vector>

#include <vtkNew.h>

class vtkActor;
class vtkCellArray;
class vtkPoints;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;

namespace flowscope {

class ParticleCloud {
 public:
  explicit ParticleCloud(std::size_t trail_length = 16);
  ~ParticleCloud();

  void addTo(vtkRenderer* renderer);
  void removeFrom(vtkRenderer* renderer);
  void setVisible(bool visible);

  // Appends a frame: count particles, xyz interleaved. A new count restarts
  // the trails. Non-finite particles (blown up) are hidden.
  void pushFrame(const std::vector<float>& xyz, std::size_t count);
  void clear();

  std::size_t particles() const { return count_; }
  std::size_t framesKept() const { return history_.size(); }

 private:
  void rebuild();

  std::size_t trail_length_;
  std::size_t count_ = 0;
  std::deque<std::vector<float>> history_;  // oldest first
  vtkNew<vtkPoints> head_points_, trail_points_;
  vtkNew<vtkCellArray> heads_, trails_;
  vtkNew<vtkPolyData> head_data_, trail_data_;
  vtkNew<vtkPolyDataMapper> head_mapper_, trail_mapper_;
  vtkNew<vtkActor> head_actor_, trail_actor_;
};

}  // namespace flowscope
