#include "widgets/render/particle_cloud.h"

#include <array>
#include <cmath>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace flowscope {
namespace {

constexpr double kHeadColour[3] = {0.55, 0.9, 1.0};  // cyan: stands apart from the speed map
constexpr double kTrailColour[3] = {0.35, 0.65, 0.8};

bool finite3(const float* p) { return std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]); }

}  // namespace

ParticleCloud::ParticleCloud(std::size_t trail_length) : trail_length_(std::max<std::size_t>(2, trail_length)) {
  head_points_->SetDataTypeToFloat();
  trail_points_->SetDataTypeToFloat();
  head_data_->SetPoints(head_points_);
  head_data_->SetVerts(heads_);
  trail_data_->SetPoints(trail_points_);
  trail_data_->SetLines(trails_);
  head_mapper_->SetInputData(head_data_);
  trail_mapper_->SetInputData(trail_data_);
  head_actor_->SetMapper(head_mapper_);
  trail_actor_->SetMapper(trail_mapper_);
  head_actor_->GetProperty()->SetColor(kHeadColour[0], kHeadColour[1], kHeadColour[2]);
  head_actor_->GetProperty()->SetPointSize(3.0f);
  head_actor_->GetProperty()->LightingOff();
  trail_actor_->GetProperty()->SetColor(kTrailColour[0], kTrailColour[1], kTrailColour[2]);
  trail_actor_->GetProperty()->SetOpacity(0.55);
  trail_actor_->GetProperty()->LightingOff();
}

ParticleCloud::~ParticleCloud() = default;

void ParticleCloud::addTo(vtkRenderer* renderer) {
  renderer->AddActor(trail_actor_);
  renderer->AddActor(head_actor_);
}

void ParticleCloud::removeFrom(vtkRenderer* renderer) {
  renderer->RemoveActor(trail_actor_);
  renderer->RemoveActor(head_actor_);
}

void ParticleCloud::setVisible(bool visible) {
  head_actor_->SetVisibility(visible);
  trail_actor_->SetVisibility(visible);
}

void ParticleCloud::clear() {
  history_.clear();
  count_ = 0;
  rebuild();
}

void ParticleCloud::pushFrame(const std::vector<float>& xyz, std::size_t count) {
  if (count != count_) {
    history_.clear();
    count_ = count;
  }
  history_.push_back(xyz);
  while (history_.size() > trail_length_) history_.pop_front();
  rebuild();
}

void ParticleCloud::rebuild() {
  const std::size_t frames = history_.size();
  heads_->Reset();
  trails_->Reset();
  head_points_->SetNumberOfPoints(static_cast<vtkIdType>(count_));
  trail_points_->SetNumberOfPoints(static_cast<vtkIdType>(count_ * frames));
  if (frames > 0) {
    const std::vector<float>& now = history_.back();
    for (std::size_t i = 0; i < count_; ++i) {
      head_points_->SetPoint(static_cast<vtkIdType>(i), now.data() + 3 * i);
      if (finite3(now.data() + 3 * i)) heads_->InsertNextCell(1, std::array<vtkIdType, 1>{vtkIdType(i)}.data());
    }
    // Trail of particle i: its positions in the kept frames, oldest first.
    for (std::size_t f = 0; f < frames; ++f)
      for (std::size_t i = 0; i < count_; ++i)
        trail_points_->SetPoint(static_cast<vtkIdType>(i * frames + f), history_[f].data() + 3 * i);
    if (frames > 1)
      for (std::size_t i = 0; i < count_; ++i) {
        if (!finite3(now.data() + 3 * i)) continue;
        trails_->InsertNextCell(static_cast<vtkIdType>(frames));
        for (std::size_t f = 0; f < frames; ++f) trails_->InsertCellPoint(static_cast<vtkIdType>(i * frames + f));
      }
  }
  for (vtkObject* o : {static_cast<vtkObject*>(head_points_.Get()), static_cast<vtkObject*>(trail_points_.Get()),
                       static_cast<vtkObject*>(heads_.Get()), static_cast<vtkObject*>(trails_.Get()),
                       static_cast<vtkObject*>(head_data_.Get()), static_cast<vtkObject*>(trail_data_.Get())})
    o->Modified();
}

}  // namespace flowscope
