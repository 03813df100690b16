// Schrodinger bridges: reference transitions against their formulas, the
// Gaussian closed form (its defining property, its sigma -> 0 limit, and
// Sinkhorn on samples), sampled bridges against the closed form at mid time,
// the bridge SDE landing on the target, and multi-marginal refinement
// recovering the drift of a linear SDE.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "core/bridge/gaussian_bridge.h"
#include "core/bridge/langevin_reference.h"
#include "core/langevin/potential.h"
#include "core/bridge/multi_marginal.h"
#include "core/bridge/schrodinger_bridge.h"
#include "core/errors.h"

using namespace flowscope;

namespace {

// No Eigen here: the core is compiled with -march=native and this test is
// not, and Eigen's heap alignment must not differ across the two.

// Inverse of an n x n row-major matrix by Gauss-Jordan with partial pivoting.
std::vector<double> inverse(std::vector<double> m, int n) {
  std::vector<double> inv(n * n, 0.0);
  for (int i = 0; i < n; ++i) inv[i * n + i] = 1.0;
  for (int c = 0; c < n; ++c) {
    int pivot = c;
    for (int r = c + 1; r < n; ++r)
      if (std::fabs(m[r * n + c]) > std::fabs(m[pivot * n + c])) pivot = r;
    for (int k = 0; k < n; ++k) std::swap(m[c * n + k], m[pivot * n + k]), std::swap(inv[c * n + k], inv[pivot * n + k]);
    const double d = m[c * n + c];
    for (int k = 0; k < n; ++k) m[c * n + k] /= d, inv[c * n + k] /= d;
    for (int r = 0; r < n; ++r)
      if (r != c) {
        const double f = m[r * n + c];
        for (int k = 0; k < n; ++k) m[r * n + k] -= f * m[c * n + k], inv[r * n + k] -= f * inv[c * n + k];
      }
  }
  return inv;
}

const Gaussian kStart{2, {0.0, 0.0}, {1.0, 0.0, 0.0, 1.0}};
const Gaussian kEnd{2, {4.0, 1.0}, {2.0, 0.5, 0.5, 1.0}};

PointCloud sample_cloud(const Gaussian& g, std::size_t n, std::uint64_t seed, std::uint64_t stream) {
  const std::vector<double> rows = sample_gaussian(g, n, seed, stream);
  return cloud_from_rows(rows.data(), n, g.dimension);
}

double max_abs_diff(const std::vector<double>& a, const std::vector<double>& b) {
  double m = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) m = std::max(m, std::fabs(a[i] - b[i]));
  return m;
}

}  // namespace

class TestBridge : public QObject {
  Q_OBJECT

 private slots:
  void referenceTransitionsMatchTheirFormulas() {
    // OU: Phi = e^{-theta h}, Q = sigma^2 (1 - e^{-2 theta h}) / (2 theta); Brownian: Q = sigma^2 h.
    const double sigma = 0.7, theta = 1.3, h = 0.4;
    const GaussianTransition ou = transition(ou_reference(2, sigma, theta), h);
    QVERIFY(std::fabs(ou.phi[0] - std::exp(-theta * h)) < 1e-13 && std::fabs(ou.phi[1]) < 1e-13);
    QVERIFY(std::fabs(ou.q[3] - sigma * sigma * (1 - std::exp(-2 * theta * h)) / (2 * theta)) < 1e-13);
    const GaussianTransition bm = transition(brownian_reference(2, sigma), h);
    QVERIFY(std::fabs(bm.q[0] - sigma * sigma * h) < 1e-14 && std::fabs(bm.q[1]) < 1e-14);
    // Brownian bridge marginal: M = (1 - t) I, N = t I, S = sigma^2 t (1 - t) I.
    const BridgeMarginal m = bridge_marginal(brownian_reference(2, sigma), 0.3, 1.0);
    QVERIFY(std::fabs(m.m[0] - 0.7) < 1e-13 && std::fabs(m.n[3] - 0.3) < 1e-13);
    QVERIFY(std::fabs(m.s[0] - sigma * sigma * 0.3 * 0.7) < 1e-13 && std::fabs(m.s[1]) < 1e-13);
  }

  void closedFormHasTheBridgesCrossTerm() {
    // The plan's density is proportional to mu(x) nu(y) exp(-|x - y|^2 / (2 sigma^2)) times
    // functions of x and of y alone, so the joint precision's off-diagonal block is
    // -I / sigma^2: checked on the formula, not assumed by it.
    for (double sigma : {0.3, 1.0, 3.0}) {
      const GaussianBridge b = gaussian_bridge(kStart, kEnd, brownian_reference(2, sigma));
      const std::vector<double>& c = b.cross_covariance;
      const std::vector<double>& s0 = kStart.covariance;
      const std::vector<double>& s1 = kEnd.covariance;
      const std::vector<double> joint = {s0[0], s0[1], c[0], c[1],  //
                                         s0[2], s0[3], c[2], c[3],  //
                                         c[0],  c[2],  s1[0], s1[1],  //
                                         c[1],  c[3],  s1[2], s1[3]};
      const std::vector<double> precision = inverse(joint, 4);
      double gap = 0.0;
      for (int i = 0; i < 2; ++i)
        for (int j = 0; j < 2; ++j)
          gap = std::max(gap, std::fabs(precision[i * 4 + 2 + j] - (i == j ? -1.0 / (sigma * sigma) : 0.0)));
      QVERIFY2(gap < 1e-9 / (sigma * sigma),
               qPrintable(QString::number(sigma)));
    }
  }

  void closedFormTendsToOptimalTransportIn1D() {
    // 1-D: C = (sqrt(4 s0^2 s1^2 + sigma^4) - sigma^2) / 2 -> s0 s1 (the monotone map) as sigma -> 0,
    // and -> 0 (independence) as sigma grows.
    const Gaussian a{1, {0.0}, {4.0}}, b{1, {1.0}, {0.25}};
    const double small = gaussian_bridge(a, b, brownian_reference(1, 1e-4)).cross_covariance[0];
    QVERIFY(std::fabs(small - 2.0 * 0.5) < 1e-7);
    const double large = gaussian_bridge(a, b, brownian_reference(1, 100.0)).cross_covariance[0];
    QVERIFY(std::fabs(large) < 1e-7 + 4.0 * 0.25 / 1e4);
  }

  void closedFormMatchesSinkhornOnSamples() {
    // 3000 samples per side: the empirical plan's cross covariance has
    // sampling error ~ scale / sqrt(n) ~ 0.03; tolerance 0.08.
    const double sigma = 1.0;
    const PointCloud x = sample_cloud(kStart, 3000, 5, 1), y = sample_cloud(kEnd, 3000, 5, 2);
    const StaticBridge bridge = solve_static_bridge(x, y, brownian_reference(2, sigma), 1.0, SinkhornOptions{});
    QCOMPARE(bridge.sinkhorn.status, SinkhornStatus::Converged);
    // Whitened coordinates are x / sigma, so Cov(x, y) = sigma^2 Cov(x~, y~).
    std::vector<double> sample = bridge.coupling->cross_covariance();
    for (double& v : sample) v *= sigma * sigma;
    const GaussianBridge exact = gaussian_bridge(kStart, kEnd, brownian_reference(2, sigma));
    QVERIFY2(max_abs_diff(sample, exact.cross_covariance) < 0.08,
             qPrintable(QString::number(max_abs_diff(sample, exact.cross_covariance))));
  }

  void sampledBridgeMatchesClosedFormAtMidTime_data() {
    QTest::addColumn<QString>("reference");
    QTest::newRow("brownian") << "brownian";
    QTest::newRow("ou:1") << "ou:1";
  }
  void sampledBridgeMatchesClosedFormAtMidTime() {
    QFETCH(QString, reference);
    const LinearReference ref = parse_reference("--reference", reference.toStdString(), 2, 1.0);
    constexpr std::size_t n = 4000;
    const PointCloud x = sample_cloud(kStart, n, 8, 1), y = sample_cloud(kEnd, n, 8, 2);
    const StaticBridge bridge = solve_static_bridge(x, y, ref, 1.0, SinkhornOptions{});
    QCOMPARE(bridge.sinkhorn.status, SinkhornStatus::Converged);
    const BridgePaths paths = sample_bridge_paths(bridge, n, 40, 3);
    QCOMPARE(paths.samples(), std::size_t{41});
    // Ends pinned: every path starts at a source point and ends at a target point exactly.
    const CloudMoments mid = row_moments(paths.at(20), n, 2);
    const Gaussian exact = gaussian_bridge_marginal(gaussian_bridge(kStart, kEnd, ref), 0.5);
    // Sample mean: sd ~ sqrt(1.5 / 4000) = 0.02 per axis -> 0.1 (5 sd);
    // covariance entries: sd ~ 1.5 sqrt(2 / 4000) = 0.034, plus the bias of
    // the empirical plan -> 0.15.
    QVERIFY2(max_abs_diff(mid.mean, exact.mean) < 0.1, qPrintable(QString::number(max_abs_diff(mid.mean, exact.mean))));
    QVERIFY2(max_abs_diff(mid.covariance, exact.covariance) < 0.15,
             qPrintable(QString::number(max_abs_diff(mid.covariance, exact.covariance))));
    for (std::size_t p = 0; p < n; p += 97) {
      bool found = false;
      for (std::size_t j = 0; j < y.count && !found; ++j)
        found = paths.at(40)[p * 2] == y.at(j, 0) && paths.at(40)[p * 2 + 1] == y.at(j, 1);
      QVERIFY(found);
    }
  }

  void bridgeSdeLandsOnTheTarget() {
    const LinearReference ref = brownian_reference(2, 1.0);
    const PointCloud x = sample_cloud(kStart, 2000, 9, 1), y = sample_cloud(kEnd, 2000, 9, 2);
    const StaticBridge bridge = solve_static_bridge(x, y, ref, 1.0, SinkhornOptions{});
    const BridgeSdeResult sde = simulate_bridge_sde(bridge, 1000, 2000, 100, 4);
    QCOMPARE(sde.status, RunStatus::Success);
    const CloudMoments landed = row_moments(sde.paths.at(100), 1000, 2);
    // 1000 particles: mean sd ~ 0.045, covariance entries ~ 0.09; the last
    // Euler step adds variance h sigma^2 = 0.01. Tolerances 0.15 and 0.3.
    QVERIFY2(max_abs_diff(landed.mean, kEnd.mean) < 0.15, qPrintable(QString::number(max_abs_diff(landed.mean, kEnd.mean))));
    QVERIFY2(max_abs_diff(landed.covariance, kEnd.covariance) < 0.3,
             qPrintable(QString::number(max_abs_diff(landed.covariance, kEnd.covariance))));
  }

  void refinementRecoversTheDriftOfALinearSde() {
    // dX = (A X + b) dt + sigma dW with a rotating, contracting A, simulated
    // from one population (Euler-Maruyama, dt 1e-3) and observed at five
    // times with the labels shuffled.
    const double a[2][2] = {{-0.5, 1.0}, {-1.0, -0.5}};
    const double b[2] = {0.5, 0.0};
    const double sigma = 0.5;
    constexpr std::size_t n = 1000;
    std::mt19937_64 rng(1);
    std::normal_distribution<double> normal;
    std::vector<double> px(n), py(n);
    for (std::size_t i = 0; i < n; ++i) px[i] = 2.0 + 0.3 * normal(rng), py[i] = 0.3 * normal(rng);
    Snapshots snapshots;
    double t = 0.0;
    const double dt = 1e-3, noise = sigma * std::sqrt(dt);
    for (double time : {0.0, 0.5, 1.0, 1.5, 2.0}) {
      while (t < time - 1e-12) {
        for (std::size_t i = 0; i < n; ++i) {
          const double x0 = px[i], y0 = py[i];
          px[i] = x0 + dt * (a[0][0] * x0 + a[0][1] * y0 + b[0]) + noise * normal(rng);
          py[i] = y0 + dt * (a[1][0] * x0 + a[1][1] * y0 + b[1]) + noise * normal(rng);
        }
        t += dt;
      }
      std::vector<double> rows;
      std::vector<std::size_t> order(n);
      std::iota(order.begin(), order.end(), 0);
      std::shuffle(order.begin(), order.end(), rng);
      for (std::size_t i : order) rows.insert(rows.end(), {px[i], py[i]});
      snapshots.times.push_back(time);
      snapshots.clouds.push_back(cloud_from_rows(rows.data(), n, 2));
    }
    MultiMarginalOptions options;
    options.sigma = sigma;
    options.refinements = 8;
    options.paths = 1000;
    const MultiMarginalResult r = multi_marginal_bridge(snapshots, options);
    QCOMPARE(r.rounds.size(), std::size_t{9});
    QVERIFY(r.all_converged);
    // Round 0 (Brownian reference) is far off; the refined fit is within 0.15
    // of every entry of A and b (measured: ~0.05 after 8 refinements; the
    // fixed point is the true SDE, reached geometrically at ~0.7 per round,
    // plus the sampling error of 1000 particles per snapshot).
    const LinearDriftFit& fit = r.rounds.back().fit;
    double worst = 0.0;
    for (int i = 0; i < 2; ++i) {
      worst = std::max(worst, std::fabs(fit.b[i] - b[i]));
      for (int j = 0; j < 2; ++j) worst = std::max(worst, std::fabs(fit.a[i * 2 + j] - a[i][j]));
    }
    QVERIFY2(worst < 0.15, qPrintable(QString::number(worst)));
    QVERIFY(r.rounds.back().change < r.rounds.front().change);
    QCOMPARE(r.paths.samples(), std::size_t{4 * 20 + 1});
  }

  void langevinReferenceIsExactForAHarmonicPotential() {
    // U = k |x|^2 / 2: -grad U = -k x is affine, so the fitted reference is
    // exactly Ornstein-Uhlenbeck with theta = k, whatever the points.
    const double k = 1.7, sigma = 0.6;
    const auto harmonic = sized_for(find_potential("harmonic"), std::vector<double>{k, 2.0});
    std::vector<double> rows;
    for (int i = 0; i < 50; ++i) rows.insert(rows.end(), {std::cos(0.3 * i) * (1 + 0.02 * i), std::sin(0.7 * i) - 0.5});
    const PointCloud cloud = cloud_from_rows(rows.data(), 50, 2);
    const LangevinReferenceFit fit = linearised_langevin_reference(*harmonic, std::vector<double>{k, 2.0}, {&cloud}, sigma);
    QVERIFY(std::fabs(fit.r_squared - 1) < 1e-12);
    const LinearReference ou = ou_reference(2, sigma, k);
    for (int e = 0; e < 4; ++e) QVERIFY(std::fabs(fit.reference.a[e] - ou.a[e]) < 1e-12);
    for (int j = 0; j < 2; ++j) QVERIFY(std::fabs(fit.reference.b[j]) < 1e-12);
    QCOMPARE(QString::fromStdString(fit.reference.name), QString("langevin:harmonic"));
    // A double well's drift is not affine: the fit says how much of it the reference keeps.
    const auto well = find_potential("double-well");
    const LangevinReferenceFit dw = linearised_langevin_reference(*well, default_parameters(*well), {&cloud}, sigma);
    QVERIFY(dw.r_squared > 0 && dw.r_squared < 1);
    // A 1-D potential for 2-D clouds is refused, naming both dimensions.
    const auto one = find_potential("double-well-1d");
    try {
      linearised_langevin_reference(*one, default_parameters(*one), {&cloud}, sigma);
      QFAIL("a 1-D potential for 2-D clouds was accepted");
    } catch (const InputError& e) {
      QVERIFY2(std::string(e.what()).find("1-D and the clouds 2-D") != std::string::npos, e.what());
    }
  }

  void badInputIsRefused() {
    const PointCloud x = sample_cloud(kStart, 50, 1, 1);
    auto throws = [](auto&& f, const char* words) {
      try {
        f();
      } catch (const InputError& e) {
        return std::string(e.what()).find(words) != std::string::npos;
      }
      return false;
    };
    QVERIFY(throws([&] { parse_reference("--reference", "brownian", 2, 0.0); }, "'--sigma' must be a finite number > 0"));
    QVERIFY(throws([&] { parse_reference("--reference", "levy", 2, 1.0); }, "unknown reference 'levy'"));
    QVERIFY(throws([&] { solve_static_bridge(x, x, brownian_reference(2, -1.0), 1.0, {}); }, "sigma must be"));
    Snapshots one;
    one.times = {0.0};
    one.clouds = {x};
    QVERIFY(throws([&] { validate_snapshots(one); }, "1 time given; a bridge needs at least two"));
    Snapshots backwards;
    backwards.times = {1.0, 0.0};
    backwards.clouds = {x, x};
    QVERIFY(throws([&] { validate_snapshots(backwards); }, "times must increase strictly"));
    Gaussian bad = kEnd;
    bad.covariance = {1.0, 2.0, 2.0, 1.0};
    QVERIFY(throws([&] { validate_gaussian(bad, "g"); }, "not positive definite"));
  }
};

QTEST_APPLESS_MAIN(TestBridge)
#include "test_bridge.moc"
