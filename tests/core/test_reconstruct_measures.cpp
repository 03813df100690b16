// The reconstruction measures on cases with known answers: zero on identical
// data, the binned KL divergence of lattice data against a truncated and a
// shifted copy (computed by hand below), the Gaussian-mixture form for two
// point masses (delta^2 / 2 sigma^2), and the spectral Hellinger distance
// under shifts and rescalings (0) and between disjoint spectra (1).
#include <QtTest>

#include <cmath>

#include "core/errors.h"
#include "core/reconstruct/comparison.h"
#include "core/reconstruct/measures.h"

using namespace flowscope;

namespace {

// Each of the values first..last repeated ten times (1-D points).
std::vector<double> lattice(int first, int last) {
  std::vector<double> x;
  for (int v = first; v <= last; ++v)
    for (int k = 0; k < 10; ++k) x.push_back(v);
  return x;
}

std::vector<double> sines(double cycles, std::size_t n, double phase, double scale, double offset) {
  std::vector<double> x(n);
  for (std::size_t i = 0; i < n; ++i)
    x[i] = offset + scale * std::sin(2 * M_PI * cycles * static_cast<double>(i) / static_cast<double>(n) + phase);
  return x;
}

}  // namespace

class TestReconstructMeasures : public QObject {
  Q_OBJECT

 private slots:
  void binnedDivergenceOfLatticeData() {
    // Data: 0..9 in equal shares; 10 bins over [-0.9, 9.9] put each value
    // alone in a bin (bin width 1.08, no value within 0.17 of an edge).
    const std::vector<double> data = lattice(0, 9);
    QCOMPARE(state_space_divergence_binned(data, data, 1, 10), 0.0);
    // Model on 0..4 only: 5 x 0.1 ln(0.1 / 0.2) + 5 x 0.1 ln(0.1 / floor).
    const double truncated = 0.5 * std::log(0.5) + 0.5 * std::log(0.1 / kStspFloor);
    QVERIFY(std::fabs(state_space_divergence_binned(data, lattice(0, 4), 1, 10) - truncated) < 1e-12);
    // Shifted by one: bin 0 empty, 10 clamped into the last bin with 9.
    const double shifted = 0.1 * std::log(0.1 / kStspFloor) + 0.1 * std::log(0.5);
    QVERIFY(std::fabs(state_space_divergence_binned(data, lattice(1, 10), 1, 10) - shifted) < 1e-12);
    // Rescaling both sets alike changes nothing (bins follow the data's range).
    std::vector<double> a = data, b = lattice(0, 4);
    for (double& v : a) v = 3 * v - 7;
    for (double& v : b) v = 3 * v - 7;
    QVERIFY(std::fabs(state_space_divergence_binned(a, b, 1, 10) - truncated) < 1e-12);
  }

  void gaussianMixtureDivergenceOfPointMasses() {
    const std::vector<double> data(200, 0.0), model(200, 1.5);  // constant data: unit scale
    QVERIFY(std::fabs(state_space_divergence_gmm(data, model, 1, 1.0) - 1.125) < 1e-12);
    QCOMPARE(state_space_divergence_gmm(data, data, 1, 1.0), 0.0);
    std::vector<double> cloud;
    for (int i = 0; i < 500; ++i) cloud.insert(cloud.end(), {std::sin(i * 0.1), std::cos(i * 0.37), i * 0.01});
    QCOMPARE(state_space_divergence_gmm(cloud, cloud, 3, 1.0), 0.0);
  }

  void hellingerIsZeroForShiftsAndRescalingsAndOneForDisjointSpectra() {
    const std::size_t n = 4096;
    const std::vector<double> x = sines(50, n, 0.0, 1.0, 0.0);
    QVERIFY(power_spectrum_hellinger(x, x, 1) < 1e-6);
    // A phase shift (a circular time shift here) and a rescaling keep the spectrum.
    QVERIFY(power_spectrum_hellinger(x, sines(50, n, 1.3, 4.0, -2.0), 1) < 1e-6);
    // 50 and 900 cycles, smoothing 5 bins: the spectra do not overlap (to e^-...).
    const double disjoint = power_spectrum_hellinger(x, sines(900, n, 0.0, 1.0, 0.0), 1, 5.0);
    QVERIFY2(std::fabs(disjoint - 1.0) < 1e-6, qPrintable(QString::number(disjoint)));
    // Averaged over dimensions: one equal, one disjoint -> 1/2.
    std::vector<double> a, b;
    const std::vector<double> y = sines(900, n, 0.0, 1.0, 0.0);
    for (std::size_t i = 0; i < n; ++i) a.insert(a.end(), {x[i], x[i]}), b.insert(b.end(), {x[i], y[i]});
    QVERIFY(std::fabs(power_spectrum_hellinger(a, b, 2, 5.0) - 0.5) < 1e-6);
  }

  void predictionHorizonOfALinearlyDriftingForecast() {
    // Data sin(0.05 t); the forecast is the truth plus c t, so the normalised
    // error c t / sd first exceeds 0.3 at t = floor(0.3 sd / c) + 1.
    std::vector<double> x(6000);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = std::sin(0.05 * static_cast<double>(i));
    double mean = 0.0, var = 0.0;
    for (double v : x) mean += v / x.size();
    for (double v : x) var += (v - mean) * (v - mean) / x.size();
    const double c = 1e-3, sd = std::sqrt(var);
    const TrajectorySet data = make_trajectory_set(x, 1, x.size(), 1, false);
    const auto drifting = [&](std::size_t i, std::size_t steps) {
      std::vector<double> f;
      for (std::size_t t = 0; t <= steps; ++t) f.push_back(x[i + t] + c * static_cast<double>(t));
      return f;
    };
    const std::optional<PredictionHorizon> h = prediction_horizon(data, 0.1, drifting, 1000, 20);
    QVERIFY(h.has_value());
    QCOMPARE(h->steps, std::floor(0.3 * sd / c) + 1);
    QVERIFY(std::fabs(h->time - 0.1 * h->steps) < 1e-12);
    QCOMPARE(h->starts, std::size_t{20});
    // A perfect forecast never leaves: the horizon is the whole window; a diverged one ends where it stops.
    const auto perfect = [&](std::size_t i, std::size_t steps) { return std::vector<double>(x.begin() + i, x.begin() + i + steps + 1); };
    QCOMPARE(prediction_horizon(data, 0.1, perfect, 1000, 20)->steps, 1000.0);
    const auto stops = [&](std::size_t i, std::size_t) { return std::vector<double>(x.begin() + i, x.begin() + i + 41); };
    QCOMPARE(prediction_horizon(data, 0.1, stops, 1000, 20)->steps, 41.0);
  }

  void badInputIsRefused() {
    const std::vector<double> x = {1, 2, 3};
    QVERIFY_THROWS_EXCEPTION(InputError, state_space_divergence_binned(x, x, 2));  // not whole points
    QVERIFY_THROWS_EXCEPTION(InputError, state_space_divergence_binned(std::vector<double>(60, 1.0), x, 6, 30));  // 30^6 bins
    QVERIFY_THROWS_EXCEPTION(InputError, power_spectrum_hellinger(x, x, 1));  // too short
    QVERIFY_THROWS_EXCEPTION(InputError, state_space_divergence_binned({1.0, std::nan("")}, x, 1));
  }
};

QTEST_GUILESS_MAIN(TestReconstructMeasures)
#include "test_reconstruct_measures.moc"
