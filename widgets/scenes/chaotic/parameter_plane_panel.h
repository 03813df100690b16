#pragma once
// The parameter plane of the chaotic scene: pick two of the system's
// parameters and a resolution, Compute runs a sweep of the largest Lyapunov
// exponent over their slider ranges on a worker (core/sweep, every core),
// and the map fills in cell by cell. The scene's current parameters are
// marked with a cross; a click on the map moves the scene there.
#include <QWidget>
#include <memory>
#include <optional>

#include "core/integrate/trajectory.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace flowscope {

class JobRunner;
class ParameterPlaneView;

class ParameterPlanePanel : public QWidget {
  Q_OBJECT

 public:
  explicit ParameterPlanePanel(QWidget* parent = nullptr);
  ~ParameterPlanePanel() override;

  // The scene's problem: its system's parameters fill the pickers (kept when
  // the system stays), and its values move the cross.
  void setProblem(const Problem& problem);
  ParameterPlaneView* view() const { return view_; }
  bool isBusy() const;
  QString statusText() const;
  // Sweep resolution: cells along each axis.
  void setResolution(int cells);

 public slots:
  void compute();

 signals:
  // A click on the map: set these two parameters (indices into the system's).
  void parametersPicked(int x_parameter, double x, int y_parameter, double y);
  void mapFinished();

 private:
  void fillPickers();
  void markCurrentPoint();

  std::optional<Problem> problem_;
  QComboBox* x_combo_;
  QComboBox* y_combo_;
  QSpinBox* cells_spin_;
  QPushButton* compute_;
  QLabel* status_;
  ParameterPlaneView* view_;
  JobRunner* runner_;
  int swept_x_ = -1, swept_y_ = -1;  // the parameters of the map on screen
};

}  // namespace flowscope
