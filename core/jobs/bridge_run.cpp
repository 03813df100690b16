#include "core/jobs/bridge_run.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/bridge/langevin_reference.h"
#include "core/errors.h"
#include "core/random/philox.h"
#include "core/transport/cloud_spec.h"

namespace flowscope {

BridgeRun run_bridge(const BridgeRequest& r, const RunControl& control) {
  const CloudSource from = parse_cloud_spec("source", r.from), to = parse_cloud_spec("target", r.to);
  if (from.dimension != to.dimension)
    throw InputError("the source is " + std::to_string(from.dimension) + "-D and the target " +
                     std::to_string(to.dimension) + "-D");
  BridgeRun run;
  run.dimension = from.dimension;
  run.x = cloud_from_source(from, r.n, r.seed, 0);
  run.y = cloud_from_source(to, r.n, r.seed, 1);
  LinearReference reference = r.theta > 0 ? ou_reference(run.dimension, r.sigma, r.theta)
                                          : brownian_reference(run.dimension, r.sigma);
  if (!r.potential.empty()) {
    const auto potential = find_potential(r.potential);
    const LangevinReferenceFit fit =
        linearised_langevin_reference(*potential, default_parameters(*potential), {&run.x, &run.y}, r.sigma);
    reference = fit.reference;
    run.langevin_fit_r2 = fit.r_squared;
  }
  run.reference = reference;
  SinkhornOptions options;
  options.tolerance = 1e-6;
  options.max_iterations = 3000;
  const StaticBridge bridge = solve_static_bridge(run.x, run.y, reference, 1.0, options, control);
  run.status = bridge.sinkhorn.status;
  run.iterations = bridge.sinkhorn.iterations;
  run.marginal_error = bridge.sinkhorn.marginal_error;
  run.message = bridge.sinkhorn.message;
  if (run.status == SinkhornStatus::Cancelled) return run;
  run.paths = sample_bridge_paths(bridge, r.paths, r.steps, r.seed + 7);
  pair_endpoints(bridge, bridge.coupling->sample_pairs(r.couplings, r.seed + 11), run.pair_starts, run.pair_ends);

  const std::size_t d = static_cast<std::size_t>(run.dimension), last = run.paths.samples() - 1;
  double sum = 0.0;
  for (std::size_t p = 0; p < run.paths.count; ++p)
    for (std::size_t j = 0; j < d; ++j) {
      const double diff = run.paths.at(last)[p * d + j] - run.paths.at(0)[p * d + j];
      sum += diff * diff;
    }
  run.pair_distance2 = sum / static_cast<double>(std::max<std::size_t>(run.paths.count, 1));
  // E|x - y|^2 = |mean x - mean y|^2 + tr Cov x + tr Cov y (independent x, y).
  const CloudMoments mx = moments(run.x), my = moments(run.y);
  for (std::size_t j = 0; j < d; ++j) {
    run.independent_distance2 += (mx.mean[j] - my.mean[j]) * (mx.mean[j] - my.mean[j]);
    run.independent_distance2 += mx.covariance[j * d + j] + my.covariance[j * d + j];
  }
  if (from.gaussian && to.gaussian) run.closed_form = gaussian_bridge(*from.gaussian, *to.gaussian, reference, 1.0);
  return run;
}

Snapshots demo_snapshots(double sigma, std::size_t per_time, std::uint64_t seed) {
  const LinearReference sde = linear_reference(2, sigma, kDemoDriftA, kDemoDriftB);
  Snapshots s;
  s.times = {0.0, 0.5, 1.0, 1.5};
  for (std::size_t k = 0; k < s.times.size(); ++k) {
    const GaussianTransition tr = transition(sde, s.times[k]);
    // Cholesky of Q (2 x 2); Q = 0 at t = 0.
    const double l00 = std::sqrt(std::max(tr.q[0], 0.0));
    const double l10 = l00 > 0 ? tr.q[2] / l00 : 0.0;
    const double l11 = std::sqrt(std::max(tr.q[3] - l10 * l10, 0.0));
    std::vector<double> rows(2 * per_time);
    for (std::size_t i = 0; i < per_time; ++i) {
      double z[4];
      philox::normals(seed, static_cast<std::uint32_t>(i), k, 0, z);  // the start and the transition's noise
      const double x0 = 2.0 + 0.3 * z[0], y0 = 0.3 * z[1];
      rows[2 * i] = tr.phi[0] * x0 + tr.phi[1] * y0 + tr.c[0] + l00 * z[2];
      rows[2 * i + 1] = tr.phi[2] * x0 + tr.phi[3] * y0 + tr.c[1] + l10 * z[2] + l11 * z[3];
    }
    s.clouds.push_back(cloud_from_rows(rows.data(), per_time, 2));
  }
  return s;
}

SnapshotRun run_snapshots(const SnapshotRequest& r, const RunControl& control) {
  SnapshotRun run;
  run.demo = r.csv.empty();
  run.snapshots = run.demo ? demo_snapshots(r.sigma, 300, r.seed) : snapshots_from_csv(r.csv);
  validate_snapshots(run.snapshots);
  MultiMarginalOptions options;
  options.sigma = r.sigma;
  options.refinements = r.refinements;
  options.steps_per_interval = r.steps;
  options.paths = r.paths;
  options.seed = r.seed;
  options.sinkhorn.tolerance = 1e-5;
  options.sinkhorn.max_iterations = 3000;
  run.result = multi_marginal_bridge(run.snapshots, options, control);
  return run;
}

// ---- geometry ----------------------------------------------------------------

namespace {

void push_row(const double* row, int d, float z, std::vector<float>& out) {
  out.push_back(static_cast<float>(row[0]));
  out.push_back(d >= 2 ? static_cast<float>(row[1]) : 0.0f);
  out.push_back(d >= 3 ? static_cast<float>(row[2]) : z);
}

}  // namespace

void append_cloud(const PointCloud& cloud, float colour, float height, std::vector<float>& xyz,
                  std::vector<float>& colours) {
  for (std::size_t i = 0; i < cloud.count; ++i) {
    double row[3] = {cloud.at(i, 0), cloud.dimension >= 2 ? cloud.at(i, 1) : 0.0, cloud.dimension >= 3 ? cloud.at(i, 2) : 0.0};
    push_row(row, cloud.dimension, height, xyz);
    colours.push_back(colour);
  }
}

std::vector<float> path_points(const BridgePaths& paths, std::size_t k, bool space_time, double time_scale) {
  std::vector<float> out;
  if (paths.samples() == 0) return out;
  k = std::min(k, paths.samples() - 1);
  const float z = space_time ? static_cast<float>((paths.times[k] - paths.times.front()) * time_scale) : 0.0f;
  for (std::size_t p = 0; p < paths.count; ++p) push_row(paths.at(k) + p * paths.dimension, paths.dimension, z, out);
  return out;
}

std::vector<float> path_lines(const BridgePaths& paths, std::size_t lines, bool space_time, double time_scale) {
  std::vector<float> out;
  lines = std::min(lines, paths.count);
  for (std::size_t p = 0; p < lines; ++p)
    for (std::size_t k = 0; k < paths.samples(); ++k) {
      const float z = space_time ? static_cast<float>((paths.times[k] - paths.times.front()) * time_scale) : 0.0f;
      push_row(paths.at(k) + p * paths.dimension, paths.dimension, z, out);
    }
  return out;
}

std::vector<float> pair_segments(const std::vector<double>& starts, const std::vector<double>& ends, int d,
                                 bool space_time, double time_scale) {
  std::vector<float> out;
  const std::size_t n = starts.size() / static_cast<std::size_t>(d);
  for (std::size_t i = 0; i < n; ++i) {
    push_row(starts.data() + i * d, d, 0.0f, out);
    push_row(ends.data() + i * d, d, space_time ? static_cast<float>(time_scale) : 0.0f, out);
  }
  return out;
}

std::vector<float> ellipse(const Gaussian& g, float z) {
  std::vector<float> out;
  if (g.dimension != 2) return out;
  // Covariance = L L^T; the 2-sigma contour is mean + 2 L (cos a, sin a).
  const double l00 = std::sqrt(g.covariance[0]), l10 = g.covariance[2] / l00;
  const double l11 = std::sqrt(std::max(g.covariance[3] - l10 * l10, 0.0));
  for (int k = 0; k < 64; ++k) {
    const double a = 2 * std::numbers::pi * k / 64.0, c = 2 * std::cos(a), s = 2 * std::sin(a);
    out.push_back(static_cast<float>(g.mean[0] + l00 * c));
    out.push_back(static_cast<float>(g.mean[1] + l10 * c + l11 * s));
    out.push_back(z);
  }
  return out;
}

std::vector<float> drift_arrows(const std::vector<double>& a, const std::vector<double>& b, double lo0, double hi0,
                                double lo1, double hi1, int grid, double fraction) {
  std::vector<float> out;
  if (a.size() != 4 || b.size() != 2 || grid < 2) return out;
  std::vector<double> base, v;
  double top = 0.0;
  for (int i = 0; i < grid; ++i)
    for (int j = 0; j < grid; ++j) {
      const double x = lo0 + (hi0 - lo0) * i / (grid - 1), y = lo1 + (hi1 - lo1) * j / (grid - 1);
      const double vx = a[0] * x + a[1] * y + b[0], vy = a[2] * x + a[3] * y + b[1];
      base.insert(base.end(), {x, y});
      v.insert(v.end(), {vx, vy});
      top = std::max(top, std::hypot(vx, vy));
    }
  if (!(top > 0)) return out;
  const double scale = fraction * std::min(hi0 - lo0, hi1 - lo1) / (grid - 1) / top;
  for (std::size_t n = 0; n < base.size() / 2; ++n) {
    out.insert(out.end(), {static_cast<float>(base[2 * n]), static_cast<float>(base[2 * n + 1]), 0.0f});
    out.insert(out.end(), {static_cast<float>(base[2 * n] + scale * v[2 * n]),
                           static_cast<float>(base[2 * n + 1] + scale * v[2 * n + 1]), 0.0f});
  }
  return out;
}

}  // namespace flowscope
