#include "widgets/scenes/chaotic/lyapunov_tab.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <memory>

#include "widgets/panels/plot_widget.h"

namespace flowscope {
namespace {

constexpr double kAveragingSteps = 500'000, kMinAveragingSteps = 20'000;
constexpr double kMaxTime = 1e7;

// The published values describe the system at its default parameters only.
const ReferenceValue* publishedSpectrum(const Problem& problem) {
  if (problem.parameters != default_parameters(*problem.system)) return nullptr;
  const ReferenceValue* max_only = nullptr;
  for (const ReferenceValue& reference : problem.system->references()) {
    if (reference.quantity == "lyapunov_spectrum" && !reference.values.empty()) return &reference;
    if (reference.quantity == "max_lyapunov" && !reference.values.empty()) max_only = &reference;
  }
  return max_only;
}

const ReferenceValue* publishedDimension(const Problem& problem) {
  if (problem.parameters != default_parameters(*problem.system)) return nullptr;
  for (const ReferenceValue& reference : problem.system->references())
    if (reference.quantity == "kaplan_yorke" && !reference.values.empty()) return &reference;
  return nullptr;
}

QDoubleSpinBox* timeSpin(QWidget* parent, const QString& name, const QString& tip) {
  auto* spin = new QDoubleSpinBox(parent);
  spin->setObjectName(name);
  spin->setRange(0.0, kMaxTime);
  spin->setDecimals(2);
  spin->setToolTip(tip);
  return spin;
}

}  // namespace

double LyapunovTab::defaultAveragingTime(const System& system) {
  const double n = std::max(3, system.dimension());
  const double steps = std::max(kMinAveragingSteps, kAveragingSteps * std::pow(3.0 / n, 3));
  return roundToTwoDigits(steps * system.recommended_dt());
}

LyapunovTab::LyapunovTab(QWidget* parent)
    : AnalysisTab(parent),
      averaging_(
          timeSpin(this, "spin_averaging", tr("Time over which the exponents are averaged, after the transient"))),
      transient_(
          timeSpin(this, "spin_transient", tr("Time run first and forgotten: it brings the state onto the attractor"))),
      exponents_(new QLabel(this)),
      summary_(new QLabel(this)),
      caption_(new QLabel(this)) {
  averaging_->setMinimum(0.01);
  inputs()->addRow(tr("Averaging time"), averaging_);
  inputs()->addRow(tr("Transient"), transient_);
  exponents_->setObjectName("label_exponents");
  summary_->setObjectName("label_summary");
  caption_->setObjectName("label_caption");
  for (QLabel* label : {exponents_, summary_, caption_}) {
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    results()->addWidget(label);
  }
  plot()->setLabels(tr("Convergence of the exponents"), tr("Averaging time"), tr("Running estimate"));
}

void LyapunovTab::resetInputs() {
  const double averaging = defaultAveragingTime(*problem()->system);
  averaging_->setValue(averaging);
  transient_->setValue(roundToTwoDigits(averaging / 10.0));
}

void LyapunovTab::clearResult() {
  result_ = {};
  exponents_->clear();
  summary_->clear();
  caption_->clear();
  plot()->clear();
}

void LyapunovTab::start() {
  Problem problem = *this->problem();
  problem.t_end = averaging_->value();
  LyapunovOptions options;
  options.transient = transient_->value();
  if (!checkSteps(problem.t_end, tr("The averaging time")) || !checkSteps(options.transient, tr("The transient")))
    return;
  auto result = std::make_shared<LyapunovResult>();
  launch(
      [problem, options, result](const RunControl& control) { *result = lyapunov_spectrum(problem, options, control); },
      [this, result, options] { return show(*result, options); });
}

bool LyapunovTab::show(const LyapunovResult& result, const LyapunovOptions& options) {
  if (result.status == RunStatus::Unstable || result.exponents.empty()) {
    showError(tr("No exponents: %1").arg(QString::fromStdString(result.message)));
    return false;
  }
  result_ = result;
  const QLocale locale;
  const Problem& problem = resultProblem();
  const ReferenceValue* published = publishedSpectrum(problem);
  const std::size_t k = result.exponents.size();

  QString lines;
  double sum = 0.0;
  for (std::size_t i = 0; i < k; ++i) {
    sum += result.exponents[i];
    QString line = tr("λ%1 = %2").arg(i + 1).arg(locale.toString(result.exponents[i], 'f', 4));
    if (published && i < published->values.size())
      line += QLatin1String("   ") + tr("(published %1)").arg(locale.toString(published->values[i], 'f', 4));
    if (i) lines += QLatin1Char('\n');
    lines += line;
  }
  exponents_->setText(lines);
  QString summary = tr("Kaplan–Yorke dimension: %1").arg(locale.toString(result.kaplan_yorke, 'f', 4));
  if (const ReferenceValue* dimension = publishedDimension(problem))
    summary += QLatin1String("   ") + tr("(published %1)").arg(locale.toString(dimension->values[0], 'f', 4));
  summary += QLatin1Char('\n');
  summary += tr("Sum of the exponents: %1").arg(locale.toString(sum, 'f', 4));
  summary += QLatin1Char('\n');
  summary += tr("Averaged over t = %1 after a transient of %2, step %3")
                 .arg(locale.toString(result.averaged_time, 'g', 6), locale.toString(options.transient, 'g', 6),
                      locale.toString(problem.dt, 'g', 4));
  summary_->setText(summary);
  caption_->setText(published
                        ? tr("Dashed lines: published values (%1).").arg(QString::fromStdString(published->source))
                        : QString());

  plot()->clear();
  for (std::size_t j = 0; j < k; ++j) {
    PlotWidget::Series series;
    series.name = tr("λ%1").arg(j + 1);
    series.colour = seriesColour(static_cast<int>(j));
    series.x = result.curve_times;
    series.y.reserve(result.curve_times.size());
    for (std::size_t i = 0; i < result.curve_times.size(); ++i) series.y.push_back(result.curve_estimates[i * k + j]);
    plot()->addSeries(std::move(series));
  }
  if (published)
    for (std::size_t j = 0; j < published->values.size() && j < k; ++j)
      plot()->addReferenceLine(published->values[j], seriesColour(static_cast<int>(j)), tr("published λ%1").arg(j + 1));
  return true;
}

}  // namespace flowscope
