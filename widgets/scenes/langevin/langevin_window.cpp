#include "widgets/scenes/langevin/langevin_window.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include "core/errors.h"
#include "core/langevin/expression_potential.h"
#include "core/scene/scene_schema.h"
#include "widgets/scenes/common/camera_state.h"
#include "widgets/panels/parameter_panel.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/render/potential_map.h"
#include "widgets/view/vtk_view.h"

namespace flowscope {
namespace {

constexpr std::size_t kLandscapeSamples = 81;
// The dynamics rows' settings, in LangevinWindow::DynamicsRow order.
constexpr const char* kDynamicsKeys[] = {"kT", "gamma", "mass", "dt", "force", "omega"};
constexpr std::size_t kMaxHistory = 4000;  // plot points kept; older ones are thinned

void thin(std::vector<double>& v) {
  std::size_t k = 0;
  for (std::size_t i = 0; i < v.size(); i += 2) v[k++] = v[i];
  v.resize(k);
}

}  // namespace

LangevinWindow::LangevinWindow(QWidget* parent)
    : SceneFrame(QStringLiteral("langevin"), parent),
      scene_(std::make_unique<PotentialMap>()),
      animator_(new LangevinAnimator(this)) {
  setSceneName(tr("Langevin dynamics"));
  view_ = new VtkView;
  view_->setRenderer(scene_->renderer());

  auto* controls = new QWidget;
  auto* column = new QVBoxLayout(controls);
  auto* form = new QFormLayout;
  potential_combo_ = new QComboBox;
  potential_combo_->setObjectName("langevinPotential");
  for (const auto& p : all_potentials())
    potential_combo_->addItem(QString::fromStdString(std::string(p->name())), QString::fromStdString(std::string(p->id())));
  method_combo_ = new QComboBox;
  method_combo_->setObjectName("langevinMethod");
  for (auto m : {LangevinMethod::EulerMaruyama, LangevinMethod::LeimkuhlerMatthews, LangevinMethod::Baoab,
                 LangevinMethod::EulerMaruyamaUnderdamped})
    method_combo_->addItem(QString::fromStdString(std::string(langevin_method_name(m))), static_cast<int>(m));
  method_combo_->setToolTip(tr("em, lm: overdamped; baoab, em-underdamped: underdamped (use the mass)"));
  count_spin_ = new QSpinBox;
  count_spin_->setObjectName("langevinCount");
  count_spin_->setRange(1, 2'000'000);
  count_spin_->setSingleStep(1000);
  count_spin_->setValue(kDefaultCount);
  count_spin_->setGroupSeparatorShown(true);
  view_combo_ = new QComboBox;
  view_combo_->setObjectName("langevinView");
  view_combo_->addItem(tr("Surface (3-D)"));
  view_combo_->addItem(tr("Map (2-D, contours)"));
  view_combo_->setToolTip(tr("The potential as a height surface, or seen from above with contour lines of U"));
  steps_spin_ = new QSpinBox;
  steps_spin_->setObjectName("langevinStepsPerFrame");
  steps_spin_->setRange(1, 1000);
  steps_spin_->setValue(animator_->stepsPerFrame());
  expression_ = new QLineEdit;
  expression_->setObjectName("langevinExpression");
  expression_->setPlaceholderText("(x^2 - 1)^2 + y^2/2");
  expression_->setToolTip(tr("Type U in x (and y): the gradient is computed numerically"));
  auto* use = new QPushButton(tr("Use"));
  use->setObjectName("langevinUseExpression");
  auto* typed_row = new QHBoxLayout;
  typed_row->addWidget(expression_, 1);
  typed_row->addWidget(use);
  connect(use, &QPushButton::clicked, this, [this] { useTypedPotential(expression_->text()); });
  connect(expression_, &QLineEdit::returnPressed, this, [this] { useTypedPotential(expression_->text()); });
  form->addRow(tr("Potential"), potential_combo_);
  form->addRow(tr("Typed U"), typed_row);
  form->addRow(tr("Method"), method_combo_);
  form->addRow(tr("View"), view_combo_);
  form->addRow(tr("Particles"), count_spin_);
  form->addRow(tr("Steps per frame"), steps_spin_);
  column->addLayout(form);

  auto* buttons = new QHBoxLayout;
  auto add_button = [&](const char* name, const QString& text, void (LangevinWindow::*slot)()) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, slot);
    buttons->addWidget(b);
    return b;
  };
  add_button("langevinPlay", tr("Play"), &LangevinWindow::play);
  add_button("langevinPause", tr("Pause"), &LangevinWindow::pause);
  auto* step_button = add_button("langevinStep", tr("Step"), &LangevinWindow::step);
  add_button("langevinReset", tr("Reset"), &LangevinWindow::reset);
  column->addLayout(buttons);

  auto* potential_group = new QGroupBox(tr("Potential parameters"));
  potential_box_ = new QVBoxLayout(potential_group);
  column->addWidget(potential_group);
  auto* dynamics_group = new QGroupBox(tr("Dynamics"));
  auto* dynamics_layout = new QVBoxLayout(dynamics_group);
  dynamics_ = new ParameterPanel;
  // The rows in DynamicsRow order, described in core (scene_schema.cpp).
  const SceneSchema& schema = scene_schema(SceneKind::Langevin);
  for (const char* key : kDynamicsKeys) dynamics_->addRow(parameter_row(*schema.find(key), "SceneSettings"));
  dynamics_layout->addWidget(dynamics_);
  column->addWidget(dynamics_group);

  tv_plot_ = new PlotWidget;
  tv_plot_->setObjectName("langevinTvPlot");
  tv_plot_->setLabels(tr("Distance of the particles to"), tr("t"), tr("total variation"));
  energy_plot_ = new PlotWidget;
  energy_plot_->setObjectName("langevinEnergyPlot");
  energy_plot_->setLabels(tr("Mean energy"), tr("t"), tr("energy"));
  phase_plot_ = new PlotWidget;
  phase_plot_->setObjectName("langevinPhasePlot");
  phase_plot_->setLabels(tr("Phase space"), tr("x"), tr("v_x"));
  density_plot_ = new PlotWidget;
  density_plot_->setObjectName("langevinDensityPlot");
  density_plot_->setLabels(tr("Density along x"), tr("x"), tr("density"));
  density_plot_->setToolTip(tr("Particles (histogram) against the Fokker–Planck solution from the same start "
                               "and the Boltzmann density"));
  moments_plot_ = new PlotWidget;
  moments_plot_->setObjectName("langevinMomentsPlot");
  moments_plot_->setLabels(tr("Variance along x"), tr("t"), tr("variance"));
  moments_plot_->setToolTip(tr("Ornstein–Uhlenbeck: the particles' variance against the exact one"));
  references_ = new QLabel;
  references_->setObjectName("langevinReferences");
  references_->setWordWrap(true);
  column->addStretch(1);
  auto* plots = new QWidget;
  auto* plot_column = new QVBoxLayout(plots);
  plot_column->setContentsMargins(0, 0, 0, 0);
  auto* plot_row = new QHBoxLayout;
  for (PlotWidget* p : {tv_plot_, energy_plot_, density_plot_, moments_plot_, phase_plot_}) plot_row->addWidget(p);
  plot_column->addLayout(plot_row, 1);
  plot_column->addWidget(references_);

  auto* left = new QSplitter(Qt::Vertical);
  left->addWidget(view_);
  left->addWidget(plots);
  left->setStretchFactor(0, 3);
  left->setStretchFactor(1, 1);
  setContent(left, nullptr, controls, 400);
  resize(1400, 900);

  connect(animator_, &LangevinAnimator::frameReady, this, &LangevinWindow::showFrame);
  connect(animator_, &LangevinAnimator::failed, this, [this](const QString& m) {
    error_ = tr("Error: %1").arg(m);
    setStatus(error_);
  });
  connect(dynamics_, &ParameterPanel::valueChanged, this, [this] { settingsEdited(); });
  connect(potential_combo_, &QComboBox::currentIndexChanged, this, [this] { buildPotentialPanel(); restart(); });
  connect(method_combo_, &QComboBox::currentIndexChanged, this, [this] { restart(); });
  connect(view_combo_, &QComboBox::currentIndexChanged, this, [this] {
    if (!potential_) return;
    updateLandscape();
    animator_->setHeights(heights_);
    frameCamera();
    view_->requestRender();
  });
  connect(count_spin_, &QSpinBox::editingFinished, this, [this] {
    if (!last_frame_ || static_cast<int>(last_frame_->count) != count_spin_->value()) restart();
  });
  connect(steps_spin_, &QSpinBox::valueChanged, this, [this, step_button](int n) {
    animator_->setStepsPerFrame(n);
    step_button->setToolTip(tr("Advance %1 steps").arg(n));
  });
  step_button->setToolTip(tr("Advance %1 steps").arg(animator_->stepsPerFrame()));
  setPotential("double-well");
  if (!potential_) {  // already selected: no index change
    buildPotentialPanel();
    restart();
  }
}

LangevinWindow::~LangevinWindow() { animator_->setRunning(false); }

bool LangevinWindow::setPotential(const QString& id) {
  const int index = potential_combo_->findData(id);
  if (index < 0) return false;
  potential_combo_->setCurrentIndex(index);
  return true;
}

int LangevinWindow::typedEntry() {
  // One entry for the typed potential, renamed for each new one.
  const QString label = tr("Typed: %1").arg(typed_expression_);
  int index = potential_combo_->findData(QStringLiteral("typed"));
  if (index < 0) {
    potential_combo_->addItem(label, QStringLiteral("typed"));
    return potential_combo_->count() - 1;
  }
  potential_combo_->setItemText(index, label);
  return index;
}

QString LangevinWindow::potentialId() const { return potential_combo_->currentData().toString(); }

bool LangevinWindow::useTypedPotential(const QString& expression) {
  try {
    typed_ = compile_potential(expression.toStdString());
  } catch (const PotentialExpressionError& e) {
    setStatus(tr("Typed potential, column %1: %2").arg(e.column()).arg(QString::fromStdString(e.message())));
    return false;
  } catch (const Error& e) {
    setStatus(tr("Typed potential: %1").arg(QString::fromStdString(e.what())));
    return false;
  }
  typed_expression_ = expression;
  const int index = typedEntry();
  if (potential_combo_->currentIndex() == index) {
    buildPotentialPanel();  // same entry, new potential
    restart();
  } else {
    potential_combo_->setCurrentIndex(index);
  }
  return true;
}

void LangevinWindow::buildPotentialPanel() {
  base_ = potentialId() == QStringLiteral("typed") ? typed_ : find_potential(potentialId().toStdString());
  parameters_ = default_parameters(*base_);
  if (potential_panel_) potential_panel_->deleteLater();
  potential_panel_ = new ParameterPanel;
  for (const ParameterSpec& s : base_->parameters())
    potential_panel_->addRow({QString::fromStdString(s.name), QString::fromStdString(s.symbol),
                              QString::fromStdString(s.description), s.min, s.max, s.default_value,
                              s.structural ? 0 : 3, false});
  potential_box_->addWidget(potential_panel_);
  connect(potential_panel_, &ParameterPanel::valueChanged, this, [this](int row) { parameterEdited(row); });
}

LangevinSettings LangevinWindow::settingsFromPanel() const {
  LangevinSettings s;
  s.kT = dynamics_->value(kRowKT);
  s.gamma = dynamics_->value(kRowGamma);
  s.mass = dynamics_->value(kRowMass);
  s.dt = dynamics_->value(kRowDt);
  s.force = {dynamics_->value(kRowForce), dynamics_->value(kRowOmega), 0};
  return s;
}

void LangevinWindow::setMapView(bool map) { view_combo_->setCurrentIndex(map ? 1 : 0); }
bool LangevinWindow::isMapView() const { return view_combo_->currentIndex() == 1; }

void LangevinWindow::updateLandscape() {
  Landscape land = sample_landscape(*potential_, parameters_, settingsFromPanel().kT, kLandscapeSamples);
  const bool map = isMapView() && land.dimension == 2;
  if (map) flatten(land);
  heights_ = land.heights;
  scene_->setLandscape(land.x0, land.x1, land.y0, land.y1, land.nx, land.ny, land.z, land.density, land.level);
  scene_->setContoursVisible(map, 0.5 * land.heights.lift);
}

void LangevinWindow::restart() {
  animator_->setRunning(false);
  error_.clear();
  try {
    potential_ = sized_for(base_, parameters_);
    updateLandscape();
    LangevinSpec spec;
    spec.potential = potential_;
    spec.parameters = parameters_;
    spec.method = static_cast<LangevinMethod>(method_combo_->currentData().toInt());
    spec.settings = settingsFromPanel();
    animator_->restart(spec, static_cast<std::size_t>(count_spin_->value()), heights_);
  } catch (const Error& e) {
    error_ = tr("Cannot start: %1").arg(QString::fromStdString(e.what()));
    setStatus(error_);
    return;
  }
  for (auto* v : {&t_, &tv_, &energy_, &kinetic_, &tv_fp_, &ou_exact_, &ou_measured_}) v->clear();
  last_frame_.reset();
  references_->clear();
  phase_plot_->setVisible(is_underdamped(static_cast<LangevinMethod>(method_combo_->currentData().toInt())));
  view_combo_->setEnabled(potential_->dimension() >= 2);
  frameCamera();
  view_->requestRender();
}

void LangevinWindow::frameCamera() {
  // An oblique view from above and in front for surfaces, nearly side-on for
  // curves, straight down for the map.
  auto b = scene_->bounds();
  if (potential_->dimension() == 1) b[3] = std::max(b[3], b[2] + heights_.ribbon);
  const double cx = 0.5 * (b[0] + b[1]), cy = 0.5 * (b[2] + b[3]), cz = 0.5 * (b[4] + b[5]);
  vtkCamera* camera = scene_->renderer()->GetActiveCamera();
  camera->SetFocalPoint(cx, cy, cz);
  const bool curve = potential_->dimension() == 1;
  if (isMapView() && !curve) {
    camera->SetPosition(cx, cy, cz + 10.0);
    camera->SetViewUp(0, 1, 0);
  } else {
    camera->SetPosition(curve ? cx : cx + 1.2, cy - 3.0, curve ? cz + 0.8 : cz + 3.6);
    camera->SetViewUp(0, 0, 1);
  }
  scene_->renderer()->ResetCamera(b.data());
  camera->Zoom(curve ? 1.8 : isMapView() ? 1.2 : 1.15);  // the fit is to a bounding sphere
  view_->setHomeCamera();
}

void LangevinWindow::settingsEdited() {
  const LangevinSettings s = settingsFromPanel();
  try {
    validate_settings(s, potential_ ? potential_->dimension() : 1);
    if (potential_) updateLandscape();  // the colours follow kT
  } catch (const Error& e) {
    setStatus(tr("Bad settings: %1").arg(QString::fromStdString(e.what())));
    return;
  }
  animator_->setSettings(s);
  view_->requestRender();
}

void LangevinWindow::parameterEdited(int row) {
  parameters_.at(static_cast<std::size_t>(row)) = potential_panel_->value(row);
  if (base_->parameters()[static_cast<std::size_t>(row)].structural) {
    restart();
    return;
  }
  try {
    validate_parameters(*potential_, parameters_);
    updateLandscape();
  } catch (const Error& e) {
    setStatus(tr("Bad parameters: %1").arg(QString::fromStdString(e.what())));
    return;
  }
  animator_->setParameters(parameters_, heights_);
  view_->requestRender();
}

void LangevinWindow::play() {
  if (!animator_->hasEnsemble()) return;
  error_.clear();
  animator_->setRunning(true);
}
void LangevinWindow::pause() { animator_->setRunning(false); }
void LangevinWindow::step() {
  animator_->setRunning(false);
  animator_->step();
}
void LangevinWindow::reset() { restart(); }

void LangevinWindow::showFrame(std::shared_ptr<const LangevinFrame> frame) {
  last_frame_ = frame;
  scene_->setParticles(frame->xyz, frame->drawn);
  view_->requestRender();
  t_.push_back(frame->time);
  tv_.push_back(frame->tv);
  energy_.push_back(frame->mean_energy);
  kinetic_.push_back(frame->kinetic_per_dof);
  const ReferenceReadings& r = frame->references;
  const double nan = std::nan("");
  tv_fp_.push_back(r.tv_to_fokker_planck >= 0 ? r.tv_to_fokker_planck : nan);
  ou_exact_.push_back(r.has_ou ? r.ou_variance : nan);
  ou_measured_.push_back(r.has_ou ? r.measured_variance : nan);
  if (t_.size() > kMaxHistory)
    for (auto* v : {&t_, &tv_, &energy_, &kinetic_, &tv_fp_, &ou_exact_, &ou_measured_}) thin(*v);
  showReferences(r);
  updatePlots();
  if (frame->unstable)
    error_ = tr("Blow-up, playing stopped (lower dt or reset): %1").arg(frame->message);
  QString text = tr("t = %1   particles %2 (%3 drawn)")
                     .arg(frame->time, 0, 'f', 3)
                     .arg(frame->count)
                     .arg(frame->drawn);
  if (frame->tv >= 0) text += tr("   TV to Boltzmann %1").arg(frame->tv, 0, 'f', 4);
  if (!error_.isEmpty()) text += QStringLiteral("   ") + error_;
  setStatus(text);
  emit frameShown();
  emit sceneDrawn();
}

void LangevinWindow::showReferences(const ReferenceReadings& r) {
  QStringList lines;
  if (r.kramers) {
    const double kramers = r.kramers->rate;
    // Below ten passages the count says more than a rate with a 30 % error.
    QString line = r.escapes >= 10
                       ? tr("Escape rate from the left well: measured %1 ± %2 (%3 passages), Kramers %4")
                             .arg(r.escape_rate, 0, 'g', 3)
                             .arg(r.escape_rate_error, 0, 'g', 2)
                             .arg(r.escapes)
                             .arg(kramers, 0, 'g', 3)
                       : tr("Escape rate from the left well: Kramers %1 (mean wait %2); measured: %n passage(s) so far",
                            nullptr, static_cast<int>(r.escapes))
                             .arg(kramers, 0, 'g', 3)
                             .arg(1.0 / kramers, 0, 'g', 3);
    line += tr(";  barrier ΔU/kT = %1").arg(r.barrier_over_kT, 0, 'f', 2);
    if (r.barrier_over_kT < 3) line += tr(" (Kramers' formula needs ΔU/kT ≫ 1)");
    lines << line;
  }
  if (r.has_ou)
    lines << tr("Ornstein–Uhlenbeck: variance along x measured %1, exact %2")
                 .arg(r.measured_variance, 0, 'g', 4)
                 .arg(r.ou_variance, 0, 'g', 4);
  for (const std::string& note : r.notes) lines << tr("Note: %1").arg(QString::fromStdString(note));
  references_->setText(lines.join('\n'));

  density_plot_->clear();
  if (!r.x_centres.empty()) {
    density_plot_->addSeries({tr("particles"), r.x_centres, r.ensemble_density, QColor(140, 230, 255)});
    if (!r.fokker_planck_density.empty())
      density_plot_->addSeries({tr("Fokker–Planck"), r.x_centres, r.fokker_planck_density, QColor(255, 170, 60),
                                PlotWidget::Style::Dashed});
    if (!r.boltzmann_density.empty())
      density_plot_->addSeries({tr("Boltzmann"), r.x_centres, r.boltzmann_density, QColor(200, 200, 200),
                                PlotWidget::Style::Dashed});
  }
  density_plot_->setVisible(!r.x_centres.empty());
  moments_plot_->setVisible(r.has_ou);
}

QString LangevinWindow::referencesText() const { return references_->text(); }

void LangevinWindow::updatePlots() {
  tv_plot_->clear();
  if (!tv_.empty() && tv_.back() >= 0) tv_plot_->addSeries({tr("Boltzmann"), t_, tv_, QColor(255, 170, 60)});
  if (!tv_fp_.empty() && std::isfinite(tv_fp_.back()))
    tv_plot_->addSeries({tr("Fokker–Planck"), t_, tv_fp_, QColor(120, 220, 140)});
  moments_plot_->clear();
  if (!ou_exact_.empty() && std::isfinite(ou_exact_.back())) {
    moments_plot_->addSeries({tr("particles"), t_, ou_measured_, QColor(140, 230, 255)});
    moments_plot_->addSeries({tr("exact"), t_, ou_exact_, QColor(255, 170, 60), PlotWidget::Style::Dashed});
  }
  energy_plot_->clear();
  energy_plot_->addSeries({tr("⟨U⟩"), t_, energy_, QColor(120, 200, 255)});
  if (!kinetic_.empty() && kinetic_.back() >= 0) {
    energy_plot_->addSeries({tr("⟨m v²⟩/2"), t_, kinetic_, QColor(255, 120, 160)});
    energy_plot_->addReferenceLine(0.5 * dynamics_->value(kRowKT), QColor(200, 200, 200), tr("kT/2"));
  }
  phase_plot_->clear();
  if (last_frame_ && !last_frame_->phase_x.empty())
    phase_plot_->addSeries({tr("particles"), last_frame_->phase_x, last_frame_->phase_v, QColor(140, 230, 255),
                            PlotWidget::Style::Points});
}


SceneState LangevinWindow::sceneState() const {
  SceneState state = default_scene_state(SceneKind::Langevin);
  state.name = sceneName().toStdString();
  const bool typed = potentialId() == QStringLiteral("typed");
  state.set("potential", potentialId().toStdString());
  if (typed) state.set("expression", typed_expression_.toStdString());
  state.set("method", std::string(langevin_method_name(static_cast<LangevinMethod>(method_combo_->currentData().toInt()))));
  for (int row = 0; row < dynamics_->rowCount(); ++row) state.set(kDynamicsKeys[row], dynamics_->value(row));
  state.set("particles", static_cast<long long>(count_spin_->value()));
  state.set("steps_per_frame", static_cast<long long>(steps_spin_->value()));
  state.set("view", std::string(isMapView() ? "map" : "surface"));
  if (base_)
    for (std::size_t i = 0; i < base_->parameters().size() && i < parameters_.size(); ++i)
      state.parameters[base_->parameters()[i].name] = parameters_[i];
  state.camera = camera_state(scene_->renderer()->GetActiveCamera());
  return state;
}

bool LangevinWindow::applySceneState(const SceneState& state, QString* error) {
  auto refuse = [error](const QString& why) {
    if (error) *error = why;
    return false;
  };
  if (state.kind != SceneKind::Langevin) return refuse(tr("This is not a Langevin scene state."));
  // Everything is checked before anything changes.
  std::shared_ptr<const Potential> base;
  try {
    base = state.text("potential") == "typed" ? compile_potential(state.text("expression"))
                                              : find_potential(state.text("potential"));
  } catch (const Error& e) {
    return refuse(QString::fromStdString(e.what()));
  }
  std::vector<double> parameters = default_parameters(*base);
  for (const auto& [name, value] : state.parameters) {
    std::size_t i = 0;
    while (i < base->parameters().size() && base->parameters()[i].name != name) ++i;
    if (i == base->parameters().size()) return refuse(tr("The potential has no parameter '%1'.").arg(QString::fromStdString(name)));
    parameters[i] = value;
  }
  try {
    validate_parameters(*sized_for(base, parameters), parameters);
  } catch (const Error& e) {
    return refuse(QString::fromStdString(e.what()));
  }
  const int method = method_combo_->findData(static_cast<int>(parse_langevin_method(state.text("method"))));

  const QSignalBlocker b1(potential_combo_), b2(method_combo_), b3(dynamics_), b4(count_spin_), b5(steps_spin_),
      b6(view_combo_);
  if (state.text("potential") == "typed") {
    typed_ = base;
    typed_expression_ = QString::fromStdString(state.text("expression"));
    expression_->setText(typed_expression_);
    potential_combo_->setCurrentIndex(typedEntry());
  } else {
    potential_combo_->setCurrentIndex(potential_combo_->findData(QString::fromStdString(state.text("potential"))));
  }
  method_combo_->setCurrentIndex(method);
  for (int row = 0; row < dynamics_->rowCount(); ++row) dynamics_->setValue(row, state.number(kDynamicsKeys[row]));
  count_spin_->setValue(static_cast<int>(state.integer("particles")));
  steps_spin_->setValue(static_cast<int>(state.integer("steps_per_frame")));
  animator_->setStepsPerFrame(steps_spin_->value());
  view_combo_->setCurrentIndex(state.text("view") == "map" ? 1 : 0);
  buildPotentialPanel();
  {
    const QSignalBlocker b7(potential_panel_);
    parameters_ = parameters;
    for (std::size_t i = 0; i < parameters.size(); ++i) potential_panel_->setValue(static_cast<int>(i), parameters[i]);
  }
  setSceneName(QString::fromStdString(state.name));
  restart();
  if (state.camera) {
    apply_camera_state(*state.camera, scene_->renderer()->GetActiveCamera());
    scene_->renderer()->ResetCameraClippingRange();
    view_->requestRender();
  }
  return true;
}

std::vector<vtkRenderer*> LangevinWindow::sceneRenderers() const { return {scene_->renderer()}; }

}  // namespace flowscope
