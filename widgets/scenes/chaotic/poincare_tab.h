#pragma once
// The Poincaré tab: the crossings of the current problem's trajectory with a
// plane n·x = c (normal to a variable's axis, or a custom normal), as a 2-D
// scatter in two coordinates of the plane and, in the 3-D view, as a
// translucent plane with the crossings drawn on it.
#include <QPointer>
#include <array>
#include <optional>
#include <vector>

#include <vtkSmartPointer.h>

#include "widgets/scenes/chaotic/analysis_tab.h"
#include "core/analysis/poincare.h"
#include "widgets/render/plane_overlay.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class vtkRenderer;

namespace flowscope {

class VtkView;

class PoincareTab : public AnalysisTab {
  Q_OBJECT

 public:
  explicit PoincareTab(VtkView* view, QWidget* parent = nullptr);
  ~PoincareTab() override;

  QComboBox* planeChoice() const { return plane_; }  // one item per variable, then "custom"
  QDoubleSpinBox* normalComponent(int i) const { return normal_[i]; }
  QDoubleSpinBox* offset() const { return offset_; }
  QCheckBox* automaticOffset() const { return auto_offset_; }
  QComboBox* direction() const { return direction_; }
  QDoubleSpinBox* endTime() const { return end_; }
  QDoubleSpinBox* transient() const { return transient_; }
  QCheckBox* showIn3d() const { return show_3d_; }

  // The result on screen: the crossings and the plane n·x = c they lie on.
  const Trajectory& crossings() const { return crossings_; }
  const std::vector<double>& resultNormal() const { return result_normal_; }
  double resultOffset() const { return result_offset_; }
  const PlaneOverlay& overlay() const { return overlay_; }

  // The box the plane spans in the 3-D view. Until it is set, the bounds of
  // what the view's renderer shows are used.
  void setSceneBounds(const std::array<double, 6>& bounds);

  // Whole steps of the recommended step: Lorenz t = 400, Rössler 2000.
  static double defaultEndTime(const System& system);

 protected:
  void resetInputs() override;
  void start() override;
  void clearResult() override;
  void parametersChanged() override;
  void stalenessChanged(bool stale) override;

 private:
  struct Outcome {
    Trajectory crossings;
    double offset = 0.0;
    bool automatic = false;  // offset is the mean of a short run
    std::string error;       // the short run for the mean blew up
  };
  bool show(const Outcome& outcome, const std::vector<double>& normal);
  // n for the inputs: one value per variable; empty (with an error shown) if all zero.
  std::vector<double> normalFromInputs();
  void inputsChanged();
  std::array<double, 6> sceneBounds() const;
  void refreshOverlay();

  QPointer<VtkView> view_;
  vtkSmartPointer<vtkRenderer> renderer_;
  PlaneOverlay overlay_;
  std::optional<std::array<double, 6>> scene_bounds_;
  QComboBox* plane_;
  std::array<QDoubleSpinBox*, 3> normal_;
  QDoubleSpinBox* offset_;
  QCheckBox* auto_offset_;
  QComboBox* direction_;
  QDoubleSpinBox* end_;
  QDoubleSpinBox* transient_;
  QCheckBox* show_3d_;
  QLabel* summary_;
  Trajectory crossings_;
  std::vector<double> result_normal_;
  double result_offset_ = 0.0;
};

}  // namespace flowscope
