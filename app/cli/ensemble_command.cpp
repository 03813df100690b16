// flowscope-cli ensemble: N trajectories from a small cloud around the
// initial state, advanced in parallel; writes the final states.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/io/file_name.h"
#include "core/ensemble/ensemble.h"
#include "core/io/csv.h"
#include "core/io/npy.h"

namespace flowscope::cli {
namespace {

constexpr double kMaxItems = 1e13;  // trajectory-steps: beyond this a run takes days

}  // namespace

int run_ensemble(std::span<const std::string> args) {
  std::vector<OptionSpec> specs;
  for (OptionSpec& spec : problem_options("unused"))
    if (spec.name != "t-end") specs.push_back(spec);
  specs.push_back({"n", "N", "number of trajectories"});
  specs.push_back({"steps", "S", "number of steps of dt"});
  specs.push_back({"method", "NAME", "rk4 (default), dopri5, em or heun"});
  specs.push_back({"noise", "S", "em, heun: additive noise of strength S on every component (default 0)"});
  specs.push_back({"seed", "K", "seed of the noise and of the initial cloud (default 0)"});
  specs.push_back({"spread", "R", "radius of the ball of initial states around --ic (default 0.001)"});
  specs.push_back({"out", "FILE", "final states, N x dimension: .npy or .csv"});
  specs.push_back({"json", "", "print a JSON summary on stdout"});
  specs.push_back({"help", "", "show this help"});
  const Options options("ensemble", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("ensemble", "Advance N nearby trajectories in parallel and write their final states.", specs)
                   .c_str(),
               stdout);
    return kExitOk;
  }
  const Problem problem = problem_from_options(options, 1.0);
  const double n = options.required_number("n");
  const double steps = options.required_number("steps");
  if (n < 1 || n != std::floor(n) || n > 4e9) throw UsageError("option '--n' must be a whole number from 1 to 4e9");
  if (steps < 0 || steps != std::floor(steps)) throw UsageError("option '--steps' must be a whole number >= 0");
  if (n * steps > kMaxItems)
    throw UsageError("--n x --steps = " + json_number(n * steps) + " trajectory-steps; at most 1e13 are allowed");
  const double needed_bytes = n * problem.system->dimension() * 8.0 * 2;  // states + output table
  if (needed_bytes > 16e9)
    throw UsageError("--n " + json_number(n) + " needs " + json_number(needed_bytes / 1e9) + " GB of memory");
  const std::size_t count = static_cast<std::size_t>(n);

  EnsembleSpec spec;
  spec.system = problem.system;
  spec.parameters = problem.parameters;
  spec.method = parse_method(options.text("method").value_or("rk4"));
  spec.dt = problem.dt;
  spec.noise = options.number("noise", 0.0);
  spec.seed = options.seed();
  spec.rtol = problem.rtol;
  spec.atol = problem.atol;
  if (spec.noise < 0) throw UsageError("option '--noise' must be >= 0");
  if (spec.noise > 0 && !is_stochastic(spec.method))
    throw UsageError("option '--noise' needs a stochastic method (--method em or heun)");
  const double spread = options.number("spread", 1e-3);
  if (spread < 0) throw UsageError("option '--spread' must be >= 0");

  const std::string out = options.required_text("out");
  const bool npy = has_extension(out, ".npy");
  if (!npy && !has_extension(out, ".csv"))
    throw UsageError("option '--out': cannot tell the format of '" + out + "'; use a .npy or .csv file name");
  check_writable(out);

  Ensemble ensemble(spec, initial_cloud(problem.initial_state, count, spread, spec.seed), count);
  const auto begin = std::chrono::steady_clock::now();
  ensemble.advance(static_cast<std::uint64_t>(steps));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

  // SoA to one row per trajectory.
  const int dim = ensemble.dimension();
  std::vector<double> rows(count * dim);
  for (std::size_t i = 0; i < count; ++i)
    for (int j = 0; j < dim; ++j) rows[i * dim + j] = ensemble.states()[j * count + i];
  if (npy)
    write_npy(out, rows.data(), {count, static_cast<std::size_t>(dim)});
  else
    write_csv(out, problem.system->variable_names(), rows.data(), count, dim);

  // Blown-up trajectories are frozen as NaN rows: the status and the message say how many.
  const std::size_t diverged = ensemble.diverged();
  const std::string message =
      diverged == 0 ? std::string()
                    : std::to_string(diverged) + " of " + std::to_string(count) + " trajectories blew up (their rows are NaN)";
  if (diverged > 0) std::fprintf(stderr, "flowscope-cli ensemble: %s\n", message.c_str());
  if (options.has("json"))
    std::printf("{\"system\":%s,\"method\":%s,\"n\":%zu,\"steps\":%s,\"t_end\":%s,\"diverged\":%zu,"
                "\"status\":%s,\"message\":%s,\"seconds\":%s,\"items_per_s\":%s,\"out\":%s%s}\n",
                json_string(std::string(problem.system->id())).c_str(),
                json_string(std::string(method_name(spec.method))).c_str(), count, json_number(steps).c_str(),
                json_number(ensemble.time()).c_str(), diverged,
                json_string(diverged == 0 ? "ok" : diverged == count ? "all_diverged" : "some_diverged").c_str(),
                json_string(message).c_str(), json_number(seconds).c_str(),
                json_number(seconds > 0 ? n * steps / seconds : 0).c_str(), json_string(out).c_str(),
                evaluator_json(*problem.system).c_str());
  // Every row NaN is no result at all: fail, as simulate does on a blow-up.
  return diverged == count ? kExitFailure : kExitOk;
}

}  // namespace flowscope::cli
