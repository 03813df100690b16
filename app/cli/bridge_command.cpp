// flowscope-cli bridge: the Schrodinger bridge between two distributions or
// point clouds under a Brownian or Ornstein-Uhlenbeck reference: the static
// coupling (Sinkhorn), sampled paths (pairs joined by reference bridges), the
// Gaussian closed form beside them when both ends are Gaussian, and a forward
// simulation of the bridge SDE with its estimated drift to check it lands on
// the target.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/bridge/gaussian_bridge.h"
#include "core/bridge/langevin_reference.h"
#include "core/bridge/schrodinger_bridge.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/transport/cloud_spec.h"

namespace flowscope::cli {
namespace {

constexpr std::size_t kSdeParticles = 1000, kSdePool = 2000;

std::string moments_json(const CloudMoments& m, int d) {
  return "{\"mean\":" + json_array(m.mean) + ",\"covariance\":" + json_matrix(m.covariance, d) + "}";
}

// Cov(X0, X1) of the paths' end points.
std::vector<double> endpoint_cross_covariance(const BridgePaths& paths) {
  const int d = paths.dimension;
  const double* a = paths.at(0);
  const double* b = paths.at(paths.samples() - 1);
  const CloudMoments ma = row_moments(a, paths.count, d), mb = row_moments(b, paths.count, d);
  std::vector<double> c(static_cast<std::size_t>(d) * d, 0.0);
  for (std::size_t p = 0; p < paths.count; ++p)
    for (int r = 0; r < d; ++r)
      for (int s = 0; s < d; ++s) c[r * d + s] += (a[p * d + r] - ma.mean[r]) * (b[p * d + s] - mb.mean[s]);
  for (double& v : c) v /= static_cast<double>(paths.count);
  return c;
}

}  // namespace

int run_bridge(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"from", "SPEC", "source: gauss:MEAN;COV, a .npy/.csv point file (builtin:ID and mixture .json: coming)"},
      {"to", "SPEC", "target, same forms"},
      {"sigma", "S", "reference noise: variance sigma^2 per unit time, > 0"},
      {"reference", "REF",
       "brownian (default), ou:THETA (dX = -THETA X dt + sigma dW) or langevin:POTENTIAL (a Langevin "
       "potential's drift -grad U, linearised over the clouds)"},
      {"n", "N", "number of paths (and of samples drawn from a gauss: source or target)"},
      {"steps", "K", "time steps on [0, 1] (default 100)"},
      {"seed", "K", "seed of the samples and the noise (default 0)"},
      {"iters", "K", "Sinkhorn iteration budget (default 10000)"},
      {"tol", "T", "Sinkhorn marginal tolerance (default 1e-6)"},
      {"out", "FILE.npy", "paths, (K + 1) x N x dimension: positions at K + 1 equally spaced times from 0 to 1"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("bridge", args, specs);
  if (options.has("help")) {
    std::string text = usage_text("bridge", "The Schrodinger bridge between two distributions.", specs);
    text += "\nExamples of SPEC: gauss:0;1 (1-D), gauss:4,1;2,0.5,0.5,1 (mean (4, 1), covariance [[2, .5], [.5, 1]]),\n"
            "cloud.npy. The static bridge is entropic OT with cost |x - y|^2 and eps = 2 sigma^2 (Brownian);\n"
            "sigma -> 0 approaches optimal transport, large sigma the independent coupling.\n";
    std::fputs(text.c_str(), stdout);
    return kExitOk;
  }
  const double sigma = options.required_number("sigma");
  if (!(sigma > 0)) throw UsageError("option '--sigma' must be > 0, not " + json_number(sigma));
  const CloudSource from = parse_cloud_spec("--from", options.required_text("from"));
  const CloudSource to = parse_cloud_spec("--to", options.required_text("to"));
  if (from.dimension != to.dimension)
    throw UsageError("options '--from' and '--to' have dimensions " + std::to_string(from.dimension) + " and " +
                     std::to_string(to.dimension) + "; they must agree");
  const int d = from.dimension;
  const std::string reference_text = options.text("reference").value_or("brownian");
  const bool langevin = reference_text.rfind("langevin:", 0) == 0;
  LinearReference reference = langevin ? brownian_reference(d, sigma)  // replaced once the clouds are drawn
                                       : parse_reference("--reference", reference_text, d, sigma);
  std::shared_ptr<const Potential> potential;
  if (langevin) {
    potential = find_potential(reference_text.substr(9));
    if (potential->dimension() != d)
      throw UsageError("option '--reference': potential '" + reference_text.substr(9) + "' is " +
                       std::to_string(potential->dimension()) + "-D and the clouds " + std::to_string(d) + "-D");
  }
  const auto n = static_cast<std::size_t>(options.whole("n", 1, 1e7));
  const int steps = static_cast<int>(options.whole("steps", 1, 1e6, 100));
  const std::uint64_t seed = options.seed();
  if (static_cast<double>(n) * (steps + 1) * d * 8.0 > 16e9)
    throw UsageError("--n x (--steps + 1) x dimension doubles need more than 16 GB");
  SinkhornOptions so;
  so.max_iterations = static_cast<int>(options.whole("iters", 1, 1e9, 10'000));
  so.tolerance = options.number("tol", 1e-6);
  if (!(so.tolerance >= 0)) throw UsageError("option '--tol' must be >= 0, not " + json_number(so.tolerance));
  std::string out;
  if (options.has("out")) {
    out = options.required_text("out");
    if (!has_extension(out, ".npy")) throw UsageError("option '--out': '" + out + "' is not a .npy file name");
    check_writable(out);
  }

  const PointCloud x = cloud_from_source(from, n, seed, 1);
  const PointCloud y = cloud_from_source(to, n, seed, 2);
  double langevin_fit_r2 = std::nan("");
  if (potential) {
    const LangevinReferenceFit fit =
        linearised_langevin_reference(*potential, default_parameters(*potential), {&x, &y}, sigma);
    reference = fit.reference;
    langevin_fit_r2 = fit.r_squared;
  }
  const auto begin = std::chrono::steady_clock::now();
  const StaticBridge bridge = solve_static_bridge(x, y, reference, 1.0, so);
  const BridgePaths paths = sample_bridge_paths(bridge, n, steps, seed + 3);
  if (!out.empty()) write_npy(out, paths.positions.data(), {paths.samples(), n, static_cast<std::size_t>(d)});
  const SinkhornResult& sk = bridge.sinkhorn;
  if (sk.status != SinkhornStatus::Converged) std::fprintf(stderr, "flowscope-cli bridge: Sinkhorn %s\n", sk.message.c_str());

  if (options.has("json")) {
    const std::size_t mid = static_cast<std::size_t>(steps) / 2;
    const CloudMoments mid_sample = row_moments(paths.at(mid), n, d);
    const std::vector<double> cross = endpoint_cross_covariance(paths);
    // Forward simulation of the bridge SDE with the drift estimated from pairs.
    const std::size_t particles = std::min(n, kSdeParticles), pool = std::min(std::max(n, x.count), kSdePool);
    const BridgeSdeResult sde = simulate_bridge_sde(bridge, particles, pool, steps, seed + 5);
    const CloudMoments landed = row_moments(sde.paths.at(sde.paths.samples() - 1), particles, d);
    const CloudMoments target = moments(y);
    double mean_error = 0.0, cov_error = 0.0, cov_norm = 0.0;
    for (int j = 0; j < d; ++j) mean_error += std::pow(landed.mean[j] - target.mean[j], 2);
    for (std::size_t j = 0; j < target.covariance.size(); ++j) {
      cov_error += std::pow(landed.covariance[j] - target.covariance[j], 2);
      cov_norm += std::pow(target.covariance[j], 2);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

    std::string json = "{\"from\":" + json_string(from.text) + ",\"to\":" + json_string(to.text);
    json += ",\"dimension\":" + std::to_string(d);
    json += ",\"sigma\":" + json_number(sigma);
    json += ",\"reference\":" + json_string(reference.name);
    json += ",\"reference_drift\":{\"A\":" + json_matrix(reference.a, d) + ",\"b\":" + json_array(reference.b) +
            ",\"langevin_fit_r2\":" + json_number(langevin_fit_r2) + "}";
    json += ",\"epsilon\":" + (reference.name == "brownian" ? json_number(2 * sigma * sigma) : std::string("null"));
    json += ",\"n\":" + std::to_string(n);
    json += ",\"n_from\":" + std::to_string(x.count) + ",\"n_to\":" + std::to_string(y.count);
    json += ",\"steps\":" + std::to_string(steps);
    json += ",\"seed\":" + std::to_string(seed);
    json += ",\"paths_shape\":[" + std::to_string(paths.samples()) + "," + std::to_string(n) + "," + std::to_string(d) + "]";
    json += ",\"sinkhorn\":{\"status\":" + json_string(std::string(sinkhorn_status_name(sk.status)));
    json += ",\"iterations\":" + std::to_string(sk.iterations);
    json += ",\"marginal_error\":" + json_number(sk.marginal_error);
    json += ",\"message\":" + json_string(sk.message) + "}";
    json += ",\"mid_time\":" + json_number(paths.times[mid]);
    json += ",\"sample\":{\"mid\":" + moments_json(mid_sample, d) + ",\"cross_covariance\":" + json_matrix(cross, d) + "}";
    if (from.gaussian && to.gaussian) {
      const GaussianBridge exact = gaussian_bridge(*from.gaussian, *to.gaussian, reference, 1.0);
      const Gaussian g = gaussian_bridge_marginal(exact, paths.times[mid]);
      json += ",\"closed_form\":{\"mid\":{\"mean\":" + json_array(g.mean) + ",\"covariance\":" +
              json_matrix(g.covariance, d) + "},\"cross_covariance\":" + json_matrix(exact.cross_covariance, d) + "}";
    } else {
      json += ",\"closed_form\":null";
    }
    json += ",\"sde\":{\"particles\":" + std::to_string(particles) + ",\"pool\":" + std::to_string(pool);
    json += ",\"landed\":" + moments_json(landed, d) + ",\"target\":" + moments_json(target, d);
    json += ",\"mean_error\":" + json_number(std::sqrt(mean_error));
    json += ",\"relative_covariance_error\":" + json_number(std::sqrt(cov_error / cov_norm)) + "}";
    json += ",\"seconds\":" + json_number(seconds);
    json += ",\"out\":" + (out.empty() ? std::string("null") : json_string(out));
    json += "}\n";
    std::fputs(json.c_str(), stdout);
  }
  return sk.status == SinkhornStatus::Converged ? kExitOk : kExitFailure;
}

}  // namespace flowscope::cli
