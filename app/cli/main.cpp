// flowscope-cli: every computation of the GUI, headless.
#include <clocale>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/cli/commands.h"

namespace {

constexpr const char* kUsage =
    "usage: flowscope-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  systems    list the built-in systems (--json for machine-readable output)\n"
    "  simulate   integrate a system and write the trajectory to .csv or .npy\n"
    "  render     render a system's trajectory or any scene state (--state) to a PNG image\n"
    "  state      the default scene state of a kind as JSON, to start a state file from\n"
    "  lyapunov   Lyapunov spectrum and Kaplan-Yorke dimension\n"
    "  poincare   crossings of a trajectory with a plane, to .csv or .npy\n"
    "  orbit-diagram  orbit (bifurcation) diagram over a parameter range\n"
    "  ensemble   advance N trajectories in parallel, write the final states\n"
    "  bench      run a benchmark case and report its throughput\n"
    "  langevin   particles in a potential: overdamped or underdamped Langevin dynamics\n"
    "  fokker-planck  the exact density of Langevin dynamics on a grid\n"
    "  diffuse    diffusion sampling (reverse SDE, probability-flow ODE, PC, eta) with exact scores\n"
    "  interpolate  generation along a stochastic interpolant between two distributions\n"
    "  sinkhorn   entropic optimal transport between two point clouds\n"
    "  bridge     Schrodinger bridge between two distributions: paths, closed form, SDE check\n"
    "  bridge-snapshots  bridges through snapshots of a population; fits a linear drift\n"
    "  embed      project latent trajectories (CSV, NPY, HDF5) by PCA or a delay embedding\n"
    "  synth-population  a synthetic neural population with known latents, to HDF5\n"
    "  sweep      Lyapunov exponents, dimension or orbit diagram over a parameter grid (OpenMP, MPI)\n"
    "  reconstruct  fit SINDy, EDMD or an AL-RNN to trajectories; measures of its free run\n"
    "\n"
    "'flowscope-cli <command> --help' lists a command's options.\n";

}  // namespace

int main(int argc, char* argv[]) {
  std::setlocale(LC_ALL, "C");
  using namespace flowscope::cli;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (command == "--version") {
    std::printf("flowscope-cli %s\n", FLOWSCOPE_VERSION);
    return kExitOk;
  }
  try {
    if (command == "systems") return run_systems(args);
    if (command == "simulate") return run_simulate(args);
    if (command == "render") return run_render(args);
    if (command == "lyapunov") return run_lyapunov(args);
    if (command == "poincare") return run_poincare(args);
    if (command == "orbit-diagram") return run_orbit_diagram(args);
    if (command == "ensemble") return run_ensemble(args);
    if (command == "bench") return run_bench(args);
    if (command == "langevin") return run_langevin(args);
    if (command == "fokker-planck") return run_fokker_planck(args);
    if (command == "diffuse") return run_diffuse(args);
    if (command == "interpolate") return run_interpolate(args);
    if (command == "sinkhorn") return run_sinkhorn(args);
    if (command == "bridge") return run_bridge(args);
    if (command == "bridge-snapshots") return run_bridge_snapshots(args);
    if (command == "embed") return run_embed(args);
    if (command == "synth-population") return run_synth_population(args);
    if (command == "state") return run_state(args);
    if (command == "sweep") return run_sweep(args);
    if (command == "reconstruct") return run_reconstruct(args);
    std::fprintf(stderr, "flowscope-cli: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return kExitUsage;
  } catch (const flowscope::InputError& e) {
    std::fprintf(stderr, "flowscope-cli %s: %s\n", command.c_str(), e.what());
    return kExitUsage;
  } catch (const flowscope::Error& e) {
    std::fprintf(stderr, "flowscope-cli %s: %s\n", command.c_str(), e.what());
    return kExitFailure;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "flowscope-cli %s: out of memory\n", command.c_str());
    return kExitFailure;
  }
}
