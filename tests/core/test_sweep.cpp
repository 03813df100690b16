// Parameter sweeps against published and exact values: Lorenz's lambda_1 at
// the classic parameters (Sprott 2003), lambda_1 and the spectrum below the
// Hopf point equal to the real parts of the Jacobian's eigenvalues at the
// stable fixed points C+-, Rossler's period-doubling cascade in an
// orbit-diagram sweep; cells equal to single lyapunov_spectrum and
// orbit_diagram runs; bytes independent of the thread count; blow-ups
// reported per cell; checkpoints that resume (torn tails included), refuse
// other settings and name the cells a stopped rank held; bad grids refused.
#include <QtTest>

#include <omp.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "core/sweep/sweep_cell.h"
#include "core/sweep/sweep_checkpoint.h"
#include "core/sweep/sweep_runner.h"
#include "core/langevin/potential.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"

using namespace flowscope;

namespace {

SweepSpec lorenz_spec(const std::string& grid, SweepMeasure measure, double t_end, double transient) {
  SweepSpec spec;
  spec.problem = default_problem(find_system("lorenz"), t_end);
  spec.axes = parse_sweep_grid(grid, *spec.problem.system);
  spec.measure = measure;
  spec.lyapunov.transient = transient;
  return spec;
}

SweepRun run_local(const SweepSpec& spec, const std::string& checkpoint = {}) {
  MpiSession session;
  SweepRunOptions options;
  options.checkpoint = checkpoint;
  return run_sweep(spec, session, options);
}

// The roots' real parts, descending, of lambda^3 + a lambda^2 + b lambda + c
// with one real root r and a complex pair (Lorenz at C+- for rho > 1.35):
// Newton for r from the right, then the quadratic left after dividing it out.
std::array<double, 3> cubic_real_parts(double a, double b, double c) {
  double r = 0.0;
  for (int i = 0; i < 200; ++i) r -= (((r + a) * r + b) * r + c) / ((3.0 * r + 2.0 * a) * r + b);
  // lambda^2 + p lambda + q = (cubic) / (lambda - r)
  const double p = a + r, q = b + p * r;
  const double discriminant = p * p - 4.0 * q;
  std::array<double, 3> parts;
  if (discriminant < 0) {
    parts = {-p / 2.0, -p / 2.0, r};
  } else {
    const double s = std::sqrt(discriminant);
    parts = {(-p + s) / 2.0, (-p - s) / 2.0, r};
  }
  std::sort(parts.begin(), parts.end(), std::greater<double>());
  return parts;
}

int distinct_values(std::vector<double> values, double tolerance) {
  std::sort(values.begin(), values.end());
  int count = 0;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (i == 0 || values[i] - values[i - 1] > tolerance) ++count;
  return count;
}

// One over the mean first-passage time from x = -1 to x = +1 of overdamped
// diffusion in U = (x^2 - 1)^2 (gamma = 1): MFPT = (1/kT) int_{-1}^{1} dy
// e^{U(y)/kT} int_{-inf}^{y} dz e^{-U(z)/kT}, by the trapezoidal rule (the
// inner integral from -3, where e^{-U/kT} < 1e-100 at these temperatures).
double mfpt_rate(double kT) {
  const auto boltzmann = [kT](double x) { return std::exp(-(x * x - 1) * (x * x - 1) / kT); };
  const int n = 40'000;
  const double lo = -3.0, hi = 1.0, h = (hi - lo) / n;
  double inner = 0.0, mfpt = 0.0, previous = 0.0;
  for (int i = 1; i <= n; ++i) {
    const double x0 = lo + (i - 1) * h, x1 = lo + i * h;
    inner += 0.5 * (boltzmann(x0) + boltzmann(x1)) * h;
    const double outer = inner / boltzmann(x1);
    if (x0 >= -1.0 - 1e-12) mfpt += 0.5 * (previous + outer) * h;
    previous = outer;
  }
  return kT / mfpt;
}

bool same_bytes(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

}  // namespace

class TestSweep : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

 private slots:
  void gridsAreParsedAndBadOnesRefusedByName_data() {
    QTest::addColumn<QString>("grid");
    QTest::addColumn<QString>("named");
    QTest::newRow("count 0") << "rho=0:50:0" << "COUNT '0'";
    QTest::newRow("count not whole") << "rho=0:50:2.5" << "COUNT '2.5'";
    QTest::newRow("infinite bound") << "rho=0:inf:4" << "TO 'inf'";
    QTest::newRow("nan bound") << "rho=nan:1:4" << "FROM 'nan'";
    QTest::newRow("unknown parameter") << "gamma=0:1:4" << "no parameter 'gamma'";
    QTest::newRow("twice") << "rho=0:1:4,rho=2:3:4" << "'rho' twice";
    QTest::newRow("three axes") << "rho=0:1:2,sigma=0:1:2,beta=0:1:2" << "3 axes";
    QTest::newRow("two fields") << "rho=0:1" << "NAME=FROM:TO:COUNT";
    QTest::newRow("empty") << "" << "empty";
  }
  void gridsAreParsedAndBadOnesRefusedByName() {
    QFETCH(QString, grid);
    QFETCH(QString, named);
    const auto lorenz = find_system("lorenz");
    try {
      parse_sweep_grid(grid.toStdString(), *lorenz);
      QFAIL("accepted a bad grid");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains(named), e.what());
    }
  }

  void axesHitTheirEndsExactly() {
    const auto axes = parse_sweep_grid("rho=0.1:28.3:7,sigma=-1e-3:2:1", *find_system("lorenz"));
    QCOMPARE(axes.size(), std::size_t{2});
    QCOMPARE(axes[0].parameter, std::size_t{1});
    QCOMPARE(axes[0].value(0), 0.1);
    QCOMPARE(axes[0].value(6), 28.3);
    QCOMPARE(axes[1].values(), std::vector<double>{-1e-3});
    QVERIFY_THROWS_EXCEPTION(InputError, parse_sweep_grid("N=4:8:2", *find_system("lorenz96")));
    QVERIFY_THROWS_EXCEPTION(InputError, parse_sweep_measure("escape"));
    QCOMPARE(parse_sweep_measure("kaplan-yorke"), SweepMeasure::KaplanYorke);
  }

  void lorenzLambdaOneAtTheClassicParameters() {
    // Sprott (2003): lambda_1 = 0.9056 at sigma 10, rho 28, beta 8/3. Over
    // T = 1000 the estimate varies by about 0.005 between starts.
    const SweepSpec spec = lorenz_spec("rho=28:28:1", SweepMeasure::LyapunovMax, 1000.0, 100.0);
    const SweepRun run = run_local(spec);
    QCOMPARE(run.cells, std::size_t{1});
    qInfo("lorenz lambda_1 at rho = 28: %.4f", run.values[0]);
    QVERIFY(std::fabs(run.values[0] - 0.9056) < 0.03);
  }

  void belowTheHopfPointLambdaOneIsTheFixedPointsRate() {
    // For 1 < rho < 13.9 every start near (1, 1, 1) falls onto C+- =
    // (+-sqrt(beta (rho - 1)), .., rho - 1), where the Jacobian's
    // characteristic polynomial is lambda^3 + (sigma + beta + 1) lambda^2 +
    // beta (sigma + rho) lambda + 2 sigma beta (rho - 1). The exponents are
    // the real parts of its roots. A contraction towards a fixed point is
    // estimated with an error of order log(initial misalignment) / T: 0.01 at T = 1000.
    const SweepSpec spec = lorenz_spec("rho=2:12:3", SweepMeasure::LyapunovSpectrum, 1000.0, 100.0);
    const SweepRun run = run_local(spec);
    QCOMPARE(run.unstable, std::size_t{0});
    const double sigma = 10.0, beta = 8.0 / 3.0;
    for (std::size_t i = 0; i < 3; ++i) {
      const double rho = spec.axes[0].value(i);
      const auto exact = cubic_real_parts(sigma + beta + 1.0, beta * (sigma + rho), 2.0 * sigma * beta * (rho - 1.0));
      qInfo("rho = %g: %.4f %.4f %.4f, exact %.4f %.4f %.4f", rho, run.values[3 * i], run.values[3 * i + 1],
            run.values[3 * i + 2], exact[0], exact[1], exact[2]);
      QVERIFY(exact[0] < 0.0);
      for (int j = 0; j < 3; ++j) QVERIFY(std::fabs(run.values[3 * i + j] - exact[j]) < 0.01);
    }
    // The same cells' lambda_1 alone, and a stable point's Kaplan-Yorke dimension 0.
    const SweepRun largest = run_local(lorenz_spec("rho=2:12:3", SweepMeasure::LyapunovMax, 1000.0, 100.0));
    const SweepRun dimension = run_local(lorenz_spec("rho=2:12:3", SweepMeasure::KaplanYorke, 1000.0, 100.0));
    for (std::size_t i = 0; i < 3; ++i) {
      QVERIFY(std::fabs(largest.values[i] - run.values[3 * i]) < 0.01);
      QVERIFY(largest.values[i] < 0.0);
      QCOMPARE(dimension.values[i], 0.0);
    }
  }

  void linearSystemsGiveTheirRatesAtEveryCell() {
    // dx/dt = a x, dy/dt = b y: the tangent flow is the state's, so the spectrum is (a, b)
    // sorted, at every cell, up to RK4's error in log R(a h) / h ~ (a h)^5 / 120 and the typed
    // system's difference Jacobian (measured: a few 1e-9).
    SweepSpec spec;
    spec.problem = default_problem(
        compile_equations("param a = -1\nparam b = -2\ndx/dt = a*x\ndy/dt = b*y\ninit x = 1\ninit y = 1\n", "linear"),
        20.0);
    spec.axes = parse_sweep_grid("a=-2:1:4,b=-1.5:0.5:3", *spec.problem.system);
    spec.measure = SweepMeasure::LyapunovSpectrum;
    const SweepRun run = run_local(spec);
    double worst = 0.0;
    for (std::size_t cell = 0; cell < 12; ++cell) {
      const auto indices = cell_indices(spec, cell);
      const double a = spec.axes[0].value(indices[0]), b = spec.axes[1].value(indices[1]);
      worst = std::max({worst, std::fabs(run.values[2 * cell] - std::max(a, b)),
                        std::fabs(run.values[2 * cell + 1] - std::min(a, b))});
    }
    qInfo("linear system: worst exponent error %.2e over 12 cells", worst);
    QVERIFY(worst < 1e-6);
  }

  void cellsAreSingleLyapunovRuns() {
    const SweepSpec spec = lorenz_spec("rho=20:40:3,sigma=8:12:2", SweepMeasure::LyapunovSpectrum, 20.0, 5.0);
    const SweepRun run = run_local(spec);
    for (const std::size_t cell : {std::size_t{0}, std::size_t{3}, std::size_t{5}}) {
      LyapunovOptions options = spec.lyapunov;
      const LyapunovResult single = lyapunov_spectrum(cell_problem(spec, cell), options);
      QCOMPARE(single.status, RunStatus::Success);
      for (std::size_t j = 0; j < 3; ++j) QCOMPARE(run.values[3 * cell + j], single.exponents[j]);
    }
    // Cell 2 is the second rho (30) at the first sigma (8): the first axis is the slow one.
    const Problem problem = cell_problem(spec, 2);
    QCOMPARE(problem.parameters[1], 30.0);
    QCOMPARE(problem.parameters[0], 8.0);
  }

  void bytesDoNotDependOnTheThreadCount() {
    const SweepSpec spec = lorenz_spec("rho=10:60:6,beta=1:4:4", SweepMeasure::LyapunovMax, 10.0, 2.0);
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
    const SweepRun one = run_local(spec);
    omp_set_num_threads(2);
    const SweepRun two = run_local(spec);
    omp_set_num_threads(threads);
    QCOMPARE(one.threads, 1);
    QCOMPARE(two.threads, 2);
    QVERIFY(same_bytes(one.values, two.values));
    QCOMPARE(one.computed, std::size_t{24});
  }

  void rosslerCascadeInAnOrbitDiagramSweep() {
    // a = b = 0.2: period 1 at c = 2.5, 2 at 3.5, 4 at 4 (see test_analysis).
    SweepSpec spec;
    spec.problem = default_problem(find_system("rossler"), 1.0);
    spec.axes = parse_sweep_grid("c=2.5:4:4", *spec.problem.system);
    spec.measure = SweepMeasure::OrbitDiagram;
    spec.orbit.transient = 500.0;
    spec.orbit.sample = 300.0;
    spec.orbit.max_maxima = 100;
    const SweepRun run = run_local(spec);
    const int periods[] = {1, -1, 2, 4};
    for (std::size_t i = 0; i < 4; ++i) {
      std::vector<double> maxima;
      for (std::size_t j = 0; j < 100 && !std::isnan(run.values[100 * i + j]); ++j)
        maxima.push_back(run.values[100 * i + j]);
      // The cell is the orbit-diagram column at that value, NaN-padded.
      OrbitDiagramOptions options = spec.orbit;
      options.parameter = 2;
      options.from = options.to = spec.axes[0].value(i);
      options.count = 1;
      const auto column = orbit_diagram(spec.problem, options).columns[0].maxima;
      QCOMPARE(maxima, std::vector<double>(column.begin(), column.begin() + std::min<std::size_t>(100, column.size())));
      QVERIFY(maxima.size() > 20 && maxima.size() < 100);
      if (periods[i] > 0) QCOMPARE(distinct_values(maxima, 1e-4), periods[i]);
    }
  }

  void blowUpsAreReportedPerCell() {
    // dx/dt = a x^2 from x = 1 reaches infinity at t = 1/a for a > 0 and decays otherwise.
    SweepSpec spec;
    spec.problem = default_problem(compile_equations("param a = 1\ndx/dt = a*x^2\ninit x = 1\n", "blow"), 50.0);
    spec.axes = parse_sweep_grid("a=-1:1:3", *spec.problem.system);
    const SweepRun run = run_local(spec);
    QCOMPARE(run.unstable, std::size_t{1});
    QCOMPARE(run.status[2], static_cast<std::int32_t>(CellStatus::Unstable));
    QVERIFY(std::isnan(run.values[2]));
    QCOMPARE(run.status[0], static_cast<std::int32_t>(CellStatus::Success));
    QVERIFY(std::isfinite(run.values[0]) && std::isfinite(run.values[1]));
  }

  void checkpointsResumeToTheSameBytes() {
    const SweepSpec spec = lorenz_spec("rho=10:60:5,sigma=5:15:4", SweepMeasure::LyapunovSpectrum, 10.0, 2.0);
    const SweepRun whole = run_local(spec);
    const std::string folder = path("resume");
    const SweepRun first = run_local(spec, folder);
    QCOMPARE(first.computed, std::size_t{20});
    QVERIFY(same_bytes(first.values, whole.values));
    // A killed run: the log cut inside its 12th frame (a torn write).
    const std::string log = folder + "/cells.log";
    const std::size_t frame = 24 + 16 + 3 * 8;
    std::filesystem::resize_file(log, 11 * frame + 30);
    const SweepRun resumed = run_local(spec, folder);
    QCOMPARE(resumed.restored, std::size_t{11});
    QCOMPARE(resumed.computed, std::size_t{9});
    QCOMPARE(resumed.torn_bytes, std::size_t{30});
    QVERIFY(same_bytes(resumed.values, whole.values));
    // Everything is saved now: a third run computes nothing.
    const SweepRun again = run_local(spec, folder);
    QCOMPARE(again.computed, std::size_t{0});
    QCOMPARE(again.restored, std::size_t{20});
    QVERIFY(same_bytes(again.values, whole.values));
  }

  void checkpointsOfOtherSettingsAreRefusedByName() {
    const std::string folder = path("other");
    run_local(lorenz_spec("rho=10:60:2", SweepMeasure::LyapunovMax, 5.0, 1.0), folder);
    try {
      run_local(lorenz_spec("rho=10:60:2", SweepMeasure::LyapunovMax, 6.0, 1.0), folder);
      QFAIL("resumed with another t_end");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("t_end is 5 there and 6 here"), e.what());
    }
    try {
      run_local(lorenz_spec("rho=10:50:2", SweepMeasure::LyapunovMax, 5.0, 1.0), folder);
      QFAIL("resumed with another grid");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("axis_1 is rho=10:60:2 there and rho=10:50:2 here"), e.what());
    }
  }

  void checkpointNamesTheCellsAStoppedRankHeld() {
    const SweepSpec spec = lorenz_spec("rho=10:60:6", SweepMeasure::LyapunovMax, 5.0, 1.0);
    const std::string folder = path("held");
    {
      SweepCheckpoint checkpoint(folder, sweep_settings_text(spec), 6, 1);
      checkpoint.save_assignment(1, {2, 3, 4});
      const double value = 0.5;
      checkpoint.save_cell(3, CellStatus::Success, &value);
    }
    const SweepRun run = run_local(spec, folder);
    QCOMPARE(run.held_when_stopped.size(), std::size_t{1});
    QCOMPARE(run.held_when_stopped[0].rank, 1);
    QCOMPARE(run.held_when_stopped[0].cells, (std::vector<std::size_t>{2, 4}));
    QCOMPARE(run.restored, std::size_t{1});
    QCOMPARE(run.values[3], 0.5);  // taken from the checkpoint, not recomputed
  }

  void escapeRatesFollowKramersAndArrhenius() {
    // Overdamped U = h (x^2 - 1)^2, h = 1, gamma = 1. The counter's rate is one over the mean
    // first-passage time from the left minimum to the right one, which is exact for
    // 1-D diffusion (mfpt_rate); Kramers' sqrt(U''(-1) |U''(0)|) / (2 pi gamma) e^{-h/kT} is
    // its high-barrier limit (0.90, 0.85, 0.82 of it at h/kT = 5, 3.3, 2.5). 2,000 particles
    // x 50 time units give 6-2 % Poisson errors, and the cells share their noise (same seed),
    // so their errors are correlated: the tolerance is 4 standard errors + 2 % (dt and
    // observation bias). The prefactor does not depend on kT, so ln(rate) against 1/kT
    // has slope -h: the barrier measured from the rates is h within 10 %.
    SweepSpec spec;
    spec.measure = SweepMeasure::EscapeRate;
    spec.escape.potential = find_potential("double-well-1d");
    spec.escape.parameters = {1.0};
    spec.escape.particles = 2000;
    spec.escape.steps = 50'000;
    spec.axes = parse_escape_grid("kT=0.2:0.4:3", *spec.escape.potential);
    const SweepRun run = run_local(spec);
    QCOMPARE(run.undefined, std::size_t{0});
    for (std::size_t i = 0; i < 3; ++i) {
      const double kT = spec.axes[0].value(i), measured = run.values[3 * i], error = run.values[3 * i + 1];
      const double kramers = std::sqrt(8.0 * 4.0) / (2.0 * M_PI) * std::exp(-1.0 / kT);
      const double exact = mfpt_rate(kT);
      qInfo("kT = %.2f: rate %.5f +- %.5f, exact (1/MFPT) %.5f, Kramers %.5f", kT, measured, error, exact,
            run.values[3 * i + 2]);
      QVERIFY(std::fabs(run.values[3 * i + 2] / kramers - 1.0) < 1e-6);
      QVERIFY(std::fabs(measured - exact) < 4.0 * error + 0.02 * exact);
      QVERIFY(error > 0.0 && error < 0.1 * measured);
    }
    const double barrier = -std::log(run.values[6] / run.values[0]) / (1.0 / 0.4 - 1.0 / 0.2);
    qInfo("Arrhenius barrier from the rates: %.3f (h = 1)", barrier);
    QVERIFY(std::fabs(barrier - 1.0) < 0.1);
    // Same bytes on one thread.
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
    const SweepRun one = run_local(spec);
    omp_set_num_threads(threads);
    QVERIFY(same_bytes(one.values, run.values));
  }

  void escapeRateSweepsRefuseWhatTheyCannotCount() {
    SweepSpec spec;
    spec.measure = SweepMeasure::EscapeRate;
    spec.escape.potential = find_potential("harmonic");
    spec.axes = parse_escape_grid("kT=0.2:0.4:3", *spec.escape.potential);
    try {
      validate(spec);
      QFAIL("accepted a potential with one well");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("two wells"), e.what());
    }
    spec.escape.potential = find_potential("double-well-1d");
    spec.axes = parse_escape_grid("kT=-0.1:0.4:3", *spec.escape.potential);
    QVERIFY_THROWS_EXCEPTION(InputError, validate(spec));
    QVERIFY_THROWS_EXCEPTION(InputError, parse_escape_grid("rho=0:1:2", *spec.escape.potential));
    QCOMPARE(parse_escape_grid("h=0.5:2:4,gamma=1:2:2", *spec.escape.potential)[0].parameter, std::size_t{3});
    // Too cold to see a transition: the rate is undefined, said so per cell, not a silent NaN.
    spec.axes = parse_escape_grid("kT=0.02:0.02:1", *spec.escape.potential);
    spec.escape.particles = 50;
    spec.escape.steps = 2000;
    const SweepRun run = run_local(spec);
    QCOMPARE(run.undefined, std::size_t{1});
    QCOMPARE(run.status[0], static_cast<std::int32_t>(CellStatus::Undefined));
    QVERIFY(std::isnan(run.values[0]) && std::isfinite(run.values[2]));
  }

  void progressCellsAndCancel() {
    // What a GUI needs: every finished cell with its values, progress, and a cancel that stops soon.
    const SweepSpec spec = lorenz_spec("rho=10:60:8,sigma=5:15:8", SweepMeasure::LyapunovMax, 5.0, 1.0);
    std::atomic<bool> cancel{false};
    std::size_t seen = 0, last_done = 0;
    std::vector<double> filled(64, std::numeric_limits<double>::quiet_NaN());
    SweepRunOptions options;
    options.cancel = &cancel;
    options.on_cell = [&](std::size_t cell, CellStatus, const double* values) {
      filled[cell] = values[0];
      if (++seen == 10) cancel = true;
    };
    options.progress = [&](std::size_t done, std::size_t total) {
      QCOMPARE(total, std::size_t{64});
      last_done = done;
    };
    MpiSession session;
    const SweepRun run = run_sweep(spec, session, options);
    QCOMPARE(run.run_status, RunStatus::Cancelled);
    QVERIFY(run.computed >= 10 && run.computed < 64);
    QCOMPARE(seen, run.computed);
    QVERIFY(last_done <= run.computed && last_done > 0);
    std::size_t done = 0;
    for (std::size_t cell = 0; cell < 64; ++cell) {
      if (!run.done[cell]) continue;
      ++done;
      QCOMPARE(filled[cell], run.values[cell]);
    }
    QCOMPARE(done, run.computed);
  }

  void badSpecsAreRefused() {
    SweepSpec spec = lorenz_spec("rho=10:60:2", SweepMeasure::LyapunovMax, 5.0, 1.0);
    spec.axes[0].count = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, validate(spec));
    spec = lorenz_spec("rho=10:60:2", SweepMeasure::LyapunovMax, 5.0, 1.0);
    spec.axes[0].to = std::numeric_limits<double>::infinity();
    QVERIFY_THROWS_EXCEPTION(InputError, validate(spec));
    spec = lorenz_spec("rho=10:60:2", SweepMeasure::OrbitDiagram, 5.0, 1.0);
    spec.orbit.max_maxima = 0;
    QVERIFY_THROWS_EXCEPTION(InputError, run_local(spec));
  }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "test_sweep.moc"
