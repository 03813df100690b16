// flowscope-cli bridge-snapshots: multi-marginal Schrodinger bridges through
// K >= 2 snapshots of a population, with iterative refinement of a linear
// reference drift A x + b fitted to the inferred paths.
#include <chrono>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/bridge/multi_marginal.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/transport/cloud_spec.h"

namespace flowscope::cli {
namespace {

Snapshots snapshots_from_options(const Options& options) {
  const std::vector<std::string> files = options.all("data");
  if (files.empty()) throw UsageError("option '--data' is required (a CSV with a 'time' column, or .npy files)");
  if (files.size() == 1 && has_extension(files[0], ".csv")) {
    if (options.has("times")) throw UsageError("option '--times' is for .npy snapshots; the CSV has a 'time' column");
    return snapshots_from_csv(files[0]);
  }
  Snapshots s;
  for (const std::string& file : files) {
    if (!has_extension(file, ".npy"))
      throw UsageError("option '--data': '" + file + "' — give one .csv with a 'time' column or one .npy per time");
    s.clouds.push_back(read_point_file("--data", file));
  }
  if (const auto times = options.number_list("times")) {
    if (times->size() != files.size())
      throw UsageError("option '--times' has " + std::to_string(times->size()) + " times for " +
                       std::to_string(files.size()) + " .npy files");
    s.times = *times;
  } else {
    for (std::size_t k = 0; k < files.size(); ++k) s.times.push_back(static_cast<double>(k));
  }
  return s;
}

}  // namespace

int run_bridge_snapshots(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"data", "FILE", "a .csv with a 'time' column and coordinate columns, or one .npy (N x D) per time", true},
      {"times", "T0,T1,..", ".npy snapshots: their times (default 0, 1, 2, ...)"},
      {"sigma", "S", "reference noise: variance sigma^2 per unit time, > 0"},
      {"refine", "R", "refinements of the reference drift after the first Brownian round (default 0)"},
      {"n", "N", "number of paths (default 1000)"},
      {"steps", "K", "time steps per interval between snapshots (default 20)"},
      {"seed", "K", "seed of the path sampling (default 0)"},
      {"iters", "K", "Sinkhorn iteration budget per interval (default 10000)"},
      {"tol", "T", "Sinkhorn marginal tolerance (default 1e-6)"},
      {"out", "FILE.npy", "paths of the last round, (samples) x N x dimension"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("bridge-snapshots", args, specs);
  if (options.has("help")) {
    std::string text =
        usage_text("bridge-snapshots", "Bridges through snapshots of a population; fits a linear drift.", specs);
    text += "\nRound 0 uses a Brownian reference; each refinement fits dX = (A X + b) dt + sigma dW to the\n"
            "paths by least squares and rebuilds the bridges with it. JSON 'refinements' lists, per round, the\n"
            "reference used, the fitted A and b and the change (Frobenius norm of fitted minus used).\n";
    std::fputs(text.c_str(), stdout);
    return kExitOk;
  }
  MultiMarginalOptions mo;
  mo.sigma = options.required_number("sigma");
  if (!(mo.sigma > 0)) throw UsageError("option '--sigma' must be > 0, not " + json_number(mo.sigma));
  mo.refinements = static_cast<int>(options.whole("refine", 0, 1000, 0));
  mo.paths = static_cast<std::size_t>(options.whole("n", 1, 1e7, 1000));
  mo.steps_per_interval = static_cast<int>(options.whole("steps", 1, 1e5, 20));
  mo.seed = options.seed();
  mo.sinkhorn.max_iterations = static_cast<int>(options.whole("iters", 1, 1e9, 10'000));
  mo.sinkhorn.tolerance = options.number("tol", 1e-6);
  if (!(mo.sinkhorn.tolerance >= 0))
    throw UsageError("option '--tol' must be >= 0, not " + json_number(mo.sinkhorn.tolerance));
  std::string out;
  if (options.has("out")) {
    out = options.required_text("out");
    if (!has_extension(out, ".npy")) throw UsageError("option '--out': '" + out + "' is not a .npy file name");
    check_writable(out);
  }
  const Snapshots snapshots = snapshots_from_options(options);
  validate_snapshots(snapshots);
  const int d = snapshots.clouds[0].dimension;

  const auto begin = std::chrono::steady_clock::now();
  const MultiMarginalResult r = multi_marginal_bridge(snapshots, mo);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (!out.empty())
    write_npy(out, r.paths.positions.data(), {r.paths.samples(), r.paths.count, static_cast<std::size_t>(d)});
  if (!r.all_converged)
    std::fprintf(stderr, "flowscope-cli bridge-snapshots: some Sinkhorn runs did not converge (see 'refinements')\n");
  if (options.has("json")) {
    std::string json = "{\"times\":" + json_array(snapshots.times);
    json += ",\"dimension\":" + std::to_string(d);
    json += ",\"sigma\":" + json_number(mo.sigma);
    json += ",\"n\":" + std::to_string(mo.paths);
    json += ",\"steps_per_interval\":" + std::to_string(mo.steps_per_interval);
    json += ",\"paths_shape\":[" + std::to_string(r.paths.samples()) + "," + std::to_string(r.paths.count) + "," +
            std::to_string(d) + "]";
    json += ",\"refinements\":[";
    for (std::size_t k = 0; k < r.rounds.size(); ++k) {
      const RefinementReport& rr = r.rounds[k];
      if (k) json += ",";
      json += "{\"round\":" + std::to_string(k);
      json += ",\"reference\":{\"A\":" + json_matrix(rr.reference.a, d) + ",\"b\":" + json_array(rr.reference.b) + "}";
      json += ",\"A\":" + json_matrix(rr.fit.a, d) + ",\"b\":" + json_array(rr.fit.b);
      json += ",\"change\":" + json_number(rr.change);
      json += ",\"intervals\":[";
      for (std::size_t i = 0; i < rr.intervals.size(); ++i) {
        const IntervalReport& ir = rr.intervals[i];
        if (i) json += ",";
        json += "{\"t0\":" + json_number(ir.t0) + ",\"t1\":" + json_number(ir.t1) +
                ",\"status\":" + json_string(std::string(sinkhorn_status_name(ir.status))) +
                ",\"iterations\":" + std::to_string(ir.iterations) +
                ",\"marginal_error\":" + json_number(ir.marginal_error) + "}";
      }
      json += "]}";
    }
    json += "]";
    json += ",\"A\":" + json_matrix(r.rounds.back().fit.a, d) + ",\"b\":" + json_array(r.rounds.back().fit.b);
    json += ",\"all_converged\":" + std::string(r.all_converged ? "true" : "false");
    json += ",\"seconds\":" + json_number(seconds);
    json += ",\"out\":" + (out.empty() ? std::string("null") : json_string(out));
    json += "}\n";
    std::fputs(json.c_str(), stdout);
  }
  return r.all_converged ? kExitOk : kExitFailure;
}

}  // namespace flowscope::cli
