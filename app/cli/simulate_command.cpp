#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

#include "app/cli/commands.h"
#include "core/io/trajectory_file.h"

namespace flowscope::cli {

// Refuses an output path that cannot be written before any work is done.
void check_writable(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (fs::is_directory(target, ec)) throw IoError("cannot write '" + path + "': it is a directory");
  if (!fs::is_directory(dir, ec)) throw IoError("cannot write '" + path + "': folder '" + dir.string() + "' does not exist");
  if (fs::exists(target, ec) ? access(path.c_str(), W_OK) != 0 : access(dir.c_str(), W_OK) != 0)
    throw IoError("cannot write '" + path + "': permission denied");
}

int run_simulate(std::span<const std::string> args) {
  auto specs = problem_options("end time of the run (required)");
  specs.push_back({"method", "NAME", "integrator: rk4 (default), dopri5 (adaptive), em or heun (stochastic)"});
  specs.push_back({"rtol", "R", "dopri5: relative tolerance (default 1e-8)"});
  specs.push_back({"atol", "A", "dopri5: absolute tolerance (default 1e-10)"});
  specs.push_back({"noise", "S", "em, heun: additive noise of strength S on every component (default 0)"});
  specs.push_back({"seed", "K", "em, heun: seed of the noise (default 0)"});
  specs.push_back({"out", "FILE", "output: .csv (header t,x,y,z) or .npy (samples x (1+dim) float64)"});
  specs.push_back({"json", "", "print a JSON summary on stdout"});
  specs.push_back({"help", "", "show this help"});
  const Options options("simulate", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("simulate", "Integrate a system and write its trajectory.", specs).c_str(), stdout);
    return kExitOk;
  }
  Problem problem = problem_from_options(options, std::nullopt);
  const Method method = parse_method(options.text("method").value_or("rk4"));
  problem.rtol = options.number("rtol", problem.rtol);
  problem.atol = options.number("atol", problem.atol);
  problem.noise = options.number("noise", 0.0);
  problem.seed = options.seed();
  if (!(problem.rtol > 0) || !(problem.atol > 0)) throw UsageError("options '--rtol' and '--atol' must be positive");
  if (problem.noise < 0) throw UsageError("option '--noise' must be >= 0");
  if ((options.has("rtol") || options.has("atol")) && method != Method::Dopri5)
    throw UsageError("options '--rtol' and '--atol' apply to --method dopri5 only");
  if (problem.noise > 0 && !is_stochastic(method))
    throw UsageError("option '--noise' needs a stochastic method (--method em or heun)");
  const std::string out = options.required_text("out");
  if (!is_trajectory_file_name(out))
    throw UsageError("option '--out': cannot tell the format of '" + out + "'; use a .csv or .npy file name");
  check_writable(out);

  const auto begin = std::chrono::steady_clock::now();
  const Trajectory trajectory = integrate(problem, method);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (trajectory.status == RunStatus::Unstable) {
    // Keep what was computed: the samples before the blow-up are written.
    write_trajectory_file(out, *problem.system, trajectory);
    throw Error(trajectory.message + "; the " + std::to_string(trajectory.samples()) +
                " samples before it were written to '" + out + "'");
  }
  write_trajectory_file(out, *problem.system, trajectory);

  if (options.has("json")) {
    std::string final_state;
    const double* x = trajectory.state(trajectory.samples() - 1);
    for (int i = 0; i < trajectory.dimension; ++i) {
      if (i) final_state += ',';
      final_state += json_number(x[i]);
    }
    std::printf("{\"system\":%s,\"method\":%s,\"samples\":%zu,\"t_end\":%s,\"dt\":%s,"
                "\"final_state\":[%s],\"seconds\":%s,\"out\":%s%s}\n",
                json_string(std::string(problem.system->id())).c_str(), json_string(std::string(method_name(method))).c_str(),
                trajectory.samples(), json_number(problem.t_end).c_str(), json_number(problem.dt).c_str(),
                final_state.c_str(), json_number(seconds).c_str(), json_string(out).c_str(),
                evaluator_json(*problem.system).c_str());
  }
  return kExitOk;
}

}  // namespace flowscope::cli
