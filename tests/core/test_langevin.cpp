// Langevin dynamics: Ornstein-Uhlenbeck variance, Boltzmann sampling of the
// double well, equipartition (BAOAB), the Leimkuhler-Matthews scheme's smaller
// invariant-measure bias, Kramers' escape rate, thread-count independence for
// every method, typed potentials, blow-up detection, refused inputs and the
// built-in catalogue.
#include <QtTest>

#include <omp.h>

#include <cmath>
#include <cstring>
#include <numbers>
#include <random>

#include "core/errors.h"
#include "core/langevin/dynamics.h"
#include "core/langevin/langevin_kernels.h"
#include "core/random/philox.h"
#include "core/langevin/references.h"
#include "core/langevin/expression_potential.h"
#include "core/langevin/potential.h"

using namespace flowscope;

namespace {

LangevinSpec spec_for(const std::string& id, LangevinMethod method, double kT, double dt, std::uint64_t seed = 7,
                      std::vector<double> parameters = {}) {
  LangevinSpec spec;
  spec.potential = find_potential(id);
  if (parameters.empty()) parameters = default_parameters(*spec.potential);
  spec.potential = sized_for(spec.potential, parameters);
  spec.parameters = parameters;
  spec.method = method;
  spec.settings.kT = kT;
  spec.settings.dt = dt;
  spec.seed = seed;
  return spec;
}

// Kramers' overdamped rate for U = h (x^2 - 1)^2: sqrt(U''(min) |U''(0)|)/(2 pi gamma) exp(-h/kT).
double kramers_rate(double h, double kT, double gamma) {
  return std::sqrt(8.0 * h * 4.0 * h) / (2.0 * std::numbers::pi * gamma) * std::exp(-h / kT);
}

// 1 / (mean first-passage time from -1 to +1), by quadrature of
// tau = (gamma/kT) int_{-1}^{1} e^{U(y)/kT} int_{-inf}^{y} e^{-U(z)/kT} dz dy.
double first_passage_rate(double h, double kT, double gamma) {
  const double dz = 1e-5;
  double inner = 0.0, tau = 0.0;
  for (double z = -3.0; z < 1.0; z += dz) {
    const double u = h * (z * z - 1) * (z * z - 1);
    inner += std::exp(-u / kT) * dz;
    if (z >= -1.0) tau += std::exp(u / kT) * inner * dz;
  }
  return 1.0 / (tau * gamma / kT);
}

struct ThreadRun {
  std::vector<double> x, v;
};

ThreadRun run_with_threads(int threads, const LangevinSpec& spec, std::size_t count, int splits) {
  const int saved = omp_get_max_threads();
  omp_set_num_threads(threads);
  LangevinEnsemble ensemble(spec, count);
  for (int s = 0; s < splits; ++s) ensemble.advance(120 / splits);
  omp_set_num_threads(saved);
  ThreadRun run;
  for (int j = 0; j < ensemble.dimension(); ++j) {
    run.x.insert(run.x.end(), ensemble.positions(j).begin(), ensemble.positions(j).end());
    if (is_underdamped(spec.method))
      run.v.insert(run.v.end(), ensemble.velocities(j).begin(), ensemble.velocities(j).end());
  }
  return run;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  // memcmp of the null data() of an empty vector is undefined, even for 0 bytes (UBSan, asan preset).
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

}  // namespace

class TestLangevin : public QObject {
  Q_OBJECT

 private slots:
  void catalogueGradientsAreExact() {
    std::mt19937_64 rng(3);
    for (const auto& potential : all_potentials()) {
      const std::vector<double> p = default_parameters(*potential);
      validate_parameters(*potential, p);
      QVERIFY(!potential->formula().empty());
      QVERIFY(!potential->description().empty());
      const auto box = potential->default_box(p.data());
      const int n = potential->dimension();
      QCOMPARE(static_cast<int>(box.size()), n);
      std::vector<double> x(n), g(n), xp(n);
      for (int trial = 0; trial < 20; ++trial) {
        for (int j = 0; j < n; ++j) x[j] = std::uniform_real_distribution<double>(box[j].first, box[j].second)(rng);
        potential->gradient(x.data(), p.data(), g.data());
        for (int j = 0; j < n; ++j) {
          const double h = 1e-5 * std::max(1.0, std::fabs(x[j]));
          xp = x;
          xp[j] = x[j] + h;
          const double up = potential->energy(xp.data(), p.data());
          xp[j] = x[j] - h;
          const double down = potential->energy(xp.data(), p.data());
          const double numeric = (up - down) / (2 * h);
          QVERIFY2(std::fabs(numeric - g[j]) <= 1e-6 * std::max(1.0, std::fabs(g[j])),
                   qPrintable(QString("%1: dU/dx%2 %3 vs %4").arg(QString::fromStdString(std::string(potential->id())))
                                  .arg(j).arg(g[j]).arg(numeric)));
        }
      }
      // gradient_batch agrees with gradient.
      const std::size_t m = 37;
      std::vector<double> soa(n * m), gsoa(n * m);
      std::vector<const double*> xs(n);
      std::vector<double*> gs(n);
      for (int j = 0; j < n; ++j) {
        for (std::size_t i = 0; i < m; ++i) soa[j * m + i] = box[j].first + (box[j].second - box[j].first) * (i + 0.5) / m;
        xs[j] = soa.data() + j * m;
        gs[j] = gsoa.data() + j * m;
      }
      potential->gradient_batch(xs.data(), m, p.data(), gs.data());
      for (std::size_t i = 0; i < m; ++i) {
        for (int j = 0; j < n; ++j) x[j] = soa[j * m + i];
        potential->gradient(x.data(), p.data(), g.data());
        for (int j = 0; j < n; ++j) QVERIFY(std::fabs(g[j] - gsoa[j * m + i]) <= 1e-12 * std::max(1.0, std::fabs(g[j])));
      }
    }
    // The 2-D double well's defaults are exactly (x^2 - 1)^2 + y^2/2.
    const auto dw = find_potential("double-well");
    const std::vector<double> p = default_parameters(*dw);
    const double point[2] = {0.3, -1.7};
    QCOMPARE(dw->energy(point, p.data()), (0.09 - 1) * (0.09 - 1) + 1.7 * 1.7 / 2);
    // Structural parameters resize.
    const auto h3 = sized_for(find_potential("harmonic"), std::vector<double>{2.0, 3.0});
    QCOMPARE(h3->dimension(), 3);
    const auto ring = sized_for(find_potential("oscillator-ring"), std::vector<double>{1.0, 1.0, 5.0});
    QCOMPARE(ring->dimension(), 5);
    QVERIFY_THROWS_EXCEPTION(InputError, find_potential("nope"));
    QVERIFY_THROWS_EXCEPTION(InputError, sized_for(find_potential("harmonic"), std::vector<double>{1.0, 2.5}));
  }

  void ornsteinUhlenbeckVariance() {
    // U = k|x|^2/2, k = 2, kT = 1: Boltzmann variance kT/k = 0.5 per axis.
    LangevinSpec spec = spec_for("harmonic", LangevinMethod::EulerMaruyama, 1.0, 0.005, 11, {2.0, 2.0});
    LangevinEnsemble ensemble(spec, 100'000);
    QCOMPARE(ensemble.advance(1000).status, RunStatus::Success);  // t = 5: transients decay as e^{-2kt}
    const LangevinStatistics stats = ensemble.statistics();
    for (int j = 0; j < 2; ++j) {
      const double variance = stats.covariance[j * 2 + j];
      qInfo("OU variance axis %d: %.5f (kT/k = 0.5, error %.2f %%)", j, variance, 100 * (variance / 0.5 - 1));
      QVERIFY(std::fabs(variance / 0.5 - 1) < 0.02);
      QVERIFY(std::fabs(stats.mean[j]) < 0.01);
    }
    QVERIFY(std::fabs(stats.covariance[1]) < 0.01);
    // Live control: a hotter bath between advances, no restart.
    LangevinSettings hotter = ensemble.settings();
    hotter.kT = 2.0;
    ensemble.set_settings(hotter);
    ensemble.advance(1000);
    const double variance = ensemble.statistics().covariance[0];
    qInfo("OU variance after kT 1 -> 2: %.5f (expected 1)", variance);
    QVERIFY(std::fabs(variance - 1.0) < 0.03);
  }

  void doubleWellMatchesBoltzmann() {
    // U = (x^2-1)^2 + y^2/2, kT = 0.5, 400,000 particles, EM dt 0.005 to t = 6;
    // histogram on 24 x 24 cells over the default box [-2.2, 2.2] x [-4, 4].
    LangevinSpec spec = spec_for("double-well", LangevinMethod::EulerMaruyama, 0.5, 0.005, 5);
    LangevinEnsemble ensemble(spec, 400'000);
    QCOMPARE(ensemble.advance(1200).status, RunStatus::Success);
    const BoltzmannComparison result = compare_to_boltzmann(*spec.potential, spec.parameters, 0.5, ensemble, 24);
    qInfo("double well: TV to Boltzmann %.4f on 24 x 24 cells (outside the box: %.2g)", result.tv,
          result.outside_fraction);
    QVERIFY(result.tv < 0.02);
    // A far-from-equilibrium start is far from Boltzmann: the measure sees it.
    LangevinEnsemble fresh(spec, 400'000);
    QVERIFY(compare_to_boltzmann(*spec.potential, spec.parameters, 0.5, fresh, 24).tv > 0.2);
  }

  void baoabEquipartition() {
    LangevinSpec spec = spec_for("double-well", LangevinMethod::Baoab, 0.5, 0.05, 9);
    spec.settings.mass = 2.0;
    LangevinEnsemble ensemble(spec, 100'000);
    QCOMPARE(ensemble.advance(400).status, RunStatus::Success);  // t = 20, friction time m/gamma = 2
    const LangevinStatistics stats = ensemble.statistics();
    qInfo("BAOAB <m v^2> = %.5f (kT = 0.5; axes %.5f, %.5f)", stats.kinetic_temperature,
          stats.kinetic_temperature_per_axis[0], stats.kinetic_temperature_per_axis[1]);
    QVERIFY(std::fabs(stats.kinetic_temperature / 0.5 - 1) < 0.02);
    for (double t : stats.kinetic_temperature_per_axis) QVERIFY(std::fabs(t / 0.5 - 1) < 0.03);
    // and its positions follow Boltzmann too
    const BoltzmannComparison result = compare_to_boltzmann(*spec.potential, spec.parameters, 0.5, ensemble, 16);
    qInfo("BAOAB: TV to Boltzmann %.4f on 16 x 16 cells", result.tv);
    QVERIFY(result.tv < 0.03);
  }

  void leimkuhlerMatthewsBeatsEulerMaruyama() {
    // OU with k = 1, kT = 1, dt = 0.1: EM's stationary variance is 1/(1 - h/2)
    // (5.3 % high); the LM scheme's is exactly 1.
    double error[2];
    int index = 0;
    for (LangevinMethod method : {LangevinMethod::EulerMaruyama, LangevinMethod::LeimkuhlerMatthews}) {
      LangevinSpec spec = spec_for("harmonic", method, 1.0, 0.1, 21, {1.0, 1.0});
      LangevinEnsemble ensemble(spec, 100'000);
      ensemble.advance(200);
      const double variance = ensemble.statistics().covariance[0];
      error[index++] = std::fabs(variance - 1.0);
      qInfo("%s at dt 0.1: OU variance %.5f (exact 1)", std::string(langevin_method_name(method)).c_str(), variance);
    }
    QVERIFY(error[0] > 0.03);
    QVERIFY(error[1] < 0.015);
    QVERIFY(error[1] < error[0] / 3);
  }

  void vectorNormalsMatchTheScalarOnes() {
    // The kernels' normals (Philox words in 64-bit lanes, table-based cos/sin
    // of the Box-Muller angle, glibc's vector log) against philox::normals
    // (scalar libm): the same numbers up to rounding, for every output.
    constexpr std::size_t n = langevin_kernels::kLangevinChunk;
    alignas(64) double z[4][n];
    double worst = 0.0;
    for (std::uint64_t step : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{123456789}, std::uint64_t{1} << 40}) {
      const std::uint32_t first = static_cast<std::uint32_t>(step * 7919u);
      langevin_kernels::normals4(0x1234567887654321ull, first, step, 3, z[0], z[1], z[2], z[3]);
      for (std::size_t i = 0; i < n; ++i) {
        double expected[4];
        philox::normals(0x1234567887654321ull, first + static_cast<std::uint32_t>(i), step, 3, expected);
        for (int k = 0; k < 4; ++k) worst = std::max(worst, std::fabs(z[k][i] - expected[k]));
      }
    }
    qInfo("largest difference between vector and scalar normals: %.2g", worst);
    QVERIFY(worst < 1e-13);  // a few ulp of numbers up to ~6
  }

  void kramersEscapeRate() {
    // U = (x^2-1)^2, kT = 1/6 (barrier 6 kT), gamma = 1; 20,000 particles from
    // x = -1, LM scheme dt 0.01 to T = 150. Two-state kinetics: the fraction on
    // the right is P(T) = (1 - exp(-2 k T))/2, so k = -ln(1 - 2P)/(2T).
    const double kT = 1.0 / 6.0, T = 150.0, dt = 0.01;
    const std::size_t count = 20'000;
    LangevinSpec spec = spec_for("double-well-1d", LangevinMethod::LeimkuhlerMatthews, kT, dt, 31);
    LangevinEnsemble ensemble(spec, count, std::vector<double>(count, -1.0));
    // The GUI's counter, watching every 10 steps: minimum-to-minimum passages.
    EscapeCounter counter(-1.0, 1.0, count);
    for (std::uint64_t s = 0; s < static_cast<std::uint64_t>(T / dt); s += 10) {
      QCOMPARE(ensemble.advance(10).status, RunStatus::Success);
      counter.observe(ensemble.positions(0), 10 * dt);
    }
    std::size_t right = 0;
    for (double x : ensemble.positions(0)) right += x > 0;
    const double fraction = static_cast<double>(right) / count;
    const double measured = -std::log(1 - 2 * fraction) / (2 * T);
    const double kramers = kramers_rate(1.0, kT, 1.0), passage = first_passage_rate(1.0, kT, 1.0);
    qInfo("Kramers: measured %.5g, formula %.5g (ratio %.3f), 1/MFPT by quadrature %.5g (ratio %.3f)", measured,
          kramers, measured / kramers, passage, measured / passage);
    QVERIFY(std::fabs(measured / kramers - 1) < 0.15);   // Kramers' formula is good to O(kT/dU) ~ 8 % here
    QVERIFY(std::fabs(measured / passage - 1) < 0.07);   // statistics ~2 %, discretisation a little more
    const double counted = counter.rate_from_left();
    qInfo("escape counter: %llu passages from the left, rate %.5g +- %.2g (ratio to 1/MFPT %.3f)",
          static_cast<unsigned long long>(counter.left_to_right()), counted, counter.rate_error_from_left(),
          counted / passage);
    // The counter measures exactly the mean first-passage rate from -1 to +1 (up
    // to the 0.1 observation interval, which misses a few brief visits).
    QVERIFY(std::fabs(counted / passage - 1) < 0.1);
    const auto formula = kramers_estimate(*find_potential("double-well-1d"), std::vector<double>{1.0}, kT, 1.0);
    QVERIFY(formula.has_value());
    QVERIFY(std::fabs(formula->rate / kramers - 1) < 1e-6);
  }

  void identicalForOneAndTwoThreads_data() {
    QTest::addColumn<QString>("potential");
    QTest::addColumn<int>("method");
    for (int m = 0; m < 4; ++m) {
      const std::string name(langevin_method_name(static_cast<LangevinMethod>(m)));
      QTest::newRow(("double-well " + name).c_str()) << "double-well" << m;
      QTest::newRow(("oscillator-ring " + name).c_str()) << "oscillator-ring" << m;
    }
    QTest::newRow("double-well-1d lm") << "double-well-1d" << 1;
  }
  void identicalForOneAndTwoThreads() {
    QFETCH(QString, potential);
    QFETCH(int, method);
    LangevinSpec spec = spec_for(potential.toStdString(), static_cast<LangevinMethod>(method), 0.7, 0.01, 1234);
    spec.settings.force = {0.8, 2.0, 0};  // with the periodic force on
    const std::size_t count = 1000 + 77;  // a ragged last chunk on purpose
    const ThreadRun one = run_with_threads(1, spec, count, 1), two = run_with_threads(2, spec, count, 1);
    QVERIFY(same_bits(one.x, two.x));
    QVERIFY(same_bits(one.v, two.v));
    for (double v : one.x) QVERIFY(std::isfinite(v));
    // Splitting the steps over several advance() calls changes nothing either.
    const ThreadRun split = run_with_threads(2, spec, count, 4);
    QVERIFY(same_bits(one.x, split.x));
    QVERIFY(same_bits(one.v, split.v));
  }

  void typedPotentialGradient() {
    const auto typed = compile_potential("(x^2-1)^2 + y^2/2");
    QCOMPARE(typed->dimension(), 2);
    const auto analytic = find_potential("double-well");
    const std::vector<double> p = default_parameters(*analytic);
    std::mt19937_64 rng(5);
    double worst = 0.0;
    for (int trial = 0; trial < 200; ++trial) {
      const double x[2] = {std::uniform_real_distribution<double>(-3, 3)(rng),
                           std::uniform_real_distribution<double>(-5, 5)(rng)};
      double g[2], e[2];
      typed->gradient(x, nullptr, g);
      analytic->gradient(x, p.data(), e);
      QCOMPARE(typed->energy(x, nullptr), analytic->energy(x, p.data()));
      for (int j = 0; j < 2; ++j) worst = std::max(worst, std::fabs(g[j] - e[j]) / std::max(1.0, std::fabs(e[j])));
    }
    qInfo("typed potential: worst relative gradient error %.2g", worst);
    QVERIFY(worst < 1e-9);
    // With parameters, and a third variable.
    const auto scaled = compile_potential("a*(x^2-1)^2 + b*y^2/2", {{"a", 2.0}, {"b", 3.0}});
    const double x[2] = {0.7, -0.4};
    const double params[2] = {2.0, 3.0};
    double g[2];
    scaled->gradient(x, params, g);
    QVERIFY(std::fabs(g[0] - 2 * 4 * 0.7 * (0.49 - 1)) < 1e-9);
    QVERIFY(std::fabs(g[1] - 3 * -0.4) < 1e-9);
    QCOMPARE(compile_potential("x^2 + z^2")->dimension(), 3);
    QCOMPARE(compile_potential("x^4", {}, 2)->dimension(), 2);
    // Its default box is found from U.
    const auto box = typed->default_box(nullptr);
    QVERIFY(box[0].first < -1.5 && box[0].second > 1.5 && box[1].second > 3);
    // Parse errors name the column.
    try {
      compile_potential("x^2 + qq*y");
      QFAIL("an unknown name was accepted");
    } catch (const PotentialExpressionError& error) {
      QCOMPARE(error.column(), 7);
      QVERIFY(QString(error.what()).contains("column 7"));
    }
    try {
      compile_potential("(x^2 - 1");
      QFAIL("an unclosed bracket was accepted");
    } catch (const PotentialExpressionError& error) {
      QVERIFY(QString(error.what()).contains("column"));
    }
    QVERIFY_THROWS_EXCEPTION(InputError, compile_potential("x^2 + z", {}, 2));
    QVERIFY_THROWS_EXCEPTION(InputError, compile_potential("x^2", {{"x", 1.0}}));
    // Used in an ensemble on two threads, the same as on one.
    LangevinSpec spec;
    spec.potential = typed;
    spec.settings.kT = 0.5;
    spec.settings.dt = 0.01;
    const ThreadRun one = run_with_threads(1, spec, 600, 1), two = run_with_threads(2, spec, 600, 1);
    QVERIFY(same_bits(one.x, two.x));
  }

  void blowUpIsReportedAndStateKept() {
    LangevinSpec spec = spec_for("double-well", LangevinMethod::EulerMaruyama, 0.5, 0.6, 3);
    LangevinEnsemble ensemble(spec, 3000);
    const LangevinStatus status = ensemble.advance(500);
    qInfo("blow-up: %s", status.message.c_str());
    QCOMPARE(status.status, RunStatus::Unstable);
    QVERIFY(status.steps < 500);
    QCOMPARE(status.bad_step, status.steps + 1);
    QCOMPARE(ensemble.steps_done(), status.steps);
    QVERIFY(std::fabs(ensemble.time() - 0.6 * status.steps) < 1e-9);
    QVERIFY(QString::fromStdString(status.message).contains("step"));
    QVERIFY(status.bad_particle < 3000);
    for (int j = 0; j < 2; ++j)
      for (double x : ensemble.positions(j)) QVERIFY(std::isfinite(x));
    // One more step from the kept state blows up at once, at the reported step.
    const LangevinStatus again = ensemble.advance(1);
    QCOMPARE(again.status, RunStatus::Unstable);
    QCOMPARE(again.bad_step, status.bad_step);
    QCOMPARE(again.bad_particle, status.bad_particle);
  }

  void badInputsAreRefused() {
    auto expect = [](auto make, const char* needle) {
      try {
        make();
        QFAIL(qPrintable(QString("accepted; expected an error about '%1'").arg(needle)));
      } catch (const InputError& error) {
        QVERIFY2(QString(error.what()).contains(needle), error.what());
      }
    };
    LangevinSpec base = spec_for("double-well", LangevinMethod::EulerMaruyama, 0.5, 0.01);
    expect([&] { LangevinSpec s = base; s.settings.kT = 0; LangevinEnsemble e(s, 10); }, "kT");
    expect([&] { LangevinSpec s = base; s.settings.gamma = -1; LangevinEnsemble e(s, 10); }, "gamma");
    expect([&] { LangevinSpec s = base; s.method = LangevinMethod::Baoab; s.settings.mass = 0; LangevinEnsemble e(s, 10); }, "mass");
    expect([&] { LangevinSpec s = base; s.settings.dt = 0; LangevinEnsemble e(s, 10); }, "dt");
    expect([&] { LangevinSpec s = base; s.settings.dt = NAN; LangevinEnsemble e(s, 10); }, "dt");
    expect([&] { LangevinEnsemble e(base, 1'000'000'000'000); }, "bytes");
    expect([&] { LangevinEnsemble e(base, 0); }, "at least one");
    expect([&] { LangevinSpec s = base; s.settings.force.axis = 2; LangevinEnsemble e(s, 10); }, "axis");
    expect([&] { LangevinSpec s = base; s.parameters = {1.0}; LangevinEnsemble e(s, 10); }, "parameter");
    expect([&] { LangevinEnsemble e(base, 10, std::vector<double>(7)); }, "initial positions");
    expect([&] { parse_langevin_method("rk4"); }, "baoab");
    expect([&] { parameter_index(*find_potential("double-well"), "k"); }, "a, b");
    // Live changes are checked too and leave the settings alone.
    LangevinEnsemble ensemble(base, 10);
    LangevinSettings bad = ensemble.settings();
    bad.gamma = 0;
    expect([&] { ensemble.set_settings(bad); }, "gamma");
    QCOMPARE(ensemble.settings().gamma, 1.0);
  }
};

QTEST_APPLESS_MAIN(TestLangevin)
#include "test_langevin.moc"
