#include "app/cli/sweep_output.h"

#include <fstream>

#include "app/cli/commands.h"
#include "core/errors.h"
#include "core/io/file_name.h"
#include "core/io/hdf5_file.h"
#include "core/io/npy.h"

namespace flowscope::cli {
namespace {

constexpr std::size_t kUnstableListed = 10'000;

std::string shape_json(const std::vector<std::size_t>& shape) {
  std::string text = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i) text += ',';
    text += std::to_string(shape[i]);
  }
  return text + "]";
}

std::string names_json(const std::vector<std::string>& names) {
  std::string text = "[";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) text += ',';
    text += json_string(names[i]);
  }
  return text + "]";
}

// What a reader needs to interpret the values, as one JSON object.
std::string sidecar_json(const std::string& values_file, const SweepSpec& spec, const SweepRun& run) {
  std::string axes = "[";
  for (std::size_t a = 0; a < spec.axes.size(); ++a) {
    const SweepAxis& axis = spec.axes[a];
    if (a) axes += ',';
    axes += std::string("{\"name\":") + json_string(axis.name) + ",\"from\":" +
            json_number(axis.from) + ",\"to\":" + json_number(axis.to) + ",\"count\":" + std::to_string(axis.count) +
            ",\"values\":" + json_array(axis.values()) + "}";
  }
  axes += "]";
  std::string target, settings;
  if (spec.measure == SweepMeasure::EscapeRate) {
    const EscapeSweep& escape = spec.escape;
    const Potential& potential = *escape.potential;
    const auto values = escape.parameters.empty() ? default_parameters(potential) : escape.parameters;
    std::string parameters = "{";
    for (std::size_t i = 0; i < potential.parameters().size(); ++i) {
      if (i) parameters += ',';
      parameters += json_string(potential.parameters()[i].name) + ":" + json_number(values[i]);
    }
    parameters += "}";
    target = ",\"potential\":" + json_string(std::string(potential.id())) + ",\"formula\":" +
             json_string(std::string(potential.formula())) + ",\"parameters\":" + parameters +
             ",\"dt\":" + json_number(escape.settings.dt);
    settings = "{\"method\":" + json_string(std::string(langevin_method_name(escape.method))) +
               ",\"kT\":" + json_number(escape.settings.kT) + ",\"gamma\":" + json_number(escape.settings.gamma) +
               ",\"mass\":" + json_number(escape.settings.mass) + ",\"particles\":" +
               std::to_string(escape.particles) + ",\"transient\":" + json_number(escape.transient) +
               ",\"steps\":" + std::to_string(escape.steps) + ",\"observe_every\":" +
               std::to_string(escape.observe_every) + ",\"seed\":" + std::to_string(escape.seed) +
               ",\"rate\":\"left -> right transitions per unit of left-committed particle-time, minimum to minimum\"}";
  } else {
    const System& system = *spec.problem.system;
    std::string parameters = "{";
    const auto specs = system.parameters();
    for (std::size_t i = 0; i < specs.size(); ++i) {
      if (i) parameters += ',';
      parameters += json_string(specs[i].name) + ":" + json_number(spec.problem.parameters[i]);
    }
    parameters += "}";
    target = ",\"system\":" + json_string(std::string(system.id())) +
             ",\"equations\":" + json_string(std::string(system.equations())) + ",\"parameters\":" + parameters +
             ",\"initial_state\":" + json_array(spec.problem.initial_state) + ",\"dt\":" + json_number(spec.problem.dt);
    if (spec.measure == SweepMeasure::OrbitDiagram)
      settings = "{\"variable\":" + json_string(system.variable_names()[spec.orbit.variable]) +
                 ",\"transient\":" + json_number(spec.orbit.transient) + ",\"sample\":" +
                 json_number(spec.orbit.sample) + ",\"max_maxima\":" + std::to_string(spec.orbit.max_maxima) + "}";
    else
      settings = "{\"t_end\":" + json_number(spec.problem.t_end) + ",\"transient\":" +
                 json_number(spec.lyapunov.transient) + ",\"renormalise\":" +
                 json_number(spec.lyapunov.renormalisation_interval) + "}";
  }
  std::string per_rank;
  for (std::size_t r = 0; r < run.cells_per_rank.size(); ++r) {
    if (r) per_rank += ',';
    per_rank += std::to_string(run.cells_per_rank[r]);
  }
  return "{\"format\":\"flowscope-sweep 1\",\"values_file\":" + json_string(values_file) +
         ",\"dtype\":\"float64\",\"shape\":" + shape_json(result_shape(spec)) +
         ",\"order\":\"C: the first axis slowest, then the values of a cell\"" +
         target + ",\"measure\":" + json_string(std::string(sweep_measure_name(spec.measure))) +
         ",\"value_names\":" + names_json(sweep_value_names(spec)) + ",\"axes\":" + axes +
         ",\"settings\":" + settings +
         (spec.measure == SweepMeasure::OrbitDiagram ? ",\"padding\":\"NaN after a cell's last maximum\"" : "") +
         ",\"cells\":" + std::to_string(run.cells) + ",\"unstable\":" + std::to_string(run.unstable) +
         ",\"unstable_note\":\"cells that blew up hold NaN\"" +
         ",\"unstable_cells\":" + unstable_cells_json(spec, run, kUnstableListed) +
         (spec.measure == SweepMeasure::EscapeRate
              ? ",\"undefined\":" + std::to_string(run.undefined) +
                    ",\"undefined_note\":\"cells without a transition: rate and error NaN\",\"undefined_cells\":" +
                    undefined_cells_json(spec, run, kUnstableListed)
              : std::string()) +
         ",\"run\":{\"ranks\":" + std::to_string(run.ranks) + ",\"threads\":" + std::to_string(run.threads) +
         ",\"computed\":" + std::to_string(run.computed) + ",\"restored\":" + std::to_string(run.restored) +
         ",\"cells_per_rank\":[" + per_rank + "],\"seconds\":" + json_number(run.seconds) + "}}\n";
}

}  // namespace

bool is_sweep_output_name(const std::string& path) {
  return has_extension(path, ".npy") || has_extension(path, ".h5") || has_extension(path, ".hdf5");
}

std::string sweep_sidecar_path(const std::string& path) {
  if (!has_extension(path, ".npy")) return "";
  return path.substr(0, path.size() - 4) + ".json";
}

std::vector<std::string> sweep_value_names(const SweepSpec& spec) {
  const std::size_t count = values_per_cell(spec);
  std::vector<std::string> names;
  switch (spec.measure) {
    case SweepMeasure::LyapunovMax: return {"lambda_1"};
    case SweepMeasure::KaplanYorke: return {"kaplan_yorke"};
    case SweepMeasure::LyapunovSpectrum:
      for (std::size_t i = 0; i < count; ++i) names.push_back("lambda_" + std::to_string(i + 1));
      return names;
    case SweepMeasure::OrbitDiagram:
      for (std::size_t i = 0; i < count; ++i) names.push_back("max_" + std::to_string(i + 1));
      return names;
    case SweepMeasure::EscapeRate: return {"rate", "rate_error", "kramers_rate"};
  }
  return names;
}

namespace {

std::string cells_with_status_json(const SweepSpec& spec, const SweepRun& run, CellStatus wanted, std::size_t limit) {
  std::string text = "[";
  std::size_t listed = 0;
  for (std::size_t cell = 0; cell < run.status.size() && listed < limit; ++cell) {
    if (run.status[cell] != static_cast<std::int32_t>(wanted)) continue;
    const auto indices = cell_indices(spec, cell);
    if (listed++) text += ',';
    text += '[';
    for (std::size_t a = 0; a < indices.size(); ++a) {
      if (a) text += ',';
      text += std::to_string(indices[a]);
    }
    text += "]";
  }
  return text + "]";
}

}  // namespace

std::string unstable_cells_json(const SweepSpec& spec, const SweepRun& run, std::size_t limit) {
  return cells_with_status_json(spec, run, CellStatus::Unstable, limit);
}

std::string undefined_cells_json(const SweepSpec& spec, const SweepRun& run, std::size_t limit) {
  return cells_with_status_json(spec, run, CellStatus::Undefined, limit);
}

std::string sweep_target_id(const SweepSpec& spec) {
  return std::string(spec.measure == SweepMeasure::EscapeRate ? spec.escape.potential->id() : spec.problem.system->id());
}

void write_sweep_output(const std::string& path, const SweepSpec& spec, const SweepRun& run) {
  const auto shape = result_shape(spec);
  if (has_extension(path, ".npy")) {
    write_npy(path, run.values.data(), shape);
    const std::string sidecar = sweep_sidecar_path(path);
    std::ofstream out(sidecar, std::ios::binary | std::ios::trunc);
    const std::size_t slash = path.find_last_of('/');
    out << sidecar_json(slash == std::string::npos ? path : path.substr(slash + 1), spec, run);
    if (!out.flush()) throw IoError("cannot write '" + sidecar + "'");
    return;
  }
  std::vector<double> status(run.status.begin(), run.status.end());
  std::vector<std::size_t> grid_shape;
  for (const SweepAxis& axis : spec.axes) grid_shape.push_back(axis.count);
  std::vector<std::vector<double>> axis_values;
  for (const SweepAxis& axis : spec.axes) axis_values.push_back(axis.values());
  std::vector<Hdf5Dataset> datasets = {{"values", shape, run.values.data()}, {"status", grid_shape, status.data()}};
  for (std::size_t a = 0; a < spec.axes.size(); ++a)
    datasets.push_back({"axes/" + spec.axes[a].name, {spec.axes[a].count}, axis_values[a].data()});
  std::vector<Hdf5Attribute> attributes = {
      {"format", "flowscope-sweep 1", 0.0},
      {spec.measure == SweepMeasure::EscapeRate ? "potential" : "system", sweep_target_id(spec), 0.0},
      {"measure", std::string(sweep_measure_name(spec.measure)), 0.0},
      {"settings", sweep_settings_text(spec), 0.0},
      {"sidecar", sidecar_json(path, spec, run), 0.0},
      {"status_note", "status per cell: 0 success, 1 blew up (values NaN), 2 no transition (escape-rate: rate NaN)", 0.0},
      {"cells", "", static_cast<double>(run.cells)},
      {"unstable", "", static_cast<double>(run.unstable)},
  };
  write_hdf5(path, datasets, attributes);
}

}  // namespace flowscope::cli
