// flowscope-cli bench: picks a case by name and runs it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>

#include "app/cli/bench.h"
#include "app/cli/commands.h"

namespace flowscope::cli {
namespace {

const std::pair<const char*, BenchCase> kCases[] = {
    {"lorenz_rk4_ensemble", bench_lorenz_rk4_ensemble},
    {"typed_lorenz_rk4_ensemble", bench_typed_lorenz_rk4_ensemble},
    {"lorenz_em_ensemble", bench_lorenz_em_ensemble},
    {"langevin_doublewell_em", bench_langevin_doublewell_em},
    {"diffusion_gmm_sde", bench_diffusion_gmm_sde},
    {"sinkhorn_logdomain", bench_sinkhorn_logdomain},
    {"pca_large", bench_pca_large},
    {"sweep_lyapunov", bench_sweep_lyapunov},
    {"reconstruct_sindy", bench_reconstruct_sindy},
    {"reconstruct_alrnn", bench_reconstruct_alrnn},
};

std::string case_names() {
  std::string names;
  for (const auto& [name, run] : kCases) names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

}  // namespace

double best_seconds(const std::function<void()>& setup, const std::function<void()>& work, int repeats) {
  double best = 1e300;
  for (int r = 0; r < repeats; ++r) {
    setup();
    const auto begin = std::chrono::steady_clock::now();
    work();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
  }
  return best;
}

int run_bench(std::span<const std::string> args) {
  const std::string known = case_names();
  const std::vector<OptionSpec> specs = {
      {"case", "NAME", "benchmark case: " + known},
      {"json", "", "print one JSON object"},
      {"help", "", "show this help"},
  };
  const Options options("bench", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("bench", "Measure the engine's throughput.", specs).c_str(), stdout);
    return kExitOk;
  }
  const std::string name = options.text("case").value_or(kCases[0].first);
  for (const auto& [case_name, run] : kCases)
    if (name == case_name) return run(name, options.has("json"));
  throw UsageError("option '--case': unknown case '" + name + "' (known cases: " + known + ")");
}

}  // namespace flowscope::cli
