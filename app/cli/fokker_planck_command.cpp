// flowscope-cli fokker-planck: the density of overdamped Langevin dynamics in
// a built-in potential, solved on a grid (Scharfetter-Gummel finite volumes),
// compared with the Boltzmann distribution on the same grid.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "app/cli/commands.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/langevin/boltzmann.h"
#include "core/langevin/fokker_planck.h"
#include "core/langevin/potential.h"

namespace flowscope::cli {
namespace {

// "gauss:MX[,MY],S" -> centre and width.
std::pair<std::vector<double>, double> parse_start(const std::string& text, int dimension) {
  const std::string prefix = "gauss:";
  if (text.rfind(prefix, 0) != 0) {
    std::string message = "option '--start': expected gauss:MX";
    message += dimension == 2 ? ",MY" : "";
    message += ",S, got '";
    message += text;
    message += "'";
    throw UsageError(message);
  }
  std::vector<double> numbers;
  std::size_t start = prefix.size();
  while (true) {
    const auto comma = text.find(',', start);
    numbers.push_back(parse_finite("--start", text.substr(start, comma - start)));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (numbers.size() != static_cast<std::size_t>(dimension) + 1) {
    std::string message = "option '--start': a ";
    message += std::to_string(dimension);
    message += "-D potential needs gauss:";
    message += dimension == 2 ? "MX,MY,S" : "MX,S";
    message += " (";
    message += std::to_string(dimension + 1);
    message += " numbers), got ";
    message += std::to_string(numbers.size());
    throw UsageError(message);
  }
  const double sigma = numbers.back();
  if (sigma < 0) throw UsageError("option '--start': the width S must be >= 0 (0: all mass in one cell)");
  numbers.pop_back();
  return {numbers, sigma};
}

}  // namespace

int run_fokker_planck(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"potential", "ID", "built-in potential, 1-D or 2-D (e.g. double-well-1d, double-well, harmonic with d=1)"},
      {"param", "NAME=VALUE", "set a potential parameter, e.g. h=2 (repeatable)", true},
      {"kT", "T", "temperature, > 0"},
      {"gamma", "G", "friction, > 0 (default 1)"},
      {"grid", "G", "cells per dimension (G, or G x G in 2-D)"},
      {"box", "LO,HI[,LO,HI]", "the grid's box (default: the potential's default box)"},
      {"t-end", "T", "time to solve to, >= 0"},
      {"start", "gauss:MX[,MY],S",
       "initial density: a Gaussian of width S around (MX, MY), exact cell masses, renormalised to the box; "
       "S = 0 puts all mass in one cell (default: the box centre, S = 1/20 of the box's first side)"},
      {"out", "FILE.npy",
       "final CELL MASSES (probability per cell, summing to 1; divide by the cell area for a density), "
       "float64 of shape (G) or (G, G) indexed [ix, iy], cell centres at lo + (i + 1/2) (hi - lo) / G"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("fokker-planck", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("fokker-planck",
                          "Solve the Fokker-Planck equation of overdamped Langevin dynamics on a grid "
                          "(no-flux walls) and compare with the Boltzmann distribution.",
                          specs)
                   .c_str(),
               stdout);
    return kExitOk;
  }

  std::shared_ptr<const Potential> potential = find_potential(options.required_text("potential"));
  std::vector<double> parameters = default_parameters(*potential);
  for (const std::string& assignment : options.all("param")) {
    const auto [name, value] = parse_assignment("--param", assignment);
    parameters[parameter_index(*potential, name)] = value;
  }
  potential = sized_for(potential, parameters);
  const int dimension = potential->dimension();
  if (dimension != 1 && dimension != 2) {
    std::string message = "potential '";
    message += potential->id();
    message += "' has dimension ";
    message += std::to_string(dimension);
    message += "; fokker-planck solves 1-D and 2-D potentials";
    throw UsageError(message);
  }

  const double kT = options.required_number("kT");
  const double gamma = options.number("gamma", 1.0);
  if (!(kT > 0)) throw UsageError("option '--kT' must be positive");
  if (!(gamma > 0)) throw UsageError("option '--gamma' must be positive");
  const double cells = options.required_number("grid");
  if (cells < 1 || cells != std::floor(cells) || cells > 1e9)
    throw UsageError("option '--grid' must be a whole number of cells >= 1");
  const double t_end = options.required_number("t-end");
  if (!(t_end >= 0)) throw UsageError("option '--t-end' must be >= 0");

  std::vector<std::pair<double, double>> box = potential->default_box(parameters.data());
  if (auto numbers = options.number_list("box")) {
    if (numbers->size() != 2 * static_cast<std::size_t>(dimension)) {
      std::string message = "option '--box': a ";
      message += std::to_string(dimension);
      message += "-D potential needs ";
      message += std::to_string(2 * dimension);
      message += " numbers LO,HI per dimension, got ";
      message += std::to_string(numbers->size());
      throw UsageError(message);
    }
    for (int d = 0; d < dimension; ++d) box[d] = {(*numbers)[2 * d], (*numbers)[2 * d + 1]};
  }

  FokkerPlanckSpec spec;
  spec.potential = potential;
  spec.parameters = parameters;
  spec.grid = make_grid(box, static_cast<std::size_t>(cells));
  spec.kT = kT;
  spec.gamma = gamma;

  std::vector<double> center(dimension);
  double sigma = (box[0].second - box[0].first) / 20.0;
  for (int d = 0; d < dimension; ++d) center[d] = 0.5 * (box[d].first + box[d].second);
  if (auto start = options.text("start")) std::tie(center, sigma) = parse_start(*start, dimension);

  const auto out = options.text("out");
  if (out) {
    if (!has_extension(*out, ".npy")) throw UsageError("option '--out': '" + *out + "' is not a .npy file name");
    check_writable(*out);
  }

  const auto begin = std::chrono::steady_clock::now();
  FokkerPlanck solver(spec, gaussian_masses(spec.grid, center, sigma));
  solver.advance_to(t_end);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

  const std::vector<double>& masses = solver.masses();
  const double mass = solver.mass();
  const double tv = total_variation(masses, solver.boltzmann().mass);
  const double lowest = *std::min_element(masses.begin(), masses.end());
  if (out) {
    std::vector<std::size_t> shape = {spec.grid.cells[0]};
    if (dimension == 2) shape.push_back(spec.grid.cells[1]);
    write_npy(*out, masses.data(), shape);
  }

  if (options.has("json")) {
    std::string box_text = "[";
    for (int d = 0; d < dimension; ++d) {
      if (d > 0) box_text += ",";
      box_text += "[";
      box_text += json_number(box[d].first);
      box_text += ",";
      box_text += json_number(box[d].second);
      box_text += "]";
    }
    box_text += "]";
    std::string center_text = "[";
    for (int d = 0; d < dimension; ++d) {
      if (d > 0) center_text += ",";
      center_text += json_number(center[d]);
    }
    center_text += "]";
    std::printf(
        "{\"potential\":%s,\"dimension\":%d,\"grid\":%zu,\"box\":%s,\"kT\":%s,\"gamma\":%s,\"t_end\":%s,"
        "\"start\":{\"center\":%s,\"sigma\":%s},\"mass\":%s,\"mass_error\":%s,\"min_mass\":%s,"
        "\"tv_to_boltzmann\":%s,\"steps\":%llu,\"step\":%s,\"seconds\":%s,\"out\":%s}\n",
        json_string(std::string(potential->id())).c_str(), dimension, spec.grid.cells[0], box_text.c_str(),
        json_number(kT).c_str(), json_number(gamma).c_str(), json_number(t_end).c_str(), center_text.c_str(),
        json_number(sigma).c_str(), json_number(mass).c_str(), json_number(mass - 1.0).c_str(),
        json_number(lowest).c_str(), json_number(tv).c_str(), static_cast<unsigned long long>(solver.steps()),
        json_number(solver.step()).c_str(), json_number(seconds).c_str(),
        out ? json_string(*out).c_str() : "null");
  } else {
    std::printf("%s on %zu%s cells, t = %s: mass %s, TV to Boltzmann %s, %llu steps, %.3f s\n",
                std::string(potential->id()).c_str(), spec.grid.cells[0], dimension == 2 ? "^2" : "",
                json_number(t_end).c_str(), json_number(mass).c_str(), json_number(tv).c_str(),
                static_cast<unsigned long long>(solver.steps()), seconds);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
