// Gaussian mixtures and point sets: log-densities against the formula,
// scores against finite differences, validation naming the component, JSON
// round trips, sampling moments, the built-in targets, point-set files.
#include <QtTest>

#include <omp.h>

#include <cmath>
#include <fstream>
#include <numbers>

#include "core/distributions/distribution.h"
#include "core/distributions/gaussian_mixture.h"
#include "core/distributions/mixture_json.h"
#include "core/errors.h"
#include "core/io/npy.h"

using namespace flowscope;

namespace {

// A 2-D mixture with one component of each form.
GaussianMixture mixed_2d() {
  return GaussianMixture(2, {MixtureComponent::isotropic(0.5, {0.0, 0.0}, 0.7),
                             MixtureComponent::full(0.3, {2.0, -1.0}, {1.0, 0.6, 0.6, 0.5}),
                             MixtureComponent::low_rank(0.2, {-1.5, 2.0}, {1.2, -0.4}, 1, 0.2)});
}

GaussianMixture mixed_3d() {
  return GaussianMixture(3, {MixtureComponent::full(0.6, {0, 1, 0}, {1.0, 0.2, 0.1, 0.2, 0.8, -0.3, 0.1, -0.3, 0.6}),
                             MixtureComponent::low_rank(0.4, {1, -1, 2}, {1.0, 0.0, 0.5, 1.0, -0.5, 0.3}, 2, 0.3)});
}

// The formula written out: sum_k w_k N(x; mu_k, Sigma_k) with an explicit 2x2 / 3x3 inverse.
double direct_density(const GaussianMixture& g, const double* x) {
  const int d = g.dimension();
  double p = 0.0;
  for (const auto& c : g.components()) {
    const std::vector<double> s = c.full_covariance(d);
    double det, inv[9];
    if (d == 2) {
      det = s[0] * s[3] - s[1] * s[2];
      inv[0] = s[3] / det, inv[1] = -s[1] / det, inv[2] = -s[2] / det, inv[3] = s[0] / det;
    } else {
      det = s[0] * (s[4] * s[8] - s[5] * s[7]) - s[1] * (s[3] * s[8] - s[5] * s[6]) + s[2] * (s[3] * s[7] - s[4] * s[6]);
      inv[0] = (s[4] * s[8] - s[5] * s[7]) / det, inv[1] = (s[2] * s[7] - s[1] * s[8]) / det,
      inv[2] = (s[1] * s[5] - s[2] * s[4]) / det, inv[3] = (s[5] * s[6] - s[3] * s[8]) / det,
      inv[4] = (s[0] * s[8] - s[2] * s[6]) / det, inv[5] = (s[2] * s[3] - s[0] * s[5]) / det,
      inv[6] = (s[3] * s[7] - s[4] * s[6]) / det, inv[7] = (s[1] * s[6] - s[0] * s[7]) / det,
      inv[8] = (s[0] * s[4] - s[1] * s[3]) / det;
    }
    double q = 0.0;
    for (int r = 0; r < d; ++r)
      for (int k = 0; k < d; ++k) q += (x[r] - c.mean[r]) * inv[r * d + k] * (x[k] - c.mean[k]);
    p += c.weight * std::exp(-0.5 * q) / std::sqrt(std::pow(2 * std::numbers::pi, d) * det);
  }
  return p;
}

void check_score_by_differences(const GaussianMixture& g, const std::vector<std::vector<double>>& points) {
  const int d = g.dimension();
  for (const auto& point : points) {
    double s[3];
    g.score(point.data(), s);
    for (int j = 0; j < d; ++j) {
      // Central differences with h = 1e-5: truncation ~h^2 |f'''| ~ 1e-10,
      // rounding ~1e-16 / h ~ 1e-11; 1e-6 leaves room for curvature.
      const double h = 1e-5;
      std::vector<double> a = point, b = point;
      a[j] += h;
      b[j] -= h;
      const double fd = (g.log_density(a.data()) - g.log_density(b.data())) / (2 * h);
      QVERIFY2(std::fabs(fd - s[j]) <= 1e-6 * (1 + std::fabs(fd)),
               qPrintable(QString("score %1 vs differences %2 (coordinate %3)").arg(s[j]).arg(fd).arg(j)));
    }
  }
}

template <typename F>
QString input_error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no InputError)";
}

std::string temp_path(const QTemporaryDir& dir, const char* name) { return dir.filePath(name).toStdString(); }

}  // namespace

class TestDistributions : public QObject {
  Q_OBJECT

 private slots:
  void logDensityMatchesTheFormula() {
    for (const GaussianMixture& g : {mixed_2d(), mixed_3d()}) {
      for (double u : {-2.0, -0.3, 0.0, 0.8, 2.5}) {
        const double x[3] = {u, 0.5 - u, 0.3 * u + 1};
        const double direct = std::log(direct_density(g, x));
        QVERIFY(std::fabs(g.log_density(x) - direct) <= 1e-12 * (1 + std::fabs(direct)));
      }
    }
  }

  void logSumExpKeepsFarPointsFinite() {
    // 60 standard deviations out: the density underflows (exp(-1800)) but the log and score stay exact.
    const GaussianMixture g(2, {MixtureComponent::isotropic(1.0, {0, 0}, 1.0)});
    const double x[2] = {60.0, 0.0};
    double s[2];
    g.score(x, s);
    QVERIFY(std::fabs(g.log_density(x) - (-1800.0 - std::log(2 * std::numbers::pi))) < 1e-9);
    QVERIFY(std::fabs(s[0] + 60.0) < 1e-12 && std::fabs(s[1]) < 1e-12);
  }

  void scoreMatchesFiniteDifferences() {
    const std::vector<std::vector<double>> p2 = {{0.1, 0.2}, {2.0, -0.5}, {-1.0, 1.9}, {4.0, 4.0}};
    const std::vector<std::vector<double>> p3 = {{0.1, 0.2, 0.3}, {1.0, -1.0, 2.0}, {-1.0, 2.0, 0.5}};
    check_score_by_differences(mixed_2d(), p2);
    check_score_by_differences(mixed_3d(), p3);
    check_score_by_differences(builtin_target("ring8").mixture, p2);
    check_score_by_differences(builtin_target("spiral").mixture, p2);
    check_score_by_differences(builtin_target("torus").mixture, p3);
  }

  void batchEvaluationAgreesWithPointwise() {
    const GaussianMixture g = mixed_3d();
    const std::size_t n = 5000;
    std::vector<double> x = g.sample(n, 3), logp(n), score(3 * n);
    g.evaluate(x.data(), n, n, logp.data(), score.data());
    for (std::size_t i = 0; i < n; i += 499) {
      const double p[3] = {x[i], x[n + i], x[2 * n + i]};
      double s[3];
      g.score(p, s);
      QVERIFY(std::fabs(g.log_density(p) - logp[i]) < 1e-12);
      for (int j = 0; j < 3; ++j) QVERIFY(std::fabs(s[j] - score[j * n + i]) < 1e-12);
    }
  }

  void validationNamesTheComponent() {
    QVERIFY(input_error_of([] {
              GaussianMixture(2, {MixtureComponent::isotropic(0.5, {0, 0}, 1),
                                  MixtureComponent::full(0.5, {1, 1}, {1.0, 2.0, 2.0, 1.0})});
            }).contains("component 2: the covariance is not positive definite"));
    QVERIFY(input_error_of([] {
              GaussianMixture(2, {MixtureComponent::isotropic(0.5, {0, 0}, 1), MixtureComponent::isotropic(0.4, {1, 1}, 1)});
            }).contains("sum to 0.9"));
    QVERIFY(input_error_of([] {
              GaussianMixture(2, {MixtureComponent::isotropic(1.5, {0, 0}, 1), MixtureComponent::isotropic(-0.5, {1, 1}, 1)});
            }).contains("component 2: weight must be > 0"));
    QVERIFY(input_error_of([] {
              GaussianMixture(2, {MixtureComponent::isotropic(1.0, {0, std::nan("")}, 1)});
            }).contains("component 1: the mean has a value that is not a finite number"));
    QVERIFY(input_error_of([] {
              GaussianMixture(2, {MixtureComponent::full(1.0, {0, 0}, {1.0, 0.5, 0.4, 1.0})});
            }).contains("not symmetric"));
    QVERIFY(input_error_of([] { GaussianMixture(2, {}); }).contains("at least one component"));
    QVERIFY(input_error_of([] { point_set_distribution({}, 2, 0.1, "pts"); }).contains("empty"));
    QVERIFY(input_error_of([] { point_set_distribution({0, 0, 1, INFINITY}, 2, 0.1, "pts"); })
                .contains("point 2, coordinate 2 is not a finite number"));
  }

  void jsonRoundTripIsExact() {
    QTemporaryDir dir;
    for (const GaussianMixture& g : {mixed_2d(), mixed_3d(), builtin_target("ring8").mixture}) {
      const std::string path = temp_path(dir, "m.json");
      write_mixture_json(path, g);
      const GaussianMixture back = read_mixture_json(path);
      QCOMPARE(back.dimension(), g.dimension());
      QCOMPARE(back.size(), g.size());
      for (std::size_t k = 0; k < g.size(); ++k) {
        const auto &a = g.component(k), &b = back.component(k);
        QVERIFY(a.weight == b.weight && a.mean == b.mean && a.form == b.form && a.scale == b.scale &&
                a.covariance == b.covariance && a.factor == b.factor && a.rank == b.rank);
      }
    }
  }

  void jsonErrorsAreLocated() {
    bool thrown = false;
    try {
      mixture_from_json(parse_json("{\"dimension\": 2,\n \"components\": [{\"weight\": 1, \"mean\": [0, 0], \"std\": -1}]}",
                                   "m.json"),
                        "m.json");
    } catch (const InputError& e) {
      thrown = QString(e.what()).contains("component 1") && QString(e.what()).contains("standard deviation");
    }
    QVERIFY(thrown);
    thrown = false;
    try {
      parse_json("{\"dimension\": 2,\n \"components\": [1, 2,]}", "m.json");
    } catch (const IoError& e) {
      thrown = QString(e.what()).contains("line 2, column");
    }
    QVERIFY(thrown);
  }

  void samplesHaveTheMixtureMoments() {
    const GaussianMixture g = mixed_2d();
    const std::size_t n = 400'000;
    const std::vector<double> x = g.sample(n, 11);
    const std::vector<double> mean = g.mean(), cov = g.covariance();
    for (int j = 0; j < 2; ++j) {
      double m = 0.0;
      for (std::size_t i = 0; i < n; ++i) m += x[j * n + i];
      m /= n;
      // Five standard errors of the mean (sqrt(var / n) ~ 2.5e-3).
      QVERIFY2(std::fabs(m - mean[j]) < 5 * std::sqrt(cov[j * 2 + j] / n), qPrintable(QString::number(m)));
    }
    double c01 = 0.0;
    for (std::size_t i = 0; i < n; ++i) c01 += (x[i] - mean[0]) * (x[n + i] - mean[1]);
    c01 /= n;
    QVERIFY(std::fabs(c01 - cov[1]) < 0.02);  // SE of a covariance ~ sqrt(var0 var1 / n) ~ 3e-3
  }

  void samplingIsThreadCountIndependent() {
    const GaussianMixture g = mixed_3d();
    omp_set_num_threads(1);
    const std::vector<double> a = g.sample(10'000, 5);
    omp_set_num_threads(2);
    const std::vector<double> b = g.sample(10'000, 5);
    QVERIFY(a == b);
    const std::vector<double> other = g.sample(10'000, 6);
    QVERIFY(other != a);  // another seed, other samples
  }

  void noisedAndMarginalMixtures() {
    const GaussianMixture g = mixed_3d();
    const GaussianMixture h = g.noised(0.5, 0.8);
    const std::vector<double> c = g.covariance(), ch = h.covariance();
    for (int r = 0; r < 3; ++r)
      for (int k = 0; k < 3; ++k)
        QVERIFY(std::fabs(ch[r * 3 + k] - (0.25 * c[r * 3 + k] + (r == k ? 0.64 : 0.0))) < 1e-12);
    const GaussianMixture m = g.marginal({0, 2});
    QCOMPARE(m.dimension(), 2);
    const std::vector<double> cm = m.covariance();
    QVERIFY(std::fabs(cm[1] - c[2]) < 1e-12 && std::fabs(cm[3] - c[8]) < 1e-12);
  }

  void builtinTargets() {
    QStringList ids;
    for (const auto& t : builtin_targets()) ids << QString::fromStdString(t.id);
    for (const char* id : {"ring8", "two-moons", "swiss-roll", "spiral", "torus", "s-curve"}) QVERIFY(ids.contains(id));
    const GaussianMixture ring = builtin_target("ring8").mixture;
    QCOMPARE(ring.size(), std::size_t{8});
    for (std::size_t k = 0; k < 8; ++k) {
      const auto& c = ring.component(k);
      QVERIFY(c.weight == 0.125 && c.form == CovarianceForm::Isotropic && c.scale == 0.3);
      const double angle = 2 * std::numbers::pi * static_cast<double>(k) / 8;
      QVERIFY(std::fabs(c.mean[0] - 4 * std::cos(angle)) < 1e-15 && std::fabs(c.mean[1] - 4 * std::sin(angle)) < 1e-15);
    }
    QCOMPARE(builtin_target("torus").dimension(), 3);
    QCOMPARE(builtin_target("swiss-roll").dimension(), 3);
    QCOMPARE(builtin_target("two-moons").dimension(), 2);
    QVERIFY(input_error_of([] { builtin_target("nope"); }).contains("ring8"));
  }

  void pointSetsFromFiles() {
    QTemporaryDir dir;
    const std::string csv = temp_path(dir, "p.csv");
    {
      std::ofstream f(csv);
      f << "x,y\n0,0\n1,0\n0,1\n1,1\n";
    }
    const Distribution d = make_distribution(csv + "@0.25");
    QVERIFY(d.point_set && d.bandwidth == 0.25 && d.mixture.size() == 4 && d.dimension() == 2);
    const Distribution scott = make_distribution(csv);
    // Scott: s n^(-1/6) with s = 0.5 (each axis), n = 4.
    QVERIFY(std::fabs(scott.bandwidth - 0.5 * std::pow(4.0, -1.0 / 6)) < 1e-12);
    const std::string npy = temp_path(dir, "p.npy");
    const double pts[6] = {0, 0, 1, 1, 2, 0};
    write_npy(npy, pts, {2, 3});
    QCOMPARE(make_distribution(npy).dimension(), 3);
    const std::string empty = temp_path(dir, "e.csv");
    { std::ofstream f(empty); f << "x,y\n"; }
    QVERIFY(input_error_of([&] { make_distribution(empty); }).contains("empty"));
    const std::string bad = temp_path(dir, "n.csv");
    { std::ofstream f(bad); f << "0,0\n1,nan\n"; }
    QVERIFY(input_error_of([&] { make_distribution(bad); }).contains("point 2, coordinate 2 is not a finite number"));
  }
};

QTEST_APPLESS_MAIN(TestDistributions)
#include "test_distributions.moc"
