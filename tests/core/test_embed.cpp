// Projections and embeddings against independent computations: PCA against
// the eigendecomposition of a plainly summed covariance, randomized PCA on a
// planted subspace, smoothing, delay embedding of Lorenz (mutual information,
// false nearest neighbours, neighbour preservation), Procrustes with a known
// transform, the flow field of a linear system, and a fitted linear system's
// eigenvalues.
#include <QtTest>

#include <Eigen/Dense>  // fixed-size types only (see jacobi_eigen)
#include <algorithm>
#include <cmath>
#include <random>

#include "core/embed/delay_embedding.h"
#include "core/embed/embedding.h"
#include "core/embed/false_nearest_neighbours.h"
#include "core/embed/flow_field.h"
#include "core/embed/kd_tree.h"
#include "core/embed/linear_dynamics.h"
#include "core/embed/mutual_information.h"
#include "core/embed/pca.h"
#include "core/embed/procrustes.h"
#include "core/embed/smoothing.h"
#include "core/errors.h"
#include "core/systems/catalogue.h"

using namespace flowscope;

namespace {

// Rows of n x d: correlated Gaussian columns with an offset (so centring matters).
std::vector<double> random_matrix(std::size_t n, std::size_t d, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> normal;
  std::vector<double> mix(d * d);
  for (double& m : mix) m = normal(rng);
  std::vector<double> x(n * d), z(d);
  for (std::size_t i = 0; i < n; ++i) {
    for (double& v : z) v = normal(rng);
    for (std::size_t j = 0; j < d; ++j) {
      double s = 5.0 + static_cast<double>(j);
      for (std::size_t k = 0; k < d; ++k) s += mix[j * d + k] * z[k] / static_cast<double>(k + 1);
      x[i * d + j] = s;
    }
  }
  return x;
}

// Lorenz (10, 28, 8/3) sampled every dt after a transient: T x 3.
std::vector<double> lorenz_samples(std::size_t count, double dt) {
  Problem problem = default_problem(find_system("lorenz"), 20.0 + dt * static_cast<double>(count));
  problem.dt = dt / 5;
  const Trajectory t = integrate(problem, Method::Rk4);
  std::vector<double> out;
  const std::size_t skip = static_cast<std::size_t>(std::lround(20.0 / problem.dt));
  for (std::size_t i = 0; i < count; ++i) {
    const double* s = t.state(skip + 5 * i);
    out.insert(out.end(), s, s + 3);
  }
  return out;
}

// Cyclic Jacobi eigendecomposition of a symmetric n x n matrix (row-major):
// eigenvalues in w, eigenvectors as the columns of v. An independent
// reference: the tests use no dynamic-size Eigen code, whose template
// instances would be shared with the core's -march=native copies (their
// alignment differs: see core/CMakeLists.txt).
void jacobi_eigen(std::vector<double> a, std::size_t n, std::vector<double>& w, std::vector<double>& v) {
  v.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) v[i * n + i] = 1.0;
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0.0;
    for (std::size_t p = 0; p < n; ++p)
      for (std::size_t q = p + 1; q < n; ++q) off += a[p * n + q] * a[p * n + q];
    if (off < 1e-30) break;
    for (std::size_t p = 0; p < n; ++p)
      for (std::size_t q = p + 1; q < n; ++q) {
        if (a[p * n + q] == 0.0) continue;
        const double theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q]);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (std::size_t k = 0; k < n; ++k) {  // A <- A J
          const double akp = a[k * n + p], akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (std::size_t k = 0; k < n; ++k) {  // A <- J^T A
          const double apk = a[p * n + k], aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (std::size_t k = 0; k < n; ++k) {
          const double vkp = v[k * n + p], vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  w.resize(n);
  for (std::size_t i = 0; i < n; ++i) w[i] = a[i * n + i];
}

TrajectorySet column_set(const std::vector<double>& rows, std::size_t d, std::size_t j) {
  std::vector<double> x;
  for (std::size_t i = 0; i < rows.size() / d; ++i) x.push_back(rows[i * d + j]);
  return make_trajectory_set(x, 1, x.size(), 1, false);
}

}  // namespace

class TestEmbed : public QObject {
  Q_OBJECT

 private slots:
  void pcaMatchesCovarianceEigendecomposition() {
    const std::size_t n = 3000, d = 12, k = 5;
    const std::vector<double> x = random_matrix(n, d, 1);
    // The reference: covariance summed plainly in long double, Jacobi's method.
    std::vector<long double> mean(d, 0.0L);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < d; ++j) mean[j] += x[i * d + j];
    for (auto& m : mean) m /= n;
    std::vector<double> c(d * d);
    double trace = 0.0;
    for (std::size_t a = 0; a < d; ++a)
      for (std::size_t b = 0; b < d; ++b) {
        long double s = 0.0L;
        for (std::size_t i = 0; i < n; ++i) s += (x[i * d + a] - mean[a]) * (x[i * d + b] - mean[b]);
        c[a * d + b] = static_cast<double>(s / (n - 1));
      }
    for (std::size_t a = 0; a < d; ++a) trace += c[a * d + a];
    std::vector<double> w, v;
    jacobi_eigen(c, d, w, v);
    std::vector<std::size_t> order(d);
    for (std::size_t i = 0; i < d; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t p, std::size_t q) { return w[p] > w[q]; });
    PcaOptions options;
    options.components = k;
    options.method = PcaMethod::Exact;
    const PcaResult pca = fit_pca(x.data(), n, d, options);
    QCOMPARE(pca.size(), k);
    QVERIFY(!pca.randomized);
    // 1e-8 relative: the covariance is well conditioned here (eigenvalues
    // within 1e3 of each other), so both sides agree to ~1e-12.
    for (std::size_t i = 0; i < k; ++i) {
      const double expected = w[order[i]];
      QVERIFY2(std::fabs(pca.explained_variance[i] - expected) <= 1e-8 * expected,
               qPrintable(QString("%1 vs %2").arg(pca.explained_variance[i]).arg(expected)));
      QVERIFY(std::fabs(pca.explained_variance_ratio[i] - expected / trace) <= 1e-8);
      double dot = 0.0;
      for (std::size_t j = 0; j < d; ++j)
        dot += pca.components[i * d + j] * v[j * d + order[i]];
      QVERIFY2(std::fabs(std::fabs(dot) - 1.0) <= 1e-8, qPrintable(QString::number(dot)));
      QVERIFY(std::fabs(pca.mean[i] - static_cast<double>(mean[i])) <= 1e-10 * std::fabs(static_cast<double>(mean[i])));
    }
    QVERIFY(std::fabs(pca.total_variance - trace) <= 1e-10 * trace);
    // The projection is uncorrelated with variances equal to the eigenvalues.
    const std::vector<double> y = pca_transform(pca, x.data(), n);
    for (std::size_t a = 0; a < k; ++a)
      for (std::size_t b = 0; b < k; ++b) {
        double s = 0.0;
        for (std::size_t i = 0; i < n; ++i) s += y[i * k + a] * y[i * k + b];
        s /= static_cast<double>(n - 1);
        const double expected = a == b ? pca.explained_variance[a] : 0.0;
        QVERIFY(std::fabs(s - expected) <= 1e-8 * pca.explained_variance[0]);
      }
  }

  void randomizedPcaRecoversPlantedSubspace() {
    // X = 1 mu^T + U S V^T + noise: rank 5 with singular values 50..10 per
    // sqrt(n), noise 1e-3. The top-5 subspace must be V: all principal cosines
    // above 1 - 1e-8 (noise perturbs it by ~(1e-3/10)^2), variances within 1e-6 of exact PCA.
    const std::size_t n = 20000, d = 300, rank = 5;
    std::mt19937_64 rng(5);
    std::normal_distribution<double> normal;
    // An orthonormal basis V (d x rank, column-major) by Gram-Schmidt, twice for accuracy.
    std::vector<double> v(d * rank);
    for (double& e : v) e = normal(rng);
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t r = 0; r < rank; ++r) {
        double* col = v.data() + r * d;
        for (std::size_t q = 0; q < r; ++q) {
          double dot = 0.0;
          for (std::size_t j = 0; j < d; ++j) dot += col[j] * v[q * d + j];
          for (std::size_t j = 0; j < d; ++j) col[j] -= dot * v[q * d + j];
        }
        double norm = 0.0;
        for (std::size_t j = 0; j < d; ++j) norm += col[j] * col[j];
        for (std::size_t j = 0; j < d; ++j) col[j] /= std::sqrt(norm);
      }
    std::vector<double> x(n * d);
    for (std::size_t i = 0; i < n; ++i) {
      double u[rank];
      for (std::size_t r = 0; r < rank; ++r) u[r] = normal(rng) * (50.0 - 10.0 * static_cast<double>(r));
      for (std::size_t j = 0; j < d; ++j) {
        double row = 0.0;
        for (std::size_t r = 0; r < rank; ++r) row += v[r * d + j] * u[r];
        x[i * d + j] = 3.0 + row + 1e-3 * normal(rng);
      }
    }
    PcaOptions options;
    options.components = rank;
    options.method = PcaMethod::Randomized;
    options.seed = 9;
    const PcaResult fast = fit_pca(x.data(), n, d, options);
    QVERIFY(fast.randomized);
    // Each component lies in span V: |V^T w_r|^2 = 1 - (its part outside V)^2.
    for (std::size_t r = 0; r < rank; ++r) {
      double inside = 0.0;
      for (std::size_t q = 0; q < rank; ++q) {
        double dot = 0.0;
        for (std::size_t j = 0; j < d; ++j) dot += fast.components[r * d + j] * v[q * d + j];
        inside += dot * dot;
      }
      QVERIFY2(inside >= 1 - 1e-8, qPrintable(QString::number(1 - inside)));
    }
    options.method = PcaMethod::Exact;
    const PcaResult exact = fit_pca(x.data(), n, d, options);
    for (std::size_t r = 0; r < rank; ++r)
      QVERIFY(std::fabs(fast.explained_variance[r] / exact.explained_variance[r] - 1) <= 1e-6);
    QVERIFY(std::fabs(fast.total_variance / exact.total_variance - 1) <= 1e-10);
    // Ratios: five components hold all but the noise.
    double held = 0;
    for (double r : fast.explained_variance_ratio) held += r;
    QVERIFY(held > 0.9999 && held <= 1.0 + 1e-12);
  }

  void pcaRefusesBadRequests() {
    const std::vector<double> x = random_matrix(4, 3, 2);
    PcaOptions options;
    options.components = 4;
    QVERIFY_THROWS_EXCEPTION(InputError, fit_pca(x.data(), 4, 3, options));  // more than D
    options.components = 3;
    try {
      fit_pca(x.data(), 3, 3, options);  // fewer time points than dimensions requested
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("time points"), e.what());
    }
    std::vector<double> bad = x;
    bad[7] = NAN;
    options.components = 2;
    try {
      fit_pca(bad.data(), 4, 3, options);
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("row 2, dimension 1"), e.what());
    }
  }

  void smoothingKeepsConstantsAndTrials() {
    // Two trials: constant 3 and an impulse; the impulse's response is the
    // normalised Gaussian and nothing leaks into the other trial.
    std::vector<double> values(200, 3.0);
    for (std::size_t i = 100; i < 200; ++i) values[i] = i == 150 ? 1.0 : 0.0;
    const TrajectorySet set = make_trajectory_set(values, 2, 100, 1, true);
    const TrajectorySet s = gaussian_smooth(set, 2.0);
    for (std::size_t i = 0; i < 100; ++i) QVERIFY(std::fabs(s.values[i] - 3.0) <= 1e-14);
    double sum = 0.0;
    for (std::size_t i = 100; i < 200; ++i) sum += s.values[i];
    QVERIFY(std::fabs(sum - 1.0) <= 1e-12);  // far from the ends: mass kept
    const double peak = 1.0 / (2.0 * std::sqrt(2 * M_PI));
    QVERIFY(std::fabs(s.values[150] - peak) <= 1e-4 * peak);  // truncation at 4 sigma: 3e-4 of the mass
    QVERIFY(std::fabs(s.values[152] / s.values[150] - std::exp(-0.5)) <= 1e-12);
    QVERIFY_THROWS_EXCEPTION(InputError, gaussian_smooth(set, -1));
  }

  void delayEmbeddingLayoutAndErrors() {
    std::vector<double> x(10);
    for (std::size_t i = 0; i < 10; ++i) x[i] = static_cast<double>(i);
    const TrajectorySet set = make_trajectory_set(x, 1, 10, 1, false);
    const TrajectorySet e = delay_embed(set, 0, 3, 3);
    QCOMPARE(e.points(), std::size_t{4});
    QCOMPARE(e.values, (std::vector<double>{0, 3, 6, 1, 4, 7, 2, 5, 8, 3, 6, 9}));
    try {
      delay_embed(set, 0, 5, 3);  // a delay longer than the series allows
      QFAIL("no error");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("10 samples"), e.what());
    }
    EmbedRequest request;
    request.method = EmbedMethod::Delay;
    request.delay = 11;
    request.dims = 2;
    QVERIFY_THROWS_EXCEPTION(InputError, embed(set, request));
    request.method = EmbedMethod::Pca;
    request.dims = 2;
    QVERIFY_THROWS_EXCEPTION(InputError, embed(set, request));  // 2 dimensions of a 1-D series
  }

  void mutualInformationOfNoiseAndLorenz() {
    // White noise: I(tau >= 1) is only the histogram's bias, (B-1)^2/(2N) nats.
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal;
    std::vector<double> noise(50000);
    for (double& v : noise) v = normal(rng);
    const auto curve = mutual_information_curve(make_trajectory_set(noise, 1, noise.size(), 1, false), 0, 5, 16);
    QVERIFY(curve[0] > 1.5);  // the entropy of 16 bins over a normal's range (+-4.3 sigma): about 2 nats
    for (std::size_t t = 1; t <= 5; ++t) QVERIFY2(curve[t] < 0.01, qPrintable(QString::number(curve[t])));
    // Lorenz x sampled every 0.01: the first minimum lies near 0.1-0.2 time
    // units (Abarbanel, "Analysis of Observed Chaotic Data", 1996: ~0.15).
    const std::vector<double> lorenz = lorenz_samples(40000, 0.01);
    const DelayChoice choice = choose_delay(column_set(lorenz, 3, 0), 0, 60);
    qInfo("Lorenz x: delay %zu samples (%s)", choice.delay, choice.reason.c_str());
    QVERIFY(choice.reason.starts_with("first minimum"));
    QVERIFY(choice.delay >= 8 && choice.delay <= 25);
  }

  void falseNeighboursAndNeighbourPreservationOnLorenz() {
    const std::size_t count = 20000;
    const std::vector<double> lorenz = lorenz_samples(count, 0.01);
    const TrajectorySet x = column_set(lorenz, 3, 0);
    const std::size_t delay = 15;
    const DimensionChoice choice = choose_dimension(x, 0, delay);
    qInfo("Lorenz x: dimension %zu, false fractions %s", choice.dimension,
          qPrintable([&] { QStringList s; for (double f : choice.false_fraction) s << QString::number(f, 'g', 3); return s.join(' '); }()));
    // Kennel et al. find 3 for Lorenz; a short noise-free series may need 4.
    QVERIFY(choice.dimension == 3 || choice.dimension == 4);
    QVERIFY(choice.false_fraction[0] > 0.3);  // one delay coordinate cannot unfold it
    // Neighbour preservation: the 10 nearest neighbours of a point in the
    // delay space versus in the true state space (both excluding a window of
    // +-delay samples). Chance overlap is 10 / N = 5e-4; require > 0.3.
    const TrajectorySet e = delay_embed(x, 0, delay, 3);
    const std::size_t n = e.points(), k = 10;
    const KdTree truth(lorenz.data(), n, 3), delays(e.values.data(), n, 3);
    double overlap = 0.0;
    const std::size_t queries = 1000;
    for (std::size_t q = 0; q < queries; ++q) {
      const std::size_t i = q * n / queries;
      const auto skip = [&](std::size_t j) { return (j > i ? j - i : i - j) <= delay; };
      const auto a = truth.nearest(lorenz.data() + 3 * i, k, skip);
      const auto b = delays.nearest(e.point(i), k, skip);
      for (const auto& u : a)
        for (const auto& v : b) overlap += u.second == v.second;
    }
    overlap /= static_cast<double>(queries * k);
    qInfo("Lorenz: shared 10-nearest neighbours %.3f (chance %.1e)", overlap, static_cast<double>(k) / n);
    QVERIFY(overlap > 0.3);
    QVERIFY(overlap > 100 * static_cast<double>(k) / static_cast<double>(n));
  }

  void procrustesRecoversAKnownTransform() {
    // target = 2.5 source R + t for a rotation R (and a reflection): R^2 = 1.
    std::mt19937_64 rng(4);
    std::normal_distribution<double> normal;
    const std::size_t n = 500;
    std::vector<double> source(n * 3), target(n * 3);
    for (double& v : source) v = normal(rng);
    const Eigen::Matrix3d r = Eigen::AngleAxisd(0.7, Eigen::Vector3d(1, 2, 3).normalized()).toRotationMatrix();
    for (int reflect = 0; reflect < 2; ++reflect) {
      Eigen::Matrix3d m = r;
      if (reflect) m.col(2) *= -1;
      for (std::size_t i = 0; i < n; ++i) {
        const Eigen::RowVector3d y = 2.5 * Eigen::RowVector3d(source[3 * i], source[3 * i + 1], source[3 * i + 2]) * m +
                                     Eigen::RowVector3d(1, -2, 3);
        for (int j = 0; j < 3; ++j) target[3 * i + j] = y(j);
      }
      const ProcrustesResult fit = procrustes(source.data(), target.data(), n, 3, 3);
      QVERIFY(std::fabs(fit.r_squared - 1.0) <= 1e-12);
      QVERIFY(std::fabs(fit.scale - 2.5) <= 1e-12);
      for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b) QVERIFY(std::fabs(fit.rotation[a * 3 + b] - m(a, b)) <= 1e-12);
      // A proper rotation cannot fit the reflected target exactly.
      ProcrustesOptions proper;
      proper.reflection = false;
      const double r2 = procrustes(source.data(), target.data(), n, 3, 3, proper).r_squared;
      QVERIFY(reflect ? r2 < 0.9 : std::fabs(r2 - 1) <= 1e-12);
    }
    // Noise of variance s^2 on a target of variance V per axis: R^2 ~ V / (V + s^2).
    for (double& v : target) v += 0.5 * normal(rng);
    const double r2 = procrustes(source.data(), target.data(), n, 3, 3).r_squared;
    const double expected = 2.5 * 2.5 / (2.5 * 2.5 + 0.25);
    QVERIFY2(std::fabs(r2 - expected) < 0.02, qPrintable(QString::number(r2)));
  }

  void flowFieldOfALinearSystem() {
    // dx/dt = A x, A = [[-0.1, -1], [1, -0.1]]: 40 trajectories sampled exactly
    // (matrix exponential) every 0.01. Local linear regression reproduces a
    // linear field exactly; the second-order differences err by about
    // |A|^3 dt^2 |x| / 3 ~ 1e-4 |x| (one-sided at trajectory starts, which fill the corners).
    const Eigen::Matrix2d a{{-0.1, -1.0}, {1.0, -0.1}};
    const double dt = 0.01;
    // exp(A dt) = e^{-0.1 dt} times the rotation by dt (A = -0.1 I + the rotation generator).
    const Eigen::Matrix2d step = std::exp(-0.1 * dt) * Eigen::Matrix2d{{std::cos(dt), -std::sin(dt)}, {std::sin(dt), std::cos(dt)}};
    TrajectorySet set;
    set.dimension = 2;
    std::mt19937_64 rng(8);
    std::uniform_real_distribution<double> uniform(-3, 3);
    for (int r = 0; r < 40; ++r) {
      Eigen::Vector2d x(uniform(rng), uniform(rng));
      for (int t = 0; t < 300; ++t) {
        set.values.push_back(x(0));
        set.values.push_back(x(1));
        set.times.push_back(t * dt);  // velocities per unit time, not per sample
        x = step * x;
      }
      set.trial_starts.push_back(set.points());
    }
    set.column_names = {"x", "y"};
    FlowFieldOptions options;
    options.resolution = 15;
    const FlowField field = estimate_flow_field(set, options);
    QCOMPARE(field.nodes(), std::size_t{225});
    std::size_t checked = 0;
    for (std::size_t node = 0; node < field.nodes(); ++node) {
      if (!std::isfinite(field.velocity[2 * node])) continue;
      const std::vector<double> g = field.node_position(node);
      const Eigen::Vector2d expected = a * Eigen::Vector2d(g[0], g[1]);
      const double err = std::hypot(field.velocity[2 * node] - expected(0), field.velocity[2 * node + 1] - expected(1));
      QVERIFY2(err <= 1e-3 * (1 + expected.norm()), qPrintable(QString("node %1: %2").arg(node).arg(err)));
      ++checked;
    }
    QVERIFY(checked > 100);
    const double p[2] = {1.0, 0.5};
    const std::vector<double> v = sample_flow(field, p);
    QVERIFY(std::fabs(v[0] - (-0.1 * 1 - 0.5)) < 1e-3 && std::fabs(v[1] - (1 - 0.05)) < 1e-3);
    const std::vector<double> line = streamline(field, p, 0.05, 50);
    QVERIFY(line.size() > 20);
  }

  void linearDynamicsEigenvalues() {
    // A rotation at 0.5 cycles per unit time decaying at rate 0.2, sampled every 0.05.
    const double f = 0.5, gamma = -0.2, dt = 0.05, w = 2 * M_PI * f;
    Eigen::Matrix3d a = Eigen::Matrix3d::Zero();
    a.topLeftCorner<2, 2>() = std::exp(gamma * dt) * Eigen::Matrix2d{{std::cos(w * dt), -std::sin(w * dt)},
                                                                        {std::sin(w * dt), std::cos(w * dt)}};
    a(2, 2) = std::exp(-1.0 * dt);
    TrajectorySet set;
    set.dimension = 3;
    std::mt19937_64 rng(2);
    std::normal_distribution<double> normal;
    for (int r = 0; r < 20; ++r) {
      Eigen::Vector3d x(normal(rng), normal(rng), normal(rng));
      for (int t = 0; t < 100; ++t) {
        set.values.insert(set.values.end(), {x(0) + 1, x(1), x(2) - 2});  // an offset b
        set.times.push_back(t * dt);
        x = a * x;
      }
      set.trial_starts.push_back(set.points());
    }
    const LinearDynamics fit = fit_linear_dynamics(set);
    QCOMPARE(fit.dimension, std::size_t{3});
    QVERIFY(std::fabs(fit.dt - dt) < 1e-12);
    // Noise-free data: the fit is exact up to the ridge (1e-10 relative).
    QVERIFY(std::fabs(fit.frequency[0] - f) < 1e-6 && std::fabs(fit.frequency[1] - f) < 1e-6);
    QVERIFY(std::fabs(fit.decay_rate[0] - gamma) < 1e-6);
    QVERIFY(std::fabs(fit.decay_rate[2] + 1.0) < 1e-6 && fit.frequency[2] < 1e-9);
    QVERIFY(fit.r_squared > 1 - 1e-9);
  }
};

QTEST_GUILESS_MAIN(TestEmbed)
#include "test_embed.moc"
