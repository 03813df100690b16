#include "widgets/scenes/latent/latent_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include "core/embed/procrustes.h"
#include "core/errors.h"
#include "core/io/hdf5_file.h"
#include "widgets/panels/job_runner.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/panels/spike_raster.h"
#include "widgets/render/latent_scene.h"
#include "widgets/view/vtk_view.h"
#include "core/scene/scene_schema.h"
#include "widgets/scenes/common/camera_state.h"
#include "widgets/scenes/common/time_scrubber.h"

namespace flowscope {
namespace {

constexpr int kDebounceMs = 120;
constexpr double kPopulationSmoothing = 2.0;  // bins: the default for spike counts

struct ProjectionResult {
  std::optional<Embedding> embedding;
  std::optional<FlowField> flow;
  std::optional<double> recovery_r2;
};

// R^2 of the true latents from the first 3 projected coordinates by Procrustes.
std::optional<double> recovery(const Population& population, const Embedding& e) {
  const std::size_t n = population.trials * population.bins, p = population.latent_dimension;
  const std::size_t k = std::min<std::size_t>(e.coordinates.dimension, p);
  if (e.coordinates.points() != n || k == 0) return std::nullopt;
  std::vector<double> source(n * k);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < k; ++j) source[i * k + j] = e.coordinates.point(i)[j];
  return procrustes(source.data(), population.latents.data(), n, k, p).r_squared;
}

// The dataset the user picks in the tree of an HDF5 file ("" if cancelled).
QString choose_dataset(QWidget* parent, const QString& path) {
  Hdf5Node root;
  try {
    root = hdf5_tree(path.toStdString());
  } catch (const Error& e) {
    return {};
  }
  QDialog dialog(parent);
  dialog.setWindowTitle(QObject::tr("Choose a dataset"));
  auto* tree = new QTreeWidget;
  tree->setHeaderLabels({QObject::tr("Name"), QObject::tr("Shape"), QObject::tr("Type")});
  std::function<void(const Hdf5Node&, QTreeWidgetItem*)> add = [&](const Hdf5Node& node, QTreeWidgetItem* parent_item) {
    QStringList shape;
    for (std::size_t s : node.shape) shape << QString::number(s);
    auto* item = new QTreeWidgetItem({QString::fromStdString(node.name.empty() ? "/" : node.name),
                                      node.is_group ? QString() : shape.join(" × "), QString::fromStdString(node.type)});
    item->setData(0, Qt::UserRole, node.is_group || !node.numeric ? QString() : QString::fromStdString(node.path));
    if (parent_item)
      parent_item->addChild(item);
    else
      tree->addTopLevelItem(item);
    for (const Hdf5Node& child : node.children) add(child, item);
  };
  add(root, nullptr);
  tree->expandAll();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  auto* column = new QVBoxLayout(&dialog);
  column->addWidget(tree);
  column->addWidget(buttons);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  dialog.resize(520, 400);
  if (dialog.exec() != QDialog::Accepted || !tree->currentItem()) return {};
  return tree->currentItem()->data(0, Qt::UserRole).toString();
}

// The preview of a file; true when the user wants it loaded.
bool confirm_preview(QWidget* parent, const FilePreview& preview) {
  QDialog dialog(parent);
  dialog.setWindowTitle(QObject::tr("Preview"));
  auto* text = new QLabel;
  text->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QString body = QString::fromStdString(preview.summary) + "\n" + QString::fromStdString(preview.type) + "\n\n";
  QStringList columns;
  for (const auto& c : preview.columns) columns << QString::fromStdString(c);
  body += columns.join(", ") + "\n";
  for (const auto& row : preview.rows) {
    QStringList cells;
    for (const auto& c : row) cells << QString::fromStdString(c);
    body += cells.join("  ") + "\n";
  }
  text->setText(body);
  text->setFont(QFont("monospace"));
  auto* scroll = new QScrollArea;
  scroll->setWidget(text);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("Load"));
  auto* column = new QVBoxLayout(&dialog);
  column->addWidget(scroll);
  column->addWidget(buttons);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  dialog.resize(640, 420);
  return dialog.exec() == QDialog::Accepted;
}

}  // namespace

LatentWindow::LatentWindow(QWidget* parent)
    : SceneFrame(QStringLiteral("latent"), parent),
      scene_(std::make_unique<LatentScene>()),
      runner_(new JobRunner(this)),
      debounce_(new QTimer(this)) {
  setSceneName(tr("Latent trajectories"));
  view_ = new VtkView;
  view_->setObjectName("latentView");
  view_->setRenderer(scene_->renderer());

  auto* cursor_row = new QHBoxLayout;
  scrubber_ = new TimeScrubber(QStringLiteral("latent"));
  scrubber_->setLooping(false);
  cursor_slider_ = scrubber_->slider();
  cursor_slider_->setObjectName("latentCursor");
  cursor_slider_->setToolTip(tr("The time cursor: the same sample of every trial"));
  trial_spin_ = new QSpinBox;
  trial_spin_->setObjectName("latentTrial");
  trial_spin_->setPrefix(tr("trial "));
  trial_spin_->setToolTip(tr("The trial shown in the time series and the raster"));
  cursor_row->addWidget(scrubber_, 1);
  cursor_row->addWidget(trial_spin_);

  variance_plot_ = new PlotWidget;
  variance_plot_->setObjectName("latentVariancePlot");
  variance_plot_->setLabels(tr("Explained variance"), tr("component"), tr("cumulative fraction"));
  series_plot_ = new PlotWidget;
  series_plot_->setObjectName("latentSeriesPlot");
  series_plot_->setLabels(tr("Time series of the shown components"), tr("time"), tr("value"));
  eigen_plot_ = new PlotWidget;
  eigen_plot_->setObjectName("latentEigenPlot");
  eigen_plot_->setLabels(tr("Linear dynamics: eigenvalues"), tr("rotation frequency"), tr("decay rate"));
  raster_ = new SpikeRaster;
  raster_->setObjectName("latentRaster");
  auto* plots = new QHBoxLayout;
  for (QWidget* w : std::initializer_list<QWidget*>{series_plot_, raster_, variance_plot_, eigen_plot_}) plots->addWidget(w);

  auto* lower = new QWidget;
  auto* lower_column = new QVBoxLayout(lower);
  lower_column->addLayout(cursor_row);
  lower_column->addLayout(plots, 1);
  auto* left = new QSplitter(Qt::Vertical);
  left->addWidget(view_);
  left->addWidget(lower);
  left->setStretchFactor(0, 3);
  left->setStretchFactor(1, 1);

  auto* panel = new QWidget;
  buildControls(panel);
  setContent(left, nullptr, panel, 360);
  watchJob(runner_);
  drop_button_ = new QPushButton;
  drop_button_->setObjectName("latentDropRows");
  drop_button_->setVisible(false);
  statusBar()->addPermanentWidget(drop_button_);
  resize(1500, 950);
  setStatus(tr("Open a CSV, NPY or HDF5 file of trajectories, or generate a synthetic population"));

  debounce_->setSingleShot(true);
  debounce_->setInterval(kDebounceMs);
  connect(debounce_, &QTimer::timeout, this, &LatentWindow::project);
  connect(cursor_slider_, &QSlider::valueChanged, this, [this] { updateCursor(); });
  connect(trial_spin_, &QSpinBox::valueChanged, this, [this] { updatePlots(); });
  connect(drop_button_, &QPushButton::clicked, this, &LatentWindow::acceptDrop);
}

LatentWindow::~LatentWindow() {
  runner_->cancel();
  delete runner_;  // joins the worker before the data go
}

void LatentWindow::buildControls(QWidget* panel) {
  auto* column = new QVBoxLayout(panel);
  auto* data_group = new QGroupBox(tr("Data"));
  auto* data_column = new QVBoxLayout(data_group);
  auto* open = new QPushButton(tr("Open trajectories…"));
  open->setObjectName("latentOpen");
  open->setToolTip(tr("CSV (rows are time points; trial, time and label columns by name), NPY (T x D or "
                      "trials x T x D) or HDF5 (pick the dataset)"));
  auto* generate = new QPushButton(tr("Generate a population"));
  generate->setObjectName("latentGenerate");
  generate->setToolTip(tr("Lorenz latents read out by 40 neurons as Poisson spike counts, 12 trials"));
  data_column->addWidget(open);
  data_column->addWidget(generate);
  info_ = new QLabel;
  info_->setObjectName("latentInfo");
  info_->setWordWrap(true);
  info_->setMinimumHeight(5 * info_->fontMetrics().lineSpacing());  // word-wrapped labels otherwise get one line
  info_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  data_column->addWidget(info_);
  column->addWidget(data_group);

  auto* projection = new QGroupBox(tr("Projection"));
  auto* form = new QFormLayout(projection);
  method_combo_ = new QComboBox;
  method_combo_->setObjectName("latentMethod");
  method_combo_->addItem(tr("PCA"), static_cast<int>(EmbedMethod::Pca));
  method_combo_->addItem(tr("delay embedding (first column)"), static_cast<int>(EmbedMethod::Delay));
  dims_spin_ = new QSpinBox;
  dims_spin_->setObjectName("latentDims");
  dims_spin_->setRange(0, 20);
  dims_spin_->setValue(5);
  dims_spin_->setSpecialValueText(tr("automatic"));
  dims_spin_->setToolTip(tr("Components (PCA) or embedding dimension (delay; automatic: false nearest neighbours)"));
  smooth_spin_ = new QDoubleSpinBox;
  smooth_spin_->setObjectName("latentSmoothing");
  smooth_spin_->setRange(0.0, 50.0);
  smooth_spin_->setSingleStep(0.5);
  smooth_spin_->setToolTip(tr("Gaussian smoothing along time, in samples (0: none)"));
  delay_spin_ = new QSpinBox;
  delay_spin_->setObjectName("latentDelay");
  delay_spin_->setRange(0, 10'000);
  delay_spin_->setSpecialValueText(tr("automatic"));
  delay_spin_->setToolTip(tr("Delay in samples (automatic: first minimum of the mutual information)"));
  form->addRow(tr("Method"), method_combo_);
  form->addRow(tr("Dimensions"), dims_spin_);
  form->addRow(tr("Smoothing σ"), smooth_spin_);
  form->addRow(tr("Delay"), delay_spin_);
  column->addWidget(projection);

  auto* show = new QGroupBox(tr("Show"));
  auto* show_form = new QFormLayout(show);
  const char* axis_names[3] = {"x", "y", "z"};
  for (int k = 0; k < 3; ++k) {
    axis_combo_[k] = new QComboBox;
    axis_combo_[k]->setObjectName(QString("latentAxis%1").arg(axis_names[k]));
    show_form->addRow(tr("Axis %1").arg(axis_names[k]), axis_combo_[k]);
    connect(axis_combo_[k], &QComboBox::currentIndexChanged, this, [this] {
      flow_.reset();
      if (flow_check_->isChecked()) debounce_->start();
      redraw();
    });
  }
  colour_combo_ = new QComboBox;
  colour_combo_->setObjectName("latentColour");
  colour_combo_->addItem(tr("time"), static_cast<int>(LatentColour::Time));
  colour_combo_->addItem(tr("trial"), static_cast<int>(LatentColour::Trial));
  colour_combo_->addItem(tr("label"), static_cast<int>(LatentColour::Label));
  colour_combo_->addItem(tr("speed"), static_cast<int>(LatentColour::Speed));
  average_check_ = new QCheckBox(tr("trial average"));
  average_check_->setObjectName("latentAverage");
  average_check_->setChecked(true);
  flow_check_ = new QCheckBox(tr("flow field (local linear regression)"));
  flow_check_->setObjectName("latentFlow");
  auto* fit = new QPushButton(tr("Fit linear dynamics"));
  fit->setObjectName("latentFit");
  show_form->addRow(tr("Colour by"), colour_combo_);
  show_form->addRow(average_check_);
  show_form->addRow(flow_check_);
  show_form->addRow(fit);
  column->addWidget(show);
  column->addStretch(1);

  connect(open, &QPushButton::clicked, this, &LatentWindow::chooseAndOpen);
  connect(generate, &QPushButton::clicked, this, [this] { generatePopulation(); });
  connect(method_combo_, &QComboBox::currentIndexChanged, this, [this] { debounce_->start(); });
  connect(dims_spin_, &QSpinBox::valueChanged, this, [this] { debounce_->start(); });
  connect(smooth_spin_, &QDoubleSpinBox::valueChanged, this, [this] { debounce_->start(); });
  connect(delay_spin_, &QSpinBox::valueChanged, this, [this] { debounce_->start(); });
  connect(colour_combo_, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
  connect(average_check_, &QCheckBox::toggled, this, [this] { redraw(); });
  connect(flow_check_, &QCheckBox::toggled, this, [this](bool on) {
    if (on && !flow_) debounce_->start();
    redraw();
  });
  connect(fit, &QPushButton::clicked, this, &LatentWindow::fitDynamics);
}

// ---- loading ----------------------------------------------------------------

void LatentWindow::chooseAndOpen() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Trajectories"), QString(),
                                                    tr("Trajectories (*.csv *.tsv *.txt *.npy *.h5 *.hdf5)"));
  if (path.isEmpty()) return;
  QString dataset;
  try {
    if (detect_format(path.toStdString()) == FileFormat::Hdf5) {
      dataset = choose_dataset(this, path);
      if (dataset.isEmpty()) {
        setStatus(tr("No dataset chosen in %1").arg(path));
        return;
      }
    }
    ImportOptions options;
    options.dataset = dataset.toStdString();
    if (!confirm_preview(this, preview_file(path.toStdString(), options))) return;
  } catch (const Error& e) {
    setStatus(tr("Cannot open %1: %2").arg(path, QString::fromStdString(e.what())));
    return;
  }
  openFile(path, dataset);
}

void LatentWindow::openFile(const QString& path, const QString& dataset, NonFinitePolicy policy) {
  drop_button_->setVisible(false);
  auto result = std::make_shared<std::optional<ImportResult>>();
  auto non_finite = std::make_shared<std::optional<std::pair<std::string, std::size_t>>>();
  ImportOptions options;
  options.dataset = dataset.toStdString();
  options.non_finite = policy;
  setStatus(tr("Loading %1…").arg(path));
  runner_->start(
      [path = path.toStdString(), options, result, non_finite](const RunControl& control) {
        try {
          *result = load_trajectories(path, options, control);
        } catch (const NonFiniteError& e) {
          *non_finite = std::make_pair(std::string(e.what()), e.rows);
        }
      },
      [this, path, dataset, result, non_finite] {
        if (*non_finite) {
          // Nothing is lost: the old data stay; the user may load it again without those rows.
          pending_path_ = path;
          pending_dataset_ = dataset;
          setStatus(tr("Not loaded: %1").arg(QString::fromStdString((*non_finite)->first)));
          drop_button_->setText(tr("Load without the %n row(s) holding NaN or infinity", nullptr,
                                   static_cast<int>((*non_finite)->second)));
          drop_button_->setVisible(true);
          return;
        }
        if (!*result) return;  // cancelled
        population_.reset();
        source_ = {QStringLiteral("file"), path, dataset, 0, 0, 0};
        dataLoaded(std::move((*result)->data), (*result)->dropped_rows, QFileInfo(path).fileName());
      });
}

bool LatentWindow::dropOffered() const { return drop_button_->isVisible(); }

void LatentWindow::acceptDrop() {
  if (pending_path_.isEmpty()) return;
  openFile(pending_path_, pending_dataset_, NonFinitePolicy::Drop);
}

void LatentWindow::generatePopulation(int neurons, int trials, int bins) {
  PopulationSpec spec;
  spec.neurons = static_cast<std::size_t>(neurons);
  spec.trials = static_cast<std::size_t>(trials);
  spec.bins = static_cast<std::size_t>(bins);
  spec.seed = 7;
  auto population = std::make_shared<Population>();
  setStatus(tr("Generating a population…"));
  runner_->start([spec, population](const RunControl& control) { *population = generate_population(spec, control); },
                 [this, population] {
                   if (population->status != RunStatus::Success) {
                     setStatus(tr("The population was not generated: %1").arg(QString::fromStdString(population->message)));
                     return;
                   }
                   TrajectorySet spikes = make_trajectory_set(population->spikes, population->trials, population->bins,
                                                              population->neurons, true);
                   source_ = {QStringLiteral("population"), {}, {}, static_cast<int>(population->neurons),
                              static_cast<int>(population->trials), static_cast<int>(population->bins)};
                   population_ = std::move(*population);
                   {
                     const QSignalBlocker block(smooth_spin_);
                     // Spike counts want smoothing; a state says how much.
                     smooth_spin_->setValue(pending_smoothing_ >= 0 ? pending_smoothing_ : kPopulationSmoothing);
                     pending_smoothing_ = -1;
                   }
                   dataLoaded(std::move(spikes), 0, tr("synthetic population (Lorenz latents)"));
                 });
}

void LatentWindow::dataLoaded(TrajectorySet data, std::size_t dropped, const QString& source) {
  data_ = std::move(data);
  embedding_.reset();
  flow_.reset();
  dynamics_.reset();
  recovery_r2_.reset();
  eigen_plot_->clear();
  QString info = tr("%1: %2 trials, %3 points, %4 dimensions")
                     .arg(source)
                     .arg(data_->trials())
                     .arg(data_->points())
                     .arg(data_->dimension);
  if (dropped > 0) info += tr("; %n row(s) with NaN or infinity dropped", nullptr, static_cast<int>(dropped));
  info_->setText(info);
  setStatus(info);
  {
    const QSignalBlocker block(trial_spin_);
    trial_spin_->setRange(0, static_cast<int>(data_->trials()) - 1);
  }
  project();
}

// ---- projecting -------------------------------------------------------------

void LatentWindow::project() {
  if (!data_) return;
  EmbedRequest request;
  request.method = static_cast<EmbedMethod>(method_combo_->currentData().toInt());
  request.dims = static_cast<std::size_t>(dims_spin_->value());
  if (request.method == EmbedMethod::Pca && request.dims > data_->dimension) request.dims = data_->dimension;
  request.delay = static_cast<std::size_t>(delay_spin_->value());
  request.smooth_sigma = smooth_spin_->value();
  const bool flow = flow_check_->isChecked();
  const AxisChoice shown = axes();
  auto data = std::make_shared<const TrajectorySet>(*data_);
  auto population = population_ ? std::make_shared<const Population>(*population_) : nullptr;
  auto out = std::make_shared<ProjectionResult>();
  setStatus(tr("Projecting…"));
  runner_->start(
      [data, request, flow, shown, population, out](const RunControl& control) {
        out->embedding = embed(*data, request, control);
        if (!out->embedding) return;
        if (population) out->recovery_r2 = recovery(*population, *out->embedding);
        if (flow) {
          const TrajectorySet sub = select_axes(out->embedding->coordinates, shown);
          // A coarser grid in 3-D: 12^3 arrows are already dense on screen.
          FlowFieldOptions options;
          options.resolution = sub.dimension == 3 ? 12 : 20;
          if (sub.dimension >= 2) out->flow = estimate_flow_field(sub, options, control);
        }
      },
      [this, out] {
        if (!out->embedding) return;
        const bool first = !embedding_;
        embedding_ = std::move(out->embedding);
        flow_ = std::move(out->flow);
        recovery_r2_ = out->recovery_r2;
        // Component choices: keep the user's while they exist.
        const int dims = static_cast<int>(embedding_->coordinates.dimension);
        for (int k = 0; k < 3; ++k) {
          const QSignalBlocker block(axis_combo_[k]);
          const int old = axis_combo_[k]->currentData().isValid() ? axis_combo_[k]->currentData().toInt() : k;
          axis_combo_[k]->clear();
          const QString prefix = embedding_->method == EmbedMethod::Pca ? tr("PC%1") : tr("delay %1");
          for (int j = 0; j < dims; ++j) axis_combo_[k]->addItem(prefix.arg(j + 1), j);
          axis_combo_[k]->addItem(tr("none"), -1);
          int want = first ? (k < dims ? k : -1) : (old < dims ? old : -1);
          if (pending_axes_) want = (*pending_axes_)[k] < dims ? (*pending_axes_)[k] : -1;
          axis_combo_[k]->setCurrentIndex(axis_combo_[k]->findData(want));
        }
        std::size_t longest = 0;
        for (std::size_t r = 0; r < embedding_->coordinates.trials(); ++r)
          longest = std::max(longest, embedding_->coordinates.trial_length(r));
        {
          const QSignalBlocker block(cursor_slider_);
          cursor_slider_->setRange(0, static_cast<int>(longest) - 1);
        }
        QString text = info_->text().section('\n', 0, 0);
        if (embedding_->method == EmbedMethod::Pca && !embedding_->pca.explained_variance_ratio.empty()) {
          double sum = 0.0;
          for (double r : embedding_->pca.explained_variance_ratio) sum += r;
          text += tr("\nPCA: %1 components explain %2 % of the variance").arg(embedding_->pca.size()).arg(100 * sum, 0, 'f', 1);
        } else if (embedding_->method == EmbedMethod::Delay) {
          text += tr("\nDelay %1 samples%2, dimension %3%4")
                      .arg(embedding_->delay)
                      .arg(embedding_->delay_chosen ? tr(" (mutual information)") : QString())
                      .arg(embedding_->dims)
                      .arg(embedding_->dims_chosen ? tr(" (false nearest neighbours)") : QString());
        }
        if (recovery_r2_) text += tr("\nTrue latents recovered by Procrustes: R² = %1").arg(*recovery_r2_, 0, 'f', 3);
        info_->setText(text);
        setStatus(tr("Projected %1 points").arg(embedding_->coordinates.points()));
        pending_axes_.reset();
        if (pending_cursor_ >= 0) {
          const QSignalBlocker block(cursor_slider_);
          cursor_slider_->setValue(pending_cursor_);
          pending_cursor_ = -1;
        }
        redraw();
        if (first) frameCamera();
        if (pending_camera_) {
          apply_camera_state(*pending_camera_, scene_->renderer()->GetActiveCamera());
          pending_camera_.reset();
          scene_->renderer()->ResetCameraClippingRange();
          view_->requestRender();
        }
        emit projected();
        emit sceneDrawn();
      });
}

AxisChoice LatentWindow::axes() const {
  AxisChoice a{0, 1, 2};
  for (int k = 0; k < 3; ++k)
    a[k] = axis_combo_[k]->count() > 0 ? axis_combo_[k]->currentData().toInt() : (k < 3 ? k : -1);
  return a;
}

void LatentWindow::redraw() {
  if (!embedding_) return;
  const TrajectorySet& c = embedding_->coordinates;
  const LatentDrawing d = latent_drawing(c, axes(), static_cast<LatentColour>(colour_combo_->currentData().toInt()));
  scene_->setTrajectories(d.xyz, d.colour, d.line_starts, d.title);
  scene_->setAverage(average_check_->isChecked() ? trial_average(c, axes()) : std::vector<float>{});
  scene_->setArrows(flow_check_->isChecked() && flow_ ? flow_arrows(*flow_, axes(), 1.2) : std::vector<float>{});
  updateCursor();
  updatePlots();
}

void LatentWindow::updateCursor() {
  if (!embedding_) return;
  const auto index = static_cast<std::size_t>(std::max(0, cursor_slider_->value()));
  scene_->setCursors(cursor_points(embedding_->coordinates, axes(), index));
  raster_->setCursor(index + (embedding_->coordinates.points() < data_->points() ? 0 : 0));
  view_->requestRender();
  updatePlots();
}

void LatentWindow::updatePlots() {
  if (!embedding_) return;
  const TrajectorySet& c = embedding_->coordinates;
  const auto trial = static_cast<std::size_t>(std::clamp(trial_spin_->value(), 0, static_cast<int>(c.trials()) - 1));
  series_plot_->clear();
  const QColor colours[3] = {QColor(140, 230, 255), QColor(255, 184, 90), QColor(160, 230, 140)};
  const AxisChoice a = axes();
  const std::size_t cursor = static_cast<std::size_t>(std::max(0, cursor_slider_->value()));
  for (int k = 0; k < 3; ++k) {
    if (a[k] < 0) continue;
    std::vector<double> t, v;
    for (std::size_t i = c.trial_starts[trial]; i < c.trial_starts[trial + 1]; ++i) {
      t.push_back(c.time_of(i));
      v.push_back(c.point(i)[a[k]]);
    }
    series_plot_->addSeries({axis_combo_[k]->currentText(), t, v, colours[k]});
    if (!t.empty()) {
      const std::size_t at = std::min(cursor, t.size() - 1);
      series_plot_->addSeries({QString(), {t[at]}, {v[at]}, QColor(230, 90, 80), PlotWidget::Style::Points});
    }
  }
  variance_plot_->clear();
  if (embedding_->method == EmbedMethod::Pca) {
    std::vector<double> k, cumulative;
    double sum = 0.0;
    for (std::size_t j = 0; j < embedding_->pca.explained_variance_ratio.size(); ++j) {
      sum += embedding_->pca.explained_variance_ratio[j];
      k.push_back(static_cast<double>(j + 1));
      cumulative.push_back(sum);
    }
    variance_plot_->addSeries({tr("cumulative"), k, cumulative, QColor(140, 230, 255)});
  }
  if (population_ && trial < population_->trials) {
    const std::size_t n = population_->neurons, bins = population_->bins;
    std::vector<double> counts(population_->spikes.begin() + static_cast<std::ptrdiff_t>(trial * bins * n),
                               population_->spikes.begin() + static_cast<std::ptrdiff_t>((trial + 1) * bins * n));
    raster_->setCounts(std::move(counts), bins, n, tr("Spikes, trial %1").arg(trial));
    raster_->setCursor(cursor);
  } else {
    raster_->clear();
  }
}

void LatentWindow::fitDynamics() {
  if (!embedding_) return;
  try {
    dynamics_ = fit_linear_dynamics(select_axes(embedding_->coordinates, axes()));
  } catch (const Error& e) {
    setStatus(tr("Linear dynamics: %1").arg(QString::fromStdString(e.what())));
    return;
  }
  eigen_plot_->clear();
  eigen_plot_->addSeries({tr("eigenvalues"), dynamics_->frequency, dynamics_->decay_rate, QColor(255, 184, 90),
                          PlotWidget::Style::Points});
  eigen_plot_->addReferenceLine(0.0, QColor(200, 200, 200), tr("no decay"));
  QStringList parts;
  for (std::size_t k = 0; k < dynamics_->decay_rate.size(); ++k)
    parts << tr("decay %1, %2 cycles per time unit").arg(dynamics_->decay_rate[k], 0, 'g', 3).arg(dynamics_->frequency[k], 0, 'g', 3);
  setStatus(tr("Linear dynamics (R² of the increments %1): %2").arg(dynamics_->r_squared, 0, 'f', 3).arg(parts.join("; ")));
  emit dynamicsShown();
}

void LatentWindow::frameCamera() {
  const auto b = scene_->bounds();
  vtkCamera* camera = scene_->renderer()->GetActiveCamera();
  const double cx = 0.5 * (b[0] + b[1]), cy = 0.5 * (b[2] + b[3]), cz = 0.5 * (b[4] + b[5]);
  const double size = std::max({b[1] - b[0], b[3] - b[2], b[5] - b[4], 1e-9});
  camera->SetFocalPoint(cx, cy, cz);
  camera->SetPosition(cx + 1.2 * size, cy - 1.6 * size, cz + 1.0 * size);
  camera->SetViewUp(0, 0, 1);
  scene_->renderer()->ResetCamera(b.data());
  view_->setHomeCamera();
  view_->requestRender();
}

// ---- small setters for scripts and tests ------------------------------------

void LatentWindow::setMethod(EmbedMethod method) { method_combo_->setCurrentIndex(method_combo_->findData(static_cast<int>(method))); }
void LatentWindow::setSmoothing(double sigma) { smooth_spin_->setValue(sigma); }
void LatentWindow::setAxes(int x, int y, int z) {
  const int want[3] = {x, y, z};
  for (int k = 0; k < 3; ++k) axis_combo_[k]->setCurrentIndex(axis_combo_[k]->findData(want[k]));
}
void LatentWindow::setColour(LatentColour colour) { colour_combo_->setCurrentIndex(colour_combo_->findData(static_cast<int>(colour))); }
void LatentWindow::setFlowVisible(bool on) { flow_check_->setChecked(on); }
void LatentWindow::setCursor(int sample) { cursor_slider_->setValue(sample); }
bool LatentWindow::isBusy() const { return runner_->isRunning() || debounce_->isActive(); }
QString LatentWindow::infoText() const { return info_->text(); }

// ---- scene state ----------------------------------------------------------------

const std::vector<std::string>& LatentWindow::colourChoices() {
  return scene_schema(SceneKind::Latent).find("colour")->choices;  // time, trial, label, speed
}

SceneState LatentWindow::sceneState() const {
  SceneState state = default_scene_state(SceneKind::Latent);
  state.name = sceneName().toStdString();
  state.set("source", source_.kind.toStdString());
  if (source_.kind == QStringLiteral("file")) {
    state.set("file", source_.path.toStdString());
    state.set("dataset", source_.dataset.toStdString());
  } else if (source_.kind == QStringLiteral("population")) {
    state.set("neurons", static_cast<long long>(source_.neurons));
    state.set("trials", static_cast<long long>(source_.trials));
    state.set("bins", static_cast<long long>(source_.bins));
  }
  state.set("method", std::string(method_combo_->currentData().toInt() == static_cast<int>(EmbedMethod::Delay) ? "delay" : "pca"));
  state.set("dims", static_cast<long long>(dims_spin_->value()));
  state.set("smoothing", smooth_spin_->value());
  state.set("delay", static_cast<long long>(delay_spin_->value()));
  const AxisChoice a = axes();
  state.set("axis_x", static_cast<long long>(a[0]));
  state.set("axis_y", static_cast<long long>(a[1]));
  state.set("axis_z", static_cast<long long>(a[2]));
  // The picker lists the colourings in the schema's order.
  state.set("colour", colourChoices().at(static_cast<std::size_t>(colour_combo_->currentIndex())));
  state.set("average", average_check_->isChecked());
  state.set("flow", flow_check_->isChecked());
  state.set("cursor", static_cast<long long>(cursor_slider_->value()));
  state.camera = camera_state(scene_->renderer()->GetActiveCamera());
  return state;
}

bool LatentWindow::applySceneState(const SceneState& state, QString* error) {
  if (state.kind != SceneKind::Latent) {
    if (error) *error = tr("This is not a latent-trajectories scene state.");
    return false;
  }
  const QString source = QString::fromStdString(state.text("source"));
  const QString path = QString::fromStdString(state.text("file"));
  if (source == QStringLiteral("file") && !QFileInfo(path).isFile()) {
    if (error) *error = tr("The data file '%1' does not exist.").arg(path);
    return false;
  }
  const QSignalBlocker b1(method_combo_), b2(dims_spin_), b3(smooth_spin_), b4(delay_spin_), b5(colour_combo_),
      b6(average_check_), b7(flow_check_);
  method_combo_->setCurrentIndex(method_combo_->findData(
      static_cast<int>(state.text("method") == "delay" ? EmbedMethod::Delay : EmbedMethod::Pca)));
  dims_spin_->setValue(static_cast<int>(state.integer("dims")));
  smooth_spin_->setValue(state.number("smoothing"));
  delay_spin_->setValue(static_cast<int>(state.integer("delay")));
  const auto& colours = colourChoices();
  const auto colour = std::find(colours.begin(), colours.end(), state.text("colour"));
  colour_combo_->setCurrentIndex(static_cast<int>(colour - colours.begin()));
  average_check_->setChecked(state.flag("average"));
  flow_check_->setChecked(state.flag("flow"));
  pending_axes_ = std::array<int, 3>{static_cast<int>(state.integer("axis_x")), static_cast<int>(state.integer("axis_y")),
                                     static_cast<int>(state.integer("axis_z"))};
  pending_cursor_ = static_cast<int>(state.integer("cursor"));
  if (state.camera) pending_camera_ = *state.camera;
  if (!state.name.empty()) setSceneName(QString::fromStdString(state.name));
  if (source == QStringLiteral("file")) {
    openFile(path, QString::fromStdString(state.text("dataset")));
  } else if (source == QStringLiteral("population")) {
    pending_smoothing_ = state.number("smoothing");
    generatePopulation(static_cast<int>(state.integer("neurons")), static_cast<int>(state.integer("trials")),
                       static_cast<int>(state.integer("bins")));
  } else {
    project();
  }
  return true;
}

std::vector<vtkRenderer*> LatentWindow::sceneRenderers() const { return {scene_->renderer()}; }

}  // namespace flowscope
