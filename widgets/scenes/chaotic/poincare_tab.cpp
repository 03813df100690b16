#include "widgets/scenes/chaotic/poincare_tab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <memory>

#include <vtkRenderer.h>

#include "widgets/panels/plot_widget.h"
#include "widgets/view/vtk_view.h"

namespace flowscope {
namespace {

constexpr double kEndSteps = 200'000, kTransientSteps = 10'000;
// The automatic offset: the mean of n·x over the last three quarters of a
// run of at most this many steps (Lorenz: t = 100).
constexpr double kMeanSteps = 50'000;
constexpr double kMeanProgress = 0.1;  // share of the progress bar for that run
constexpr double kLimit = 1e9;

QDoubleSpinBox* numberSpin(QWidget* parent, const QString& name, double lo, double hi, int decimals) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setObjectName(name);
  spin->setRange(lo, hi);
  spin->setDecimals(decimals);
  return spin;
}

double dot(const std::vector<double>& n, const double* x) {
  double s = 0.0;
  for (std::size_t i = 0; i < n.size(); ++i) s += n[i] * x[i];
  return s;
}

}  // namespace

double PoincareTab::defaultEndTime(const System& system) {
  return roundToTwoDigits(kEndSteps * system.recommended_dt());
}

PoincareTab::PoincareTab(VtkView* view, QWidget* parent)
    : AnalysisTab(parent),
      view_(view),
      renderer_(view ? view->renderer() : nullptr),
      plane_(new QComboBox(this)),
      normal_{numberSpin(this, "spin_normal_0", -kLimit, kLimit, 4),
              numberSpin(this, "spin_normal_1", -kLimit, kLimit, 4),
              numberSpin(this, "spin_normal_2", -kLimit, kLimit, 4)},
      offset_(numberSpin(this, "spin_offset", -kLimit, kLimit, 4)),
      auto_offset_(new QCheckBox(tr("Mean of a short run"), this)),
      direction_(new QComboBox(this)),
      end_(numberSpin(this, "spin_poincare_end", 0.01, kLimit, 2)),
      transient_(numberSpin(this, "spin_poincare_transient", 0.0, kLimit, 2)),
      show_3d_(new QCheckBox(tr("Show in 3-D view"), this)),
      summary_(new QLabel(this)) {
  plane_->setObjectName("combo_plane");
  plane_->setToolTip(tr("The section plane: normal to one variable's axis, or any normal"));
  auto* normal_row = new QHBoxLayout;
  for (QDoubleSpinBox* spin : normal_) normal_row->addWidget(spin, 1);
  auto* offset_row = new QHBoxLayout;
  offset_row->addWidget(offset_, 1);
  offset_row->addWidget(auto_offset_);
  auto_offset_->setObjectName("check_auto_offset");
  auto_offset_->setChecked(true);
  auto_offset_->setToolTip(
      tr("Put the plane through the mean of n·x over a short run, so that the trajectory crosses it"));
  direction_->setObjectName("combo_direction");
  direction_->addItem(tr("Upward (n·f > 0)"), static_cast<int>(CrossingDirection::Upward));
  direction_->addItem(tr("Downward (n·f < 0)"), static_cast<int>(CrossingDirection::Downward));
  direction_->addItem(tr("Both"), static_cast<int>(CrossingDirection::Both));
  end_->setToolTip(tr("Length of the run whose crossings are recorded"));
  transient_->setToolTip(tr("Crossings before this time are not recorded"));
  show_3d_->setObjectName("check_show_3d");
  show_3d_->setChecked(true);
  summary_->setObjectName("label_crossings");
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  inputs()->addRow(tr("Plane"), plane_);
  inputs()->addRow(tr("Normal n"), normal_row);
  inputs()->addRow(tr("Offset c"), offset_row);
  inputs()->addRow(tr("Direction"), direction_);
  inputs()->addRow(tr("End time"), end_);
  inputs()->addRow(tr("Transient"), transient_);
  inputs()->addRow(show_3d_);
  results()->addWidget(summary_);
  plot()->setLabels(tr("Crossings"), QString(), QString());

  if (renderer_) overlay_.addTo(renderer_);
  overlay_.setVisible(true);
  connect(plane_, &QComboBox::currentIndexChanged, this, &PoincareTab::inputsChanged);
  connect(auto_offset_, &QCheckBox::toggled, this, &PoincareTab::inputsChanged);
  connect(show_3d_, &QCheckBox::toggled, this, [this] { refreshOverlay(); });
}

PoincareTab::~PoincareTab() {
  if (renderer_) overlay_.removeFrom(renderer_);
}

void PoincareTab::resetInputs() {
  const System& system = *problem()->system;
  const auto names = system.variable_names();
  const int n = system.dimension();
  const QSignalBlocker blocker(plane_);
  plane_->clear();
  for (const std::string& name : names) plane_->addItem(tr("Normal to %1").arg(QString::fromStdString(name)));
  plane_->addItem(tr("Custom normal"));
  // z for three or more variables (Lorenz's classic section), else the last one.
  plane_->setCurrentIndex(std::min(2, n - 1));
  for (int i = 0; i < 3; ++i) {
    normal_[i]->setValue(i == std::min(2, n - 1) ? 1.0 : 0.0);
    normal_[i]->setPrefix(i < n ? QString::fromStdString(names[i]) + QLatin1String(": ") : QString());
    normal_[i]->setToolTip(i < n ? tr("Component of the normal along %1").arg(QString::fromStdString(names[i]))
                                 : tr("This system has fewer variables"));
  }
  offset_->setValue(0.0);
  end_->setValue(defaultEndTime(system));
  transient_->setValue(roundToTwoDigits(kTransientSteps * system.recommended_dt()));
  inputsChanged();
}

void PoincareTab::inputsChanged() {
  const bool custom = plane_->currentIndex() == plane_->count() - 1;
  const int n = problem() ? problem()->system->dimension() : 3;
  for (int i = 0; i < 3; ++i) normal_[i]->setEnabled(custom && i < n);
  offset_->setEnabled(!auto_offset_->isChecked());
}

std::vector<double> PoincareTab::normalFromInputs() {
  const int n = problem()->system->dimension();
  std::vector<double> normal(static_cast<std::size_t>(n), 0.0);
  const int choice = plane_->currentIndex();
  if (choice >= 0 && choice < n) {
    normal[static_cast<std::size_t>(choice)] = 1.0;
    return normal;
  }
  bool nonzero = false;
  for (int i = 0; i < 3 && i < n; ++i) {
    normal[static_cast<std::size_t>(i)] = normal_[i]->value();
    nonzero = nonzero || normal_[i]->value() != 0.0;
  }
  if (!nonzero) {
    showError(tr("The normal of the plane must not be all zeros."));
    return {};
  }
  return normal;
}

void PoincareTab::clearResult() {
  crossings_ = {};
  result_normal_.clear();
  summary_->clear();
  plot()->clear();
  overlay_.clearPlane();
  overlay_.clearPoints();
  if (view_) view_->requestRender();
}

void PoincareTab::start() {
  const std::vector<double> normal = normalFromInputs();
  if (normal.empty()) return;
  Problem problem = *this->problem();
  problem.t_end = end_->value();
  if (!checkSteps(problem.t_end, tr("The end time"))) return;
  PoincareOptions options;
  options.normal = normal;
  options.offset = offset_->value();
  options.direction = static_cast<CrossingDirection>(direction_->currentData().toInt());
  options.transient = transient_->value();
  const bool automatic = auto_offset_->isChecked();
  auto outcome = std::make_shared<Outcome>();
  launch(
      [problem, options, automatic, outcome](const RunControl& control) {
        PoincareOptions section = options;
        const double share = automatic ? kMeanProgress : 0.0;
        if (automatic) {
          Problem short_run = problem;
          short_run.t_end = std::min(problem.t_end, kMeanSteps * problem.dt);
          RunControl mean_control{control.cancel, [&](double f) {
                                    if (control.progress) control.progress(share * f);
                                  }};
          const Trajectory run = integrate(short_run, Method::Rk4, mean_control);
          if (run.status == RunStatus::Cancelled) return;
          if (run.status == RunStatus::Unstable) {
            outcome->error = run.message;
            return;
          }
          double sum = 0.0;
          const std::size_t first = run.samples() / 4;
          for (std::size_t i = first; i < run.samples(); ++i) sum += dot(section.normal, run.state(i));
          section.offset = sum / static_cast<double>(run.samples() - first);
        }
        RunControl section_control{control.cancel, [&](double f) {
                                     if (control.progress) control.progress(share + (1.0 - share) * f);
                                   }};
        outcome->crossings = poincare_section(problem, section, section_control);
        outcome->offset = section.offset;
        outcome->automatic = automatic;
      },
      [this, outcome, normal] { return show(*outcome, normal); });
}

bool PoincareTab::show(const Outcome& outcome, const std::vector<double>& normal) {
  const QLocale locale;
  if (!outcome.error.empty()) {
    showError(tr("The run for the mean blew up: %1").arg(QString::fromStdString(outcome.error)));
    return false;
  }
  if (outcome.crossings.status == RunStatus::Unstable) {
    showError(tr("The run blew up: %1").arg(QString::fromStdString(outcome.crossings.message)));
    return false;
  }
  crossings_ = outcome.crossings;
  result_normal_ = normal;
  result_offset_ = outcome.offset;
  if (outcome.automatic) offset_->setValue(outcome.offset);

  const auto names = resultProblem().system->variable_names();
  const int n = static_cast<int>(normal.size());
  // Chart of the plane: the variables other than the one n leans on most.
  int dropped = 0;
  for (int i = 1; i < n; ++i)
    if (std::fabs(normal[i]) > std::fabs(normal[dropped])) dropped = i;
  std::vector<int> axes;
  for (int i = 0; i < n && axes.size() < 2; ++i)
    if (i != dropped) axes.push_back(i);

  QString plane;
  if (std::count(normal.begin(), normal.end(), 0.0) == n - 1 && normal[dropped] == 1.0) {
    plane = QString::fromStdString(names[dropped]) + QLatin1String(" = ") + locale.toString(outcome.offset, 'g', 6);
  } else {
    QStringList parts;
    for (const double v : normal) parts << locale.toString(v, 'g', 4);
    plane = tr("n·x = %1 with n = (%2)").arg(locale.toString(outcome.offset, 'g', 6), parts.join(QLatin1String("; ")));
  }
  QString summary =
      crossings_.samples() == 1
          ? tr("One crossing of %1").arg(plane)
          : tr("%1 crossings of %2").arg(locale.toString(static_cast<qulonglong>(crossings_.samples())), plane);
  if (crossings_.samples() == 0)
    summary += QLatin1Char('\n') + tr("The trajectory does not cross this plane: try another offset.");
  summary_->setText(summary);

  PlotWidget::Series series;
  series.style = PlotWidget::Style::Points;
  series.colour = QColor(30, 140, 60);
  const bool against_time = axes.size() < 2;
  for (std::size_t i = 0; i < crossings_.samples(); ++i) {
    const double* x = crossings_.state(i);
    series.x.push_back(against_time ? crossings_.times[i] : x[axes[0]]);
    series.y.push_back(x[axes.back()]);
  }
  plot()->clear();
  plot()->setLabels(tr("Crossings of %1").arg(plane),
                    against_time ? tr("Time of the crossing") : QString::fromStdString(names[axes[0]]),
                    QString::fromStdString(names[axes.back()]));
  plot()->addSeries(std::move(series));
  refreshOverlay();
  return true;
}

void PoincareTab::parametersChanged() {
  if (hasResult()) refreshOverlay();  // the scene's bounds may have moved
}

void PoincareTab::stalenessChanged(bool stale) {
  overlay_.setDimmed(stale);
  if (view_) view_->requestRender();
}

void PoincareTab::setSceneBounds(const std::array<double, 6>& bounds) {
  scene_bounds_ = bounds;
  refreshOverlay();
}

std::array<double, 6> PoincareTab::sceneBounds() const {
  if (scene_bounds_) return *scene_bounds_;
  std::array<double, 6> b{1, -1, 1, -1, 1, -1};
  if (renderer_) renderer_->ComputeVisiblePropBounds(b.data());  // the overlay does not count
  if (b[0] <= b[1] && b[2] <= b[3] && b[4] <= b[5]) return b;
  // Nothing else on screen: span the crossings.
  b = {1e300, -1e300, 1e300, -1e300, 1e300, -1e300};
  for (std::size_t i = 0; i < crossings_.samples(); ++i)
    for (int j = 0; j < 3 && j < crossings_.dimension; ++j) {
      b[2 * j] = std::min(b[2 * j], crossings_.state(i)[j]);
      b[2 * j + 1] = std::max(b[2 * j + 1], crossings_.state(i)[j]);
    }
  for (int j = crossings_.dimension; j < 3; ++j) b[2 * j] = b[2 * j + 1] = 0.0;
  return b;
}

void PoincareTab::refreshOverlay() {
  overlay_.setVisible(show_3d_->isChecked());
  if (result_normal_.empty()) {
    overlay_.clearPlane();
    overlay_.clearPoints();
  } else {
    // The view shows the first three variables: the plane can be drawn when
    // n has no component beyond them.
    PlaneOverlay::Vec3 n3{0.0, 0.0, 0.0};
    bool drawable = true;
    for (std::size_t i = 0; i < result_normal_.size(); ++i) {
      if (i < 3)
        n3[i] = result_normal_[i];
      else
        drawable = drawable && result_normal_[i] == 0.0;
    }
    if (!drawable || !overlay_.setPlane(n3, result_offset_, sceneBounds())) overlay_.clearPlane();
    std::vector<double> xyz(3 * crossings_.samples(), 0.0);
    for (std::size_t i = 0; i < crossings_.samples(); ++i)
      for (int j = 0; j < 3 && j < crossings_.dimension; ++j) xyz[3 * i + j] = crossings_.state(i)[j];
    overlay_.setPoints(xyz.data(), crossings_.samples());
  }
  if (view_) view_->requestRender();
}

}  // namespace flowscope
