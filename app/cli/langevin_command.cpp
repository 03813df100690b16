// flowscope-cli langevin: N particles in a built-in or typed potential under
// overdamped or underdamped Langevin dynamics; prints moments, the distance to
// the Boltzmann density and the speed, and writes the final positions.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/langevin/dynamics.h"
#include "core/langevin/expression_potential.h"

namespace flowscope::cli {
namespace {

constexpr double kMaxItems = 1e13;  // particle-steps: beyond this a run takes days

}  // namespace

int run_langevin(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"potential", "ID", "a built-in potential (see the list below)"},
      {"potential-expr", "EXPR", "a typed potential in x, y, z, e.g. \"(x^2-1)^2 + y^2/2\""},
      {"param", "NAME=VALUE", "a parameter value (built-in) or a new parameter (typed potential)", true},
      {"dim", "D", "typed potential: its dimension (default: the highest of x, y, z used)"},
      {"n", "N", "number of particles"},
      {"steps", "S", "number of steps of dt"},
      {"dt", "H", "time step"},
      {"kT", "T", "temperature kT > 0"},
      {"gamma", "G", "friction coefficient > 0 (default 1)"},
      {"underdamped", "", "underdamped dynamics with velocities (default method baoab)"},
      {"mass", "M", "underdamped: particle mass > 0 (default 1)"},
      {"method", "NAME", "em (default), lm, baoab or em-underdamped"},
      {"force", "A", "periodic force A cos(omega t) along x (default 0)"},
      {"omega", "W", "angular frequency of the periodic force (default 1)"},
      {"seed", "K", "seed of the noise and of the initial blob (default 0)"},
      {"bins", "B", "cells per axis for tv_to_boltzmann (default 40 in 2-D, 100 in 1-D)"},
      {"out", "FILE.npy", "final positions, N x dimension"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("langevin", args, specs);
  if (options.has("help")) {
    std::string text = usage_text("langevin", "Langevin dynamics of N particles in a potential.", specs);
    text += "\nBuilt-in potentials:\n";
    for (const auto& potential : all_potentials()) {
      text += "  ";
      text += potential->id();
      text += " (";
      text += std::to_string(potential->dimension());
      text += "-D): ";
      text += potential->formula();
      text += "\n";
    }
    text += "\nWithout a start the particles begin in a Gaussian blob centred in the potential's default box,\n"
            "with standard deviation 1/10 of the box along each axis.\n";
    std::fputs(text.c_str(), stdout);
    return kExitOk;
  }

  // The potential and its parameters.
  if (options.has("potential") == options.has("potential-expr"))
    throw UsageError("give exactly one of '--potential ID' and '--potential-expr EXPR'");
  std::shared_ptr<const Potential> potential;
  std::vector<double> parameters;
  if (options.has("potential")) {
    if (options.has("dim")) throw UsageError("option '--dim' is for typed potentials (--potential-expr)");
    potential = find_potential(options.required_text("potential"));
    parameters = default_parameters(*potential);
    for (const std::string& assignment : options.all("param")) {
      const auto [name, value] = parse_assignment("--param", assignment);
      parameters[parameter_index(*potential, name)] = value;
    }
    potential = sized_for(potential, parameters);
  } else {
    std::vector<PotentialParameter> typed;
    for (const std::string& assignment : options.all("param")) {
      const auto [name, value] = parse_assignment("--param", assignment);
      typed.push_back({name, value});
      parameters.push_back(value);
    }
    const int dim = options.has("dim") ? static_cast<int>(options.whole("dim", 1, 3)) : 0;
    potential = compile_potential(options.required_text("potential-expr"), typed, dim);
  }

  // Dynamics.
  LangevinSpec spec;
  spec.potential = potential;
  spec.parameters = parameters;
  const bool underdamped_flag = options.has("underdamped");
  spec.method = parse_langevin_method(options.text("method").value_or(underdamped_flag ? "baoab" : "em"));
  if (underdamped_flag && !is_underdamped(spec.method))
    throw UsageError("option '--underdamped' needs an underdamped method (baoab or em-underdamped), not '" +
                     std::string(langevin_method_name(spec.method)) + "'");
  if (options.has("mass") && !is_underdamped(spec.method))
    throw UsageError("option '--mass' needs underdamped dynamics (--underdamped)");
  spec.settings.kT = options.required_number("kT");
  spec.settings.gamma = options.number("gamma", 1.0);
  spec.settings.mass = options.number("mass", 1.0);
  spec.settings.dt = options.required_number("dt");
  spec.settings.force.amplitude = options.number("force", 0.0);
  spec.settings.force.omega = options.number("omega", 1.0);
  if (!(spec.settings.kT > 0)) throw UsageError("option '--kT' must be > 0, not " + json_number(spec.settings.kT));
  if (!(spec.settings.gamma > 0))
    throw UsageError("option '--gamma' must be > 0, not " + json_number(spec.settings.gamma));
  if (!(spec.settings.mass > 0)) throw UsageError("option '--mass' must be > 0, not " + json_number(spec.settings.mass));
  if (!(spec.settings.dt > 0)) throw UsageError("option '--dt' must be > 0, not " + json_number(spec.settings.dt));
  spec.seed = options.seed();

  const double n = options.whole("n", 1, 4e9);
  const double steps = options.whole("steps", 0, 1e15);
  if (n * steps > kMaxItems)
    throw UsageError("--n x --steps = " + json_number(n * steps) + " particle-steps; at most 1e13 are allowed");
  const int dim = potential->dimension();
  const bool underdamped = is_underdamped(spec.method);
  const double bytes = LangevinEnsemble::bytes_needed(static_cast<std::size_t>(n), dim, underdamped) +
                       (options.has("out") ? n * dim * 8.0 : 0.0);
  if (bytes > 16e9)
    throw UsageError("--n " + json_number(n) + " needs " + json_number(bytes) + " bytes (" +
                     json_number(std::round(bytes / 1e8) / 10) + " GB) of memory; at most 16 GB are allowed");
  const std::size_t count = static_cast<std::size_t>(n);
  const int default_bins = dim == 1 ? 100 : 40;
  const double bins = options.has("bins") ? options.whole("bins", 1, 4096) : default_bins;

  std::string out;
  if (options.has("out")) {
    out = options.required_text("out");
    if (!has_extension(out, ".npy")) throw UsageError("option '--out': '" + out + "' is not a .npy file name");
    check_writable(out);
  }

  LangevinEnsemble ensemble(spec, count);
  const auto begin = std::chrono::steady_clock::now();
  const LangevinStatus status = ensemble.advance(static_cast<std::uint64_t>(steps));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (status.status == RunStatus::Unstable) std::fprintf(stderr, "flowscope-cli langevin: %s\n", status.message.c_str());

  if (!out.empty()) {
    const std::vector<double> rows = ensemble.position_rows();
    write_npy(out, rows.data(), {count, static_cast<std::size_t>(dim)});
  }
  if (options.has("json")) {
    const LangevinStatistics stats = ensemble.statistics();
    std::string tv = "null", tv_grid = "null";
    if (dim <= 2) {
      const BoltzmannComparison comparison =
          compare_to_boltzmann(*potential, ensemble.spec().parameters, spec.settings.kT, ensemble,
                               static_cast<std::size_t>(bins));
      tv = json_number(comparison.tv);
      tv_grid = "{\"cells_per_axis\":" + std::to_string(comparison.cells) + ",\"box\":[";
      for (std::size_t j = 0; j < comparison.box.size(); ++j) {
        if (j) tv_grid += ",";
        tv_grid += json_array({comparison.box[j].first, comparison.box[j].second});
      }
      tv_grid += "],\"outside_fraction\":" + json_number(comparison.outside_fraction) + "}";
    }
    std::string json = "{\"potential\":" + json_string(std::string(potential->id()));
    json += ",\"formula\":" + json_string(std::string(potential->formula()));
    json += ",\"dimension\":" + std::to_string(dim);
    json += ",\"parameters\":" + json_array(ensemble.spec().parameters);
    json += ",\"method\":" + json_string(std::string(langevin_method_name(spec.method)));
    json += ",\"n\":" + std::to_string(count);
    json += ",\"steps\":" + json_number(steps);
    json += ",\"steps_done\":" + std::to_string(ensemble.steps_done());
    json += ",\"dt\":" + json_number(spec.settings.dt);
    json += ",\"kT\":" + json_number(spec.settings.kT);
    json += ",\"gamma\":" + json_number(spec.settings.gamma);
    json += ",\"mass\":" + (underdamped ? json_number(spec.settings.mass) : std::string("null"));
    json += ",\"t_end\":" + json_number(ensemble.time());
    json += ",\"status\":" + json_string(status.status == RunStatus::Success ? "ok" : "unstable");
    json += ",\"message\":" + json_string(status.message);
    json += ",\"mean\":" + json_array(stats.mean);
    json += ",\"covariance\":" + json_matrix(stats.covariance, dim);
    json += ",\"kinetic_temperature\":" + (underdamped ? json_number(stats.kinetic_temperature) : std::string("null"));
    json += ",\"tv_to_boltzmann\":" + tv;
    json += ",\"tv_grid\":" + tv_grid;
    json += ",\"seconds\":" + json_number(seconds);
    json += ",\"items_per_s\":" + json_number(seconds > 0 ? n * static_cast<double>(status.steps) / seconds : 0.0);
    json += ",\"out\":" + (out.empty() ? std::string("null") : json_string(out));
    json += "}\n";
    std::fputs(json.c_str(), stdout);
  }
  return status.status == RunStatus::Success ? kExitOk : kExitFailure;
}

}  // namespace flowscope::cli
