#include "widgets/scenes/diffusion/diffusion_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDial>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include "widgets/scenes/diffusion/mixture_editor.h"
#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "widgets/panels/job_runner.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/render/diffusion_scene.h"
#include "widgets/view/vtk_view.h"
#include "widgets/scenes/common/camera_state.h"
#include "widgets/scenes/common/time_scrubber.h"
#include "core/distributions/mixture_json.h"
#include "core/io/json.h"

namespace flowscope {
namespace {

constexpr int kDebounceMs = 150;
constexpr int kPlayTicks = 150;  // Play runs through the recording in 150 ticks of 40 ms
constexpr std::size_t kDensityCells = 121;
constexpr std::size_t kMaxDrawn = 4000;
constexpr std::size_t kSweepParticles = 2000;
constexpr double kEtaDialScale = 100.0;  // dial units per unit of eta (0 .. 2)
const std::array<double, 3> kOdeColour{0.55, 0.9, 1.0};     // cyan
const std::array<double, 3> kOtherColour{1.0, 0.72, 0.35};  // amber

QString metric_cell(double v, int digits = 4) {
  return std::isfinite(v) ? QString::number(v, 'g', digits) : QStringLiteral("–");
}

}  // namespace

DiffusionWindow::DiffusionWindow(QWidget* parent)
    : SceneFrame(QStringLiteral("diffusion"), parent),
      runner_(new JobRunner(this)),
      sweep_runner_(new JobRunner(this)),
      debounce_(new QTimer(this)) {
  setSceneName(tr("Diffusion sampling: ODE vs SDE"));
  scenes_[0] = std::make_unique<DiffusionScene>(kOdeColour);
  scenes_[1] = std::make_unique<DiffusionScene>(kOtherColour);
  // One camera for both sides: what one view turns, the other shows.
  scenes_[1]->renderer()->SetActiveCamera(scenes_[0]->renderer()->GetActiveCamera());
  auto* pair = new QSplitter;
  for (int side = 0; side < 2; ++side) {
    views_[side] = new VtkView;
    views_[side]->setObjectName(side == 0 ? "diffusionOdeView" : "diffusionOtherView");
    views_[side]->setRenderer(scenes_[side]->renderer());
    pair->addWidget(views_[side]);
    connect(views_[side], &VtkView::frameRendered, this, [this, side] { syncCameras(side); });
  }

  // Time slider and playback under the views.
  scrubber_ = new TimeScrubber(QStringLiteral("diffusion"));
  scrubber_->slider()->setToolTip(tr("From the noise end (left, t = 1) to the data end (right)"));
  scrubber_->setEndLabels(tr("noise"), tr("data"));
  scrubber_->setTicksPerPass(kPlayTicks);
  scrubber_->setLooping(false);

  // Metrics: a table of the two samplers, and a metric against the step count.
  metrics_ = new QLabel;
  metrics_->setObjectName("diffusionMetrics");
  metrics_->setTextFormat(Qt::RichText);
  metrics_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  metrics_->setMinimumWidth(420);
  sweep_plot_ = new PlotWidget;
  sweep_plot_->setObjectName("diffusionSweepPlot");
  auto* sweep_column = new QVBoxLayout;
  auto* sweep_row = new QHBoxLayout;
  auto* sweep_button = sweep_button_ = new QPushButton(tr("Sweep steps"));
  sweep_button->setObjectName("diffusionSweep");
  sweep_button->setToolTip(tr("Rerun both samplers with 2 to 500 steps (2,000 particles) and plot a metric"));
  sweep_metric_ = new QComboBox;
  sweep_metric_->setObjectName("diffusionSweepMetric");
  sweep_metric_->addItems({tr("sliced W2 to the target"), tr("energy distance"), tr("mean log-likelihood"),
                           tr("ODE–SDE sliced W2")});
  sweep_row->addWidget(sweep_button);
  sweep_row->addWidget(sweep_metric_, 1);
  sweep_column->addLayout(sweep_row);
  sweep_column->addWidget(sweep_plot_, 1);
  auto* metrics_row = new QHBoxLayout;
  metrics_row->addWidget(metrics_);
  metrics_row->addLayout(sweep_column, 1);

  auto* lower = new QWidget;
  auto* lower_column = new QVBoxLayout(lower);
  lower_column->addWidget(scrubber_);
  lower_column->addLayout(metrics_row, 1);
  auto* left = new QSplitter(Qt::Vertical);
  left->addWidget(pair);
  left->addWidget(lower);
  left->setStretchFactor(0, 3);
  left->setStretchFactor(1, 1);

  auto* panel = new QWidget;
  buildControls(panel);
  setContent(left, nullptr, panel);
  watchJob(runner_);
  watchJob(sweep_runner_);
  resize(1500, 950);

  debounce_->setSingleShot(true);
  debounce_->setInterval(kDebounceMs);
  connect(debounce_, &QTimer::timeout, this, &DiffusionWindow::run);
  connect(scrubber_, &TimeScrubber::frameChanged, this, [this] { drawFrame(); });
  connect(sweep_button, &QPushButton::clicked, this, &DiffusionWindow::sweep);
  connect(sweep_metric_, &QComboBox::currentIndexChanged, this, [this] { updateSweepPlot(); });
  setTarget("ring8");
}

DiffusionWindow::~DiffusionWindow() {
  runner_->cancel();
  sweep_runner_->cancel();
  delete runner_;  // joins the workers before the window's members go
  delete sweep_runner_;
}

void DiffusionWindow::buildControls(QWidget* panel) {
  auto* column = new QVBoxLayout(panel);
  auto* mode_group = new QGroupBox(tr("Mode"));
  auto* mode_form = new QFormLayout(mode_group);
  mode_combo_ = new QComboBox;
  mode_combo_->setObjectName("diffusionMode");
  mode_combo_->addItem(tr("diffusion: ODE vs SDE"));
  mode_combo_->addItem(tr("stochastic interpolant: ε = 0 vs ε"));
  from_combo_ = new QComboBox;
  from_combo_->setObjectName("diffusionFrom");
  from_combo_->addItem(tr("N(0, I)"), QStringLiteral("normal"));
  for (const BuiltinTargetInfo& t : builtin_targets())
    from_combo_->addItem(QString::fromStdString(t.id), QString::fromStdString(t.id));
  interpolant_combo_ = new QComboBox;
  interpolant_combo_->setObjectName("diffusionInterpolant");
  interpolant_combo_->addItem(tr("linear: α = 1 − t, β = t"), QStringLiteral("linear"));
  interpolant_combo_->addItem(tr("trigonometric: α = cos(πt/2), β = sin(πt/2)"), QStringLiteral("trig"));
  gamma_spin_ = new QDoubleSpinBox;
  gamma_spin_->setObjectName("diffusionGamma");
  gamma_spin_->setRange(0.0, 3.0);
  gamma_spin_->setSingleStep(0.1);
  gamma_spin_->setToolTip(tr("γ(t) = G √(t(1 − t)): latent noise in the interpolant (0: none)"));
  epsilon_spin_ = new QDoubleSpinBox;
  epsilon_spin_->setObjectName("diffusionEpsilon");
  epsilon_spin_->setRange(0.0, 10.0);
  epsilon_spin_->setSingleStep(0.1);
  epsilon_spin_->setValue(1.0);
  epsilon_spin_->setToolTip(tr("The right side's diffusion ε: every ε has the same marginals ρ_t"));
  mode_form->addRow(mode_combo_);
  mode_form->addRow(tr("From"), from_combo_);
  mode_form->addRow(tr("Interpolant"), interpolant_combo_);
  mode_form->addRow(tr("γ scale G"), gamma_spin_);
  mode_form->addRow(tr("ε (right)"), epsilon_spin_);
  column->addWidget(mode_group);

  auto* target_group = new QGroupBox(tr("Target"));
  auto* target_form = new QFormLayout(target_group);
  target_combo_ = new QComboBox;
  target_combo_->setObjectName("diffusionTarget");
  for (const BuiltinTargetInfo& t : builtin_targets())
    target_combo_->addItem(QString::fromStdString(t.id + "  (" + std::to_string(t.dimension) + "-D " + t.kind + ")"),
                           QString::fromStdString(t.id));
  target_combo_->addItem(tr("edited mixture"), QStringLiteral("edited"));
  target_form->addRow(tr("Distribution"), target_combo_);
  auto* files = new QHBoxLayout;
  auto* load = new QPushButton(tr("Load JSON…"));
  auto* points = new QPushButton(tr("Load points…"));
  points->setToolTip(tr("A point set (CSV with a header, or NPY, N x 2 or N x 3), smoothed into a mixture"));
  auto* save = new QPushButton(tr("Save JSON…"));
  files->addWidget(load);
  files->addWidget(points);
  files->addWidget(save);
  target_form->addRow(files);
  editor_ = new MixtureEditor;
  target_form->addRow(editor_);
  column->addWidget(target_group);

  auto* sampler_group = new QGroupBox(tr("Sampling"));
  auto* form = new QFormLayout(sampler_group);
  process_combo_ = new QComboBox;
  process_combo_->setObjectName("diffusionProcess");
  process_combo_->addItem(tr("VP (linear β)"), QStringLiteral("vp"));
  process_combo_->addItem(tr("VE (geometric σ)"), QStringLiteral("ve"));
  steps_spin_ = new QSpinBox;
  steps_spin_->setObjectName("diffusionSteps");
  steps_spin_->setRange(1, 5000);
  steps_spin_->setValue(200);
  count_spin_ = new QSpinBox;
  count_spin_->setObjectName("diffusionParticles");
  count_spin_->setRange(100, 1'000'000);
  count_spin_->setSingleStep(1000);
  count_spin_->setValue(4000);
  count_spin_->setGroupSeparatorShown(true);
  count_spin_->setToolTip(tr("Metrics use all particles; at most 4,000 are drawn"));
  seed_spin_ = new QSpinBox;
  seed_spin_->setObjectName("diffusionSeed");
  seed_spin_->setRange(0, 1'000'000);
  ode_combo_ = new QComboBox;
  ode_combo_->setObjectName("diffusionOdeMethod");
  for (OdeMethod m : {OdeMethod::Euler, OdeMethod::Heun, OdeMethod::Rk4})
    ode_combo_->addItem(QString::fromStdString(std::string(ode_method_name(m))), static_cast<int>(m));
  ode_combo_->setCurrentIndex(1);
  other_combo_ = new QComboBox;
  other_combo_->setObjectName("diffusionOtherSampler");
  other_combo_->addItem(tr("η family (η = 1: reverse SDE)"), static_cast<int>(SamplerKind::Eta));
  other_combo_->addItem(tr("predictor–corrector"), static_cast<int>(SamplerKind::PredictorCorrector));
  eta_dial_ = new QDial;
  eta_dial_->setObjectName("diffusionEta");
  eta_dial_->setRange(0, static_cast<int>(2 * kEtaDialScale));
  eta_dial_->setValue(static_cast<int>(kEtaDialScale));
  eta_dial_->setNotchesVisible(true);
  eta_dial_->setMaximumHeight(70);
  eta_dial_->setToolTip(tr("η = 0: the probability-flow ODE; η = 1: the reverse SDE; every η has the same marginals"));
  eta_label_ = new QLabel;
  auto* eta_row = new QHBoxLayout;
  eta_row->addWidget(eta_dial_);
  eta_row->addWidget(eta_label_, 1);
  form->addRow(tr("Process"), process_combo_);
  form->addRow(tr("Steps"), steps_spin_);
  form->addRow(tr("Particles"), count_spin_);
  form->addRow(tr("Seed"), seed_spin_);
  form->addRow(tr("Left: ODE"), ode_combo_);
  form->addRow(tr("Right"), other_combo_);
  form->addRow(tr("η"), eta_row);
  column->addWidget(sampler_group);

  auto* error_group = new QGroupBox(tr("Score error"));
  auto* error_form = new QFormLayout(error_group);
  error_combo_ = new QComboBox;
  error_combo_->setObjectName("diffusionScoreError");
  error_combo_->addItem(tr("none (exact score)"), QStringLiteral("none"));
  error_combo_->addItem(tr("scale: score × F"), QStringLiteral("scale"));
  error_combo_->addItem(tr("blur: target widened by S"), QStringLiteral("blur"));
  error_combo_->addItem(tr("bias: F added to the score"), QStringLiteral("bias"));
  error_combo_->addItem(tr("weights: wrong mixture weights"), QStringLiteral("weights"));
  error_value_ = new QDoubleSpinBox;
  error_value_->setObjectName("diffusionScoreErrorValue");
  error_value_->setRange(-10.0, 10.0);
  error_value_->setDecimals(3);
  error_value_->setSingleStep(0.05);
  error_value_->setValue(1.0);
  error_weights_ = new QLineEdit;
  error_weights_->setObjectName("diffusionScoreErrorWeights");
  error_weights_->setPlaceholderText("1,2,1,2,1,2,1,2");
  error_form->addRow(tr("Kind"), error_combo_);
  error_form->addRow(tr("F or S"), error_value_);
  error_form->addRow(tr("Weights"), error_weights_);
  column->addWidget(error_group);

  auto* show_group = new QGroupBox(tr("Show"));
  auto* show_form = new QFormLayout(show_group);
  density_check_ = new QCheckBox(tr("exact density p_t (2-D)"));
  density_check_->setToolTip(tr("Colour: log p_t over 10 e-folds below its maximum"));
  density_check_->setObjectName("diffusionDensity");
  density_check_->setChecked(true);
  trails_check_ = new QCheckBox(tr("trails"));
  trails_check_->setObjectName("diffusionTrails");
  trails_check_->setChecked(true);
  spacetime_check_ = new QCheckBox(tr("space-time (x, y, t)"));
  spacetime_check_->setObjectName("diffusionSpaceTime");
  paths_spin_ = new QSpinBox;
  paths_spin_->setObjectName("diffusionPaths");
  paths_spin_->setRange(0, 500);
  paths_spin_->setValue(30);
  show_form->addRow(density_check_);
  show_form->addRow(trails_check_);
  show_form->addRow(spacetime_check_);
  show_form->addRow(tr("Whole paths"), paths_spin_);
  column->addWidget(show_group);
  column->addStretch(1);

  auto rerun = [this] { scheduleRun(); };
  connect(target_combo_, &QComboBox::currentIndexChanged, this, [this] {
    const QString id = target_combo_->currentData().toString();
    if (id != QStringLiteral("edited")) setTarget(id);
  });
  connect(editor_, &MixtureEditor::mixtureEdited, this, [this](const GaussianMixture& m) {
    target_ = m;
    point_set_ = false;
    target_file_.clear();
    const QSignalBlocker block(target_combo_);
    target_combo_->setCurrentIndex(target_combo_->findData(QStringLiteral("edited")));
    scheduleRun();
  });
  connect(load, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mixture"), QString(), tr("Mixtures (*.json)"));
    if (!path.isEmpty()) loadMixture(path);
  });
  connect(points, &QPushButton::clicked, this, [this] {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Points"), QString(), tr("Point sets (*.csv *.npy)"));
    if (!path.isEmpty()) loadPoints(path);
  });
  connect(save, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mixture"), QString(), tr("Mixtures (*.json)"));
    if (!path.isEmpty()) saveMixture(path);
  });
  for (QComboBox* c : {process_combo_, ode_combo_, other_combo_, error_combo_, from_combo_, interpolant_combo_})
    connect(c, &QComboBox::currentIndexChanged, this, rerun);
  for (QDoubleSpinBox* s : {gamma_spin_, epsilon_spin_}) connect(s, &QDoubleSpinBox::valueChanged, this, rerun);
  connect(mode_combo_, &QComboBox::currentIndexChanged, this, [this] {
    const bool interpolant = interpolantMode();
    for (QWidget* w : std::initializer_list<QWidget*>{from_combo_, interpolant_combo_, gamma_spin_, epsilon_spin_})
      w->setEnabled(interpolant);
    for (QWidget* w : std::initializer_list<QWidget*>{process_combo_, ode_combo_, other_combo_, eta_dial_, error_combo_,
                                                      error_value_, error_weights_, sweep_button_})
      w->setEnabled(!interpolant);
    recording_.reset();
    scheduleRun();
  });
  for (QWidget* w : std::initializer_list<QWidget*>{from_combo_, interpolant_combo_, gamma_spin_, epsilon_spin_})
    w->setEnabled(false);
  for (QSpinBox* s : {steps_spin_, count_spin_, seed_spin_}) connect(s, &QSpinBox::valueChanged, this, rerun);
  connect(error_value_, &QDoubleSpinBox::valueChanged, this, rerun);
  connect(error_weights_, &QLineEdit::editingFinished, this, rerun);
  connect(eta_dial_, &QDial::valueChanged, this, [this] {
    eta_label_->setText(tr("η = %1").arg(eta(), 0, 'f', 2));
    scheduleRun();
  });
  eta_label_->setText(tr("η = %1").arg(eta(), 0, 'f', 2));
  for (QCheckBox* c : {density_check_, trails_check_}) connect(c, &QCheckBox::toggled, this, [this] { drawFrame(); });
  connect(spacetime_check_, &QCheckBox::toggled, this, [this] {
    drawFrame();
    frameCameras();
  });
  connect(paths_spin_, &QSpinBox::valueChanged, this, [this] { drawFrame(); });
}

// ---- settings ---------------------------------------------------------------

bool DiffusionWindow::setTarget(const QString& id) {
  Distribution d;
  try {
    d = builtin_target(id.toStdString());
  } catch (const Error& e) {
    setStatus(QString::fromStdString(e.what()));
    return false;
  }
  target_ = d.mixture;
  point_set_ = d.point_set;
  target_file_.clear();
  {
    const QSignalBlocker block(target_combo_);
    target_combo_->setCurrentIndex(target_combo_->findData(id));
  }
  if (point_set_) {
    editor_->setEnabled(false);
    editor_->setToolTip(tr("A smoothed point set (%1 points, bandwidth %2): not edited as a table")
                            .arg(target_.size())
                            .arg(d.bandwidth, 0, 'g', 3));
  } else {
    editor_->setEnabled(true);
    editor_->setToolTip({});
    editor_->setMixture(target_);
  }
  spacetime_check_->setEnabled(target_.dimension() == 2);
  density_check_->setEnabled(target_.dimension() == 2);
  recording_.reset();
  scheduleRun();
  return true;
}

bool DiffusionWindow::loadMixture(const QString& path) {
  if (!editor_->loadJson(path)) {
    setStatus(tr("Cannot load %1: %2").arg(path, editor_->errorText()));
    return false;
  }
  editor_->setEnabled(true);
  spacetime_check_->setEnabled(target_.dimension() == 2);
  density_check_->setEnabled(target_.dimension() == 2);
  target_file_ = path;
  return true;  // mixtureEdited has set the target and scheduled the run
}

bool DiffusionWindow::loadPoints(const QString& path) {
  Distribution d;
  try {
    d = make_distribution(path.toStdString());
  } catch (const Error& e) {
    setStatus(tr("Cannot load %1: %2").arg(path, QString::fromStdString(e.what())));
    return false;
  }
  target_ = d.mixture;
  point_set_ = true;
  target_file_ = path;
  {
    const QSignalBlocker block(target_combo_);
    target_combo_->setCurrentIndex(target_combo_->findData(QStringLiteral("edited")));
  }
  editor_->setEnabled(false);
  editor_->setToolTip(tr("A smoothed point set (%1 points, bandwidth %2): not edited as a table")
                          .arg(target_.size())
                          .arg(d.bandwidth, 0, 'g', 3));
  spacetime_check_->setEnabled(target_.dimension() == 2);
  density_check_->setEnabled(target_.dimension() == 2);
  recording_.reset();
  setStatus(tr("Loaded %1 points from %2").arg(target_.size()).arg(path));
  scheduleRun();
  return true;
}

bool DiffusionWindow::saveMixture(const QString& path) {
  if (point_set_) {
    setStatus(tr("The target is a smoothed point set; only mixtures are saved as JSON"));
    return false;
  }
  editor_->setMixture(target_);
  if (!editor_->saveJson(path)) {
    setStatus(tr("Cannot save %1: %2").arg(path, editor_->errorText()));
    return false;
  }
  setStatus(tr("Saved %1").arg(path));
  return true;
}

void DiffusionWindow::setEta(double eta) { eta_dial_->setValue(static_cast<int>(std::lround(eta * kEtaDialScale))); }
double DiffusionWindow::eta() const { return eta_dial_->value() / kEtaDialScale; }

bool DiffusionWindow::setScoreError(const QString& spec) {
  ScoreError parsed;
  try {
    parsed = parse_score_error(spec.toStdString());
  } catch (const Error& e) {
    setStatus(QString::fromStdString(e.what()));
    return false;
  }
  const QSignalBlocker b1(error_combo_), b2(error_value_), b3(error_weights_);
  const char* kinds[] = {"none", "scale", "blur", "bias", "weights"};
  error_combo_->setCurrentIndex(error_combo_->findData(QString(kinds[static_cast<int>(parsed.kind)])));
  if (parsed.kind == ScoreError::Kind::Weights) {
    QStringList w;
    for (double v : parsed.weights) w << QString::number(v, 'g', 17);
    error_weights_->setText(w.join(','));
  } else if (parsed.kind != ScoreError::Kind::None) {
    error_value_->setValue(parsed.value);
  }
  scheduleRun();
  return true;
}

bool DiffusionWindow::interpolantMode() const { return mode_combo_->currentIndex() == 1; }

bool DiffusionWindow::setInterpolantMode(bool on, const QString& from_id, double epsilon) {
  const int from = from_combo_->findData(from_id);
  if (from < 0) return false;
  from_combo_->setCurrentIndex(from);
  epsilon_spin_->setValue(epsilon);
  mode_combo_->setCurrentIndex(on ? 1 : 0);
  scheduleRun();
  return true;
}

std::array<double, 4> DiffusionWindow::box() const {
  auto b = target_box(target_);
  if (recording_ && recording_->ode.interpolant) {  // both ends in view
    const auto f = target_box(recording_->ode.interpolant_spec.from);
    b = {std::min(b[0], f[0]), std::max(b[1], f[1]), std::min(b[2], f[2]), std::max(b[3], f[3])};
  }
  return b;
}

void DiffusionWindow::setSteps(int steps) { steps_spin_->setValue(steps); }
void DiffusionWindow::setParticles(int count) { count_spin_->setValue(count); }
void DiffusionWindow::setSpaceTime(bool on) { spacetime_check_->setChecked(on); }
void DiffusionWindow::setFrame(int frame) { scrubber_->setFrame(frame); }
int DiffusionWindow::frameCount() const { return recording_ ? static_cast<int>(recording_->ode.frameCount()) : 0; }
bool DiffusionWindow::isBusy() const { return runner_->isRunning() || sweep_runner_->isRunning() || debounce_->isActive(); }
QString DiffusionWindow::metricsText() const { return metrics_->text(); }

std::optional<RecordingRequest> DiffusionWindow::request() {
  RecordingRequest r;
  SamplerSpec spec;
  spec.target = target_;
  try {
    spec.process.kind = parse_process(process_combo_->currentData().toString().toStdString());
    const QString kind = error_combo_->currentData().toString();
    QString text = kind;
    if (kind == QStringLiteral("weights"))
      text += ":" + error_weights_->text().trimmed();
    else if (kind != QStringLiteral("none"))
      text += ":" + QString::number(error_value_->value(), 'g', 17);
    spec.score_error = parse_score_error(text.toStdString());
    ScoreModel check(spec.target, spec.process, spec.score_error);  // weights must match the components
  } catch (const Error& e) {
    setStatus(tr("Score error: %1").arg(QString::fromStdString(e.what())));
    return std::nullopt;
  }
  spec.steps = static_cast<std::uint64_t>(steps_spin_->value());
  spec.seed = static_cast<std::uint64_t>(seed_spin_->value());
  r.ode = spec;
  r.ode.sampler = SamplerKind::Ode;
  r.ode.ode = static_cast<OdeMethod>(ode_combo_->currentData().toInt());
  r.other = spec;
  r.other.sampler = static_cast<SamplerKind>(other_combo_->currentData().toInt());
  r.other.eta = eta();
  r.count = static_cast<std::size_t>(count_spin_->value());
  r.drawn = std::min(r.count, kMaxDrawn);
  if (interpolantMode()) {
    InterpolantSpec is;
    const QString from = from_combo_->currentData().toString();
    try {
      is.from = from == QStringLiteral("normal")
                    ? GaussianMixture(target_.dimension(),
                                      {MixtureComponent::isotropic(1.0, std::vector<double>(target_.dimension(), 0.0), 1.0)})
                    : builtin_target(from.toStdString()).mixture;
      is.interpolant.kind = parse_interpolant(interpolant_combo_->currentData().toString().toStdString());
    } catch (const Error& e) {
      setStatus(QString::fromStdString(e.what()));
      return std::nullopt;
    }
    if (is.from.dimension() != target_.dimension()) {
      setStatus(tr("Interpolant: '%1' is %2-D and the target %3-D").arg(from).arg(is.from.dimension()).arg(target_.dimension()));
      return std::nullopt;
    }
    is.to = target_;
    is.interpolant.gamma = gamma_spin_->value();
    is.steps = spec.steps;
    is.seed = spec.seed;
    r.interpolant = true;
    r.interpolant_ode = is;
    r.interpolant_other = is;
    r.interpolant_other.epsilon = epsilon_spin_->value();
  }
  return r;
}

// ---- running ----------------------------------------------------------------

void DiffusionWindow::scheduleRun() { debounce_->start(); }

void DiffusionWindow::run() {
  const auto req = request();
  if (!req) return;
  auto result = std::make_shared<DiffusionRecording>();
  auto seconds = std::make_shared<double>(0.0);
  setStatus(tr("Sampling…"));
  runner_->start(
      [req = *req, result, seconds](const RunControl& control) {
        QElapsedTimer clock;
        clock.start();
        *result = record_samplers(req, control);
        *seconds = clock.elapsed() / 1000.0;
      },
      [this, result, seconds] {
        if (result->ode.status == RunStatus::Cancelled || result->other.status == RunStatus::Cancelled) return;
        setStatus(tr("%1 particles × %2 steps, both samplers, in %3 s")
                      .arg(result->ode.count)
                      .arg(result->ode.frame_steps.empty() ? 0 : result->ode.frame_steps.back())
                      .arg(*seconds, 0, 'f', 2));
        showRecording(result);
      });
}

void DiffusionWindow::showRecording(std::shared_ptr<const DiffusionRecording> recording) {
  const bool first = !recording_;
  const int last = scrubber_->frameCount() - 1;
  const double fraction = last > 0 ? static_cast<double>(scrubber_->frame()) / last : 1.0;
  recording_ = std::move(recording);
  {
    const QSignalBlocker block(scrubber_);
    const int frames = static_cast<int>(recording_->ode.frameCount());
    scrubber_->setFrameCount(frames);
    const int wanted = pending_frame_ >= 0 ? pending_frame_ : first ? frames - 1 : static_cast<int>(std::lround(fraction * (frames - 1)));
    pending_frame_ = -1;
    scrubber_->setFrame(wanted);
  }
  drawFrame();
  updateMetrics();
  if (first) frameCameras();
  if (pending_camera_) {  // a state's camera wins over the framing
    apply_camera_state(*pending_camera_, scenes_[0]->renderer()->GetActiveCamera());
    pending_camera_.reset();
    for (int side = 0; side < 2; ++side) {
      scenes_[side]->renderer()->ResetCameraClippingRange();
      views_[side]->requestRender();
    }
  }
  emit recordingShown();
  emit sceneDrawn();
}

void DiffusionWindow::sweep() {
  if (interpolantMode()) {
    setStatus(tr("The step sweep is for diffusion samplers"));
    return;
  }
  const auto req = request();
  if (!req) return;
  auto rows = std::make_shared<std::array<std::vector<SweepRow>, 2>>();
  const std::size_t count = std::min(req->count, kSweepParticles);
  setStatus(tr("Sweeping the step count…"));
  sweep_runner_->start(
      [req = *req, rows, count](const RunControl& control) {
        const std::vector<std::uint64_t> steps{2, 5, 10, 20, 50, 100, 200, 500};
        RunControl half = control;
        for (int side = 0; side < 2; ++side) {
          if (control.progress) half.progress = [&, side](double f) { control.progress(0.5 * (side + f)); };
          (*rows)[side] = sweep_steps(side == 0 ? req.ode : req.other, count, steps, {}, half);
        }
      },
      [this, rows] {
        sweep_rows_[0] = (*rows)[0];
        sweep_rows_[1] = (*rows)[1];
        setStatus(tr("Swept %1 step counts").arg(sweep_rows_[0].size()));
        updateSweepPlot();
        emit sweepShown();
      });
}

// ---- drawing ----------------------------------------------------------------

void DiffusionWindow::drawFrame() {
  if (!recording_) return;
  const std::size_t frame = static_cast<std::size_t>(scrubber_->frame());
  const bool plane = target_.dimension() == 2;
  const auto box = this->box();
  const bool interpolant = recording_->ode.interpolant;
  GeometryOptions options;
  options.start_at_zero = interpolant;
  options.space_time = plane && spacetime_check_->isChecked();
  options.time_scale = box[1] - box[0];
  options.trail_frames = trails_check_->isChecked() ? 12 : 0;
  options.paths = static_cast<std::size_t>(paths_spin_->value());
  const SamplerRecording* sides[2] = {&recording_->ode, &recording_->other};
  const double t = recording_->ode.times.empty() ? 1.0 : recording_->ode.times[std::min(frame, recording_->ode.frameCount() - 1)];
  std::vector<float> density;
  if (plane && density_check_->isChecked())
    density = density_image(exact_marginal(*sides[0], t), box[0], box[1], box[2], box[3], kDensityCells, kDensityCells);
  // Just under the particles in the plane; the slice at the particles' height in space-time.
  const double height = interpolant ? 1.0 - t : t;
  const double density_z = options.space_time ? height * options.time_scale : -1e-3 * options.time_scale;
  for (int side = 0; side < 2; ++side) {
    const SamplerRecording& r = *sides[side];
    const DiffusionFrameGeometry g = frame_geometry(r, frame, options);
    DiffusionScene& scene = *scenes_[side];
    scene.setDensity(box[0], box[1], box[2], box[3], kDensityCells, kDensityCells, density_z, density);
    scene.setParticles(g.particles, g.particle_count);
    scene.setTrails(g.trails, g.trail_lines, g.trail_points);
    scene.setPaths(g.paths, g.path_lines, g.path_points);
    // VTK's caption font has no Greek letters: "eta" is spelt out.
    QString caption = r.interpolant ? (side == 0 ? tr("interpolant ODE (epsilon = 0)")
                                                 : tr("interpolant SDE (epsilon = %1)").arg(r.interpolant_spec.epsilon, 0, 'g', 3))
                      : side == 0 ? tr("ODE (probability flow, %1)").arg(QString::fromStdString(std::string(ode_method_name(r.spec.ode))))
                      : r.spec.sampler == SamplerKind::PredictorCorrector
                          ? tr("predictor-corrector")
                          : r.spec.eta == 1.0 ? tr("reverse SDE (eta = 1)") : tr("eta = %1").arg(r.spec.eta, 0, 'f', 2);
    caption += tr("   NFE %1").arg(r.nfe);
    if (r.status == RunStatus::Unstable) caption += tr("   stopped: %1").arg(QString::fromStdString(r.message));
    scene.setCaption(caption.toStdString());
    views_[side]->requestRender();
  }
  scrubber_->setCaption(tr("t = %1   frame %2 of %3").arg(t, 0, 'f', 3).arg(frame + 1).arg(recording_->ode.frameCount()));
}

void DiffusionWindow::frameCameras() {
  const auto box = this->box();
  const double w = box[1] - box[0];
  const double cx = 0.5 * (box[0] + box[1]), cy = 0.5 * (box[2] + box[3]);
  vtkCamera* camera = scenes_[0]->renderer()->GetActiveCamera();
  const bool plane = target_.dimension() == 2;
  const bool space_time = plane && spacetime_check_->isChecked();
  if (plane && !space_time) {
    camera->SetFocalPoint(cx, cy, 0.0);
    camera->SetPosition(cx, cy, 3.0 * w);
    camera->SetViewUp(0, 1, 0);
  } else {
    const double cz = space_time ? 0.5 * w : 0.0;
    camera->SetFocalPoint(cx, cy, cz);
    camera->SetPosition(cx + 1.6 * w, cy - 2.2 * w, cz + 1.2 * w);
    camera->SetViewUp(0, 0, 1);
  }
  double bounds[6] = {box[0], box[1], box[2], box[3], space_time ? 0.0 : -0.5 * w, space_time ? w : 0.5 * w};
  if (!plane) bounds[4] = box[0], bounds[5] = box[1];
  scenes_[0]->renderer()->ResetCamera(bounds);
  camera->Zoom(plane && !space_time ? 1.3 : 1.0);
  for (VtkView* v : views_) {
    v->setHomeCamera();
    v->requestRender();
  }
}

void DiffusionWindow::syncCameras(int from) {
  // The camera is shared; a view that moved it asks the other to redraw once.
  vtkCamera* c = scenes_[0]->renderer()->GetActiveCamera();
  std::array<double, 10> state{};
  c->GetPosition(state.data());
  c->GetFocalPoint(state.data() + 3);
  c->GetViewUp(state.data() + 6);
  state[9] = c->GetViewAngle();
  if (state == camera_state_) return;
  camera_state_ = state;
  views_[1 - from]->requestRender();
}

void DiffusionWindow::updateMetrics() {
  if (!recording_) return;
  const SamplerRecording* sides[2] = {&recording_->ode, &recording_->other};
  const bool interpolant = sides[0]->interpolant;
  const QString right = interpolant ? tr("ε = %1").arg(sides[1]->interpolant_spec.epsilon, 0, 'g', 3)
                        : sides[1]->spec.sampler == SamplerKind::PredictorCorrector
                            ? tr("PC")
                            : tr("η = %1").arg(sides[1]->spec.eta, 0, 'f', 2);
  QString html = QStringLiteral("<table cellspacing=4><tr><th></th><th>%1</th><th>%2</th></tr>")
                     .arg(interpolant ? tr("ε = 0") : tr("ODE"), right);
  auto row = [&](const QString& name, auto value) {
    html += "<tr><td>" + name + "</td><td>" + value(*sides[0]) + "</td><td>" + value(*sides[1]) + "</td></tr>";
  };
  row(tr("sliced W2 to target"), [](const SamplerRecording& r) { return metric_cell(r.metrics.sliced_w2); });
  row(tr("energy distance"), [](const SamplerRecording& r) { return metric_cell(r.metrics.energy_distance); });
  row(tr("mean log-likelihood"), [](const SamplerRecording& r) { return metric_cell(r.metrics.mean_loglik); });
  row(tr("score evaluations"), [](const SamplerRecording& r) { return QString::number(r.nfe); });
  row(tr("mode weights"), [](const SamplerRecording& r) {
    QStringList w;
    for (std::size_t k = 0; k < std::min<std::size_t>(r.metrics.mode_weights.size(), 8); ++k)
      w << QString::number(r.metrics.mode_weights[k], 'f', 3);
    if (r.metrics.mode_weights.size() > 8) w << "…";
    return w.isEmpty() ? QStringLiteral("–") : w.join(' ');
  });
  html += "</table>";
  html += tr("<p>Target: mean log-likelihood of its own samples %1.<br>%2 ↔ %3 sliced W2: <b>%4</b></p>")
              .arg(metric_cell(sides[0]->metrics.target_mean_loglik))
              .arg(interpolant ? tr("ε = 0") : tr("ODE"))
              .arg(right)
              .arg(metric_cell(recording_->ode_other_sliced_w2));
  metrics_->setText(html);
  metrics_->setMinimumWidth(metrics_->sizeHint().width());
}

void DiffusionWindow::updateSweepPlot() {
  sweep_plot_->clear();
  const int metric = sweep_metric_->currentIndex();
  sweep_plot_->setLabels(sweep_metric_->currentText(), tr("log10(steps)"), sweep_metric_->currentText());
  const QColor colours[2] = {QColor(140, 230, 255), QColor(255, 184, 90)};
  const QString names[2] = {tr("ODE"), tr("right sampler")};
  for (int side = 0; side < 2; ++side) {
    if (metric == 3 && side == 1) break;  // one ODE-SDE curve
    std::vector<double> x, y;
    for (const SweepRow& r : sweep_rows_[side]) {
      x.push_back(std::log10(static_cast<double>(r.steps)));
      y.push_back(metric == 0   ? r.metrics.sliced_w2
                  : metric == 1 ? r.metrics.energy_distance
                  : metric == 2 ? r.metrics.mean_loglik
                                : r.ode_sde_sliced_w2);
    }
    if (!x.empty()) sweep_plot_->addSeries({metric == 3 ? tr("ODE ↔ SDE") : names[side], x, y, colours[side]});
  }
  if (metric == 2 && !sweep_rows_[0].empty())
    sweep_plot_->addReferenceLine(sweep_rows_[0].front().metrics.target_mean_loglik, QColor(200, 200, 200), tr("target"));
}

// ---- scene state ----------------------------------------------------------------

SceneState DiffusionWindow::sceneState() const {
  SceneState state = default_scene_state(SceneKind::Diffusion);
  state.name = sceneName().toStdString();
  state.set("mode", std::string(interpolantMode() ? "interpolant" : "samplers"));
  const QString target = target_combo_->currentData().toString();
  if (!target_file_.isEmpty()) {
    state.set("target", std::string("file"));
    state.set("target_file", target_file_.toStdString());
  } else if (target == QStringLiteral("edited")) {
    state.set("target", std::string("edited"));
    state.set("mixture", mixture_to_json(target_));
  } else {
    state.set("target", target.toStdString());
  }
  state.set("process", process_combo_->currentData().toString().toStdString());
  state.set("steps", static_cast<long long>(steps_spin_->value()));
  state.set("particles", static_cast<long long>(count_spin_->value()));
  state.set("seed", static_cast<long long>(seed_spin_->value()));
  state.set("ode_method", std::string(ode_method_name(static_cast<OdeMethod>(ode_combo_->currentData().toInt()))));
  state.set("other_sampler", std::string(other_combo_->currentIndex() == 1 ? "pc" : "eta"));
  state.set("eta", eta());
  state.set("score_error", error_combo_->currentData().toString().toStdString());
  state.set("score_error_value", error_value_->value());
  state.set("score_error_weights", error_weights_->text().trimmed().toStdString());
  state.set("interpolant_from", from_combo_->currentData().toString().toStdString());
  state.set("interpolant", interpolant_combo_->currentData().toString().toStdString());
  state.set("gamma", gamma_spin_->value());
  state.set("epsilon", epsilon_spin_->value());
  state.set("density", density_check_->isChecked());
  state.set("trails", trails_check_->isChecked());
  state.set("space_time", spacetime_check_->isChecked());
  state.set("paths", static_cast<long long>(paths_spin_->value()));
  state.set("frame", static_cast<long long>(recording_ ? scrubber_->frame() : -1));
  state.camera = camera_state(scenes_[0]->renderer()->GetActiveCamera());
  return state;
}

bool DiffusionWindow::applySceneState(const SceneState& state, QString* error) {
  auto refuse = [error](const QString& why) {
    if (error) *error = why;
    return false;
  };
  if (state.kind != SceneKind::Diffusion) return refuse(tr("This is not a diffusion scene state."));
  // The target first: the only part that can still fail (a file that does not load).
  const std::string target = state.text("target");
  GaussianMixture mixture;
  bool point_set = false;
  try {
    if (target == "file") {
      const Distribution d = make_distribution(state.text("target_file"));  // a mixture .json or points
      mixture = d.mixture;
      point_set = d.point_set;
    } else if (target == "edited") {
      mixture = mixture_from_json(parse_json(state.text("mixture"), "mixture"), "mixture");
    } else {
      const Distribution d = builtin_target(target);
      mixture = d.mixture;
      point_set = d.point_set;
    }
  } catch (const Error& e) {
    return refuse(QString::fromStdString(e.what()));
  }

  const QSignalBlocker b1(mode_combo_), b2(process_combo_), b3(steps_spin_), b4(count_spin_), b5(seed_spin_),
      b6(ode_combo_), b7(other_combo_), b8(eta_dial_), b9(error_combo_), b10(error_value_), b11(error_weights_),
      b12(from_combo_), b13(interpolant_combo_), b14(gamma_spin_), b15(epsilon_spin_), b16(density_check_),
      b17(trails_check_), b18(spacetime_check_), b19(paths_spin_), b20(target_combo_);
  target_ = mixture;
  point_set_ = point_set;
  target_file_ = target == "file" ? QString::fromStdString(state.text("target_file")) : QString();
  target_combo_->setCurrentIndex(target_combo_->findData(
      target == "file" || target == "edited" ? QStringLiteral("edited") : QString::fromStdString(target)));
  editor_->setEnabled(!point_set_);
  if (!point_set_) editor_->setMixture(target_);
  spacetime_check_->setEnabled(target_.dimension() == 2);
  density_check_->setEnabled(target_.dimension() == 2);
  mode_combo_->setCurrentIndex(state.text("mode") == "interpolant" ? 1 : 0);
  process_combo_->setCurrentIndex(process_combo_->findData(QString::fromStdString(state.text("process"))));
  steps_spin_->setValue(static_cast<int>(state.integer("steps")));
  count_spin_->setValue(static_cast<int>(state.integer("particles")));
  seed_spin_->setValue(static_cast<int>(state.integer("seed")));
  ode_combo_->setCurrentIndex(ode_combo_->findData(static_cast<int>(parse_ode_method(state.text("ode_method")))));
  other_combo_->setCurrentIndex(state.text("other_sampler") == "pc" ? 1 : 0);
  setEta(state.number("eta"));
  error_combo_->setCurrentIndex(error_combo_->findData(QString::fromStdString(state.text("score_error"))));
  error_value_->setValue(state.number("score_error_value"));
  error_weights_->setText(QString::fromStdString(state.text("score_error_weights")));
  from_combo_->setCurrentIndex(from_combo_->findData(QString::fromStdString(state.text("interpolant_from"))));
  interpolant_combo_->setCurrentIndex(interpolant_combo_->findData(QString::fromStdString(state.text("interpolant"))));
  gamma_spin_->setValue(state.number("gamma"));
  epsilon_spin_->setValue(state.number("epsilon"));
  density_check_->setChecked(state.flag("density"));
  trails_check_->setChecked(state.flag("trails"));
  spacetime_check_->setChecked(state.flag("space_time"));
  paths_spin_->setValue(static_cast<int>(state.integer("paths")));
  pending_frame_ = static_cast<int>(state.integer("frame"));
  if (!state.name.empty()) setSceneName(QString::fromStdString(state.name));
  eta_label_->setText(tr("η = %1").arg(eta(), 0, 'f', 2));
  recording_.reset();
  if (state.camera) pending_camera_ = *state.camera;
  scheduleRun();
  return true;
}

std::vector<vtkRenderer*> DiffusionWindow::sceneRenderers() const { return {scenes_[0]->renderer(), scenes_[1]->renderer()}; }

}  // namespace flowscope
