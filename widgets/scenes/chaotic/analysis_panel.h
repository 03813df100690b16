#pragma once
// The analysis panel: three tabs, each running its computation on its own
// worker thread with progress and cancel — the Lyapunov spectrum, a Poincaré
// section (also drawn in the 3-D view) and an orbit diagram — all of the
// problem the main window hands over through setProblem().
#include <QWidget>
#include <array>

#include "core/integrate/trajectory.h"

class QTabWidget;

namespace flowscope {

class LyapunovTab;
class OrbitDiagramTab;
class PoincareTab;
class VtkView;

class AnalysisPanel : public QWidget {
  Q_OBJECT

 public:
  explicit AnalysisPanel(VtkView* view, QWidget* parent = nullptr);
  ~AnalysisPanel() override;

  // The current system, parameters, initial state and step (t_end is the
  // trajectory's and is not used: each tab has its own times). A new system
  // resets the tabs to its defaults; new parameters mark results computed for
  // the old ones as belonging to the previous parameters.
  void setProblem(const Problem& problem);

  // Optional: the box the Poincaré plane spans in the 3-D view. Without it
  // the bounds of what the view's renderer shows are taken.
  void setSceneBounds(const std::array<double, 6>& bounds);

  QTabWidget* tabs() const { return tabs_; }
  LyapunovTab* lyapunovTab() const { return lyapunov_; }
  PoincareTab* poincareTab() const { return poincare_; }
  OrbitDiagramTab* orbitDiagramTab() const { return orbit_; }

 private:
  QTabWidget* tabs_;
  LyapunovTab* lyapunov_;
  PoincareTab* poincare_;
  OrbitDiagramTab* orbit_;
};

}  // namespace flowscope
