// flowscope-cli sinkhorn: entropic optimal transport between two point clouds
// (cost |x - y|^2), log-domain Sinkhorn with eps-scaling.
#include <omp.h>

#include <chrono>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/transport/cloud_spec.h"
#include "core/transport/sinkhorn.h"

namespace flowscope::cli {

int run_sinkhorn(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"x", "FILE", "source points: .npy (N x D) or .csv with a header row"},
      {"y", "FILE", "target points, same dimension"},
      {"wx", "FILE", "source weights (.npy or one-column .csv; >= 0, summing to 1); default uniform"},
      {"wy", "FILE", "target weights; default uniform"},
      {"epsilon", "E", "entropic regularisation > 0, in units of the cost |x - y|^2"},
      {"iters", "K", "iteration budget over all eps stages (default 10000)"},
      {"tol", "T", "target L1 marginal error (default 1e-6)"},
      {"no-scaling", "", "run at eps from the start (no eps-scaling)"},
      {"json", "", "print one JSON object"},
      {"help", "", "show this help"},
  };
  const Options options("sinkhorn", args, specs);
  if (options.has("help")) {
    std::string text = usage_text("sinkhorn", "Entropic optimal transport between two weighted point clouds.", specs);
    text += "\nThe plan minimises <pi, C> + eps KL(pi | a b^T) with C = |x - y|^2. JSON: cost = sum pi C,\n"
            "marginal_error = |pi 1 - a|_1 + |pi^T 1 - b|_1, iterations, status. Exit code 1 when the budget\n"
            "runs out before the marginal error reaches --tol (the plan reached is still reported).\n";
    std::fputs(text.c_str(), stdout);
    return kExitOk;
  }
  PointCloud x = read_point_file("--x", options.required_text("x"));
  PointCloud y = read_point_file("--y", options.required_text("y"));
  if (options.has("wx")) set_weights(x, read_weight_file("--wx", options.required_text("wx")), "option '--wx'");
  if (options.has("wy")) set_weights(y, read_weight_file("--wy", options.required_text("wy")), "option '--wy'");
  if (x.dimension != y.dimension)
    throw UsageError("options '--x' and '--y': the clouds have " + std::to_string(x.dimension) + " and " +
                     std::to_string(y.dimension) + " coordinates per point; they need the same dimension");
  SinkhornOptions so;
  so.epsilon = options.required_number("epsilon");
  if (!(so.epsilon > 0)) throw UsageError("option '--epsilon' must be > 0, not " + json_number(so.epsilon));
  so.max_iterations = static_cast<int>(options.whole("iters", 1, 1e9, 10'000));
  so.tolerance = options.number("tol", 1e-6);
  if (!(so.tolerance >= 0)) throw UsageError("option '--tol' must be >= 0, not " + json_number(so.tolerance));
  so.epsilon_scaling = !options.has("no-scaling");

  const auto begin = std::chrono::steady_clock::now();
  const SinkhornResult r = sinkhorn(x, y, so);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (r.status != SinkhornStatus::Converged) std::fprintf(stderr, "flowscope-cli sinkhorn: %s\n", r.message.c_str());
  if (options.has("json")) {
    std::string json = "{\"n_x\":" + std::to_string(x.count);
    json += ",\"n_y\":" + std::to_string(y.count);
    json += ",\"dimension\":" + std::to_string(x.dimension);
    json += ",\"epsilon\":" + json_number(r.epsilon);
    json += ",\"mean_cost\":" + json_number(r.mean_cost);
    json += ",\"cost\":" + json_number(r.cost);
    json += ",\"marginal_error\":" + json_number(r.marginal_error);
    json += ",\"row_error\":" + json_number(r.row_error);
    json += ",\"column_error\":" + json_number(r.column_error);
    json += ",\"tolerance\":" + json_number(so.tolerance);
    json += ",\"iterations\":" + std::to_string(r.iterations);
    json += ",\"stages\":" + std::to_string(r.stages);
    json += ",\"status\":" + json_string(std::string(sinkhorn_status_name(r.status)));
    json += ",\"converged\":" + std::string(r.status == SinkhornStatus::Converged ? "true" : "false");
    json += ",\"message\":" + json_string(r.message);
    json += ",\"seconds\":" + json_number(seconds);
    json += "}\n";
    std::fputs(json.c_str(), stdout);
  } else {
    std::printf("cost %.12g  marginal error %.3g  iterations %d  (%s)\n", r.cost, r.marginal_error, r.iterations,
                r.message.c_str());
  }
  return r.status == SinkhornStatus::Converged ? kExitOk : kExitFailure;
}

}  // namespace flowscope::cli
