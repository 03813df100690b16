#include "widgets/scenes/chaotic/orbit_diagram_tab.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include "widgets/panels/plot_widget.h"

namespace flowscope {
namespace {

constexpr int kDefaultCount = 200, kMaxCount = 100'000;
constexpr double kRunSteps = 100'000;  // transient and sample each (Lorenz: t = 200)
constexpr double kDistinctFraction = 1e-3;
constexpr double kLimit = 1e9;

QDoubleSpinBox* numberSpin(QWidget* parent, const QString& name, double lo, double hi, const QString& tip,
                           int decimals = 4) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setObjectName(name);
  spin->setRange(lo, hi);
  spin->setDecimals(decimals);
  spin->setToolTip(tip);
  return spin;
}

}  // namespace

std::pair<double, double> OrbitDiagramTab::defaultRange(const ParameterSpec& spec) {
  const double quarter = 0.25 * (spec.max - spec.min);
  return {std::max(spec.min, spec.default_value - quarter), std::min(spec.max, spec.default_value + quarter)};
}

OrbitDiagramTab::OrbitDiagramTab(QWidget* parent)
    : AnalysisTab(parent),
      parameter_(new QComboBox(this)),
      from_(numberSpin(this, "spin_from", -kLimit, kLimit, tr("First value of the parameter"))),
      to_(numberSpin(this, "spin_to", -kLimit, kLimit, tr("Last value of the parameter"))),
      count_(new QSpinBox(this)),
      variable_(new QComboBox(this)),
      transient_(
          numberSpin(this, "spin_orbit_transient", 0.0, kLimit, tr("Time run first and discarded at every value"), 2)),
      sample_(numberSpin(this, "spin_orbit_sample", 0.01, kLimit,
                         tr("Time over which maxima are recorded at every value"), 2)),
      summary_(new QLabel(this)) {
  parameter_->setObjectName("combo_parameter");
  parameter_->setToolTip(tr("The parameter that is varied; the others keep their current values"));
  variable_->setObjectName("combo_variable");
  variable_->setToolTip(tr("The variable whose local maxima are plotted"));
  count_->setObjectName("spin_count");
  count_->setRange(1, kMaxCount);
  count_->setValue(kDefaultCount);
  count_->setToolTip(tr("Number of parameter values, evenly spaced"));
  summary_->setObjectName("label_orbit");
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  inputs()->addRow(tr("Parameter"), parameter_);
  inputs()->addRow(tr("From"), from_);
  inputs()->addRow(tr("To"), to_);
  inputs()->addRow(tr("Values"), count_);
  inputs()->addRow(tr("Maxima of"), variable_);
  inputs()->addRow(tr("Transient"), transient_);
  inputs()->addRow(tr("Sample time"), sample_);
  results()->addWidget(summary_);
  plot()->setLabels(tr("Orbit diagram"), QString(), QString());
  connect(parameter_, &QComboBox::currentIndexChanged, this, &OrbitDiagramTab::parameterChosen);
}

void OrbitDiagramTab::resetInputs() {
  const System& system = *problem()->system;
  const auto specs = system.parameters();
  {
    const QSignalBlocker blocker(parameter_);
    parameter_->clear();
    int widest = -1;
    double widest_range = -1.0;
    for (std::size_t i = 0; i < specs.size(); ++i) {
      if (specs[i].structural) continue;
      QString text = QString::fromStdString(specs[i].symbol);
      if (specs[i].symbol != specs[i].name)
        text += QLatin1String(" (") + QString::fromStdString(specs[i].name) + QLatin1Char(')');
      parameter_->addItem(text, static_cast<int>(i));
      // The default is the one with the widest slider range: usually the driving.
      if (specs[i].max - specs[i].min > widest_range) {
        widest_range = specs[i].max - specs[i].min;
        widest = parameter_->count() - 1;
      }
    }
    if (widest >= 0) parameter_->setCurrentIndex(widest);
  }
  variable_->clear();
  for (const std::string& name : system.variable_names()) variable_->addItem(QString::fromStdString(name));
  const double run = roundToTwoDigits(kRunSteps * system.recommended_dt());
  transient_->setValue(run);
  sample_->setValue(run);
  count_->setValue(kDefaultCount);
  parameterChosen();
}

void OrbitDiagramTab::parameterChosen() {
  if (!problem() || parameter_->currentIndex() < 0) return;
  const ParameterSpec& spec =
      problem()->system->parameters()[static_cast<std::size_t>(parameter_->currentData().toInt())];
  const auto [lo, hi] = defaultRange(spec);
  from_->setValue(lo);
  to_->setValue(hi);
}

bool OrbitDiagramTab::sameInputs(const Problem& a, const Problem& b) const {
  // The varied parameter's own current value does not enter the diagram.
  if (a.system != b.system || a.initial_state != b.initial_state || a.dt != b.dt) return false;
  if (a.parameters.size() != b.parameters.size()) return false;
  for (std::size_t i = 0; i < a.parameters.size(); ++i)
    if (i != options_.parameter && a.parameters[i] != b.parameters[i]) return false;
  return true;
}

void OrbitDiagramTab::clearResult() {
  diagram_ = {};
  distinct_.clear();
  points_x_.clear();
  points_y_.clear();
  summary_->clear();
  plot()->clear();
}

void OrbitDiagramTab::start() {
  if (parameter_->currentIndex() < 0)
    return showError(tr("This system has no parameter that an orbit diagram can vary."));
  OrbitDiagramOptions options;
  options.parameter = static_cast<std::size_t>(parameter_->currentData().toInt());
  options.variable = static_cast<std::size_t>(std::max(0, variable_->currentIndex()));
  options.from = from_->value();
  options.to = to_->value();
  options.count = static_cast<std::size_t>(count_->value());
  options.transient = transient_->value();
  options.sample = sample_->value();
  if (options.from > options.to) return showError(tr("The range must increase: “From” is above “To”."));
  if (!checkSteps(options.transient + options.sample, tr("The transient with the sample time"))) return;
  options_ = options;
  const Problem problem = *this->problem();
  auto diagram = std::make_shared<OrbitDiagram>();
  launch(
      [problem, options, diagram](const RunControl& control) { *diagram = orbit_diagram(problem, options, control); },
      [this, diagram] { return show(*diagram); });
}

bool OrbitDiagramTab::show(const OrbitDiagram& diagram) {
  diagram_ = diagram;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  std::size_t maxima = 0, blown_up = 0;
  for (const OrbitColumn& column : diagram_.columns) {
    maxima += column.maxima.size();
    if (column.status == RunStatus::Unstable) ++blown_up;
    for (const double m : column.maxima)
      if (std::isfinite(m)) lo = std::min(lo, m), hi = std::max(hi, m);
  }
  const double tolerance = hi > lo ? kDistinctFraction * (hi - lo) : 0.0;
  distinct_.assign(diagram_.columns.size(), 0);
  for (std::size_t c = 0; c < diagram_.columns.size(); ++c) {
    std::vector<double> sorted = diagram_.columns[c].maxima;
    std::erase_if(sorted, [](double m) { return !std::isfinite(m); });
    std::sort(sorted.begin(), sorted.end());
    double last = -std::numeric_limits<double>::infinity();
    for (const double m : sorted) {
      if (m - last <= tolerance) continue;
      last = m;
      points_x_.push_back(diagram_.columns[c].parameter);
      points_y_.push_back(m);
      ++distinct_[c];
    }
  }

  const QLocale locale;
  const auto specs = resultProblem().system->parameters();
  const QString name = QString::fromStdString(specs[options_.parameter].symbol);
  QString summary = tr("%1 values of %2 from %3 to %4: %5 maxima, %6 distinct points plotted.")
                        .arg(locale.toString(static_cast<qulonglong>(diagram_.columns.size())), name,
                             locale.toString(options_.from, 'g', 6), locale.toString(options_.to, 'g', 6),
                             locale.toString(static_cast<qulonglong>(maxima)),
                             locale.toString(static_cast<qulonglong>(points_x_.size())));
  if (blown_up > 0)
    summary += QLatin1Char('\n') + tr("Values that blew up: %1 (only the maxima before that are shown).")
                                       .arg(locale.toString(static_cast<qulonglong>(blown_up)));
  summary_->setText(summary);
  drawPlot();
  return true;
}

void OrbitDiagramTab::parametersChanged() {
  if (hasResult()) drawPlot();  // the marker follows the current value
}

void OrbitDiagramTab::drawPlot() {
  const auto specs = resultProblem().system->parameters();
  const auto names = resultProblem().system->variable_names();
  const QString parameter = QString::fromStdString(specs[options_.parameter].symbol);
  const QString variable = QString::fromStdString(names[options_.variable]);
  plot()->clear();
  plot()->setLabels(tr("Maxima of %1 against %2").arg(variable, parameter), parameter,
                    tr("maxima of %1").arg(variable));
  PlotWidget::Series points;
  points.style = PlotWidget::Style::Points;
  points.colour = QColor(25, 60, 140);
  points.x = points_x_;
  points.y = points_y_;
  plot()->addSeries(std::move(points));
  if (!problem() || points_y_.empty()) return;
  const double current = problem()->parameters[options_.parameter];
  if (current < options_.from || current > options_.to) return;
  const auto [lo, hi] = std::minmax_element(points_y_.begin(), points_y_.end());
  PlotWidget::Series marker;
  marker.name = tr("current %1").arg(parameter);
  marker.colour = QColor(214, 39, 40);
  marker.x = {current, current};
  marker.y = {*lo, *hi};
  plot()->addSeries(std::move(marker));
}

}  // namespace flowscope
