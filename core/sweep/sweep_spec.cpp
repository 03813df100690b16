#include "core/sweep/sweep_spec.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/io/number_format.h"
#include "core/langevin/references.h"

namespace flowscope {
namespace {

constexpr double kMaxAxisCount = 1e7;
constexpr double kMaxCells = 1e9;
constexpr double kMaxValues = 1e10;
constexpr std::size_t kMaxMaximaPerCell = 100'000;

constexpr SweepMeasure kMeasures[] = {SweepMeasure::LyapunovMax, SweepMeasure::LyapunovSpectrum,
                                      SweepMeasure::KaplanYorke, SweepMeasure::OrbitDiagram,
                                      SweepMeasure::EscapeRate};
constexpr std::size_t kEscapeFixedAxes = 3;  // kT, gamma, mass, then the potential's parameters
constexpr std::uint64_t kMaxEscapeParticleSteps = 1'000'000'000'000ull;

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    pieces.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return pieces;
    start = end + 1;
  }
}

// What a grid may name: the parameter names in index order, which of them are
// structural, and how to say what was asked for when a name is unknown.
struct AxisNames {
  std::vector<std::string> names;
  std::vector<bool> structural;
  std::string owner;  // "system 'lorenz'"
};

AxisNames system_axis_names(const System& system) {
  AxisNames names;
  for (const ParameterSpec& spec : system.parameters()) {
    names.names.push_back(spec.name);
    names.structural.push_back(spec.structural);
  }
  names.owner = "system '" + std::string(system.id()) + "'";
  return names;
}

SweepAxis parse_axis(std::string_view piece, const AxisNames& known) {
  std::string quoted(1, '\'');
  quoted += piece;
  quoted += '\'';
  const std::size_t equals = piece.find('=');
  if (equals == std::string_view::npos)
    throw InputError("grid axis " + quoted + " is not NAME=FROM:TO:COUNT");
  SweepAxis axis;
  axis.name = std::string(piece.substr(0, equals));
  const auto found = std::find(known.names.begin(), known.names.end(), axis.name);
  if (found == known.names.end()) {
    std::string list;
    for (const auto& name : known.names) {
      if (!list.empty()) list += ", ";
      list += name;
    }
    throw InputError(known.owner + " has no parameter '" + axis.name + "' (its parameters: " + list + ")");
  }
  axis.parameter = static_cast<std::size_t>(found - known.names.begin());
  if (known.structural[axis.parameter])
    throw InputError("grid axis " + quoted + ": parameter '" + axis.name +
                     "' sets the size of the system and cannot be swept");
  const auto fields = split(piece.substr(equals + 1), ':');
  if (fields.size() != 3) throw InputError("grid axis " + quoted + " is not NAME=FROM:TO:COUNT");
  const auto from = parse_double(fields[0]), to = parse_double(fields[1]), count = parse_double(fields[2]);
  if (!from || !std::isfinite(*from))
    throw InputError("grid axis " + quoted + ": FROM '" + std::string(fields[0]) + "' is not a finite number");
  if (!to || !std::isfinite(*to))
    throw InputError("grid axis " + quoted + ": TO '" + std::string(fields[1]) + "' is not a finite number");
  if (!count || !(*count >= 1 && *count <= kMaxAxisCount) || std::floor(*count) != *count)
    throw InputError("grid axis " + quoted + ": COUNT '" + std::string(fields[2]) +
                     "' must be a whole number from 1 to " + format_double(kMaxAxisCount));
  axis.from = *from;
  axis.to = *to;
  axis.count = static_cast<std::size_t>(*count);
  return axis;
}

std::string numbers_text(const std::vector<double>& values) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) text += ',';
    text += format_double(values[i]);
  }
  return text;
}

}  // namespace

double SweepAxis::value(std::size_t i) const {
  if (count <= 1 || i == 0) return from;
  if (i + 1 == count) return to;
  return from + (to - from) * static_cast<double>(i) / static_cast<double>(count - 1);
}

std::vector<double> SweepAxis::values() const {
  std::vector<double> all(count);
  for (std::size_t i = 0; i < count; ++i) all[i] = value(i);
  return all;
}

namespace {

std::vector<SweepAxis> parse_grid(std::string_view text, const AxisNames& known) {
  if (text.empty()) throw InputError("the grid is empty; give NAME=FROM:TO:COUNT[,NAME=FROM:TO:COUNT]");
  std::vector<SweepAxis> axes;
  for (const std::string_view piece : split(text, ',')) {
    axes.push_back(parse_axis(piece, known));
    for (std::size_t i = 0; i + 1 < axes.size(); ++i)
      if (axes[i].parameter == axes.back().parameter)
        throw InputError("the grid names parameter '" + axes.back().name + "' twice");
  }
  if (axes.size() > 2)
    throw InputError("the grid has " + std::to_string(axes.size()) + " axes; a sweep takes one or two");
  return axes;
}

}  // namespace

std::vector<SweepAxis> parse_sweep_grid(std::string_view text, const System& system) {
  return parse_grid(text, system_axis_names(system));
}

std::vector<std::string> escape_axis_names(const Potential& potential) {
  std::vector<std::string> names = {"kT", "gamma", "mass"};
  for (const ParameterSpec& spec : potential.parameters()) names.push_back(spec.name);
  return names;
}

std::vector<SweepAxis> parse_escape_grid(std::string_view text, const Potential& potential) {
  AxisNames known;
  known.names = escape_axis_names(potential);
  known.structural = {false, false, false};
  for (const ParameterSpec& spec : potential.parameters()) known.structural.push_back(spec.structural);
  known.owner = "an escape-rate sweep of potential '" + std::string(potential.id()) + "'";
  return parse_grid(text, known);
}

SweepMeasure parse_sweep_measure(std::string_view name) {
  for (const SweepMeasure measure : kMeasures)
    if (sweep_measure_name(measure) == name) return measure;
  throw InputError("unknown measure '" + std::string(name) + "' (known measures: " + sweep_measure_names() + ")");
}

std::string_view sweep_measure_name(SweepMeasure measure) {
  switch (measure) {
    case SweepMeasure::LyapunovMax: return "lyapunov-max";
    case SweepMeasure::LyapunovSpectrum: return "lyapunov-spectrum";
    case SweepMeasure::KaplanYorke: return "kaplan-yorke";
    case SweepMeasure::OrbitDiagram: return "orbit-diagram";
    case SweepMeasure::EscapeRate: return "escape-rate";
  }
  return "?";
}

std::string sweep_measure_names() {
  std::string names;
  for (const SweepMeasure measure : kMeasures) {
    if (!names.empty()) names += ", ";
    names += sweep_measure_name(measure);
  }
  return names;
}

namespace {

void validate_escape(const SweepSpec& spec) {
  const EscapeSweep& escape = spec.escape;
  if (!escape.potential) throw InputError("no potential given");
  const Potential& potential = *escape.potential;
  const std::size_t names = kEscapeFixedAxes + potential.parameters().size();
  double cells = 1.0;
  for (const SweepAxis& axis : spec.axes) {
    if (axis.parameter >= names)
      throw InputError("potential '" + std::string(potential.id()) + "' has no parameter number " +
                       std::to_string(axis.parameter + 1 - kEscapeFixedAxes));
    if (!(std::isfinite(axis.from) && std::isfinite(axis.to)))
      throw InputError("grid axis '" + axis.name + "' has a bound that is not finite");
    if (axis.count == 0) throw InputError("grid axis '" + axis.name + "' has no values (COUNT 0)");
    cells *= static_cast<double>(axis.count);
  }
  if (cells > kMaxCells)
    throw InputError("the grid has " + format_double(cells) + " cells; at most " + format_double(kMaxCells) +
                     " are allowed");
  if (escape.particles == 0) throw InputError("an escape-rate sweep needs at least one particle");
  if (escape.steps == 0 || escape.observe_every == 0)
    throw InputError("an escape-rate sweep needs at least one step and one step between observations");
  if (static_cast<double>(escape.steps) * static_cast<double>(escape.particles) > static_cast<double>(kMaxEscapeParticleSteps))
    throw InputError("an escape-rate cell of " + std::to_string(escape.particles) + " particles x " +
                     std::to_string(escape.steps) + " steps is more than 10^12 particle-steps");
  if (!(std::isfinite(escape.transient) && escape.transient >= 0.0))
    throw InputError("the transient must be a finite time of zero or more");
  // Every corner must be a valid run with two wells to count between.
  for (std::size_t corner = 0; corner < (spec.axes.size() == 2 ? 4u : 2u); ++corner) {
    SweepSpec at = spec;
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
      at.axes[a].count = 1;
      at.axes[a].from = ((corner >> a) & 1u) ? spec.axes[a].to : spec.axes[a].from;
    }
    const LangevinSpec langevin = cell_langevin(at, 0);
    validate_parameters(*langevin.potential, langevin.parameters);
    const LangevinSettings& s = langevin.settings;
    if (!(s.kT > 0 && s.gamma > 0 && s.mass > 0 && s.dt > 0) ||
        !(std::isfinite(s.kT) && std::isfinite(s.gamma) && std::isfinite(s.mass) && std::isfinite(s.dt)))
      throw InputError("kT, gamma, mass and dt must be finite and positive at every cell (a corner has kT = " +
                       format_double(s.kT) + ", gamma = " + format_double(s.gamma) + ", mass = " +
                       format_double(s.mass) + ", dt = " + format_double(s.dt) + ")");
    if (!langevin_kramers(langevin))
      throw InputError("potential '" + std::string(potential.id()) +
                       "' has no two wells on the x axis with a saddle between them at a corner of the grid; "
                       "escape rates are counted between two wells");
  }
}

}  // namespace

void validate(const SweepSpec& spec) {
  if (spec.axes.empty() || spec.axes.size() > 2)
    throw InputError("a sweep takes one or two grid axes, got " + std::to_string(spec.axes.size()));
  if (spec.measure == SweepMeasure::EscapeRate) return validate_escape(spec);
  if (!spec.problem.system) throw InputError("no system given");
  const System& system = *spec.problem.system;
  if (spec.axes.empty() || spec.axes.size() > 2)
    throw InputError("a sweep takes one or two grid axes, got " + std::to_string(spec.axes.size()));
  double cells = 1.0;
  for (const SweepAxis& axis : spec.axes) {
    if (axis.parameter >= system.parameters().size())
      throw InputError("system '" + std::string(system.id()) + "' has no parameter number " +
                       std::to_string(axis.parameter + 1));
    if (system.parameters()[axis.parameter].structural)
      throw InputError("parameter '" + axis.name + "' sets the size of the system and cannot be swept");
    if (!(std::isfinite(axis.from) && std::isfinite(axis.to)))
      throw InputError("grid axis '" + axis.name + "' has a bound that is not finite");
    if (axis.count == 0) throw InputError("grid axis '" + axis.name + "' has no values (COUNT 0)");
    cells *= static_cast<double>(axis.count);
  }
  if (spec.axes.size() == 2 && spec.axes[0].parameter == spec.axes[1].parameter)
    throw InputError("the grid names parameter '" + spec.axes[0].name + "' twice");
  if (cells > kMaxCells)
    throw InputError("the grid has " + format_double(cells) + " cells; at most " + format_double(kMaxCells) +
                     " are allowed");
  if (spec.measure == SweepMeasure::OrbitDiagram) {
    if (spec.orbit.max_maxima == 0 || spec.orbit.max_maxima > kMaxMaximaPerCell)
      throw InputError("an orbit-diagram sweep keeps from 1 to " + std::to_string(kMaxMaximaPerCell) +
                       " maxima per cell, got " + std::to_string(spec.orbit.max_maxima));
    if (spec.orbit.variable >= static_cast<std::size_t>(system.dimension()))
      throw InputError("system '" + std::string(system.id()) + "' has no variable number " +
                       std::to_string(spec.orbit.variable + 1));
  }
  if (cells * static_cast<double>(values_per_cell(spec)) > kMaxValues)
    throw InputError("the sweep would store " + format_double(cells * static_cast<double>(values_per_cell(spec))) +
                     " values; at most " + format_double(kMaxValues) + " are allowed");
  // Every cell is the problem at other values: the corners carry the extremes.
  for (std::size_t corner = 0; corner < (spec.axes.size() == 2 ? 4u : 2u); ++corner) {
    Problem problem = spec.problem;
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
      const SweepAxis& axis = spec.axes[a];
      problem.parameters.at(axis.parameter) = ((corner >> a) & 1u) ? axis.to : axis.from;
    }
    if (spec.measure == SweepMeasure::OrbitDiagram) problem.t_end = spec.orbit.transient + spec.orbit.sample;
    validate(problem);
  }
}

std::size_t cell_count(const SweepSpec& spec) {
  std::size_t cells = 1;
  for (const SweepAxis& axis : spec.axes) cells *= axis.count;
  return cells;
}

std::size_t values_per_cell(const SweepSpec& spec) {
  switch (spec.measure) {
    case SweepMeasure::LyapunovMax:
    case SweepMeasure::KaplanYorke: return 1;
    case SweepMeasure::LyapunovSpectrum:
      return spec.lyapunov.count > 0 ? static_cast<std::size_t>(spec.lyapunov.count)
                                     : static_cast<std::size_t>(spec.problem.system->dimension());
    case SweepMeasure::OrbitDiagram: return spec.orbit.max_maxima;
    case SweepMeasure::EscapeRate: return 3;
  }
  return 1;
}

std::vector<std::size_t> result_shape(const SweepSpec& spec) {
  std::vector<std::size_t> shape;
  for (const SweepAxis& axis : spec.axes) shape.push_back(axis.count);
  if (values_per_cell(spec) != 1) shape.push_back(values_per_cell(spec));
  return shape;
}

std::vector<std::size_t> cell_indices(const SweepSpec& spec, std::size_t cell) {
  std::vector<std::size_t> indices(spec.axes.size());
  for (std::size_t a = spec.axes.size(); a-- > 0;) {
    indices[a] = cell % spec.axes[a].count;
    cell /= spec.axes[a].count;
  }
  return indices;
}

Problem cell_problem(const SweepSpec& spec, std::size_t cell) {
  Problem problem = spec.problem;
  const auto indices = cell_indices(spec, cell);
  for (std::size_t a = 0; a < spec.axes.size(); ++a)
    problem.parameters[spec.axes[a].parameter] = spec.axes[a].value(indices[a]);
  return problem;
}

std::optional<KramersEstimate> langevin_kramers(const LangevinSpec& langevin) {
  return kramers_estimate(*langevin.potential, langevin.parameters, langevin.settings.kT, langevin.settings.gamma,
                          is_underdamped(langevin.method) ? langevin.settings.mass : 0.0);
}

LangevinSpec cell_langevin(const SweepSpec& spec, std::size_t cell) {
  const EscapeSweep& escape = spec.escape;
  LangevinSpec langevin;
  langevin.parameters = escape.parameters.empty() ? default_parameters(*escape.potential) : escape.parameters;
  langevin.method = escape.method;
  langevin.settings = escape.settings;
  langevin.seed = escape.seed;
  const auto indices = cell_indices(spec, cell);
  for (std::size_t a = 0; a < spec.axes.size(); ++a) {
    const double value = spec.axes[a].value(indices[a]);
    switch (spec.axes[a].parameter) {
      case 0: langevin.settings.kT = value; break;
      case 1: langevin.settings.gamma = value; break;
      case 2: langevin.settings.mass = value; break;
      default: langevin.parameters.at(spec.axes[a].parameter - kEscapeFixedAxes) = value;
    }
  }
  langevin.potential = sized_for(escape.potential, langevin.parameters);
  return langevin;
}

std::string sweep_settings_text(const SweepSpec& spec) {
  if (spec.measure == SweepMeasure::EscapeRate) {
    const EscapeSweep& escape = spec.escape;
    std::string text;
    const auto line = [&text](const std::string& key, const std::string& value) { text += key + " = " + value + "\n"; };
    line("potential", std::string(escape.potential->id()));
    line("formula", std::string(escape.potential->formula()));
    line("parameters", numbers_text(escape.parameters.empty() ? default_parameters(*escape.potential) : escape.parameters));
    line("method", std::string(langevin_method_name(escape.method)));
    line("kT", format_double(escape.settings.kT));
    line("gamma", format_double(escape.settings.gamma));
    line("mass", format_double(escape.settings.mass));
    line("dt", format_double(escape.settings.dt));
    line("particles", std::to_string(escape.particles));
    line("transient", format_double(escape.transient));
    line("steps", std::to_string(escape.steps));
    line("observe_every", std::to_string(escape.observe_every));
    line("seed", std::to_string(escape.seed));
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
      const SweepAxis& axis = spec.axes[a];
      line("axis_" + std::to_string(a + 1), axis.name + "=" + format_double(axis.from) + ":" +
                                                format_double(axis.to) + ":" + std::to_string(axis.count));
    }
    line("measure", "escape-rate");
    return text;
  }
  const Problem& problem = spec.problem;
  const System& system = *problem.system;
  std::string text;
  const auto line = [&text](const std::string& key, const std::string& value) { text += key + " = " + value + "\n"; };
  line("system", std::string(system.id()));
  std::string equations(system.equations());
  for (char& c : equations)
    if (c == '\n') c = ';';
  line("equations", equations);
  line("dimension", std::to_string(system.dimension()));
  std::string parameters;
  const auto specs = system.parameters();
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (i) parameters += ',';
    parameters += specs[i].name + "=" + format_double(problem.parameters[i]);
  }
  line("parameters", parameters);
  line("initial_state", numbers_text(problem.initial_state));
  line("dt", format_double(problem.dt));
  for (std::size_t a = 0; a < spec.axes.size(); ++a) {
    const SweepAxis& axis = spec.axes[a];
    line("axis_" + std::to_string(a + 1), axis.name + "=" + format_double(axis.from) + ":" + format_double(axis.to) +
                                              ":" + std::to_string(axis.count));
  }
  line("measure", std::string(sweep_measure_name(spec.measure)));
  if (spec.measure == SweepMeasure::OrbitDiagram) {
    line("variable", system.variable_names().at(spec.orbit.variable));
    line("transient", format_double(spec.orbit.transient));
    line("sample", format_double(spec.orbit.sample));
    line("max_maxima", std::to_string(spec.orbit.max_maxima));
  } else {
    line("t_end", format_double(problem.t_end));
    line("transient", format_double(spec.lyapunov.transient));
    line("renormalise", format_double(spec.lyapunov.renormalisation_interval));
    if (spec.measure == SweepMeasure::LyapunovSpectrum) line("exponents", std::to_string(values_per_cell(spec)));
  }
  return text;
}

}  // namespace flowscope
