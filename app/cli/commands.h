#pragma once
// The subcommands of flowscope-cli. Each returns the process exit code and
// throws flowscope::Error (UsageError for bad options) with a message that
// names the bad input; main() prints it.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/cli/arguments.h"
#include "core/integrate/trajectory.h"

namespace flowscope::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // a run or a file operation failed
inline constexpr int kExitUsage = 2;    // the command line was wrong

int run_systems(std::span<const std::string> args);
int run_simulate(std::span<const std::string> args);
int run_render(std::span<const std::string> args);
int run_lyapunov(std::span<const std::string> args);
int run_poincare(std::span<const std::string> args);
int run_orbit_diagram(std::span<const std::string> args);
int run_ensemble(std::span<const std::string> args);
int run_bench(std::span<const std::string> args);
int run_langevin(std::span<const std::string> args);
int run_fokker_planck(std::span<const std::string> args);
int run_diffuse(std::span<const std::string> args);
int run_interpolate(std::span<const std::string> args);
int run_sinkhorn(std::span<const std::string> args);
int run_bridge(std::span<const std::string> args);
int run_bridge_snapshots(std::span<const std::string> args);
int run_embed(std::span<const std::string> args);
int run_synth_population(std::span<const std::string> args);
int run_state(std::span<const std::string> args);
int run_sweep(std::span<const std::string> args);
int run_reconstruct(std::span<const std::string> args);

// --system or --equations, --param, --ic, --t-end and --dt, shared by the commands that integrate.
std::vector<OptionSpec> problem_options(const std::string& t_end_help);
// The built-in system of --system ID or the typed one of --equations FILE
// (exactly one of the two; UsageError otherwise).
std::shared_ptr<const System> system_from_options(const Options& options);
// Without default_t_end, --t-end is required.
Problem problem_from_options(const Options& options, std::optional<double> default_t_end);
// For typed equations: ,"evaluator":"jit" (with "compile_seconds") or
// ,"evaluator":"interpreter" (with "evaluator_note", the reason); "" for built-in systems.
std::string evaluator_json(const System& system);

// Throws IoError when path cannot be written (no folder, no permission),
// before any work is done.
void check_writable(const std::string& path);

// JSON text for a string (quoted, escaped) and for a number (null if not finite).
std::string json_string(const std::string& text);
std::string json_number(double value);
// [a, b, ...] of json_number values, and a row-major n x n matrix as nested arrays.
std::string json_array(const std::vector<double>& values);
std::string json_matrix(const std::vector<double>& values, int n);

}  // namespace flowscope::cli
