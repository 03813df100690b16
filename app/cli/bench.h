#pragma once
// flowscope-cli bench: the cases and what they share. Each case runs a fixed
// workload, prints its throughput (items_per_s in JSON) and, where there is
// one, the speed of a hand-written yardstick kernel beside it.
#include <functional>
#include <string>

namespace flowscope::cli {

// Seconds of the fastest of `repeats` runs of work, each after a fresh setup
// (the best of several keeps the machine's noise out).
double best_seconds(const std::function<void()>& setup, const std::function<void()>& work, int repeats = 3);

using BenchCase = int (*)(const std::string& name, bool json);

int bench_lorenz_rk4_ensemble(const std::string& name, bool json);
int bench_typed_lorenz_rk4_ensemble(const std::string& name, bool json);
int bench_lorenz_em_ensemble(const std::string& name, bool json);
int bench_langevin_doublewell_em(const std::string& name, bool json);
int bench_diffusion_gmm_sde(const std::string& name, bool json);
int bench_sinkhorn_logdomain(const std::string& name, bool json);
int bench_pca_large(const std::string& name, bool json);
int bench_sweep_lyapunov(const std::string& name, bool json);
int bench_reconstruct_sindy(const std::string& name, bool json);
int bench_reconstruct_alrnn(const std::string& name, bool json);

}  // namespace flowscope::cli
