// Reference densities for Langevin dynamics: the Boltzmann distribution on a
// grid, histograms and total variation, and the Scharfetter-Gummel
// Fokker-Planck solver (mass, positivity, its exact stationary state, the
// Ornstein-Uhlenbeck moments, agreement with simulated particles, cancel,
// refused inputs). The potentials are defined here so that the test does not
// depend on the built-in registry.
#include <QtTest>

#include <atomic>
#include <cmath>
#include <random>

#include "core/errors.h"
#include "core/langevin/boltzmann.h"
#include "core/langevin/fokker_planck.h"

using namespace flowscope;

namespace {

const std::vector<ParameterSpec> kStiffness = {{"k", "k", 1.0, 0.1, 10.0, "stiffness"}};

// U = k x^2 / 2 in 1-D, U = k (x^2 + y^2) / 2 in 2-D.
class Harmonic final : public Potential {
 public:
  explicit Harmonic(int dimension) : dimension_(dimension) {}
  std::string_view id() const override { return "test-harmonic"; }
  std::string_view name() const override { return "Harmonic"; }
  int dimension() const override { return dimension_; }
  std::span<const ParameterSpec> parameters() const override { return kStiffness; }
  double energy(const double* x, const double* p) const override {
    double sum = 0.0;
    for (int j = 0; j < dimension_; ++j) sum += x[j] * x[j];
    return 0.5 * p[0] * sum;
  }
  void gradient(const double* x, const double* p, double* g) const override {
    for (int j = 0; j < dimension_; ++j) g[j] = p[0] * x[j];
  }
  std::vector<std::pair<double, double>> default_box(const double*) const override {
    return std::vector<std::pair<double, double>>(dimension_, {-3.0, 3.0});
  }

 private:
  int dimension_;
};

// U = (x^2 - 1)^2 in 1-D, U = (x^2 - 1)^2 + y^2 / 2 in 2-D.
class DoubleWell final : public Potential {
 public:
  explicit DoubleWell(int dimension) : dimension_(dimension) {}
  std::string_view id() const override { return "test-double-well"; }
  std::string_view name() const override { return "Double well"; }
  int dimension() const override { return dimension_; }
  std::span<const ParameterSpec> parameters() const override { return {}; }
  double energy(const double* x, const double*) const override {
    const double a = x[0] * x[0] - 1.0;
    return a * a + (dimension_ == 2 ? 0.5 * x[1] * x[1] : 0.0);
  }
  void gradient(const double* x, const double*, double* g) const override {
    g[0] = 4.0 * x[0] * (x[0] * x[0] - 1.0);
    if (dimension_ == 2) g[1] = x[1];
  }
  std::vector<std::pair<double, double>> default_box(const double*) const override {
    if (dimension_ == 1) return {{-2.5, 2.5}};
    return {{-2.5, 2.5}, {-3.0, 3.0}};
  }

 private:
  int dimension_;
};

Grid grid_for(const Potential& potential, std::size_t cells) {
  const auto box = potential.default_box(nullptr);
  return make_grid(box, cells);
}

FokkerPlanckSpec spec_for(std::shared_ptr<const Potential> potential, std::vector<double> parameters, std::size_t cells,
                          double kT, double gamma = 1.0) {
  FokkerPlanckSpec spec;
  spec.grid = grid_for(*potential, cells);
  spec.potential = std::move(potential);
  spec.parameters = std::move(parameters);
  spec.kT = kT;
  spec.gamma = gamma;
  return spec;
}

double min_of(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }
double sum_of(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return s;
}

template <typename F>
bool throws_input_error_naming(F&& f, const char* word) {
  try {
    f();
  } catch (const InputError& e) {
    if (std::string(e.what()).find(word) != std::string::npos) return true;
    qWarning("message '%s' does not name '%s'", e.what(), word);
    return false;
  }
  return false;
}

}  // namespace

class TestFokkerPlanck : public QObject {
  Q_OBJECT

 private slots:
  // ---- Boltzmann, histograms, total variation --------------------------------

  void boltzmannIsNormalisedAtAnyTemperature() {
    const DoubleWell well(2);
    const Grid grid = grid_for(well, 80);
    for (double kT : {10.0, 1.0, 0.3, 1e-3, 1e-8}) {
      const BoltzmannDistribution b = boltzmann_distribution(well, {}, grid, kT);
      QCOMPARE(b.mass.size(), grid.size());
      for (double m : b.mass) QVERIFY(std::isfinite(m) && m >= 0);
      QVERIFY(std::fabs(sum_of(b.mass) - 1.0) < 1e-12);
      QVERIFY(std::isfinite(b.log_partition));
      // The most likely cell sits in a well (x near +-1, y near 0).
      const auto best = std::max_element(b.mass.begin(), b.mass.end()) - b.mass.begin();
      const double bx = grid.center(0, static_cast<std::size_t>(best) / grid.cells[1]);
      const double by = grid.center(1, static_cast<std::size_t>(best) % grid.cells[1]);
      QVERIFY(std::fabs(std::fabs(bx) - 1.0) < 0.1 && std::fabs(by) < 0.1);
    }
    // log Z against the direct sum where nothing underflows.
    const double kT = 0.3;
    const BoltzmannDistribution b = boltzmann_distribution(well, {}, grid, kT);
    const std::vector<double> u = cell_energies(well, {}, grid);
    double z = 0.0;
    for (double e : u) z += std::exp(-e / kT) * grid.cell_volume();
    QVERIFY(std::fabs(b.log_partition - std::log(z)) < 1e-12);
    QCOMPARE(b.energy_min, *std::min_element(u.begin(), u.end()));
  }

  void separableMarginalIsTheOneDimensionalBoltzmann() {
    // U(x, y) = (x^2-1)^2 + y^2/2 factorises: its x-marginal is the 1-D well's.
    const DoubleWell well2(2), well1(1);
    const Grid g2 = grid_for(well2, 64);
    const Grid g1 = make_grid(std::vector<std::pair<double, double>>{{-2.5, 2.5}}, 64);
    const auto b2 = boltzmann_distribution(well2, {}, g2, 0.7);
    const auto b1 = boltzmann_distribution(well1, {}, g1, 0.7);
    const std::vector<double> mx = marginal(g2, b2.mass, 0);
    QCOMPARE(mx.size(), std::size_t(64));
    QVERIFY(total_variation(mx, b1.mass) < 1e-14);
    QVERIFY(std::fabs(sum_of(marginal(g2, b2.mass, 1)) - 1.0) < 1e-12);
    QCOMPARE(marginal(g1, b1.mass, 0), b1.mass);
  }

  void totalVariationIdentities() {
    const std::vector<double> p = {0.1, 0.2, 0.3, 0.4}, q = {0.4, 0.3, 0.2, 0.1};
    QCOMPARE(total_variation(p, p), 0.0);
    QCOMPARE(total_variation(p, q), total_variation(q, p));
    QVERIFY(std::fabs(total_variation(p, q) - 0.4) < 1e-15);
    QCOMPARE(total_variation(std::vector<double>{0.5, 0.5, 0, 0}, std::vector<double>{0, 0, 0.25, 0.75}), 1.0);
    QVERIFY(throws_input_error_naming([&] { total_variation(p, std::vector<double>{1.0}); }, "sizes"));
  }

  void harmonicBoltzmannMatchesExactGaussianCellMasses() {
    // U = k x^2/2: the Boltzmann density is N(0, kT/k). Midpoint quadrature
    // makes the cell masses second order in h.
    const auto harmonic = std::make_shared<Harmonic>(1);
    const double k = 2.0, kT = 0.5, sigma = std::sqrt(kT / k);
    double previous = 0.0;
    for (std::size_t cells : {60, 120, 240}) {
      const Grid grid = grid_for(*harmonic, cells);
      const auto b = boltzmann_distribution(*harmonic, std::vector<double>{k}, grid, kT);
      const double tv = total_variation(b.mass, gaussian_masses(grid, std::vector<double>{0.0}, sigma));
      const double log_z = std::log(std::sqrt(2 * M_PI) * sigma);
      qInfo("harmonic 1-D, %zu cells: TV(Boltzmann, exact Gaussian) = %.3g, log Z error %.3g", cells, tv,
            b.log_partition - log_z);
      const double h = grid.width(0);
      QVERIFY(tv < 0.2 * h * h);
      QVERIFY(std::fabs(b.log_partition - log_z) < 0.2 * h * h);
      if (previous > 0) QVERIFY(tv < 0.3 * previous);  // ~4x smaller per halving of h
      previous = tv;
    }
    const auto harmonic2 = std::make_shared<Harmonic>(2);
    const Grid grid2 = grid_for(*harmonic2, 100);
    const auto b2 = boltzmann_distribution(*harmonic2, std::vector<double>{k}, grid2, kT);
    const double tv2 = total_variation(b2.mass, gaussian_masses(grid2, std::vector<double>{0.0, 0.0}, sigma));
    qInfo("harmonic 2-D, 100x100 cells: TV = %.3g", tv2);
    QVERIFY(tv2 < 0.2 * grid2.width(0) * grid2.width(0) * 2);
  }

  void histogramCountsInsideOutsideAndBothLayouts() {
    const Grid grid = make_grid(std::vector<std::pair<double, double>>{{0.0, 2.0}, {0.0, 1.0}},
                                std::vector<std::size_t>{2, 2});
    // Points (x, y): two in cell (0,0), one on the upper corner (cell (1,1)),
    // one outside, one NaN.
    const std::vector<double> rows = {0.1, 0.1, 0.9, 0.4, 2.0, 1.0, 2.5, 0.5, NAN, 0.5};
    std::vector<double> soa(10);
    for (int i = 0; i < 5; ++i)
      for (int j = 0; j < 2; ++j) soa[j * 5 + i] = rows[i * 2 + j];
    const Histogram a = histogram(grid, rows.data(), 5, PointLayout::RowMajor);
    const Histogram b = histogram(grid, soa.data(), 5, PointLayout::StructureOfArrays);
    QCOMPARE(a.mass, b.mass);
    QCOMPARE(a.total, std::size_t(5));
    QCOMPARE(a.inside, std::size_t(3));
    QCOMPARE(a.outside, std::size_t(1));
    QCOMPARE(a.non_finite, std::size_t(1));
    QCOMPARE(a.mass, (std::vector<double>{0.4, 0.0, 0.0, 0.2}));
  }

  // ---- Fokker-Planck ---------------------------------------------------------

  void boltzmannIsTheExactStationaryState() {
    // Started from the discrete Boltzmann masses, the scheme does not move.
    for (int dim : {1, 2}) {
      const auto well = std::make_shared<DoubleWell>(dim);
      const FokkerPlanckSpec spec = spec_for(well, {}, dim == 1 ? 200 : 50, 0.4);
      FokkerPlanck fp(spec, boltzmann_distribution(*well, {}, spec.grid, spec.kT).mass);
      QCOMPARE(fp.advance_to(5.0), RunStatus::Success);
      const double tv = total_variation(fp.masses(), fp.boltzmann().mass);
      qInfo("%d-D: TV drift of the Boltzmann state over t = 5 (%llu steps): %.3g", dim,
            static_cast<unsigned long long>(fp.steps()), tv);
      QVERIFY(tv < 1e-12);
    }
  }

  void massConservedAndNonNegativeOverALongRun() {
    // A point start (all mass in one cell) at low kT: the sharpest test of
    // positivity; 2-D double well, t = 50.
    const auto well = std::make_shared<DoubleWell>(2);
    for (double kT : {0.05, 1.0}) {
      const FokkerPlanckSpec spec = spec_for(well, {}, 64, kT);
      FokkerPlanck fp(spec, gaussian_masses(spec.grid, std::vector<double>{0.3, 1.0}, 0.0));
      double worst_mass = 0.0, lowest = 1.0;
      for (double t = 5; t <= 50; t += 5) {
        QCOMPARE(fp.advance_to(t), RunStatus::Success);
        worst_mass = std::max(worst_mass, std::fabs(fp.mass() - 1.0));
        lowest = std::min(lowest, min_of(fp.masses()));
      }
      qInfo("kT = %g: %llu steps of %.3g, |mass - 1| <= %.3g, min mass %.3g", kT,
            static_cast<unsigned long long>(fp.steps()), fp.step(), worst_mass, lowest);
      QVERIFY(worst_mass < 1e-10);
      QVERIFY(lowest >= 0.0);
    }
  }

  void convergesToBoltzmann() {
    // 1-D double well at kT = 0.5 (barrier 2 kT, Kramers relaxation rate
    // ~0.25) and the 2-D well at kT = 1: TV to the discrete Boltzmann masses
    // falls geometrically down to rounding.
    {
      const auto well = std::make_shared<DoubleWell>(1);
      const FokkerPlanckSpec spec = spec_for(well, {}, 100, 0.5);
      const std::vector<double> times = {0.5, 2, 8, 32, 64, 128};
      const auto run = solve_fokker_planck(spec, gaussian_masses(spec.grid, std::vector<double>{-1.0}, 0.1), times);
      QCOMPARE(run.status, RunStatus::Success);
      const auto pi = boltzmann_distribution(*well, {}, spec.grid, spec.kT).mass;
      QString line;
      for (std::size_t k = 0; k < times.size(); ++k)
        line += QString(" t=%1: %2").arg(times[k]).arg(total_variation(run.masses[k], pi), 0, 'g', 3);
      qInfo("1-D double well, TV to Boltzmann:%s", qPrintable(line));
      QVERIFY(total_variation(run.masses[1], pi) > 0.1);  // still far at t = 2
      QVERIFY(total_variation(run.masses.back(), pi) < 1e-8);
      double worst = 0.0;  // relative, over the cells holding mass
      for (std::size_t c = 0; c < pi.size(); ++c)
        if (pi[c] > 1e-6) worst = std::max(worst, std::fabs(run.masses.back()[c] / pi[c] - 1.0));
      QVERIFY(worst < 1e-7);
    }
    {
      const auto well = std::make_shared<DoubleWell>(2);
      const FokkerPlanckSpec spec = spec_for(well, {}, 48, 1.0);
      const std::vector<double> times = {1, 4, 16, 40};
      const auto run =
          solve_fokker_planck(spec, gaussian_masses(spec.grid, std::vector<double>{1.0, 1.0}, 0.2), times);
      const auto pi = boltzmann_distribution(*well, {}, spec.grid, spec.kT).mass;
      QString line;
      for (std::size_t k = 0; k < times.size(); ++k)
        line += QString(" t=%1: %2").arg(times[k]).arg(total_variation(run.masses[k], pi), 0, 'g', 3);
      qInfo("2-D double well, TV to Boltzmann:%s", qPrintable(line));
      QVERIFY(total_variation(run.masses.back(), pi) < 1e-8);
    }
  }

  void ornsteinUhlenbeckMoments() {
    // U = k x^2/2, gamma != 1: x(t) is Gaussian with mean x0 e^{-kt/gamma}
    // and variance s0^2 e^{-2kt/gamma} + (kT/k)(1 - e^{-2kt/gamma}). The grid
    // moments carry Sheppard's h^2/12 (removed) and an O(h^2) scheme error:
    // tolerance 0.5 h^2, i.e. 5e-3 at h = 0.1 down to 8e-5 at h = 0.0125.
    const auto harmonic = std::make_shared<Harmonic>(1);
    const double k = 2.0, gamma = 1.5, kT = 0.5, x0 = 1.2, s0 = 0.3, t = 0.4;
    const double decay = std::exp(-k * t / gamma);
    const double mean = x0 * decay;
    const double variance = s0 * s0 * decay * decay + kT / k * (1 - decay * decay);
    double previous = 1.0;
    for (std::size_t cells : {60, 120, 240, 480}) {
      const FokkerPlanckSpec spec = spec_for(harmonic, {k}, cells, kT, gamma);
      FokkerPlanck fp(spec, gaussian_masses(spec.grid, std::vector<double>{x0}, s0));
      QCOMPARE(fp.advance_to(t), RunStatus::Success);
      const double h = spec.grid.width(0);
      const auto [m, v] = mean_variance(spec.grid, fp.masses());
      const double error = std::max(std::fabs(m - mean), std::fabs(v - h * h / 12 - variance));
      qInfo("OU, %zu cells (h = %.4g): mean %.6f (exact %.6f), variance %.6f (exact %.6f), error %.3g", cells, h, m,
            mean, v - h * h / 12, variance, error);
      QVERIFY(error < 0.5 * h * h);  // measured ~0.3 h^2
      QVERIFY(error < 0.35 * previous);  // second order: ~4x smaller per halving
      previous = error;
    }
  }

  void particlesMatchTheDensity() {
    // 2e5 overdamped particles, Euler-Maruyama with dt = 1e-3, in the 1-D
    // double well at kT = 0.5 from N(-0.3, 0.15^2); their histogram on 50 cells
    // against the Fokker-Planck masses (400 cells, summed in groups of 8) at
    // t = 0.6. Sources of difference: sampling, E TV ~ sum_i sqrt(p_i / (2 pi N))
    // <= sqrt(cells / (2 pi N)) = 0.0063 (here ~0.004); the Euler-Maruyama
    // weak error O(dt) ~ 1e-3; the grid error of the FP solution ~ 1e-4.
    // Tolerance 0.012.
    const auto well = std::make_shared<DoubleWell>(1);
    const double kT = 0.5, gamma = 1.0, x0 = -0.3, s0 = 0.15, t_end = 0.6, dt = 1e-3;
    const std::size_t n = 200'000, coarse = 50, fine = 400;
    std::mt19937_64 rng(12345);
    std::normal_distribution<double> normal;
    std::vector<double> x(n);
    for (double& xi : x) xi = x0 + s0 * normal(rng);
    const double kick = std::sqrt(2 * kT * dt / gamma);
    const int steps = static_cast<int>(std::lround(t_end / dt));
    for (int s = 0; s < steps; ++s)
      for (double& xi : x) xi += -4 * xi * (xi * xi - 1) / gamma * dt + kick * normal(rng);

    const Grid coarse_grid = grid_for(*well, coarse);
    const Histogram hist = histogram(coarse_grid, x.data(), n, PointLayout::StructureOfArrays);
    QCOMPARE(hist.outside + hist.non_finite, std::size_t(0));

    const FokkerPlanckSpec spec = spec_for(well, {}, fine, kT, gamma);
    const std::vector<double> times = {t_end / 2, t_end};
    const auto run = solve_fokker_planck(spec, gaussian_masses(spec.grid, std::vector<double>{x0}, s0), times);
    auto coarsen = [&](const std::vector<double>& m) {
      std::vector<double> out(coarse, 0.0);
      for (std::size_t c = 0; c < fine; ++c) out[c / (fine / coarse)] += m[c];
      return out;
    };
    const double tv = total_variation(hist.mass, coarsen(run.masses[1]));
    const double tv_wrong_time = total_variation(hist.mass, coarsen(run.masses[0]));
    const double right_well = sum_of(std::vector<double>(hist.mass.begin() + coarse / 2, hist.mass.end()));
    qInfo("particles vs FP at t = %g: TV = %.4f (tolerance 0.012); vs FP at t = %g: TV = %.4f; right-well fraction %.3f",
          t_end, tv, t_end / 2, tv_wrong_time, right_well);
    QVERIFY(tv < 0.012);
    QVERIFY(tv_wrong_time > 3 * tv);  // the comparison can tell times apart
    QVERIFY(right_well > 0.1 && right_well < 0.45);  // an intermediate, two-humped state
  }

  void progressAndCancel() {
    const auto well = std::make_shared<DoubleWell>(2);
    const FokkerPlanckSpec spec = spec_for(well, {}, 64, 0.5);
    const auto start = gaussian_masses(spec.grid, std::vector<double>{0.0, 0.0}, 0.3);

    std::vector<double> fractions;
    RunControl control;
    control.progress = [&](double f) { fractions.push_back(f); };
    const std::vector<double> times = {1.0, 2.0};
    const auto run = solve_fokker_planck(spec, start, times, control);
    QCOMPARE(run.status, RunStatus::Success);
    QVERIFY(fractions.size() > 3);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);

    std::atomic<bool> cancel{false};
    RunControl cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](double f) {
      if (f > 0.1) cancel = true;
    };
    FokkerPlanck fp(spec, start);
    QCOMPARE(fp.advance_to(100.0, cancelling), RunStatus::Cancelled);
    QVERIFY(fp.time() > 0 && fp.time() < 50.0);
    QVERIFY(std::fabs(fp.mass() - 1.0) < 1e-12);  // a consistent state at the last step

    const auto none = solve_fokker_planck(spec, start, times, cancelling);  // flag still raised
    QCOMPARE(none.status, RunStatus::Cancelled);
    QVERIFY(none.masses.empty());
  }

  void badInputsAreRefused() {
    const auto well = std::make_shared<DoubleWell>(2);
    const FokkerPlanckSpec good = spec_for(well, {}, 16, 0.5);
    const auto start = gaussian_masses(good.grid, std::vector<double>{0.0, 0.0}, 0.3);
    auto with = [&](auto change) {
      FokkerPlanckSpec spec = good;
      change(spec);
      return [spec, &start] { FokkerPlanck fp(spec, start); };
    };
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.kT = 0; }), "kT"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.kT = -1; }), "kT"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.kT = NAN; }), "kT"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.gamma = 0; }), "gamma"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.gamma = -2; }), "gamma"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.max_step = -1e-3; }), "time step"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.safety = 1.5; }), "safety"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.potential = nullptr; }), "potential"));
    QVERIFY(throws_input_error_naming(with([](FokkerPlanckSpec& s) { s.parameters = {1.0}; }), "parameters"));
    QVERIFY(throws_input_error_naming(
        with([](FokkerPlanckSpec& s) { s.grid = make_grid(std::vector<std::pair<double, double>>{{-2, 2}}, 16); }),
        "dimension"));
    QVERIFY(throws_input_error_naming([&] { FokkerPlanck fp(good, std::vector<double>(5, 0.2)); }, "initial masses"));
    QVERIFY(throws_input_error_naming([&] { FokkerPlanck fp(good, std::vector<double>(256, 0.0)); }, "zero"));
    std::vector<double> negative = start;
    negative[3] = -1e-9;
    QVERIFY(throws_input_error_naming([&] { FokkerPlanck fp(good, negative); }, "non-negative"));
    FokkerPlanck fp(good, start);
    QVERIFY(fp.advance_to(0.5) == RunStatus::Success);
    QVERIFY(throws_input_error_naming([&] { fp.advance_to(0.25); }, "advance"));
    QVERIFY(throws_input_error_naming(
        [&] { solve_fokker_planck(good, start, std::vector<double>{1.0, 0.5}); }, "non-decreasing"));

    // Grids: bad boxes, no cells, too many cells, too much memory.
    using Box = std::vector<std::pair<double, double>>;
    QVERIFY(throws_input_error_naming([] { make_grid(Box{{1.0, -1.0}}, 10); }, "lo < hi"));
    QVERIFY(throws_input_error_naming([] { make_grid(Box{{0.0, INFINITY}}, 10); }, "lo < hi"));
    QVERIFY(throws_input_error_naming([] { make_grid(Box{{0, 1}, {0, 1}, {0, 1}}, 10); }, "1-D or 2-D"));
    QVERIFY(throws_input_error_naming([] { make_grid(Box{{0, 1}}, 0); }, "at least one cell"));
    QVERIFY(throws_input_error_naming([] { make_grid(Box{{0, 1}, {0, 1}}, 100'000); }, "too large"));
    QVERIFY(throws_input_error_naming(
        [] { check_grid_memory(make_grid(Box{{0, 1}, {0, 1}}, 10'000), 1e5, "Fokker-Planck solver"); }, "GB"));

    // Boltzmann and Gaussian starts.
    QVERIFY(throws_input_error_naming([&] { boltzmann_distribution(*well, {}, good.grid, 0.0); }, "kT"));
    QVERIFY(throws_input_error_naming([&] { gaussian_masses(good.grid, std::vector<double>{0.0}, 0.1); }, "coordinates"));
    QVERIFY(throws_input_error_naming([&] { gaussian_masses(good.grid, std::vector<double>{0.0, 0.0}, -1); }, "width"));
    QVERIFY(throws_input_error_naming([&] { gaussian_masses(good.grid, std::vector<double>{50.0, 0.0}, 0.1); }, "box"));
    QVERIFY(throws_input_error_naming([&] { gaussian_masses(good.grid, std::vector<double>{50.0, 0.0}, 0.0); }, "box"));
  }
};

QTEST_APPLESS_MAIN(TestFokkerPlanck)
#include "test_fokker_planck.moc"
