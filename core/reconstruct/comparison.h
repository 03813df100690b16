#pragma once
// The measures of measures.h between data and a model's free run, chosen as
// the literature does: D_stsp binned (20 bins per dimension) up to three
// dimensions and by Gaussian mixtures (sigma 1 data standard deviation)
// above; D_H with a smoothing of 20 frequency bins. A measure that cannot be
// computed is left empty with its reason, never NaN.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

inline constexpr std::size_t kStspBins = 20;
inline constexpr double kStspSigma = 1.0;
inline constexpr double kSpectrumSmoothing = 20.0;

struct ReconstructionMeasures {
  std::optional<double> state_space_divergence;
  std::string state_space_method;  // "binned (20 per dimension)" or "gaussian mixture (sigma 1)"
  std::optional<double> hellinger;
  std::vector<std::string> missing;  // "D_H: ..." for each measure left out
};

// generated: row-major samples x data.dimension.
ReconstructionMeasures compare_with_data(const TrajectorySet& data, const std::vector<double>& generated);

// The prediction horizon: from `starts` data points spread evenly over the
// trials (each with max_steps samples after it in its trial), the model's
// forecast is compared with the data; the error at step t is the RMS over
// dimensions of (forecast - data) / (the data's standard deviation), and a
// start's horizon is the first t at which it exceeds `threshold` (max_steps if
// never). The result is the median over starts, in steps and in time units.
// forecast(i, steps) returns steps + 1 states (data units) from data point i,
// or fewer when the model diverged (the horizon then ends there). Starts have
// at least first_offset earlier samples in their trial (a delay model's history).
inline constexpr double kHorizonThreshold = 0.3;
struct PredictionHorizon {
  double steps = 0.0;
  double time = 0.0;
  std::size_t starts = 0;
};
std::optional<PredictionHorizon> prediction_horizon(
    const TrajectorySet& data, double dt, const std::function<std::vector<double>(std::size_t, std::size_t)>& forecast,
    std::size_t max_steps, std::size_t starts = 50, double threshold = kHorizonThreshold, std::size_t first_offset = 0);

// The largest Lyapunov exponent of a map x -> step(x) in `dimension`
// dimensions from x0, by two nearby orbits renormalised to a separation of
// 1e-8 (relative to the state's size) after each step (Benettin et al.),
// averaged over `steps` after `transient`, per unit time (divided by dt).
// Empty when an orbit leaves the finite numbers or exceeds `bound`.
std::optional<double> map_max_lyapunov(const std::function<void(const double*, double*)>& step,
                                       std::vector<double> x0, std::size_t transient, std::size_t steps, double dt,
                                       double bound = 1e8);

}  // namespace flowscope
