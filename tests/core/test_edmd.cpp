// EDMD against systems whose Koopman spectrum is known: a linear flow (the
// eigenvalues of its generator, exactly, from degree-1 monomials; their
// pairwise sums from degree 2), the slow-manifold system x' = mu x,
// y' = lambda (y - x^2) (eigenvalues mu, lambda, 2 mu with the eigenfunction
// y - b x^2, b = lambda / (lambda - 2 mu); Brunton et al., PLoS ONE 11, 2016),
// and the van der Pol limit cycle (mu = 1: period 6.66328686) by delays.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <complex>

#include "core/errors.h"
#include "core/integrate/trajectory.h"
#include "core/reconstruct/edmd.h"
#include "core/systems/catalogue.h"
#include "tests/core/reconstruct_data.h"

using namespace flowscope;

namespace {

// Exact data are fitted exactly: rates agree to rounding amplified by the
// conditioning of the normal equations (measured ~1e-11).
constexpr double kExactRateTolerance = 1e-8;

// Trials of exact solutions from a grid of starts; f maps (start, t) to the state.
template <class Flow>
TrajectorySet exact_trials(std::size_t d, const std::vector<std::vector<double>>& starts, std::size_t length, double dt,
                           Flow flow) {
  std::vector<double> values;
  for (const auto& x0 : starts)
    for (std::size_t i = 0; i < length; ++i) {
      const std::vector<double> x = flow(x0, static_cast<double>(i) * dt);
      values.insert(values.end(), x.begin(), x.end());
    }
  TrajectorySet set = make_trajectory_set(std::move(values), starts.size(), length, d, true);
  for (std::size_t r = 0; r < starts.size(); ++r)
    for (std::size_t i = 0; i < length; ++i) set.times.push_back(static_cast<double>(i) * dt);
  return set;
}

// The distance from (rate, frequency) to the nearest eigenvalue of the model.
double nearest(const EdmdModel& model, double rate, double frequency) {
  double best = 1e300;
  for (const KoopmanEigenvalue& e : model.eigenvalues)
    best = std::min(best, std::hypot(e.rate - rate, e.frequency - frequency));
  return best;
}

}  // namespace

class TestEdmd : public QObject {
  Q_OBJECT

 private slots:
  void linearFlowGivesItsEigenvaluesExactly() {
    // x' = -0.1 x + 2 y, y' = -2 x - 0.1 y, z' = -0.5 z.
    const auto flow = [](const std::vector<double>& s, double t) {
      const double e = std::exp(-0.1 * t), c = std::cos(2 * t), n = std::sin(2 * t);
      return std::vector<double>{e * (s[0] * c + s[1] * n), e * (-s[0] * n + s[1] * c), s[2] * std::exp(-0.5 * t)};
    };
    const TrajectorySet data = exact_trials(3, {{1, 0, 2}, {-0.5, 1.5, -1}, {2, -1, 0.5}}, 200, 0.05, flow);
    EdmdOptions options;
    options.degree = 1;
    const EdmdModel model = fit_edmd(data, options);
    QCOMPARE(model.size(), std::size_t{4});
    const double f = 2.0 / (2 * M_PI);
    for (auto [rate, frequency] : {std::pair{0.0, 0.0}, {-0.1, f}, {-0.1, -f}, {-0.5, 0.0}})
      QVERIFY2(nearest(model, rate, frequency) < kExactRateTolerance,
               qPrintable(QString("%1 %2i: %3").arg(rate).arg(frequency).arg(nearest(model, rate, frequency))));
    QVERIFY(model.residual < 1e-20);
    // Degree 2: products of eigenfunctions are eigenfunctions, rates add.
    options.degree = 2;
    const EdmdModel second = fit_edmd(data, options);
    for (auto [rate, frequency] : {std::pair{-0.2, 2 * f}, {-0.2, 0.0}, {-0.6, f}, {-1.0, 0.0}})
      QVERIFY2(nearest(second, rate, frequency) < kExactRateTolerance, qPrintable(QString::number(nearest(second, rate, frequency))));
  }

  void slowManifoldSpectrumAndEigenfunction() {
    const double mu = -0.05, lambda = -1.0, b = lambda / (lambda - 2 * mu);
    const auto flow = [=](const std::vector<double>& s, double t) {
      const double x = s[0] * std::exp(mu * t);
      return std::vector<double>{x, b * x * x + (s[1] - b * s[0] * s[0]) * std::exp(lambda * t)};
    };
    std::vector<std::vector<double>> starts;
    for (double x0 : {-1.5, -0.5, 0.7, 1.2})
      for (double y0 : {-1.0, 0.5, 2.0}) starts.push_back({x0, y0});
    EdmdOptions options;
    options.degree = 3;
    const EdmdModel model = fit_edmd(exact_trials(2, starts, 100, 0.1, flow), options);
    for (double rate : {mu, lambda, 2 * mu, 3 * mu, mu + lambda})
      QVERIFY2(nearest(model, rate, 0.0) < kExactRateTolerance, qPrintable(QString("%1: %2").arg(rate).arg(nearest(model, rate, 0.0))));
    // The eigenvector of lambda is y - b x^2 up to a factor: in the basis
    // 1, x, y, x^2, x*y, y^2, x^3, ... its y and x^2 entries are 1 : -b.
    std::size_t m = 0;
    while (m < model.eigenvalues.size() && std::fabs(model.eigenvalues[m].rate - lambda) > 1e-6) ++m;
    QVERIFY(m < model.eigenvalues.size());
    QVERIFY(m < model.options.eigenfunctions);  // |e^{-0.1}| is among the six largest moduli
    const std::size_t p = model.size();
    QCOMPARE(model.terms[2], std::string("y"));
    QCOMPARE(model.terms[3], std::string("x^2"));
    const std::complex<double> vy = model.eigenvectors[m * p + 2], vxx = model.eigenvectors[m * p + 3];
    QVERIFY2(std::abs(vxx / vy + b) < 1e-7, qPrintable(QString::number(std::abs(vxx / vy + b))));
    for (std::size_t a = 0; a < p; ++a)
      if (a != 2 && a != 3) QVERIFY(std::abs(model.eigenvectors[m * p + a]) < 1e-7 * std::abs(vy));
  }

  void vanDerPolLimitCycleFrequencyByDelays() {
    // mu = 1, unforced; on the cycle after a transient of 50.
    Problem problem = default_problem(find_system("van-der-pol"), 250.0);
    problem.parameters = {1.0, 0.0, 1.0};
    problem.dt = 0.01;
    problem.initial_state = {2.0, 0.0};
    const Trajectory t = integrate(problem, Method::Rk4);
    std::vector<double> values;
    for (std::size_t i = 5000; i < t.samples(); i += 5) values.push_back(t.state(i)[0]);
    TrajectorySet data = make_trajectory_set(values, 1, values.size(), 1, false);
    EdmdOptions options;
    options.dictionary = EdmdDictionary::Delays;
    options.delays = 40;
    options.lag = 2;
    options.dt = 0.05;
    const EdmdModel model = fit_edmd(data, options);
    // The fundamental: the smallest positive frequency among eigenvalues on the unit circle.
    double fundamental = 1e300;
    for (const KoopmanEigenvalue& e : model.eigenvalues)
      if (std::fabs(e.rate) < 1e-3 && e.frequency > 1e-3) fundamental = std::min(fundamental, e.frequency);
    const double period = 6.66328686;  // van der Pol, mu = 1 (Strogatz, Nonlinear Dynamics and Chaos, ex. 7.5)
    QVERIFY2(std::fabs(fundamental * period - 1.0) < 1e-4, qPrintable(QString::number(1.0 / fundamental, 'g', 10)));
    // Freely run, the fitted map stays on the cycle: amplitude of x near 2.009.
    std::vector<double> history(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(model.window()));
    const std::vector<double> run = edmd_free_run(model, history, 4000);
    QCOMPARE(run.size(), std::size_t{4001});
    const double peak = *std::max_element(run.begin() + 2000, run.end());
    QVERIFY2(std::fabs(peak - 2.0086) < 0.02, qPrintable(QString::number(peak)));
  }

  void badOptionsAndDataAreRefused() {
    const TrajectorySet data = testing::lorenz_set(100, 0.01);
    EdmdOptions options;
    options.degree = 0;
    QVERIFY(testing::error_message_of([&] { fit_edmd(data, options); }).find("degree") != std::string::npos);
    options.degree = 6;  // 84 terms, 99 pairs
    QVERIFY(testing::error_message_of([&] { fit_edmd(data, options); }).find("too few") != std::string::npos);
    QVERIFY(testing::error_message_of([] { parse_edmd_dictionary("rbf"); }).find("known: monomials, delays") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestEdmd)
#include "test_edmd.moc"
