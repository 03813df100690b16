#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <omp.h>

#include "app/cli/commands.h"
#include "core/io/file_name.h"
#include "core/analysis/orbit_diagram.h"
#include "core/io/csv.h"
#include "core/io/npy.h"
#include "core/io/trajectory_file.h"

namespace flowscope::cli {
namespace {

constexpr double kDefaultTransient = 200.0;
constexpr double kDefaultSample = 200.0;

std::size_t variable_index(const System& system, const std::string& name) {
  const auto names = system.variable_names();
  std::string known;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
    if (i) known += ", ";
    known += names[i];
  }
  throw UsageError("option '--variable': system '" + std::string(system.id()) + "' has no variable '" + name +
                   "' (its variables: " + known + ")");
}

OrbitDiagramOptions diagram_options(const Options& options, const System& system) {
  OrbitDiagramOptions diagram;
  const std::string vary = options.required_text("vary");
  try {
    diagram.parameter = parameter_index(system, vary);
  } catch (const InputError& e) {
    throw UsageError(std::string("option '--vary': ") + e.what());
  }
  if (system.parameters()[diagram.parameter].structural)
    throw UsageError("option '--vary': parameter '" + vary + "' sets the size of the system and cannot be varied");
  diagram.from = options.required_number("from");
  diagram.to = options.required_number("to");
  if (diagram.from > diagram.to)
    throw UsageError("options '--from' and '--to': the range must increase, got from " + json_number(diagram.from) +
                     " to " + json_number(diagram.to));
  diagram.count = static_cast<std::size_t>(options.whole("count", 1, 1e6));
  diagram.variable = variable_index(system, options.text("variable").value_or(system.variable_names().front()));
  diagram.transient = options.number("transient", kDefaultTransient);
  if (diagram.transient < 0) throw UsageError("option '--transient' must not be negative");
  diagram.sample = options.number("sample", kDefaultSample);
  if (!(diagram.sample > 0)) throw UsageError("option '--sample' must be positive");
  diagram.max_maxima = static_cast<std::size_t>(options.whole("max-maxima", 1, 1e7, 10'000));
  return diagram;
}

}  // namespace

int run_orbit_diagram(std::span<const std::string> args) {
  // Every run lasts --transient + --sample: --t-end has no meaning here.
  auto specs = problem_options("");
  std::erase_if(specs, [](const OptionSpec& spec) { return spec.name == "t-end"; });
  specs.push_back({"vary", "NAME", "the parameter that is varied (required)"});
  specs.push_back({"from", "A", "its first value (required)"});
  specs.push_back({"to", "B", "its last value, B >= A (required)"});
  specs.push_back({"count", "M", "number of values, linearly spaced (required)"});
  specs.push_back({"variable", "NAME", "the variable whose local maxima are recorded (default: the first)"});
  specs.push_back({"transient", "T", "time run first and discarded at every value (default 200)"});
  specs.push_back({"sample", "T", "time over which maxima are recorded (default 200)"});
  specs.push_back({"max-maxima", "N", "at most this many maxima per value (default 10000)"});
  specs.push_back({"out", "FILE", "output: .csv (header PARAMETER,VARIABLE_max) or .npy (rows x 2 float64)"});
  specs.push_back({"json", "", "print a JSON summary on stdout"});
  specs.push_back({"help", "", "show this help"});
  const Options options("orbit-diagram", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("orbit-diagram", "Orbit diagram: local maxima of a variable over a parameter range.", specs)
                   .c_str(),
               stdout);
    return kExitOk;
  }
  const Problem problem = problem_from_options(options, 1.0);
  const System& system = *problem.system;
  const OrbitDiagramOptions settings = diagram_options(options, system);
  const std::string out = options.required_text("out");
  if (!is_trajectory_file_name(out))
    throw UsageError("option '--out': cannot tell the format of '" + out + "'; use a .csv or .npy file name");
  check_writable(out);

  const auto begin = std::chrono::steady_clock::now();
  const OrbitDiagram diagram = orbit_diagram(problem, settings);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

  // Rows (parameter value, maximum). A value whose run blew up is left out and named.
  std::vector<double> table;
  std::string unstable;
  for (const OrbitColumn& column : diagram.columns) {
    if (column.status != RunStatus::Success) {
      if (!unstable.empty()) unstable += ',';
      unstable += json_number(column.parameter);
      std::fprintf(stderr, "flowscope-cli orbit-diagram: %s = %s left out: %s\n",
                   system.parameters()[settings.parameter].name.c_str(), json_number(column.parameter).c_str(),
                   column.message.c_str());
      continue;
    }
    for (const double maximum : column.maxima) {
      table.push_back(column.parameter);
      table.push_back(maximum);
    }
  }
  const std::size_t rows = table.size() / 2;
  const std::string parameter = system.parameters()[settings.parameter].name;
  const std::string variable = system.variable_names()[settings.variable];
  if (has_extension(out, ".npy"))
    write_npy(out, table.data(), {rows, 2});
  else
    write_csv(out, {parameter, variable + "_max"}, table.data(), rows, 2);

  if (options.has("json")) {
    std::printf("{\"system\":%s,\"parameter\":%s,\"variable\":%s,\"from\":%s,\"to\":%s,\"count\":%zu,\"rows\":%zu,"
                "\"unstable\":[%s],\"threads\":%d,\"seconds\":%s,\"out\":%s}\n",
                json_string(std::string(system.id())).c_str(), json_string(parameter).c_str(),
                json_string(variable).c_str(), json_number(settings.from).c_str(), json_number(settings.to).c_str(),
                settings.count, rows, unstable.c_str(), omp_get_max_threads(), json_number(seconds).c_str(),
                json_string(out).c_str());
  } else {
    std::printf("%zu maxima at %zu values of %s written to %s\n", rows, settings.count, parameter.c_str(), out.c_str());
  }
  return kExitOk;
}

}  // namespace flowscope::cli
