#include "widgets/scenes/chaotic/parameter_plane_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "core/errors.h"
#include "core/sweep/mpi_session.h"
#include "core/sweep/sweep_runner.h"
#include "widgets/panels/job_runner.h"
#include "widgets/panels/parameter_plane_view.h"

namespace flowscope {
namespace {

// Averaging time of each cell's exponent: short enough for a 32 x 32 map in
// seconds, long enough to tell order (< 0) from chaos (> 0) in the classic flows.
constexpr double kCellTime = 60.0;
constexpr double kCellTransient = 10.0;

}  // namespace

ParameterPlanePanel::ParameterPlanePanel(QWidget* parent)
    : QWidget(parent),
      x_combo_(new QComboBox),
      y_combo_(new QComboBox),
      cells_spin_(new QSpinBox),
      compute_(new QPushButton(tr("Compute"))),
      status_(new QLabel),
      view_(new ParameterPlaneView),
      runner_(new JobRunner(this)) {
  x_combo_->setObjectName("planeX");
  y_combo_->setObjectName("planeY");
  cells_spin_->setObjectName("planeCells");
  compute_->setObjectName("planeCompute");
  view_->setObjectName("planeView");
  status_->setObjectName("planeStatus");
  status_->setWordWrap(true);
  cells_spin_->setRange(2, 256);
  cells_spin_->setValue(24);
  cells_spin_->setToolTip(tr("Cells along each axis; each cell integrates the tangent flow for %1 time units")
                              .arg(kCellTime));
  auto* form = new QFormLayout;
  form->addRow(tr("Horizontal"), x_combo_);
  form->addRow(tr("Vertical"), y_combo_);
  form->addRow(tr("Cells per axis"), cells_spin_);
  auto* column = new QVBoxLayout(this);
  column->addLayout(form);
  column->addWidget(compute_);
  column->addWidget(view_, 1);
  column->addWidget(status_);
  view_->setValueLabel(tr("λ₁"));
  status_->setText(tr("The largest Lyapunov exponent over two parameters: blue is order, red is chaos. "
                      "Click the map to move the scene there."));
  connect(compute_, &QPushButton::clicked, this, &ParameterPlanePanel::compute);
  connect(runner_, &JobRunner::failed, this, [this](const QString& m) { status_->setText(tr("Error: %1").arg(m)); });
  connect(view_, &ParameterPlaneView::pointClicked, this, [this](double x, double y) {
    if (swept_x_ >= 0) emit parametersPicked(swept_x_, x, swept_y_, y);
  });
}

ParameterPlanePanel::~ParameterPlanePanel() {
  runner_->cancel();
  delete runner_;  // joins the worker before the view goes
}

void ParameterPlanePanel::setProblem(const Problem& problem) {
  const bool same_system = problem_ && problem_->system->id() == problem.system->id();
  problem_ = problem;
  if (!same_system) fillPickers();
  markCurrentPoint();
}

void ParameterPlanePanel::fillPickers() {
  for (QComboBox* c : {x_combo_, y_combo_}) c->clear();
  const auto specs = problem_->system->parameters();
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].structural) continue;
    const QString text = QString::fromStdString(specs[i].symbol + "  (" + specs[i].name + ")");
    x_combo_->addItem(text, static_cast<int>(i));
    y_combo_->addItem(text, static_cast<int>(i));
  }
  // Two different parameters from the start: the last two (Lorenz: rho, beta) or
  // the first two.
  const int n = x_combo_->count();
  if (n >= 2) {
    x_combo_->setCurrentIndex(n >= 3 ? 1 : 0);
    y_combo_->setCurrentIndex(n >= 3 ? 0 : 1);
  }
  compute_->setEnabled(n >= 2);
  if (n < 2) status_->setText(tr("This system has fewer than two parameters to sweep."));
  swept_x_ = swept_y_ = -1;
  view_->setMap({}, {});
}

void ParameterPlanePanel::markCurrentPoint() {
  if (!problem_ || swept_x_ < 0) return;
  view_->setCurrentPoint(problem_->parameters[swept_x_], problem_->parameters[swept_y_]);
}

void ParameterPlanePanel::setResolution(int cells) { cells_spin_->setValue(cells); }
bool ParameterPlanePanel::isBusy() const { return runner_->isRunning(); }
QString ParameterPlanePanel::statusText() const { return status_->text(); }

void ParameterPlanePanel::compute() {
  if (!problem_) return;
  const int xi = x_combo_->currentData().toInt(), yi = y_combo_->currentData().toInt();
  if (xi == yi) {
    status_->setText(tr("Choose two different parameters."));
    return;
  }
  const auto specs = problem_->system->parameters();
  const int cells = cells_spin_->value();
  SweepSpec spec;
  spec.problem = *problem_;
  spec.problem.t_end = kCellTime;
  spec.lyapunov.transient = kCellTransient;
  spec.measure = SweepMeasure::LyapunovMax;
  auto axis = [&](int i) {
    SweepAxis a;
    a.name = specs[i].name;
    a.parameter = static_cast<std::size_t>(i);
    a.from = specs[i].min;
    a.to = specs[i].max;
    a.count = static_cast<std::size_t>(cells);
    return a;
  };
  spec.axes = {axis(yi), axis(xi)};  // the first axis is the slow one: the rows, drawn as y
  try {
    validate(spec);
  } catch (const Error& e) {
    status_->setText(QString::fromStdString(e.what()));
    return;
  }
  swept_x_ = xi;
  swept_y_ = yi;
  const auto label = [&](int i) { return QString::fromStdString(specs[i].symbol); };
  view_->setMap({label(xi), specs[xi].min, specs[xi].max, cells}, {label(yi), specs[yi].min, specs[yi].max, cells});
  markCurrentPoint();
  status_->setText(tr("Computing %1 cells…").arg(cells * cells));
  auto result = std::make_shared<SweepRun>();
  QPointer<ParameterPlanePanel> self(this);
  runner_->start(
      [spec, result, cells, self](const RunControl& control) {
        MpiSession session;  // one process here: the GUI is not launched by mpirun
        SweepRunOptions options;
        options.cancel = control.cancel;
        options.progress = [&control](std::size_t done, std::size_t total) {
          if (control.progress) control.progress(static_cast<double>(done) / static_cast<double>(total));
        };
        // Each finished cell is handed to the GUI thread as it comes.
        options.on_cell = [self, cells](std::size_t cell, CellStatus, const double* values) {
          const double v = values[0];
          const int ix = static_cast<int>(cell % static_cast<std::size_t>(cells));
          const int iy = static_cast<int>(cell / static_cast<std::size_t>(cells));
          QMetaObject::invokeMethod(self, [self, ix, iy, v] {
            if (self) self->view_->setCell(ix, iy, v);
          });
        };
        *result = run_sweep(spec, session, options);
      },
      [this, result] {
        if (result->run_status == RunStatus::Cancelled) {
          status_->setText(tr("Cancelled."));
          return;
        }
        status_->setText(tr("%1 cells in %2 s on %3 threads; %4 blew up")
                             .arg(result->cells)
                             .arg(result->seconds, 0, 'f', 1)
                             .arg(result->threads)
                             .arg(result->unstable));
        emit mapFinished();
      });
}

}  // namespace flowscope
