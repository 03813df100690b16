// bench --case sweep_lyapunov: lambda_1 over a 64 x 64 Lorenz (sigma, rho)
// map, sigma 5..15, rho 20..60, T = 5 after a transient of 1 at dt 0.002
// (3,000 tangent RK4 steps per cell). Reported: the cost of one cell inside
// the sweep against one lyapunov_spectrum call with the same settings (the
// sweep's overhead per cell), OpenMP's parallel efficiency on this process's
// threads, and, when mpirun is there, 'sweep' under mpirun -np 1 and -np 2
// (one thread each): efficiency = t1 / (2 t2), from the sweep's own clock
// (MPI start-up excluded, reported beside it).
#include <omp.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/cli/bench.h"
#include "app/cli/commands.h"
#include "core/io/json.h"
#include "core/sweep/sweep_runner.h"
#include "core/systems/catalogue.h"

namespace flowscope::cli {
namespace {

constexpr const char* kGrid = "sigma=5:15:64,rho=20:60:64";
constexpr double kAveraging = 5.0, kTransient = 1.0;
constexpr int kSingleCalls = 64;

SweepSpec bench_spec() {
  SweepSpec spec;
  spec.problem = default_problem(find_system("lorenz"), kAveraging);
  spec.axes = parse_sweep_grid(kGrid, *spec.problem.system);
  spec.measure = SweepMeasure::LyapunovMax;
  spec.lyapunov.transient = kTransient;
  return spec;
}

double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

struct MpiTiming {
  double sweep_seconds = -1.0;  // the sweep's own clock, -1 when the run failed
  double wall_seconds = -1.0;   // mpirun included
  double busy_fraction = -1.0;  // the share of rank-seconds spent inside cells
};

// 'flowscope-cli sweep' of the bench grid under mpirun -np ranks, one thread per rank.
MpiTiming time_under_mpirun([[maybe_unused]] int ranks) {
  MpiTiming timing;
#ifdef FLOWSCOPE_MPIEXEC
  const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  const std::string out = "/tmp/flowscope-bench-sweep-" + std::to_string(getpid()) + ".npy";
  std::string command = "OMP_NUM_THREADS=1 ";
  if (geteuid() == 0) command += "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 ";
  command += std::string(FLOWSCOPE_MPIEXEC) + " --oversubscribe -np " + std::to_string(ranks) + " '" + self +
             "' sweep --system lorenz --grid " + kGrid + " --t-end 5 --transient 1 --out " + out + " --json 2>/dev/null";
  const auto begin = std::chrono::steady_clock::now();
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return timing;
  std::string text;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe)) text += buffer;
  const int status = pclose(pipe);
  timing.wall_seconds = seconds_since(begin);
  std::error_code ec;
  std::filesystem::remove(out, ec);
  std::filesystem::remove(out.substr(0, out.size() - 4) + ".json", ec);
  if (status != 0) return timing;
  try {
    const JsonValue summary = parse_json(text, "sweep --json");
    if (const JsonValue* seconds = summary.find("seconds")) timing.sweep_seconds = seconds->number();
    if (const JsonValue* busy = summary.find("busy_fraction")) timing.busy_fraction = busy->number();
  } catch (const Error&) {
  }
#endif
  return timing;
}

}  // namespace

int bench_sweep_lyapunov(const std::string& name, bool json) {
  double load = -1.0;  // the 1-minute load average: the machine's state while measuring
  if (FILE* file = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(file, "%lf", &load) != 1) load = -1.0;
    std::fclose(file);
  }
  const SweepSpec spec = bench_spec();
  const std::size_t cells = cell_count(spec);
  // One lyapunov_spectrum call per cell, as 'lyapunov --exponents 1' makes it,
  // at cells spread over the map (costs differ little: no cell blows up).
  LyapunovOptions single = spec.lyapunov;
  single.count = 1;
  auto begin = std::chrono::steady_clock::now();
  for (int i = 0; i < kSingleCalls; ++i) lyapunov_spectrum(cell_problem(spec, (cells / kSingleCalls) * i), single);
  const double single_call = seconds_since(begin) / kSingleCalls;

  const int threads = omp_get_max_threads();
  MpiSession session;
  omp_set_num_threads(1);
  const SweepRun one = run_sweep(spec, session);
  omp_set_num_threads(threads);
  const SweepRun all = run_sweep(spec, session);
  const double per_cell = one.seconds / static_cast<double>(cells);
  const double thread_efficiency = one.seconds / (threads * all.seconds);
  const double thread_busy = all.busy_seconds / (all.seconds * threads);

  const MpiTiming rank1 = time_under_mpirun(1), rank2 = time_under_mpirun(2);
  const bool have_mpi = rank1.sweep_seconds > 0 && rank2.sweep_seconds > 0;
  const double rank_efficiency = have_mpi ? rank1.sweep_seconds / (2.0 * rank2.sweep_seconds) : 0.0;

  if (json) {
    std::printf("{\"case\":%s,\"cells\":%zu,\"grid\":%s,\"t_end\":%s,\"transient\":%s,\"single_call_seconds\":%s,"
                "\"per_cell_seconds\":%s,\"per_cell_over_single_call\":%s,\"threads\":%d,\"one_thread_seconds\":%s,"
                "\"all_threads_seconds\":%s,\"thread_efficiency\":%s,\"mpi_1_rank_seconds\":%s,"
                "\"mpi_2_ranks_seconds\":%s,\"mpi_1_rank_wall_seconds\":%s,\"mpi_2_ranks_wall_seconds\":%s,"
                "\"rank_efficiency\":%s,\"thread_busy_fraction\":%s,\"mpi_2_ranks_busy_fraction\":%s,"
                "\"load_average\":%s,\"items_per_s\":%s}\n",
                json_string(name).c_str(), cells, json_string(kGrid).c_str(), json_number(kAveraging).c_str(),
                json_number(kTransient).c_str(), json_number(single_call).c_str(), json_number(per_cell).c_str(),
                json_number(per_cell / single_call).c_str(), threads, json_number(one.seconds).c_str(),
                json_number(all.seconds).c_str(), json_number(thread_efficiency).c_str(),
                have_mpi ? json_number(rank1.sweep_seconds).c_str() : "null",
                have_mpi ? json_number(rank2.sweep_seconds).c_str() : "null",
                have_mpi ? json_number(rank1.wall_seconds).c_str() : "null",
                have_mpi ? json_number(rank2.wall_seconds).c_str() : "null",
                have_mpi ? json_number(rank_efficiency).c_str() : "null", json_number(thread_busy).c_str(),
                have_mpi ? json_number(rank2.busy_fraction).c_str() : "null", json_number(load).c_str(),
                json_number(static_cast<double>(cells) / all.seconds).c_str());
  } else {
    std::printf("%s: lambda_1 over a 64 x 64 Lorenz (sigma, rho) map, T = %g after %g, dt 0.002\n", name.c_str(),
                kAveraging, kTransient);
    std::printf("  one lyapunov call              %8.2f ms\n", 1e3 * single_call);
    std::printf("  one cell of the sweep          %8.2f ms  (%.3f x a single call)\n", 1e3 * per_cell,
                per_cell / single_call);
    std::printf("  1 thread                       %8.2f s\n", one.seconds);
    std::printf("  %d threads                      %8.2f s  (efficiency %.1f %%; threads inside cells %.1f %% of the time)\n",
                threads, all.seconds, 100.0 * thread_efficiency, 100.0 * thread_busy);
    if (have_mpi) {
      std::printf("  mpirun -np 1 (1 thread)        %8.2f s  (%.2f s with start-up)\n", rank1.sweep_seconds,
                  rank1.wall_seconds);
      std::printf("  mpirun -np 2 (1 thread each)   %8.2f s  (%.2f s with start-up; efficiency %.1f %%; ranks inside "
                  "cells %.1f %% of the time)\n",
                  rank2.sweep_seconds, rank2.wall_seconds, 100.0 * rank_efficiency, 100.0 * rank2.busy_fraction);
    } else {
      std::printf("  mpirun: not available in this build or failed to start\n");
    }
    std::printf("load average before the run %.2f (efficiencies below ~100 %% mean little when it exceeds the cores)\n", load);
    std::printf("seconds %.6f\n", all.seconds);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
