#include "widgets/scenes/chaotic/analysis_panel.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "widgets/scenes/chaotic/lyapunov_tab.h"
#include "widgets/scenes/chaotic/orbit_diagram_tab.h"
#include "widgets/scenes/chaotic/poincare_tab.h"

namespace flowscope {

AnalysisPanel::AnalysisPanel(VtkView* view, QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      lyapunov_(new LyapunovTab),
      poincare_(new PoincareTab(view)),
      orbit_(new OrbitDiagramTab) {
  tabs_->setObjectName("analysisTabs");
  lyapunov_->setObjectName("lyapunovTab");
  poincare_->setObjectName("poincareTab");
  orbit_->setObjectName("orbitDiagramTab");
  tabs_->addTab(lyapunov_, tr("Lyapunov"));
  tabs_->addTab(poincare_, tr("Poincaré"));
  tabs_->addTab(orbit_, tr("Orbit diagram"));
  tabs_->setTabToolTip(0, tr("Lyapunov spectrum and Kaplan–Yorke dimension"));
  tabs_->setTabToolTip(1, tr("Crossings of the trajectory with a plane"));
  tabs_->setTabToolTip(2, tr("Maxima of a variable as a parameter varies"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(tabs_);
}

AnalysisPanel::~AnalysisPanel() = default;

void AnalysisPanel::setProblem(const Problem& problem) {
  lyapunov_->setProblem(problem);
  poincare_->setProblem(problem);
  orbit_->setProblem(problem);
}

void AnalysisPanel::setSceneBounds(const std::array<double, 6>& bounds) { poincare_->setSceneBounds(bounds); }

}  // namespace flowscope
