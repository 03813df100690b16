#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/analysis/poincare.h"
#include "core/io/trajectory_file.h"

namespace flowscope::cli {
namespace {

constexpr double kDefaultEnd = 1000.0;

// --normal: one finite value per variable, not all zero.
std::vector<double> normal_option(const Options& options, const System& system) {
  options.required_text("normal");
  std::vector<double> normal = *options.number_list("normal");
  if (normal.size() != static_cast<std::size_t>(system.dimension()))
    throw UsageError("option '--normal': system '" + std::string(system.id()) + "' has " +
                     std::to_string(system.dimension()) + " variables, got " + std::to_string(normal.size()) +
                     " values");
  bool nonzero = false;
  for (const double v : normal) nonzero = nonzero || v != 0.0;
  if (!nonzero) throw UsageError("option '--normal' must not be all zeros");
  return normal;
}

std::size_t max_crossings_option(const Options& options) {
  const double value = options.number("max-crossings", 1e6);
  if (value != std::floor(value) || value < 1 || value > 1e8)
    throw UsageError("option '--max-crossings' must be a whole number from 1 to 100000000, got '" +
                     options.text("max-crossings").value_or("") + "'");
  return static_cast<std::size_t>(value);
}

}  // namespace

int run_poincare(std::span<const std::string> args) {
  auto specs = problem_options("end time of the run (default 1000)");
  specs.push_back({"normal", "A,B,C", "normal n of the plane n.x = offset, one value per variable (required)"});
  specs.push_back({"offset", "C", "offset of the plane (default 0)"});
  specs.push_back({"direction", "DIR", "crossings counted: up (n.f > 0, default), down or both"});
  specs.push_back({"transient", "T", "crossings before this time are not written (default 0)"});
  specs.push_back({"max-crossings", "N", "stop after this many crossings (default 1000000)"});
  specs.push_back({"out", "FILE", "output: .csv (header t,x,y,z) or .npy (crossings x (1+dim) float64)"});
  specs.push_back({"json", "", "print a JSON summary on stdout"});
  specs.push_back({"help", "", "show this help"});
  const Options options("poincare", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("poincare", "Write the crossings of a trajectory with the plane n.x = offset.", specs).c_str(),
               stdout);
    return kExitOk;
  }
  const Problem problem = problem_from_options(options, kDefaultEnd);
  PoincareOptions section;
  section.normal = normal_option(options, *problem.system);
  section.offset = options.number("offset", 0.0);
  const std::string direction = options.text("direction").value_or("up");
  try {
    section.direction = parse_crossing_direction(direction);
  } catch (const InputError& e) {
    throw UsageError(std::string("option '--direction': ") + e.what());
  }
  section.transient = options.number("transient", 0.0);
  if (section.transient < 0) throw UsageError("option '--transient' must not be negative");
  section.max_crossings = max_crossings_option(options);
  const std::string out = options.required_text("out");
  if (!is_trajectory_file_name(out))
    throw UsageError("option '--out': cannot tell the format of '" + out + "'; use a .csv or .npy file name");
  check_writable(out);

  const auto begin = std::chrono::steady_clock::now();
  const Trajectory crossings = poincare_section(problem, section);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (crossings.status != RunStatus::Success) throw Error(crossings.message + "; nothing was written");
  write_trajectory_file(out, *problem.system, crossings);

  if (options.has("json")) {
    std::string normal;
    for (std::size_t i = 0; i < section.normal.size(); ++i) {
      if (i) normal += ',';
      normal += json_number(section.normal[i]);
    }
    std::printf("{\"system\":%s,\"crossings\":%zu,\"normal\":[%s],\"offset\":%s,\"direction\":%s,\"t_end\":%s,"
                "\"dt\":%s,\"seconds\":%s,\"out\":%s}\n",
                json_string(std::string(problem.system->id())).c_str(), crossings.samples(), normal.c_str(),
                json_number(section.offset).c_str(), json_string(direction).c_str(),
                json_number(problem.t_end).c_str(), json_number(problem.dt).c_str(), json_number(seconds).c_str(),
                json_string(out).c_str());
  } else {
    std::printf("%zu crossings written to %s\n", crossings.samples(), out.c_str());
  }
  return kExitOk;
}

}  // namespace flowscope::cli
