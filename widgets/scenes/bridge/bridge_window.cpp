#include "widgets/scenes/bridge/bridge_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
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

#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "core/langevin/potential.h"
#include "widgets/panels/job_runner.h"
#include "widgets/render/bridge_scene.h"
#include "widgets/view/vtk_view.h"
#include "widgets/scenes/common/camera_state.h"
#include "widgets/scenes/common/time_scrubber.h"

namespace flowscope {
namespace {

constexpr int kDebounceMs = 150;
constexpr double kSigmaMin = 0.02, kSigmaMax = 5.0;
constexpr int kSigmaSteps = 1000;
constexpr float kSourceColour = 0.5f, kTargetColour = 0.9f;  // red and yellow on the inferno map

QString number(double v) { return QString::number(v, 'g', 3); }

QString matrix_text(const std::vector<double>& m, int d) {
  QStringList rows;
  for (int r = 0; r < d; ++r) {
    QStringList cells;
    for (int c = 0; c < d; ++c) cells << number(m[static_cast<std::size_t>(r * d + c)]);
    rows << "[" + cells.join(", ") + "]";
  }
  return "[" + rows.join(", ") + "]";
}

struct Outcome {
  std::optional<BridgeRun> bridge;
  std::optional<SnapshotRun> snapshots;
  QString error;
};

}  // namespace

BridgeWindow::BridgeWindow(QWidget* parent)
    : SceneFrame(QStringLiteral("bridge"), parent),
      scene_(std::make_unique<BridgeScene>()),
      runner_(new JobRunner(this)),
      debounce_(new QTimer(this)) {
  setSceneName(tr("Schrödinger bridges"));
  view_ = new VtkView;
  view_->setObjectName("bridgeView");
  view_->setRenderer(scene_->renderer());

  scrubber_ = new TimeScrubber(QStringLiteral("bridge"));
  scrubber_->setLooping(false);
  info_ = new QLabel;
  info_->setObjectName("bridgeInfo");
  info_->setWordWrap(true);
  info_->setTextFormat(Qt::RichText);
  info_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  info_->setMinimumHeight(6 * info_->fontMetrics().lineSpacing());

  auto* lower = new QWidget;
  auto* lower_column = new QVBoxLayout(lower);
  lower_column->addWidget(scrubber_);
  auto* info_scroll = new QScrollArea;
  info_scroll->setWidget(info_);
  info_scroll->setWidgetResizable(true);
  info_scroll->setFrameShape(QFrame::NoFrame);
  lower_column->addWidget(info_scroll, 1);
  auto* left = new QSplitter(Qt::Vertical);
  left->addWidget(view_);
  left->addWidget(lower);
  left->setStretchFactor(0, 4);
  left->setStretchFactor(1, 1);

  auto* panel = new QWidget;
  buildControls(panel);
  setContent(left, nullptr, panel);
  watchJob(runner_);
  resize(1400, 900);

  debounce_->setSingleShot(true);
  debounce_->setInterval(kDebounceMs);
  connect(debounce_, &QTimer::timeout, this, &BridgeWindow::run);
  connect(scrubber_, &TimeScrubber::frameChanged, this, [this] { drawFrame(); });
  scheduleRun();
}

BridgeWindow::~BridgeWindow() {
  runner_->cancel();
  delete runner_;  // joins the worker before the window's members go
}

void BridgeWindow::buildControls(QWidget* panel) {
  auto* column = new QVBoxLayout(panel);
  auto* ends = new QGroupBox(tr("Source and target"));
  auto* form = new QFormLayout(ends);
  mode_combo_ = new QComboBox;
  mode_combo_->setObjectName("bridgeMode");
  mode_combo_->addItem(tr("two clouds"));
  mode_combo_->addItem(tr("snapshots (multi-marginal)"));
  QStringList presets{"gauss:0,0;1,0,0,1", "gauss:4,1;0.25,0,0,2", "gauss:0,3;2,1.5,1.5,2"};
  for (const BuiltinTargetInfo& t : builtin_targets())
    if (t.dimension == 2) presets << QString::fromStdString("builtin:" + t.id);
  source_combo_ = new QComboBox;
  source_combo_->setObjectName("bridgeSource");
  target_combo_ = new QComboBox;
  target_combo_->setObjectName("bridgeTarget");
  for (QComboBox* c : {source_combo_, target_combo_}) {
    c->setEditable(true);
    c->addItems(presets);
    c->setToolTip(tr("gauss:MEAN;COVARIANCE, builtin:ID, a mixture .json or a point file (.npy, .csv)"));
  }
  target_combo_->setCurrentIndex(1);
  auto* files = new QHBoxLayout;
  auto* load_source = new QPushButton(tr("Source file…"));
  auto* load_target = new QPushButton(tr("Target file…"));
  files->addWidget(load_source);
  files->addWidget(load_target);
  count_spin_ = new QSpinBox;
  count_spin_->setObjectName("bridgePoints");
  count_spin_->setRange(10, 50'000);
  count_spin_->setValue(400);
  count_spin_->setToolTip(tr("Points drawn from each distribution (point files keep theirs)"));
  form->addRow(mode_combo_);
  form->addRow(tr("Source"), source_combo_);
  form->addRow(tr("Target"), target_combo_);
  form->addRow(files);
  form->addRow(tr("Points per side"), count_spin_);
  column->addWidget(ends);

  auto* reference = new QGroupBox(tr("Reference process"));
  auto* ref_form = new QFormLayout(reference);
  sigma_slider_ = new QSlider(Qt::Horizontal);
  sigma_slider_->setObjectName("bridgeSigma");
  sigma_slider_->setRange(0, kSigmaSteps);
  sigma_slider_->setToolTip(tr("Small σ: close to optimal transport; large σ: close to the independent coupling"));
  sigma_label_ = new QLabel;
  auto* sigma_row = new QHBoxLayout;
  sigma_row->addWidget(sigma_slider_, 1);
  sigma_row->addWidget(sigma_label_);
  theta_spin_ = new QDoubleSpinBox;
  theta_spin_->setObjectName("bridgeTheta");
  theta_spin_->setRange(0.0, 10.0);
  theta_spin_->setSingleStep(0.1);
  theta_spin_->setSpecialValueText(tr("Brownian (θ = 0)"));
  theta_spin_->setToolTip(tr("θ > 0: an Ornstein–Uhlenbeck reference dX = −θ X dt + σ dW"));
  potential_combo_ = new QComboBox;
  potential_combo_->setObjectName("bridgePotential");
  potential_combo_->addItem(tr("none (Brownian or OU)"), QString());
  for (const auto& p : all_potentials())
    if (p->dimension() == 2)
      potential_combo_->addItem(QString::fromStdString(std::string(p->name())), QString::fromStdString(std::string(p->id())));
  potential_combo_->setToolTip(tr("A Langevin potential's drift −∇U as the reference, linearised over the clouds"));
  steps_spin_ = new QSpinBox;
  steps_spin_->setRange(2, 500);
  steps_spin_->setValue(30);
  paths_spin_ = new QSpinBox;
  paths_spin_->setObjectName("bridgePaths");
  paths_spin_->setRange(0, 2000);
  paths_spin_->setValue(60);
  paths_spin_->setToolTip(tr("Paths drawn as lines (300 particles move along the bridge)"));
  couplings_spin_ = new QSpinBox;
  couplings_spin_->setObjectName("bridgeCouplings");
  couplings_spin_->setRange(0, 5000);
  couplings_spin_->setValue(150);
  refine_spin_ = new QSpinBox;
  refine_spin_->setObjectName("bridgeRefinements");
  refine_spin_->setRange(0, 10);
  refine_spin_->setValue(6);  // the fit converges geometrically, about 0.7 per round
  refine_spin_->setToolTip(tr("Snapshots: rounds of fitting A x + b to the paths and rebuilding the bridges"));
  spacetime_check_ = new QCheckBox(tr("space-time (x, y, t)"));
  spacetime_check_->setObjectName("bridgeSpaceTime");
  auto* snapshots_file = new QPushButton(tr("Snapshots CSV…"));
  snapshots_file->setToolTip(tr("A CSV with a time column and coordinate columns; without one, a demo"));
  ref_form->addRow(tr("σ"), sigma_row);
  ref_form->addRow(tr("OU rate θ"), theta_spin_);
  ref_form->addRow(tr("Langevin U"), potential_combo_);
  ref_form->addRow(tr("Steps per path"), steps_spin_);
  ref_form->addRow(tr("Paths drawn"), paths_spin_);
  ref_form->addRow(tr("Coupling lines"), couplings_spin_);
  ref_form->addRow(tr("Refinements"), refine_spin_);
  ref_form->addRow(snapshots_file);
  ref_form->addRow(spacetime_check_);
  column->addWidget(reference);
  column->addStretch(1);

  setSigma(1.0);
  connect(sigma_slider_, &QSlider::valueChanged, this, [this](int position) {
    sigma_ = kSigmaMin * std::pow(kSigmaMax / kSigmaMin, static_cast<double>(position) / kSigmaSteps);
    sigma_label_->setText(tr("σ = %1").arg(sigma(), 0, 'g', 3));
    scheduleRun();
  });
  sigma_label_->setText(tr("σ = %1").arg(sigma(), 0, 'g', 3));
  for (QComboBox* c : {source_combo_, target_combo_}) {
    connect(c, &QComboBox::currentIndexChanged, this, [this] { scheduleRun(); });
    connect(c->lineEdit(), &QLineEdit::editingFinished, this, [this] { scheduleRun(); });
  }
  connect(mode_combo_, &QComboBox::currentIndexChanged, this, [this] {
    bridge_.reset();
    snapshots_.reset();
    scheduleRun();
  });
  for (QSpinBox* s : {count_spin_, steps_spin_, refine_spin_}) connect(s, &QSpinBox::valueChanged, this, [this] { scheduleRun(); });
  connect(theta_spin_, &QDoubleSpinBox::valueChanged, this, [this] { scheduleRun(); });
  connect(potential_combo_, &QComboBox::currentIndexChanged, this, [this] { scheduleRun(); });
  for (QSpinBox* s : {paths_spin_, couplings_spin_}) connect(s, &QSpinBox::valueChanged, this, [this] { drawFrame(); });
  connect(spacetime_check_, &QCheckBox::toggled, this, [this] {
    drawFrame();
    frameCamera();
  });
  auto pick = [this](QComboBox* combo) {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Points"), QString(),
                                                      tr("Points or mixtures (*.npy *.csv *.json)"));
    if (!path.isEmpty()) combo->setCurrentText(path);
    scheduleRun();
  };
  connect(load_source, &QPushButton::clicked, this, [pick, this] { pick(source_combo_); });
  connect(load_target, &QPushButton::clicked, this, [pick, this] { pick(target_combo_); });
  connect(snapshots_file, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Snapshots"), QString(), tr("Snapshots (*.csv)"));
    if (!path.isEmpty()) setSnapshotsMode(true, path);
  });
}

// ---- settings ---------------------------------------------------------------

void BridgeWindow::setSource(const QString& spec) {
  source_combo_->setCurrentText(spec);
  scheduleRun();
}
void BridgeWindow::setTarget(const QString& spec) {
  target_combo_->setCurrentText(spec);
  scheduleRun();
}
void BridgeWindow::setSigma(double s) {
  // The slider shows sigma to its resolution; the value itself is kept exact.
  sigma_ = std::clamp(s, kSigmaMin, kSigmaMax);
  const double f = std::log(sigma_ / kSigmaMin) / std::log(kSigmaMax / kSigmaMin);
  {
    const QSignalBlocker block(sigma_slider_);
    sigma_slider_->setValue(static_cast<int>(std::lround(f * kSigmaSteps)));
  }
  sigma_label_->setText(tr("σ = %1").arg(sigma_, 0, 'g', 3));
  scheduleRun();
}
double BridgeWindow::sigma() const { return sigma_; }
bool BridgeWindow::setPotentialReference(const QString& id) {
  const int index = potential_combo_->findData(id);
  if (index < 0) return false;
  potential_combo_->setCurrentIndex(index);
  return true;
}

void BridgeWindow::setSnapshotsMode(bool on, const QString& csv) {
  csv_ = csv;
  if (mode_combo_->currentIndex() != (on ? 1 : 0))
    mode_combo_->setCurrentIndex(on ? 1 : 0);
  else
    scheduleRun();
}
void BridgeWindow::setSpaceTime(bool on) { spacetime_check_->setChecked(on); }
void BridgeWindow::setFrame(int frame) { scrubber_->setFrame(frame); }
int BridgeWindow::frameCount() const { return scrubber_->frameCount(); }
bool BridgeWindow::snapshotsMode() const { return mode_combo_->currentIndex() == 1; }
bool BridgeWindow::isBusy() const { return runner_->isRunning() || debounce_->isActive(); }
QString BridgeWindow::infoText() const { return info_->text(); }
void BridgeWindow::scheduleRun() { debounce_->start(); }

// ---- running ----------------------------------------------------------------

void BridgeWindow::run() {
  auto outcome = std::make_shared<Outcome>();
  if (snapshotsMode()) {
    SnapshotRequest request;
    request.csv = csv_.toStdString();
    request.sigma = sigma();
    request.refinements = refine_spin_->value();
    setStatus(tr("Bridging the snapshots…"));
    runner_->start(
        [request, outcome](const RunControl& control) {
          try {
            outcome->snapshots = run_snapshots(request, control);
          } catch (const Error& e) {
            outcome->error = QString::fromStdString(e.what());
          }
        },
        [this, outcome] {
          if (!outcome->error.isEmpty()) {  // the last result stays on screen
            setStatus(tr("Cannot bridge the snapshots: %1").arg(outcome->error));
            return;
          }
          if (outcome->snapshots->result.status == RunStatus::Cancelled) return;
          const bool first = !snapshots_;
          snapshots_ = std::move(outcome->snapshots);
          bridge_.reset();
          {
            const QSignalBlocker block(scrubber_);
            scrubber_->setFrameCount(static_cast<int>(snapshots_->result.paths.samples()));
            scrubber_->setFrame(pending_frame_ >= 0 ? pending_frame_ : 0);
            pending_frame_ = -1;
          }
          setStatus(snapshots_->result.all_converged ? tr("Snapshots bridged")
                                                     : tr("Snapshots bridged; some Sinkhorn runs did not converge"));
          updateInfo();
          drawFrame();
          if (first) frameCamera();
          showPendingCamera();
          emit runShown();
        });
    return;
  }
  BridgeRequest request;
  request.from = source_combo_->currentText().trimmed().toStdString();
  request.to = target_combo_->currentText().trimmed().toStdString();
  request.n = static_cast<std::size_t>(count_spin_->value());
  request.sigma = sigma();
  request.theta = theta_spin_->value();
  request.potential = potential_combo_->currentData().toString().toStdString();
  request.steps = steps_spin_->value();
  setStatus(tr("Solving the bridge…"));
  runner_->start(
      [request, outcome](const RunControl& control) {
        try {
          outcome->bridge = run_bridge(request, control);
        } catch (const Error& e) {
          outcome->error = QString::fromStdString(e.what());
        }
      },
      [this, outcome] {
        if (!outcome->error.isEmpty()) {  // the last result stays on screen
          setStatus(tr("Cannot build the bridge: %1").arg(outcome->error));
          return;
        }
        if (outcome->bridge->status == SinkhornStatus::Cancelled) return;
        const bool first = !bridge_;
        bridge_ = std::move(outcome->bridge);
        snapshots_.reset();
        {
          const QSignalBlocker block(scrubber_);
          const int frames = static_cast<int>(bridge_->paths.samples());
          const int old = scrubber_->frame();
          scrubber_->setFrameCount(frames);
          scrubber_->setFrame(pending_frame_ >= 0 ? pending_frame_ : first ? frames / 2 : std::min(old, frames - 1));
          pending_frame_ = -1;
        }
        setStatus(bridge_->status == SinkhornStatus::Converged
                      ? tr("Sinkhorn converged in %1 iterations (marginal error %2)")
                            .arg(bridge_->iterations)
                            .arg(bridge_->marginal_error, 0, 'g', 2)
                      : tr("Sinkhorn did not converge: %1").arg(QString::fromStdString(bridge_->message)));
        updateInfo();
        drawFrame();
        if (first) frameCamera();
        showPendingCamera();
        emit runShown();
      });
}

// ---- drawing ----------------------------------------------------------------

void BridgeWindow::drawFrame() {
  const std::size_t frame = static_cast<std::size_t>(std::max(0, scrubber_->frame()));
  std::vector<float> clouds, colours;
  const BridgePaths* paths = nullptr;
  double scale = 1.0;
  if (bridge_) {
    paths = &bridge_->paths;
    const CloudMoments m = moments(bridge_->x);
    scale = 4.0 * std::sqrt(std::max(m.covariance[0], 1e-12)) + 2.0;
    const bool st = spacetime_check_->isChecked() && bridge_->dimension == 2;
    append_cloud(bridge_->x, kSourceColour, 0.0f, clouds, colours);
    append_cloud(bridge_->y, kTargetColour, st ? static_cast<float>(scale) : 0.0f, clouds, colours);
    scene_->setCouplings([&] {
      std::vector<float> s = pair_segments(bridge_->pair_starts, bridge_->pair_ends, bridge_->dimension, st, scale);
      s.resize(std::min<std::size_t>(s.size(), 6 * static_cast<std::size_t>(couplings_spin_->value())));
      return s;
    }());
    scene_->setArrows({});
    std::vector<float> oval;
    if (bridge_->closed_form && bridge_->dimension == 2 && !paths->times.empty()) {
      const double t = paths->times[std::min(frame, paths->samples() - 1)];
      oval = ellipse(gaussian_bridge_marginal(*bridge_->closed_form, t), st ? static_cast<float>(t * scale) : 0.0f);
    }
    scene_->setEllipse(oval);
    scene_->setCaption(tr("sigma = %1, reference %2").arg(sigma(), 0, 'g', 3).arg(QString::fromStdString(bridge_->reference.name)).toStdString());
  } else if (snapshots_) {
    paths = &snapshots_->result.paths;
    const auto& times = snapshots_->snapshots.times;
    const double t0 = times.front(), t1 = times.back();
    const bool st = spacetime_check_->isChecked();
    double lo0 = 1e300, hi0 = -1e300, lo1 = 1e300, hi1 = -1e300;
    for (std::size_t k = 0; k < times.size(); ++k) {
      const PointCloud& c = snapshots_->snapshots.clouds[k];
      const float colour = static_cast<float>((times[k] - t0) / std::max(t1 - t0, 1e-12));
      append_cloud(c, colour, st ? static_cast<float>(times[k] - t0) : 0.0f, clouds, colours);
      for (std::size_t i = 0; i < c.count; ++i) {
        lo0 = std::min(lo0, c.at(i, 0));
        hi0 = std::max(hi0, c.at(i, 0));
        lo1 = std::min(lo1, c.dimension > 1 ? c.at(i, 1) : 0.0);
        hi1 = std::max(hi1, c.dimension > 1 ? c.at(i, 1) : 0.0);
      }
    }
    scale = 1.0;
    scene_->setCouplings({});
    scene_->setEllipse({});
    const auto& fit = snapshots_->result.rounds.back().fit;
    scene_->setArrows(!st && snapshots_->snapshots.clouds[0].dimension == 2
                          ? drift_arrows(fit.a, fit.b, lo0, hi0, lo1, hi1, 12)
                          : std::vector<float>{});
    scene_->setCaption(tr("snapshots: fitted drift A x + b").toStdString());
  }
  scene_->setClouds(clouds, colours);
  if (paths && paths->samples() > 0) {
    const bool st = spacetime_check_->isChecked() && paths->dimension == 2;
    const std::vector<float> lines = path_lines(*paths, static_cast<std::size_t>(paths_spin_->value()), st, scale);
    scene_->setPaths(lines, std::min<std::size_t>(paths->count, static_cast<std::size_t>(paths_spin_->value())),
                     paths->samples());
    scene_->setParticles(path_points(*paths, frame, st, scale));
    scrubber_->setCaption(tr("t = %1").arg(paths->times[std::min(frame, paths->samples() - 1)], 0, 'f', 3));
    if (bridge_) updateInfo();
  }
  view_->requestRender();
}

void BridgeWindow::frameCamera() {
  vtkCamera* camera = scene_->renderer()->GetActiveCamera();
  const bool st = spacetime_check_->isChecked();
  camera->SetFocalPoint(0, 0, 0);
  if (st) {
    camera->SetPosition(3, -4, 3);
    camera->SetViewUp(0, 0, 1);
  } else {
    camera->SetPosition(0, 0, 10);
    camera->SetViewUp(0, 1, 0);
  }
  scene_->renderer()->ResetCamera();
  view_->setHomeCamera();
  view_->requestRender();
}

void BridgeWindow::updateInfo() {
  QString html;
  if (bridge_) {
    html += tr("Mean |x − y|² over the coupled pairs: <b>%1</b> (independent pairs: %2)")
                .arg(number(bridge_->pair_distance2), number(bridge_->independent_distance2));
    if (bridge_->langevin_fit_r2 >= 0)
      html += tr("<br>Reference %1: drift A x + b with A = %2, b = (%3), fitting −∇U over the clouds with R² = %4")
                  .arg(QString::fromStdString(bridge_->reference.name))
                  .arg(matrix_text(bridge_->reference.a, bridge_->dimension))
                  .arg(number(bridge_->reference.b[0]) + ", " + number(bridge_->reference.b.size() > 1 ? bridge_->reference.b[1] : 0.0))
                  .arg(number(bridge_->langevin_fit_r2));
    if (bridge_->closed_form && bridge_->dimension == 2 && bridge_->paths.samples() > 0) {
      const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, scrubber_->frame())),
                                                  bridge_->paths.samples() - 1);
      const double t = bridge_->paths.times[k];
      const Gaussian g = gaussian_bridge_marginal(*bridge_->closed_form, t);
      // The sample's mean and covariance at the same time.
      const std::size_t n = bridge_->paths.count;
      std::vector<double> rows(bridge_->paths.at(k), bridge_->paths.at(k) + 2 * n);
      const CloudMoments m = row_moments(rows.data(), n, 2);
      html += tr("<br>At t = %1 — closed form: mean (%2, %3), covariance %4; sample of %5 paths: mean (%6, %7), "
                 "covariance %8")
                  .arg(t, 0, 'f', 2)
                  .arg(number(g.mean[0]), number(g.mean[1]), matrix_text(g.covariance, 2))
                  .arg(n)
                  .arg(number(m.mean[0]), number(m.mean[1]), matrix_text(m.covariance, 2));
    } else {
      html += tr("<br>The closed form is shown when both ends are Gaussian (gauss: literals or one-component mixtures).");
    }
  } else if (snapshots_) {
    const int d = snapshots_->snapshots.clouds[0].dimension;
    html += tr("%1 snapshots at t = %2").arg(snapshots_->snapshots.times.size()).arg([&] {
      QStringList t;
      for (double v : snapshots_->snapshots.times) t << number(v);
      return t.join(", ");
    }());
    if (snapshots_->demo) html += tr("; true drift A = %1").arg(matrix_text(kDemoDriftA, 2));
    for (std::size_t r = 0; r < snapshots_->result.rounds.size(); ++r) {
      const RefinementReport& round = snapshots_->result.rounds[r];
      html += tr("<br>Round %1: fitted A = %2, b = (%3), change %4")
                  .arg(r)
                  .arg(matrix_text(round.fit.a, d))
                  .arg([&] {
                    QStringList b;
                    for (double v : round.fit.b) b << number(v);
                    return b.join(", ");
                  }())
                  .arg(number(round.change));
    }
  }
  info_->setText(html);
}

// ---- scene state ----------------------------------------------------------------

void BridgeWindow::showPendingCamera() {
  if (pending_camera_) {
    apply_camera_state(*pending_camera_, scene_->renderer()->GetActiveCamera());
    pending_camera_.reset();
    scene_->renderer()->ResetCameraClippingRange();
    view_->requestRender();
  }
  emit sceneDrawn();
}

SceneState BridgeWindow::sceneState() const {
  SceneState state = default_scene_state(SceneKind::Bridge);
  state.name = sceneName().toStdString();
  state.set("mode", std::string(snapshotsMode() ? "snapshots" : "clouds"));
  state.set("source", source_combo_->currentText().trimmed().toStdString());
  state.set("target", target_combo_->currentText().trimmed().toStdString());
  state.set("particles", static_cast<long long>(count_spin_->value()));
  state.set("sigma", sigma());
  state.set("theta", theta_spin_->value());
  state.set("reference_potential", potential_combo_->currentData().toString().toStdString());
  state.set("steps", static_cast<long long>(steps_spin_->value()));
  state.set("paths", static_cast<long long>(paths_spin_->value()));
  state.set("couplings", static_cast<long long>(couplings_spin_->value()));
  state.set("refine", static_cast<long long>(refine_spin_->value()));
  state.set("snapshots_file", csv_.toStdString());
  state.set("space_time", spacetime_check_->isChecked());
  state.set("frame", static_cast<long long>(bridge_ || snapshots_ ? scrubber_->frame() : -1));
  state.camera = camera_state(scene_->renderer()->GetActiveCamera());
  return state;
}

bool BridgeWindow::applySceneState(const SceneState& state, QString* error) {
  if (state.kind != SceneKind::Bridge) {
    if (error) *error = tr("This is not a Schrödinger bridge scene state.");
    return false;
  }
  const int potential = potential_combo_->findData(QString::fromStdString(state.text("reference_potential")));
  if (potential < 0) {
    if (error) *error = tr("'%1' is not a two-dimensional potential.").arg(QString::fromStdString(state.text("reference_potential")));
    return false;
  }
  const QSignalBlocker b1(mode_combo_), b2(source_combo_), b3(target_combo_), b4(count_spin_), b5(sigma_slider_),
      b6(theta_spin_), b7(potential_combo_), b8(steps_spin_), b9(paths_spin_), b10(couplings_spin_), b11(refine_spin_),
      b12(spacetime_check_);
  mode_combo_->setCurrentIndex(state.text("mode") == "snapshots" ? 1 : 0);
  source_combo_->setCurrentText(QString::fromStdString(state.text("source")));
  target_combo_->setCurrentText(QString::fromStdString(state.text("target")));
  count_spin_->setValue(static_cast<int>(state.integer("particles")));
  setSigma(state.number("sigma"));
  sigma_label_->setText(tr("σ = %1").arg(sigma(), 0, 'g', 3));
  theta_spin_->setValue(state.number("theta"));
  potential_combo_->setCurrentIndex(potential);
  steps_spin_->setValue(static_cast<int>(state.integer("steps")));
  paths_spin_->setValue(static_cast<int>(state.integer("paths")));
  couplings_spin_->setValue(static_cast<int>(state.integer("couplings")));
  refine_spin_->setValue(static_cast<int>(state.integer("refine")));
  csv_ = QString::fromStdString(state.text("snapshots_file"));
  spacetime_check_->setChecked(state.flag("space_time"));
  pending_frame_ = static_cast<int>(state.integer("frame"));
  if (state.camera) pending_camera_ = *state.camera;
  if (!state.name.empty()) setSceneName(QString::fromStdString(state.name));
  bridge_.reset();
  snapshots_.reset();
  scheduleRun();
  return true;
}

std::vector<vtkRenderer*> BridgeWindow::sceneRenderers() const { return {scene_->renderer()}; }

}  // namespace flowscope
