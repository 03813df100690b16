#include "core/bridge/multi_marginal.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>

#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/number_format.h"
#include "core/random/philox.h"

namespace flowscope {

void validate_snapshots(const Snapshots& s) {
  if (s.times.size() != s.clouds.size()) throw InputError("snapshots: one cloud per time is needed");
  if (s.times.size() < 2)
    throw InputError("snapshots: " + std::to_string(s.times.size()) + " time" + (s.times.size() == 1 ? "" : "s") +
                     " given; a bridge needs at least two");
  for (std::size_t k = 0; k < s.times.size(); ++k) {
    if (!std::isfinite(s.times[k])) throw InputError("snapshots: time " + std::to_string(k) + " is not a finite number");
    if (k > 0 && !(s.times[k] > s.times[k - 1]))
      throw InputError("snapshots: times must increase strictly (" + format_double(s.times[k - 1]) + " then " +
                       format_double(s.times[k]) + ")");
    validate_cloud(s.clouds[k], "snapshot at time " + format_double(s.times[k]));
    if (s.clouds[k].dimension != s.clouds[0].dimension)
      throw InputError("snapshot at time " + format_double(s.times[k]) + " has " +
                       std::to_string(s.clouds[k].dimension) + " coordinates, the first has " +
                       std::to_string(s.clouds[0].dimension));
  }
}

Snapshots snapshots_from_csv(const std::string& path) {
  const CsvTable table = read_csv(path);
  const int time_column = table.column("time");
  if (time_column < 0) throw InputError("'" + path + "' has no 'time' column");
  const int columns = static_cast<int>(table.columns);
  const int d = columns - 1;
  if (d < 1) throw InputError("'" + path + "' has no coordinate columns besides 'time'");
  std::map<double, std::vector<double>> rows_by_time;
  for (std::size_t r = 0; r < table.rows; ++r) {
    const double t = table.values[r * columns + time_column];
    if (!std::isfinite(t))
      throw InputError("'" + path + "' data row " + std::to_string(r + 1) + ": time is not a finite number");
    std::vector<double>& rows = rows_by_time[t];
    for (int c = 0; c < columns; ++c)
      if (c != time_column) rows.push_back(table.values[r * columns + c]);
  }
  Snapshots s;
  for (const auto& [t, rows] : rows_by_time) {
    s.times.push_back(t);
    s.clouds.push_back(cloud_from_rows(rows.data(), rows.size() / d, d));
  }
  return s;
}

LinearDriftFit fit_linear_drift(const BridgePaths& paths, bool fit_offset) {
  const int d = paths.dimension;
  const int m = fit_offset ? d + 1 : d;
  // Normal equations, accumulated per time step (in parallel) and summed in
  // step order, so the fit does not depend on the thread count.
  const std::size_t steps = paths.samples() - 1;
  std::vector<Eigen::MatrixXd> xx(steps, Eigen::MatrixXd::Zero(m, m)), yx(steps, Eigen::MatrixXd::Zero(d, m));
#pragma omp parallel for schedule(static)
  for (std::size_t k = 0; k < steps; ++k) {
    const double h = paths.times[k + 1] - paths.times[k];
    const double* now = paths.at(k);
    const double* next = paths.at(k + 1);
    Eigen::VectorXd features(m), y(d);
    for (std::size_t p = 0; p < paths.count; ++p) {
      for (int j = 0; j < d; ++j) features(j) = now[p * d + j], y(j) = (next[p * d + j] - now[p * d + j]) / h;
      if (fit_offset) features(d) = 1.0;
      // Weighted by h: the increments' noise variance is sigma^2 / h.
      xx[k].noalias() += h * features * features.transpose();
      yx[k].noalias() += h * y * features.transpose();
    }
  }
  Eigen::MatrixXd sxx = Eigen::MatrixXd::Zero(m, m), syx = Eigen::MatrixXd::Zero(d, m);
  for (std::size_t k = 0; k < steps; ++k) sxx += xx[k], syx += yx[k];
  const Eigen::MatrixXd coef = sxx.transpose().ldlt().solve(syx.transpose()).transpose();  // d x m
  LinearDriftFit fit;
  fit.a.resize(static_cast<std::size_t>(d) * d);
  fit.b.assign(d, 0.0);
  for (int r = 0; r < d; ++r) {
    for (int c = 0; c < d; ++c) fit.a[r * d + c] = coef(r, c);
    if (fit_offset) fit.b[r] = coef(r, d);
  }
  return fit;
}

namespace {

double change_of(const LinearReference& reference, const LinearDriftFit& fit) {
  double s = 0.0;
  for (std::size_t i = 0; i < fit.a.size(); ++i) s += (fit.a[i] - reference.a[i]) * (fit.a[i] - reference.a[i]);
  for (std::size_t i = 0; i < fit.b.size(); ++i) s += (fit.b[i] - reference.b[i]) * (fit.b[i] - reference.b[i]);
  return std::sqrt(s);
}

}  // namespace

MultiMarginalResult multi_marginal_bridge(const Snapshots& snapshots, const MultiMarginalOptions& options,
                                          const RunControl& control) {
  validate_snapshots(snapshots);
  if (!(options.sigma > 0) || !std::isfinite(options.sigma))
    throw InputError("sigma must be a finite number > 0, not " + format_double(options.sigma));
  if (options.refinements < 0) throw InputError("the number of refinements must be >= 0");
  if (options.steps_per_interval < 1) throw InputError("each interval needs at least one step");
  if (options.paths < 1) throw InputError("at least one path is needed");
  const int d = snapshots.clouds[0].dimension;
  const std::size_t intervals = snapshots.times.size() - 1;
  const int s = options.steps_per_interval;
  const std::size_t n = options.paths;

  MultiMarginalResult result;
  LinearReference reference = brownian_reference(d, options.sigma);
  const int rounds = options.refinements + 1;
  for (int round = 0; round < rounds; ++round) {
    RefinementReport report;
    report.reference = reference;
    BridgePaths paths;
    paths.dimension = d;
    paths.count = n;
    paths.times.resize(intervals * s + 1);
    paths.positions.resize(paths.times.size() * n * d);
    std::vector<double> starts, ends;
    // The chain's current snapshot index of every path (systematic draw from snapshot 0).
    std::vector<std::uint32_t> current(n);
    for (std::size_t k = 0; k < intervals; ++k) {
      RunControl inner;
      inner.cancel = control.cancel;
      const double t0 = snapshots.times[k], t1 = snapshots.times[k + 1];
      const StaticBridge bridge =
          solve_static_bridge(snapshots.clouds[k], snapshots.clouds[k + 1], reference, t1 - t0, options.sinkhorn, inner);
      if (bridge.sinkhorn.status == SinkhornStatus::Cancelled) {
        result.status = RunStatus::Cancelled;
        return result;
      }
      IntervalReport ir{t0, t1, bridge.sinkhorn.status, bridge.sinkhorn.iterations, bridge.sinkhorn.marginal_error};
      result.all_converged = result.all_converged && ir.status == SinkhornStatus::Converged;
      report.intervals.push_back(ir);
      const std::uint64_t seed = options.seed + 1000003ull * static_cast<std::uint64_t>(round) + 7919ull * k;
      std::vector<IndexPair> pairs;
      if (k == 0) {
        pairs = bridge.coupling->sample_pairs(n, seed);
      } else {
        // Continue each path from where it stands: j ~ pi_k(. | current).
        pairs.resize(n);
        std::vector<double> row(bridge.y.count);
        for (std::size_t p = 0; p < n; ++p) pairs[p].i = current[p];
        // Group by source so each conditional row is computed once.
        std::vector<std::size_t> order(n);
        for (std::size_t p = 0; p < n; ++p) order[p] = p;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t u, std::size_t v) { return current[u] < current[v]; });
        for (std::size_t q = 0; q < n;) {
          const std::uint32_t i = current[order[q]];
          bridge.coupling->conditional_row(i, row.data());
          for (std::size_t j = 1; j < row.size(); ++j) row[j] += row[j - 1];
          for (; q < n && current[order[q]] == i; ++q) {
            const std::size_t p = order[q];
            const philox::Block counter{{static_cast<std::uint32_t>(k), 0u, 0u, static_cast<std::uint32_t>(p)}};
            const philox::Block bits = philox::generate(counter, static_cast<std::uint32_t>(seed),
                                                        static_cast<std::uint32_t>(seed >> 32));
            const double u = philox::to_unit(bits.v[0]) * row.back();
            const auto it = std::upper_bound(row.begin(), row.end(), u);
            pairs[p].j = static_cast<std::uint32_t>(std::min<std::size_t>(it - row.begin(), row.size() - 1));
          }
        }
      }
      for (std::size_t p = 0; p < n; ++p) current[p] = pairs[p].j;
      pair_endpoints(bridge, pairs, starts, ends);
      for (int step = 0; step <= s; ++step) paths.times[k * s + step] = t0 + (t1 - t0) * step / s;
      // Interval k writes samples k s .. (k + 1) s; its first sample equals the
      // previous interval's last (the same points), so overwriting is harmless.
      sample_reference_bridges(reference, t1 - t0, starts.data(), ends.data(), n, s, seed + 1,
                               static_cast<std::uint32_t>(k), paths.positions.data() + k * s * n * d);
      if (control.progress)
        control.progress((static_cast<double>(round) + static_cast<double>(k + 1) / intervals) / rounds);
    }
    report.fit = fit_linear_drift(paths, options.fit_offset);
    report.change = change_of(reference, report.fit);
    reference = linear_reference(d, options.sigma, report.fit.a, report.fit.b);
    result.rounds.push_back(std::move(report));
    result.paths = std::move(paths);
  }
  return result;
}

}  // namespace flowscope
