// The closed-form references shown beside Langevin ensembles: Kramers-Langer
// rates against the textbook formulas, exact OU moments against an ensemble,
// the escape counter on hand-made paths, and the tracker the GUI runs (the
// Fokker-Planck density follows the ensemble and live changes of kT).
#include <QtTest>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "core/langevin/boltzmann.h"
#include "core/langevin/reference_tracker.h"
#include "core/langevin/references.h"

using namespace flowscope;

namespace {

double relative(double a, double b) { return std::fabs(a / b - 1); }

LangevinSpec overdamped(const std::string& id, std::vector<double> parameters, double kT, double dt) {
  LangevinSpec spec;
  spec.potential = sized_for(find_potential(id), parameters);
  spec.parameters = std::move(parameters);
  spec.method = LangevinMethod::EulerMaruyama;
  spec.settings.kT = kT;
  spec.settings.dt = dt;
  spec.seed = 99;
  return spec;
}

}  // namespace

class TestLangevinReferences : public QObject {
  Q_OBJECT

 private slots:
  void kramersOneDimensional() {
    // U = h (x^2 - 1)^2: U''(+-1) = 8h, U''(0) = -4h.
    const double h = 1.3, kT = 0.25, gamma = 2.0;
    const auto k = kramers_estimate(*find_potential("double-well-1d"), std::vector<double>{h}, kT, gamma);
    QVERIFY(k.has_value());
    QVERIFY(std::fabs(k->x_left + 1) < 1e-10 && std::fabs(k->x_right - 1) < 1e-10 && std::fabs(k->x_saddle) < 1e-10);
    QVERIFY(relative(k->barrier, h) < 1e-12);
    const double textbook = std::sqrt(8 * h * 4 * h) / (2 * std::numbers::pi * gamma) * std::exp(-h / kT);
    QVERIFY2(relative(k->rate, textbook) < 1e-6, qPrintable(QString::number(k->rate / textbook)));  // FD Hessian

    // Underdamped, Kramers 1940: omega0/(2 pi omega_b) (sqrt(g^2/4 + omega_b^2) - g/2) e^{-h/kT}, g = gamma/m.
    const double m = 0.5, g = gamma / m, w0 = std::sqrt(8 * h / m), wb = std::sqrt(4 * h / m);
    const auto u = kramers_estimate(*find_potential("double-well-1d"), std::vector<double>{h}, kT, gamma, m);
    QVERIFY(u.has_value());
    const double kramers1940 = w0 / (2 * std::numbers::pi * wb) * (std::sqrt(g * g / 4 + wb * wb) - g / 2) * std::exp(-h / kT);
    QVERIFY(relative(u->rate, kramers1940) < 1e-6);
    // Strong friction: the underdamped rate tends to the overdamped one (to O((m |U''|/gamma^2)).
    const auto strong = kramers_estimate(*find_potential("double-well-1d"), std::vector<double>{h}, kT, 1000.0, m);
    const auto strong_over = kramers_estimate(*find_potential("double-well-1d"), std::vector<double>{h}, kT, 1000.0);
    QVERIFY(relative(strong->rate, strong_over->rate) < 1e-4);
  }

  void kramersLangerTwoDimensional() {
    // U = a (x^2 - 1)^2 + b y^2/2: det H_min / |det H_s| = 8ab / 4ab = 2, unstable eigenvalue -4a.
    const double a = 1.5, b = 3.0, kT = 0.3, gamma = 0.7;
    const auto k = kramers_estimate(*find_potential("double-well"), std::vector<double>{a, b}, kT, gamma);
    QVERIFY(k.has_value());
    const double langer = 4 * a / gamma / (2 * std::numbers::pi) * std::sqrt(2.0) * std::exp(-a / kT);
    QVERIFY2(relative(k->rate, langer) < 1e-6, qPrintable(QString::number(k->rate / langer)));
  }

  void kramersOnlyForTwoWells() {
    for (const char* id : {"harmonic", "mexican-hat", "washboard", "oscillator-ring"}) {
      const auto potential = find_potential(id);
      QVERIFY2(!kramers_estimate(*potential, default_parameters(*potential), 0.5, 1.0), id);
    }
  }

  void ouMomentsComposeAndMatchAnEnsemble() {
    const OuMoments start{{0.8}, {0.05}};
    // Exact: two spans give the same as one.
    const OuMoments once = advance_ou_moments(start, 2.0, 1.0, 1.5, 0.7);
    const OuMoments twice = advance_ou_moments(advance_ou_moments(start, 2.0, 1.0, 1.5, 0.3), 2.0, 1.0, 1.5, 0.4);
    QVERIFY(std::fabs(once.mean[0] - twice.mean[0]) < 1e-14 && std::fabs(once.variance[0] - twice.variance[0]) < 1e-14);
    QVERIFY(std::fabs(advance_ou_moments(start, 2.0, 1.0, 1.5, 1e3).variance[0] - 0.5) < 1e-12);  // kT/k

    // 100,000 particles, k = 2, kT = 1, EM dt 1e-3, from the default blob
    // (variance 0.16): at t = 0.25 the variance is halfway to kT/k = 0.5.
    const std::size_t n = 100'000;
    LangevinEnsemble ensemble(overdamped("harmonic", {2.0, 1.0}, 1.0, 1e-3), n);
    ReferenceTracker tracker(ensemble);
    ensemble.advance(250);
    const ReferenceReadings r = tracker.observe(ensemble);
    QVERIFY(r.has_ou);
    qInfo("OU at t = 0.25: variance measured %.5f, exact %.5f", r.measured_variance, r.ou_variance);
    // Sampling error of a variance: sqrt(2/n) ~ 0.45 %; Euler-Maruyama's bias O(k dt) ~ 0.2 %.
    QVERIFY(relative(r.measured_variance, r.ou_variance) < 0.015);
    QVERIFY(r.ou_variance > 0.3 && r.ou_variance < 0.45);  // really in transit
  }

  void escapeCounterCountsMinimumToMinimum() {
    EscapeCounter counter(-1.0, 1.0, 2);
    // Particle 0: starts uncommitted, reaches -1, visits the barrier, goes back,
    // then crosses to +1 and back to -1. Particle 1 stays at +1.2.
    const double path[][2] = {{0.0, 1.2}, {-1.1, 1.2}, {0.5, 1.2}, {-1.0, 1.2}, {1.0, 1.2}, {-1.2, 1.2}};
    for (const auto& x : path) counter.observe(std::vector<double>{x[0], x[1]}, 0.5);
    QCOMPARE(counter.left_to_right(), std::uint64_t(1));
    QCOMPARE(counter.right_to_left(), std::uint64_t(1));
    // Left-committed time: particle 0 from the 2nd to the 5th observation, 3 spans.
    QCOMPARE(counter.time_left(), 1.5);
    QCOMPARE(counter.rate_from_left(), 1.0 / 1.5);
    counter.reset_statistics();
    QVERIFY(std::isnan(counter.rate_from_left()));
    QVERIFY_THROWS_EXCEPTION(InputError, EscapeCounter(1.0, -1.0, 3));
  }

  void trackerFollowsTheFokkerPlanckDensity() {
    // The double well from the centred blob: at t = 0.2 the density is splitting
    // towards both wells and is far from Boltzmann; the ensemble follows the
    // Fokker-Planck solution, not yet the Boltzmann density.
    const std::size_t n = 200'000;
    LangevinEnsemble ensemble(overdamped("double-well", {1.0, 1.0}, 0.5, 2e-3), n);
    ReferenceTracker tracker(ensemble);
    ensemble.advance(100);
    ReferenceReadings r = tracker.observe(ensemble);
    QCOMPARE(r.fokker_planck_density.size(), ReferenceTracker::kCells2d);
    const Grid grid = make_grid(ensemble.potential().default_box(ensemble.spec().parameters.data()), ReferenceTracker::kCells2d);
    double tv_boltzmann = 0.0, mass = 0.0;
    for (std::size_t i = 0; i < r.x_centres.size(); ++i) {
      tv_boltzmann += 0.5 * std::fabs(r.ensemble_density[i] - r.boltzmann_density[i]) * grid.width(0);
      mass += r.fokker_planck_density[i] * grid.width(0);
    }
    qInfo("t = 0.2: TV(ensemble, Fokker-Planck) %.4f on 40 x 40 cells; along x, TV(ensemble, Boltzmann) %.4f",
          r.tv_to_fokker_planck, tv_boltzmann);
    QVERIFY(std::fabs(mass - 1) < 1e-10);
    // Sampling noise of 200,000 points on ~600 occupied cells is ~0.02; the
    // scheme's O(h^2) error at h = 0.1 and EM's O(dt) bias add about as much.
    QVERIFY(r.tv_to_fokker_planck < 0.05);
    QVERIFY(tv_boltzmann > 0.2);

    // kT 0.5 -> 0.25 live: the solver continues from its density with the new
    // temperature and, long after, has relaxed to the new Boltzmann density.
    LangevinSettings colder = ensemble.settings();
    colder.kT = 0.25;
    ensemble.set_settings(colder);
    tracker.settings_changed(ensemble);
    ensemble.advance(4000);
    r = tracker.observe(ensemble);
    double tv_fp_boltzmann = 0.0;
    for (std::size_t i = 0; i < r.x_centres.size(); ++i)
      tv_fp_boltzmann += 0.5 * std::fabs(r.fokker_planck_density[i] - r.boltzmann_density[i]) * grid.width(0);
    qInfo("after kT -> 0.25 and t = %.1f: TV(Fokker-Planck, Boltzmann) along x %.2g, TV(ensemble, FP) %.4f", r.time,
          tv_fp_boltzmann, r.tv_to_fokker_planck);
    // Both wells hold half the mass by symmetry; inside each well relaxation is fast.
    QVERIFY(tv_fp_boltzmann < 1e-3);
    QVERIFY(r.tv_to_fokker_planck < 0.05);
    QVERIFY(r.kramers.has_value());
    QVERIFY(relative(r.barrier_over_kT, 4.0) < 1e-9);
  }

  void trackerSaysWhatDoesNotApply() {
    LangevinSpec spec = overdamped("double-well", {1.0, 1.0}, 0.5, 1e-3);
    spec.method = LangevinMethod::Baoab;
    LangevinEnsemble underdamped(spec, 100);
    ReferenceTracker tracker(underdamped);
    ReferenceReadings r = tracker.observe(underdamped);
    QVERIFY(r.fokker_planck_density.empty());
    QVERIFY(r.tv_to_fokker_planck < 0);
    QVERIFY(!r.notes.empty());
    QVERIFY(r.kramers.has_value());  // the underdamped formula applies

    LangevinEnsemble plain(overdamped("double-well", {1.0, 1.0}, 0.5, 1e-3), 100);
    ReferenceTracker switched(plain);
    LangevinSettings forced = plain.settings();
    forced.force = {0.5, 1.0, 0};
    plain.set_settings(forced);
    switched.settings_changed(plain);
    plain.advance(10);
    r = switched.observe(plain);
    QVERIFY(r.fokker_planck_density.empty() && !r.kramers && !r.notes.empty());
  }
};

QTEST_APPLESS_MAIN(TestLangevinReferences)
#include "test_langevin_references.moc"
