#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/io/json.h"
#include "core/io/number_format.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"

namespace flowscope::cli {

std::vector<OptionSpec> problem_options(const std::string& t_end_help) {
  return {
      {"system", "ID", "built-in system (see 'flowscope-cli systems')"},
      {"equations", "FILE", "instead of --system: equations typed in a text file (dx/dt = ..., param a = 1, init x = 0)"},
      {"param", "NAME=VALUE", "set a parameter, e.g. rho=28 (repeatable)", true},
      {"ic", "X,Y,Z", "initial state, one value per variable"},
      {"t-end", "T", t_end_help},
      {"dt", "H", "time step (default: the system's recommended step)"},
  };
}

std::shared_ptr<const System> system_from_options(const Options& options) {
  const auto id = options.text("system");
  const auto file = options.text("equations");
  if (id && file) throw UsageError("options '--system' and '--equations' exclude each other: give one of them");
  if (file) return load_equations_file(*file);
  if (id) return find_system(*id);
  throw UsageError("needs --system ID (a built-in system) or --equations FILE (typed equations)");
}

std::string evaluator_json(const System& system) {
  const auto* typed = dynamic_cast<const ExpressionSystem*>(&system);
  if (!typed) return {};
  std::string text = ",\"evaluator\":" + json_string(std::string(typed->evaluator()));
  if (typed->evaluator() == "jit") return text + ",\"compile_seconds\":" + json_number(typed->compile_seconds());
  return text + ",\"evaluator_note\":" + json_string(typed->evaluator_note());
}

Problem problem_from_options(const Options& options, std::optional<double> default_t_end) {
  const auto system_ptr = system_from_options(options);
  const System& system = *system_ptr;
  const double t_end = default_t_end ? options.number("t-end", *default_t_end) : options.required_number("t-end");
  Problem problem = default_problem(system_ptr, t_end);
  for (const std::string& assignment : options.all("param")) {
    const auto [name, value] = parse_assignment("--param", assignment);
    const std::size_t index = parameter_index(system, name);
    const ParameterSpec& spec = system.parameters()[index];
    if (value < spec.min || value > spec.max)  // ranges are for sliders: say so, then go on
      std::fprintf(stderr, "flowscope-cli: note: %s = %s lies outside its usual range [%s, %s]\n", name.c_str(),
                   json_number(value).c_str(), json_number(spec.min).c_str(), json_number(spec.max).c_str());
    problem.parameters[index] = value;
  }
  if (auto ic = options.number_list("ic")) {
    if (ic->size() != static_cast<std::size_t>(system.dimension()))
      throw UsageError("option '--ic': system '" + std::string(system.id()) + "' has " +
                       std::to_string(system.dimension()) +
                       (system.dimension() == 1 ? " variable, got " : " variables, got ") + std::to_string(ic->size()) +
                       " values");
    problem.initial_state = *ic;
  }
  problem.dt = options.number("dt", system.recommended_dt());
  if (!(problem.t_end > 0)) throw UsageError("option '--t-end' must be positive");
  if (!(problem.dt > 0)) throw UsageError("option '--dt' must be positive");
  validate(problem);
  return problem;
}

std::string json_string(const std::string& text) { return json_quoted(text); }

std::string json_number(double value) { return std::isfinite(value) ? format_double(value) : "null"; }

std::string json_array(const std::vector<double>& values) {
  std::string text = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) text += ',';
    text += json_number(values[i]);
  }
  return text + "]";
}

std::string json_matrix(const std::vector<double>& values, int n) {
  std::string text = "[";
  for (int row = 0; row < n; ++row) {
    if (row) text += ',';
    text += json_array(std::vector<double>(values.begin() + row * n, values.begin() + (row + 1) * n));
  }
  return text + "]";
}

}  // namespace flowscope::cli
