#pragma once
// The orbit diagram tab: for each value of one parameter, the local maxima of
// one variable on the attractor, drawn as points (parameter value, maximum)
// with a vertical line at the parameter's current value.
#include <vector>

#include "widgets/scenes/chaotic/analysis_tab.h"
#include "core/analysis/orbit_diagram.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace flowscope {

class OrbitDiagramTab : public AnalysisTab {
  Q_OBJECT

 public:
  explicit OrbitDiagramTab(QWidget* parent = nullptr);

  QComboBox* parameter() const { return parameter_; }  // item data: the parameter's index
  QDoubleSpinBox* from() const { return from_; }
  QDoubleSpinBox* to() const { return to_; }
  QSpinBox* count() const { return count_; }
  QComboBox* variable() const { return variable_; }
  QDoubleSpinBox* transient() const { return transient_; }
  QDoubleSpinBox* sampleTime() const { return sample_; }

  // The result on screen and, per column, how many distinct maxima were
  // plotted (maxima closer than a thousandth of the diagram's height are one
  // point: a period-p orbit shows p points, chaos a smear).
  const OrbitDiagram& diagram() const { return diagram_; }
  const std::vector<std::size_t>& distinctPerColumn() const { return distinct_; }

  // From/to for a parameter: half its slider range around its default,
  // clipped to the slider range.
  static std::pair<double, double> defaultRange(const ParameterSpec& spec);

 protected:
  void resetInputs() override;
  void parametersChanged() override;
  void start() override;
  void clearResult() override;
  bool sameInputs(const Problem& a, const Problem& b) const override;

 private:
  bool show(const OrbitDiagram& diagram);
  void parameterChosen();
  void drawPlot();

  QComboBox* parameter_;
  QDoubleSpinBox* from_;
  QDoubleSpinBox* to_;
  QSpinBox* count_;
  QComboBox* variable_;
  QDoubleSpinBox* transient_;
  QDoubleSpinBox* sample_;
  QLabel* summary_;
  OrbitDiagram diagram_;
  OrbitDiagramOptions options_;  // of the run under way or the result on screen
  std::vector<std::size_t> distinct_;
  std::vector<double> points_x_, points_y_;
};

}  // namespace flowscope
