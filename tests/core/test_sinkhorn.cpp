// Log-domain Sinkhorn: marginals and cost against an independent dense
// computation, the eps -> 0 limit against the exact assignment, finite
// results at tiny eps, thread-count independence, statuses, refused inputs
// and sampling from the coupling.
#include <QtTest>

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>

#include "core/errors.h"
#include "core/transport/coupling.h"
#include "core/transport/sinkhorn.h"

using namespace flowscope;

namespace {

PointCloud random_cloud(std::size_t n, int d, std::uint64_t seed, double shift, bool random_weights) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> normal;
  std::uniform_real_distribution<double> uniform(0.2, 1.0);
  std::vector<double> rows(n * d);
  for (std::size_t i = 0; i < n; ++i)
    for (int j = 0; j < d; ++j) rows[i * d + j] = normal(rng) * (1.0 + 0.5 * j) + (j == 0 ? shift : 0.0);
  PointCloud cloud = cloud_from_rows(rows.data(), n, d);
  if (random_weights) {
    std::vector<double> w(n);
    for (double& v : w) v = uniform(rng);
    const double s = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& v : w) v /= s;
    set_weights(cloud, w, "test");
  }
  return cloud;
}

double sq_distance(const PointCloud& x, std::size_t i, const PointCloud& y, std::size_t j) {
  double c = 0.0;
  for (int k = 0; k < x.dimension; ++k) c += (x.at(i, k) - y.at(j, k)) * (x.at(i, k) - y.at(j, k));
  return c;
}

// An independent dense reference: the stored cost matrix, scalar log-sum-exp
// with the exact maximum, iterated far past convergence. Returns <pi, C>.
double dense_entropic_cost(const PointCloud& x, const PointCloud& y, double eps, std::vector<double>* plan = nullptr) {
  const std::size_t n = x.count, m = y.count;
  std::vector<double> c(n * m), f(n, 0.0), g(m, 0.0), t(std::max(n, m));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) c[i * m + j] = sq_distance(x, i, y, j);
  std::vector<double> log_a(n), log_b(m);
  for (std::size_t i = 0; i < n; ++i) log_a[i] = std::log(x.weights[i]);
  for (std::size_t j = 0; j < m; ++j) log_b[j] = std::log(y.weights[j]);
  for (int it = 0; it < 200000; ++it) {
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double mx = -1e300;
      for (std::size_t j = 0; j < m; ++j) mx = std::max(mx, (g[j] - c[i * m + j]) / eps + log_b[j]);
      double s = 0.0;
      for (std::size_t j = 0; j < m; ++j) s += std::exp((g[j] - c[i * m + j]) / eps + log_b[j] - mx);
      const double updated = -eps * (mx + std::log(s));
      change = std::max(change, std::fabs(updated - f[i]));
      f[i] = updated;
    }
    for (std::size_t j = 0; j < m; ++j) {
      double mx = -1e300;
      for (std::size_t i = 0; i < n; ++i) mx = std::max(mx, (f[i] - c[i * m + j]) / eps + log_a[i]);
      double s = 0.0;
      for (std::size_t i = 0; i < n; ++i) s += std::exp((f[i] - c[i * m + j]) / eps + log_a[i] - mx);
      g[j] = -eps * (mx + std::log(s));
    }
    if (it > 10 && change <= 1e-15 * eps) break;  // a fixed point to rounding
  }
  double cost = 0.0;
  if (plan) plan->assign(n * m, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < m; ++j) {
      const double p = x.weights[i] * y.weights[j] * std::exp((f[i] + g[j] - c[i * m + j]) / eps);
      cost += p * c[i * m + j];
      if (plan) (*plan)[i * m + j] = p;
    }
  return cost;
}

// Marginal errors of a dense plan, measured here (not trusted from the solver).
double dense_marginal_error(const std::vector<double>& plan, const PointCloud& x, const PointCloud& y) {
  double e = 0.0;
  for (std::size_t i = 0; i < x.count; ++i) {
    double s = 0.0;
    for (std::size_t j = 0; j < y.count; ++j) s += plan[i * y.count + j];
    e += std::fabs(s - x.weights[i]);
  }
  for (std::size_t j = 0; j < y.count; ++j) {
    double s = 0.0;
    for (std::size_t i = 0; i < x.count; ++i) s += plan[i * y.count + j];
    e += std::fabs(s - y.weights[j]);
  }
  return e;
}

bool all_finite(const std::vector<double>& v) {
  return std::all_of(v.begin(), v.end(), [](double a) { return std::isfinite(a); });
}

}  // namespace

class TestSinkhorn : public QObject {
  Q_OBJECT

 private slots:
  void marginalsAndCostAgreeWithDenseComputation_data() {
    QTest::addColumn<int>("dimension");
    QTest::addColumn<double>("relative_eps");
    QTest::newRow("2-D, eps 0.1 mean cost") << 2 << 0.1;
    QTest::newRow("2-D, eps 0.01 mean cost") << 2 << 0.01;
    QTest::newRow("1-D") << 1 << 0.05;
    QTest::newRow("3-D") << 3 << 0.05;
    QTest::newRow("5-D (generic kernel)") << 5 << 0.05;
  }
  void marginalsAndCostAgreeWithDenseComputation() {
    QFETCH(int, dimension);
    QFETCH(double, relative_eps);
    const PointCloud x = random_cloud(70, dimension, 1, 0.0, true), y = random_cloud(55, dimension, 2, 2.0, true);
    SinkhornOptions o;
    o.epsilon = relative_eps * mean_squared_distance(x, y);
    o.tolerance = 1e-9;
    const SinkhornResult r = sinkhorn(x, y, o);
    QCOMPARE(r.status, SinkhornStatus::Converged);
    QVERIFY(r.marginal_error <= 1e-9);
    // The plan, rebuilt entry by entry, meets both marginals to the tolerance
    // (plus rounding over 70 x 55 entries).
    const Coupling coupling(x, y, r);
    const std::vector<double> plan = coupling.dense();
    QVERIFY2(dense_marginal_error(plan, x, y) <= 1.1e-9, qPrintable(QString::number(dense_marginal_error(plan, x, y))));
    // Cost against the dense reference run to full convergence: a marginal
    // error of 1e-9 moves <pi, C> by at most ~1e-9 max C; 1e-7 relative.
    const double reference = dense_entropic_cost(x, y, o.epsilon);
    QVERIFY2(std::fabs(r.cost - reference) <= 1e-7 * reference,
             qPrintable(QString("cost %1 vs dense %2").arg(r.cost, 0, 'g', 15).arg(reference, 0, 'g', 15)));
  }

  void costApproachesExactAssignmentAsEpsilonVanishes() {
    // n = 7 uniform points each: the OT plan is a permutation, found here by
    // trying all 5040. The entropic cost exceeds it by O(eps log n).
    constexpr std::size_t n = 7;
    const PointCloud x = random_cloud(n, 2, 3, 0.0, false), y = random_cloud(n, 2, 4, 1.0, false);
    std::vector<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    double exact = 1e300;
    do {
      double c = 0.0;
      for (std::size_t i = 0; i < n; ++i) c += sq_distance(x, i, y, perm[i]);
      exact = std::min(exact, c / n);
    } while (std::next_permutation(perm.begin(), perm.end()));
    const double mean = mean_squared_distance(x, y);
    double previous_gap = 1e300;
    for (double relative : {1e-1, 1e-2, 1e-3}) {
      SinkhornOptions o;
      o.epsilon = relative * mean;
      o.tolerance = 1e-5;  // small eps converges slowly when two assignments nearly tie
      o.max_iterations = 50000;
      const SinkhornResult r = sinkhorn(x, y, o);
      QVERIFY2(r.status == SinkhornStatus::Converged, r.message.c_str());
      const double gap = r.cost - exact;
      // The plan is feasible, so its cost is >= the optimum (up to its 1e-5
      // marginal error times the largest cost, < 10 mean), and the gap shrinks with eps.
      QVERIFY(gap >= -1e-4 * mean);
      QVERIFY(gap <= previous_gap + 1e-4 * mean);
      previous_gap = gap;
    }
    // At eps = 1e-3 mean cost the entropic plan is within 1e-3 of the mean
    // cost of the assignment (the bound eps log(n^2) ~ 4e-3 mean; for a unique
    // optimal permutation the gap shrinks exponentially in 1/eps).
    QVERIFY2(previous_gap <= 1e-3 * mean, qPrintable(QString::number(previous_gap / mean)));
  }

  void tinyEpsilonStaysFinite() {
    const PointCloud x = random_cloud(200, 2, 5, 0.0, true), y = random_cloud(150, 2, 6, 3.0, false);
    for (double relative : {1e-4, 1e-7, 1e-12}) {
      SinkhornOptions o;
      o.epsilon = relative * mean_squared_distance(x, y);
      o.max_iterations = 100;  // not enough to converge at 1e-12: the status says so, the numbers stay finite
      const SinkhornResult r = sinkhorn(x, y, o);
      QVERIFY(std::isfinite(r.cost) && std::isfinite(r.marginal_error));
      QVERIFY(all_finite(r.f) && all_finite(r.g) && all_finite(r.error_history));
      QVERIFY(r.cost >= 0 && r.cost <= 10 * mean_squared_distance(x, y));
      QVERIFY(r.marginal_error <= 2.0);  // column sums exact, row sums a probability vector's worth at most
      if (r.status != SinkhornStatus::Converged) QVERIFY(r.message.find("marginal error") != std::string::npos);
      const Coupling coupling(x, y, r);
      QVERIFY(all_finite(coupling.dense()));
    }
  }

  // Issue 16 (the no-silent-NaN audit): eps = 1e-300 was reported "converged"
  // with a marginal error of 1e304, and eps = 1e-12 "converged" at 5.7e-5 for
  // a tolerance of 1e-6. Converged now means the plan handed back measures
  // within the tolerance; otherwise the message says eps is too small.
  void convergedMeansTheMeasuredPlanMeetsTheTolerance() {
    const double xs[] = {0, 0, 1, 0, 0, 1, 5, 5}, ys[] = {0, 0.1, 1, 0.2, 0.3, 1, 4, 5};
    const PointCloud x = cloud_from_rows(xs, 4, 2), y = cloud_from_rows(ys, 4, 2);
    for (double eps : {1e-300, 1e-12, 1e-3, 1.0}) {
      SinkhornOptions o;
      o.epsilon = eps;
      const SinkhornResult r = sinkhorn(x, y, o);
      QVERIFY(std::isfinite(r.marginal_error) && std::isfinite(r.cost));
      if (r.status == SinkhornStatus::Converged)
        QVERIFY2(r.marginal_error <= 1.01 * o.tolerance + 1e-12, r.message.c_str());
      else
        QVERIFY2(r.message.find("marginal error") != std::string::npos, r.message.c_str());
      if (eps == 1e-300) {
        QCOMPARE(r.status, SinkhornStatus::NotConverged);
        QVERIFY2(r.message.find("too small for double precision") != std::string::npos, r.message.c_str());
      }
      if (eps >= 1e-3) QVERIFY2(r.status == SinkhornStatus::Converged, r.message.c_str());
    }
  }

  void resultsDoNotDependOnThreadCount() {
    const PointCloud x = random_cloud(500, 2, 7, 0.0, true), y = random_cloud(400, 2, 8, 1.5, true);
    SinkhornOptions o;
    o.epsilon = 0.003 * mean_squared_distance(x, y);
    o.max_iterations = 150;
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
    const SinkhornResult one = sinkhorn(x, y, o);
    omp_set_num_threads(2);
    const SinkhornResult two = sinkhorn(x, y, o);
    omp_set_num_threads(threads);
    QCOMPARE(one.iterations, two.iterations);
    QVERIFY(one.f == two.f && one.g == two.g);  // bitwise
    QCOMPARE(one.cost, two.cost);
    QCOMPARE(one.marginal_error, two.marginal_error);
  }

  void budgetExhaustedIsAStatusWithTheErrorReached() {
    const PointCloud x = random_cloud(200, 2, 9, 0.0, false), y = random_cloud(200, 2, 10, 2.0, false);
    SinkhornOptions o;
    o.epsilon = 1e-3 * mean_squared_distance(x, y);
    o.tolerance = 1e-12;
    o.max_iterations = 5;
    const SinkhornResult r = sinkhorn(x, y, o);
    QCOMPARE(r.status, SinkhornStatus::NotConverged);
    QCOMPARE(r.iterations, 5);
    QVERIFY(r.marginal_error > 1e-12 && std::isfinite(r.marginal_error));
    QVERIFY(r.message.find("did not converge within 5 iterations") != std::string::npos);
    QCOMPARE(r.epsilon_reached, o.epsilon);  // the budget keeps one iteration for the final eps
  }

  void cancelFlagStopsTheRun() {
    const PointCloud x = random_cloud(100, 2, 11, 0.0, false), y = random_cloud(100, 2, 12, 2.0, false);
    SinkhornOptions o;
    o.epsilon = 1e-3 * mean_squared_distance(x, y);
    std::atomic<bool> cancel{false};
    int calls = 0;
    RunControl control;
    control.cancel = &cancel;
    control.progress = [&](double) {
      if (++calls == 3) cancel = true;
    };
    const SinkhornResult r = sinkhorn(x, y, o, control);
    QCOMPARE(r.status, SinkhornStatus::Cancelled);
    QCOMPARE(r.iterations, 3);
    QVERIFY(std::isfinite(r.cost));
  }

  void badInputIsRefused() {
    const PointCloud good = random_cloud(10, 2, 13, 0.0, false);
    SinkhornOptions o;
    o.epsilon = 0.1;
    auto refused = [&](const PointCloud& x, const PointCloud& y, const SinkhornOptions& opts, const char* words) {
      try {
        sinkhorn(x, y, opts);
      } catch (const InputError& e) {
        return std::string(e.what()).find(words) != std::string::npos;
      }
      return false;
    };
    PointCloud empty;
    empty.dimension = 2;
    QVERIFY(refused(empty, good, o, "x: the point cloud is empty"));
    QVERIFY(refused(good, random_cloud(10, 3, 14, 0.0, false), o, "same dimension"));
    PointCloud nan = good;
    nan.axis(1)[4] = std::nan("");
    QVERIFY(refused(good, nan, o, "y: point 4 coordinate 1 is NaN"));
    PointCloud negative = good;
    negative.weights[2] = -0.1;
    negative.weights[3] += 0.1;
    QVERIFY(refused(negative, good, o, "x: weight 2 is -0.1"));
    PointCloud unnormalised = good;
    unnormalised.weights[0] += 0.01;
    QVERIFY(refused(unnormalised, good, o, "the weights sum to"));
    SinkhornOptions zero = o;
    zero.epsilon = 0.0;
    QVERIFY(refused(good, good, zero, "epsilon must be a finite number > 0"));
    zero.epsilon = std::nan("");
    QVERIFY(refused(good, good, zero, "epsilon must be a finite number > 0"));
  }

  void sampledPairsFollowThePlan() {
    const PointCloud x = random_cloud(6, 2, 15, 0.0, true), y = random_cloud(5, 2, 16, 1.0, true);
    SinkhornOptions o;
    o.epsilon = 0.3 * mean_squared_distance(x, y);
    o.tolerance = 1e-10;
    const SinkhornResult r = sinkhorn(x, y, o);
    const Coupling coupling(x, y, r);
    const std::vector<double> plan = coupling.dense();
    constexpr std::size_t kSamples = 200000;
    const std::vector<IndexPair> pairs = coupling.sample_pairs(kSamples, 99);
    std::vector<double> counts(plan.size(), 0.0);
    for (const IndexPair& p : pairs) counts[p.i * y.count + p.j] += 1.0;
    for (std::size_t k = 0; k < plan.size(); ++k) {
      // Five binomial standard deviations (systematic resampling of the rows only makes it tighter).
      const double p = plan[k], sd = std::sqrt(p * (1 - p) / kSamples);
      QVERIFY2(std::fabs(counts[k] / kSamples - p) <= 5 * sd + 1e-6, qPrintable(QString::number(k)));
    }
    // Same seed, same pairs, whatever the thread count.
    omp_set_num_threads(1);
    const std::vector<IndexPair> again = coupling.sample_pairs(kSamples, 99);
    omp_set_num_threads(2);
    for (std::size_t s = 0; s < kSamples; ++s) QVERIFY(again[s].i == pairs[s].i && again[s].j == pairs[s].j);
  }
};

QTEST_APPLESS_MAIN(TestSinkhorn)
#include "test_sinkhorn.moc"
