// flowscope-cli sweep: one measure over a 1-D or 2-D parameter grid, on every
// core, and on every rank under mpirun (see core/sweep/sweep_runner.h).
#include <algorithm>
#include <cstdio>
#include <exception>

#include "app/cli/commands.h"
#include "app/cli/sweep_output.h"
#include "core/langevin/potential.h"
#include "core/sweep/sweep_runner.h"

namespace flowscope::cli {
namespace {

constexpr double kDefaultAveragingTime = 1000.0;   // as 'lyapunov'
constexpr double kDefaultLyapunovTransient = 100.0;
constexpr double kDefaultOrbitTransient = 200.0;   // as 'orbit-diagram'
constexpr double kDefaultOrbitSample = 200.0;
constexpr double kDefaultMaxima = 256.0;           // a cell's row in the output is this wide

std::vector<OptionSpec> sweep_options() {
  auto specs = problem_options("Lyapunov measures: averaging time after the transient (default 1000)");
  for (OptionSpec& spec : specs) {
    if (spec.name == "dt") spec.help = "time step (default: the system's recommended step; escape-rate 0.001)";
    if (spec.name == "param") spec.help = "set a parameter of the system (escape-rate: of the potential), e.g. rho=28 (repeatable)";
  }
  specs.push_back({"grid", "NAME=FROM:TO:COUNT[,NAME=FROM:TO:COUNT]", "the parameters swept, first axis slowest (required)"});
  specs.push_back({"measure", "NAME", "lyapunov-max (default), lyapunov-spectrum, kaplan-yorke, orbit-diagram or escape-rate"});
  specs.push_back({"potential", "ID", "escape-rate: a built-in two-well potential; --grid then names kT, gamma, mass or its parameters"});
  specs.push_back({"n", "N", "escape-rate: particles per cell (default 1000)"});
  specs.push_back({"steps", "S", "escape-rate: steps of dt counted after the transient (default 100000)"});
  specs.push_back({"kT", "T", "escape-rate: temperature where it is not on the grid (default 0.5)"});
  specs.push_back({"gamma", "G", "escape-rate: friction (default 1)"});
  specs.push_back({"mass", "M", "escape-rate, underdamped methods: particle mass (default 1)"});
  specs.push_back({"method", "NAME", "escape-rate: em (default), lm, baoab or em-underdamped"});
  specs.push_back({"observe-every", "K", "escape-rate: steps between two looks at the wells (default 10)"});
  specs.push_back({"seed", "K", "escape-rate: seed of the noise and the initial blob (default 0)"});
  specs.push_back({"transient", "T", "time run first and discarded at every cell (default 100; orbit-diagram 200; escape-rate 1)"});
  specs.push_back({"renormalise", "T", "Lyapunov: time between QR re-orthonormalisations (default: every 10 steps)"});
  specs.push_back({"exponents", "K", "lyapunov-spectrum: how many exponents, the largest ones (default: all)"});
  specs.push_back({"variable", "NAME", "orbit-diagram: the variable whose maxima are recorded (default: the first)"});
  specs.push_back({"sample", "T", "orbit-diagram: time over which maxima are recorded (default 200)"});
  specs.push_back({"max-maxima", "N", "orbit-diagram: maxima kept per cell, NaN-padded (default 256)"});
  specs.push_back({"out", "FILE", "output: .npy (values, with a JSON sidecar FILE.json) or .h5 (required)"});
  specs.push_back({"checkpoint", "DIR", "save finished cells in DIR; the same command again resumes"});
  specs.push_back({"json", "", "print a JSON summary on stdout"});
  specs.push_back({"help", "", "show this help"});
  return specs;
}

std::size_t variable_index(const System& system, const std::string& name) {
  const auto names = system.variable_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return i;
  std::string known;
  for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
  throw UsageError("option '--variable': system '" + std::string(system.id()) + "' has no variable '" + name +
                   "' (its variables: " + known + ")");
}

// --measure escape-rate: a Langevin ensemble per cell instead of a system.
SweepSpec escape_spec_from_options(const Options& options, SweepSpec spec) {
  for (const char* name : {"system", "equations", "ic", "t-end", "renormalise", "exponents", "variable", "sample",
                           "max-maxima"})
    if (options.has(name))
      throw UsageError(std::string("option '--") + name + "' does not apply to measure 'escape-rate'");
  EscapeSweep& escape = spec.escape;
  escape.potential = find_potential(options.required_text("potential"));
  escape.parameters = default_parameters(*escape.potential);
  for (const std::string& assignment : options.all("param")) {
    const auto [name, value] = parse_assignment("--param", assignment);
    escape.parameters[parameter_index(*escape.potential, name)] = value;
  }
  if (auto method = options.text("method")) escape.method = parse_langevin_method(*method);
  escape.settings.kT = options.number("kT", 0.5);
  escape.settings.gamma = options.number("gamma", 1.0);
  escape.settings.mass = options.number("mass", 1.0);
  escape.settings.dt = options.number("dt", 1e-3);
  escape.particles = static_cast<std::size_t>(options.whole("n", 1, 1e9, 1000));
  escape.steps = static_cast<std::uint64_t>(options.whole("steps", 1, 1e12, 100'000));
  escape.observe_every = static_cast<std::uint64_t>(options.whole("observe-every", 1, 1e9, 10));
  escape.transient = options.number("transient", 1.0);
  if (escape.transient < 0) throw UsageError("option '--transient' must not be negative");
  escape.seed = options.seed();
  try {
    spec.axes = parse_escape_grid(options.required_text("grid"), *escape.potential);
  } catch (const UsageError&) {
    throw;
  } catch (const InputError& e) {
    throw UsageError(std::string("option '--grid': ") + e.what());
  }
  validate(spec);
  return spec;
}

SweepSpec spec_from_options(const Options& options) {
  SweepSpec spec;
  spec.measure = SweepMeasure::LyapunovMax;
  if (auto measure = options.text("measure")) {
    try {
      spec.measure = parse_sweep_measure(*measure);
    } catch (const InputError& e) {
      throw UsageError(std::string("option '--measure': ") + e.what());
    }
  }
  if (spec.measure == SweepMeasure::EscapeRate) return escape_spec_from_options(options, spec);
  for (const char* name : {"potential", "n", "steps", "kT", "gamma", "mass", "method", "observe-every", "seed"})
    if (options.has(name))
      throw UsageError(std::string("option '--") + name + "' does not apply to measure '" +
                       std::string(sweep_measure_name(spec.measure)) + "'");
  const bool orbit = spec.measure == SweepMeasure::OrbitDiagram;
  const auto refuse = [&](const char* name) {
    if (options.has(name))
      throw UsageError(std::string("option '--") + name + "' does not apply to measure '" +
                       std::string(sweep_measure_name(spec.measure)) + "'");
  };
  if (orbit) {
    refuse("t-end");
    refuse("renormalise");
    refuse("exponents");
  } else {
    refuse("variable");
    refuse("sample");
    refuse("max-maxima");
    if (spec.measure != SweepMeasure::LyapunovSpectrum) refuse("exponents");
  }
  spec.problem = problem_from_options(options, orbit ? 1.0 : kDefaultAveragingTime);
  const System& system = *spec.problem.system;
  try {
    spec.axes = parse_sweep_grid(options.required_text("grid"), system);
  } catch (const UsageError&) {
    throw;
  } catch (const InputError& e) {
    throw UsageError(std::string("option '--grid': ") + e.what());
  }
  const double transient = options.number("transient", orbit ? kDefaultOrbitTransient : kDefaultLyapunovTransient);
  if (transient < 0) throw UsageError("option '--transient' must not be negative");
  if (orbit) {
    spec.orbit.transient = transient;
    spec.orbit.variable = variable_index(system, options.text("variable").value_or(system.variable_names().front()));
    spec.orbit.sample = options.number("sample", kDefaultOrbitSample);
    if (!(spec.orbit.sample > 0)) throw UsageError("option '--sample' must be positive");
    spec.orbit.max_maxima = static_cast<std::size_t>(options.whole("max-maxima", 1, 1e5, kDefaultMaxima));
  } else {
    spec.lyapunov.transient = transient;
    spec.lyapunov.renormalisation_interval = options.number("renormalise", 0.0);
    if (options.has("renormalise") && !(spec.lyapunov.renormalisation_interval > 0))
      throw UsageError("option '--renormalise' must be positive");
    if (options.has("exponents"))
      spec.lyapunov.count = static_cast<int>(options.whole("exponents", 1, system.dimension()));
  }
  validate(spec);
  return spec;
}

std::string held_json(const SweepRun& run) {
  std::string text = "[";
  for (std::size_t i = 0; i < run.held_when_stopped.size(); ++i) {
    const auto& held = run.held_when_stopped[i];
    if (i) text += ',';
    text += std::string("{\"rank\":") + std::to_string(held.rank) +
            ",\"cells\":" + std::to_string(held.cells.size()) + ",\"first\":" + std::to_string(held.cells.front()) +
            ",\"last\":" + std::to_string(held.cells.back()) + "}";
  }
  return text + "]";
}

int report(const Options& options, const SweepSpec& spec, const SweepRun& run, const std::string& out) {
  for (const auto& held : run.held_when_stopped)
    std::fprintf(stderr,
                 "flowscope-cli sweep: the earlier run stopped while rank %d held %zu unfinished cells (%zu to %zu); "
                 "they are computed again\n",
                 held.rank, held.cells.size(), held.cells.front(), held.cells.back());
  if (run.torn_bytes)
    std::fprintf(stderr, "flowscope-cli sweep: the checkpoint's last %zu bytes were a torn entry and were dropped\n",
                 run.torn_bytes);
  if (run.unstable)
    std::fprintf(stderr, "flowscope-cli sweep: %zu of %zu cells blew up; they hold NaN (listed in %s)\n", run.unstable,
                 run.cells, sweep_sidecar_path(out).empty() ? "the file's status dataset" : sweep_sidecar_path(out).c_str());
  if (run.undefined)
    std::fprintf(stderr,
                 "flowscope-cli sweep: %zu of %zu cells saw no transition; their rate is NaN (listed in %s); "
                 "count longer (--steps) or with more particles (--n)\n",
                 run.undefined, run.cells,
                 sweep_sidecar_path(out).empty() ? "the file's status dataset" : sweep_sidecar_path(out).c_str());
  const double per_cell = run.computed ? run.seconds / static_cast<double>(run.computed) : 0.0;
  if (options.has("json")) {
    std::string grid = "[";
    for (std::size_t a = 0; a < spec.axes.size(); ++a) {
      if (a) grid += ',';
      grid += std::string("{\"name\":") + json_string(spec.axes[a].name) + ",\"from\":" +
          json_number(spec.axes[a].from) + ",\"to\":" + json_number(spec.axes[a].to) +
          ",\"count\":" + std::to_string(spec.axes[a].count) + "}";
    }
    grid += "]";
    std::string per_rank;
    for (std::size_t r = 0; r < run.cells_per_rank.size(); ++r) {
      if (r) per_rank += ',';
      per_rank += std::to_string(run.cells_per_rank[r]);
    }
    int total_threads = 0;
    for (const int t : run.threads_per_rank) total_threads += t;
    const double busy_fraction = run.seconds > 0 && total_threads > 0 ? run.busy_seconds / (run.seconds * total_threads) : 0.0;
    std::printf("{\"busy_seconds\":%s,\"busy_fraction\":%s,\"system\":%s,\"measure\":%s,\"grid\":%s,\"cells\":%zu,\"values_per_cell\":%zu,\"computed\":%zu,"
                "\"restored\":%zu,\"unstable\":%zu,\"unstable_cells\":%s,\"undefined\":%zu,\"held_when_stopped\":%s,\"ranks\":%d,"
                "\"threads\":%d,\"cells_per_rank\":[%s],\"seconds\":%s,\"seconds_per_cell\":%s,\"out\":%s,"
                "\"sidecar\":%s,\"checkpoint\":%s}\n",
                json_number(run.busy_seconds).c_str(), json_number(busy_fraction).c_str(),
                json_string(sweep_target_id(spec)).c_str(),
                json_string(std::string(sweep_measure_name(spec.measure))).c_str(), grid.c_str(), run.cells,
                values_per_cell(spec), run.computed, run.restored, run.unstable,
                unstable_cells_json(spec, run, 100).c_str(), run.undefined, held_json(run).c_str(), run.ranks, run.threads,
                per_rank.c_str(), json_number(run.seconds).c_str(), json_number(per_cell).c_str(),
                json_string(out).c_str(),
                sweep_sidecar_path(out).empty() ? "null" : json_string(sweep_sidecar_path(out)).c_str(),
                options.has("checkpoint") ? json_string(*options.text("checkpoint")).c_str() : "null");
  } else {
    std::printf("%s over %zu cells of %s: %zu computed, %zu from the checkpoint, %zu blew up; %d rank(s) x %d "
                "thread(s), %.2f s; written to %s\n",
                std::string(sweep_measure_name(spec.measure)).c_str(), run.cells,
                sweep_target_id(spec).c_str(), run.computed, run.restored, run.unstable, run.ranks,
                run.threads, run.seconds, out.c_str());
  }
  return kExitOk;
}

}  // namespace

int run_sweep(std::span<const std::string> args) {
  MpiSession session;  // one rank without mpirun
  const bool root = session.rank() == 0;
  const auto specs = sweep_options();
  SweepSpec spec;
  std::string out;
  int code = kExitOk;
  std::exception_ptr error;
  // Every rank reads the same command line and fails the same way; rank 0
  // alone checks the output file and speaks for all.
  try {
    const Options options("sweep", args, specs);
    if (options.has("help")) {
      if (root)
        std::fputs(usage_text("sweep",
                              "A measure over a 1-D or 2-D parameter grid, on all cores; under mpirun on every rank.",
                              specs)
                       .c_str(),
                   stdout);
      return kExitOk;
    }
    spec = spec_from_options(options);
    out = options.required_text("out");
    if (!is_sweep_output_name(out))
      throw UsageError("option '--out': cannot tell the format of '" + out + "'; use a .npy or .h5 file name");
    if (root) {
      check_writable(out);
      if (!sweep_sidecar_path(out).empty()) check_writable(sweep_sidecar_path(out));
    }
  } catch (const InputError&) {
    code = kExitUsage;
    error = std::current_exception();
  } catch (const Error&) {
    code = kExitFailure;
    error = std::current_exception();
  }
  code = session.broadcast(code);
  if (code != kExitOk) {
    if (root && error) std::rethrow_exception(error);
    return code;
  }

  const Options options("sweep", args, specs);
  SweepRunOptions run_options;
  run_options.checkpoint = options.text("checkpoint").value_or("");
  SweepRun run;
  try {
    run = run_sweep(spec, session, run_options);  // a refused checkpoint throws on rank 0 only
    if (!run.root) return run.exit_code;
    write_sweep_output(out, spec, run);
  } catch (const SweepRunFailure& e) {
    if (!session.distributed()) throw;
    std::fprintf(stderr, "flowscope-cli sweep (rank %d): %s\n", session.rank(), e.what());
    session.abort(kExitFailure);
  }
  return report(options, spec, run, out);
}

}  // namespace flowscope::cli
