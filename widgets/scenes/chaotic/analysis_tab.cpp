#include "widgets/scenes/chaotic/analysis_tab.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

#include "widgets/panels/plot_widget.h"

namespace flowscope {
namespace {

constexpr int kProgressSteps = 1000;

}  // namespace

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

double roundToTwoDigits(double value) {
  if (!(value > 0.0) || !std::isfinite(value)) return value;
  const double unit = std::pow(10.0, std::floor(std::log10(value)) - 1.0);
  return std::round(value / unit) * unit;
}

QColor seriesColour(int i) {
  static const QColor colours[] = {{31, 119, 180}, {255, 127, 14},  {44, 160, 44},   {214, 39, 40},  {148, 103, 189},
                                   {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
  return colours[i % 10];
}

AnalysisTab::AnalysisTab(QWidget* parent)
    : QWidget(parent),
      inputs_(new QFormLayout),
      results_(new QVBoxLayout),
      results_box_(new QWidget(this)),
      compute_(new QPushButton(tr("Compute"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      plot_(new PlotWidget(this)) {
  compute_->setObjectName("compute");
  cancel_->setObjectName("cancel");
  progress_->setObjectName("progress");
  status_->setObjectName("status");
  plot_->setObjectName("plot");
  compute_->setDefault(true);
  cancel_->setEnabled(false);
  progress_->setRange(0, kProgressSteps);
  progress_->setValue(0);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(compute_);
  buttons->addWidget(cancel_);
  buttons->addWidget(progress_, 1);
  results_->setContentsMargins(0, 0, 0, 0);
  results_box_->setLayout(results_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(inputs_);
  layout->addLayout(buttons);
  layout->addWidget(status_);
  layout->addWidget(results_box_);
  layout->addWidget(plot_, 1);

  connect(compute_, &QPushButton::clicked, this, &AnalysisTab::compute);
  connect(cancel_, &QPushButton::clicked, this, &AnalysisTab::cancel);
  connect(&runner_, &JobRunner::runningChanged, this, &AnalysisTab::runningChanged);
  connect(&runner_, &JobRunner::progressChanged, this,
          [this](double fraction) { progress_->setValue(static_cast<int>(fraction * kProgressSteps)); });
  connect(&runner_, &JobRunner::failed, this,
          [this](const QString& message) { showError(tr("Failed: %1").arg(message)); });
  setStatus(tr("Choose the settings and press Compute."));
}

AnalysisTab::~AnalysisTab() = default;

bool AnalysisTab::sameInputs(const Problem& a, const Problem& b) const {
  return a.system == b.system && a.parameters == b.parameters && a.initial_state == b.initial_state && a.dt == b.dt;
}

void AnalysisTab::setProblem(const Problem& problem) {
  const bool new_system = !problem_ || problem_->system != problem.system;
  problem_ = problem;
  if (new_system) {
    if (runner_.isRunning()) {
      cancelling_ = Cancel::Silent;
      runner_.cancel();
    }
    dropResult();
    resetInputs();
    setStatus(tr("Choose the settings and press Compute."));
    return;
  }
  parametersChanged();
  if (runner_.isRunning() && cancelling_ == Cancel::None && run_problem_ && !sameInputs(*run_problem_, problem))
    setStatus(tr("Computing for the previous parameters…"));
  updateStaleness();
}

void AnalysisTab::compute() {
  if (!problem_) return showError(tr("There is no system to analyse yet."));
  start();
}

void AnalysisTab::cancel() {
  if (!runner_.isRunning()) return;
  cancelling_ = Cancel::User;
  runner_.cancel();
  setStatus(tr("Cancelling…"));
}

void AnalysisTab::launch(std::function<void(const RunControl&)> work, std::function<bool()> show) {
  dropResult();
  cancelling_ = Cancel::None;
  run_problem_ = problem_;
  setStatus(tr("Computing…"));
  clock_.start();
  runner_.start(std::move(work), [this, show = std::move(show)] {
    if (cancelling_ != Cancel::None) return;  // cancel raised after the work had ended
    const double seconds = static_cast<double>(clock_.elapsed()) / 1e3;
    result_problem_ = run_problem_;
    if (!show()) {
      clearResult();
      return;
    }
    has_result_ = true;
    done_text_ = tr("Done in %1 s.").arg(QLocale().toString(seconds, 'f', 2));
    has_error_ = false;
    updateStaleness();
    emit resultShown();
  });
}

void AnalysisTab::dropResult() {
  has_result_ = false;
  if (stale_) {
    stale_ = false;
    stalenessChanged(false);
  }
  results_box_->setEnabled(true);
  clearResult();
}

void AnalysisTab::updateStaleness() {
  const bool was_stale = stale_;
  stale_ = has_result_ && problem_ && !sameInputs(*result_problem_, *problem_);
  results_box_->setEnabled(!stale_);
  if (stale_ != was_stale) stalenessChanged(stale_);
  if (!has_result_ || has_error_ || runner_.isRunning()) return;  // leave that status alone
  setStatus(stale_ ? tr("This result belongs to the previous parameters; press Compute to update it.") : done_text_);
}

void AnalysisTab::runningChanged(bool running) {
  cancel_->setEnabled(running);
  if (running) {
    progress_->setValue(0);
    return;
  }
  if (cancelling_ != Cancel::None) {
    progress_->setValue(0);
    if (cancelling_ == Cancel::User) setStatus(tr("Cancelled."));
  }
}

bool AnalysisTab::checkSteps(double time, const QString& what) {
  const double steps = std::ceil(time / problem_->dt);
  if (steps <= static_cast<double>(kMaxSamples)) return true;
  const QLocale locale;
  showError(tr("%1 asks for %2 steps of %3; at most %4 are allowed: shorten it or raise the time step.")
                .arg(what, locale.toString(steps, 'g', 3), locale.toString(problem_->dt, 'g', 4),
                     locale.toString(static_cast<qulonglong>(kMaxSamples))));
  return false;
}

void AnalysisTab::setStatus(const QString& message) {
  has_error_ = false;
  status_->setStyleSheet(QString());
  status_->setText(message);
}

void AnalysisTab::showError(const QString& message) {
  has_error_ = true;
  status_->setStyleSheet(QStringLiteral("color: #c0392b;"));
  status_->setText(message);
  emit errorShown(message);
}

}  // namespace flowscope
