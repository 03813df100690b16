// bench --case diffusion_gmm_sde: the reverse-SDE sampler with the exact
// score of an eight-component 2-D mixture.
#include <omp.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "app/cli/bench.h"
#include "app/cli/commands.h"
#include "core/diffusion/metrics.h"
#include "core/diffusion/sampler.h"
#include "core/distributions/distribution.h"

namespace flowscope::cli {

// 100,000 particles, target builtin:ring8, VP (beta 0.1 -> 20), reverse SDE
// (Euler-Maruyama), 1,000 steps from t = 1 to 1e-3, double precision. Each
// particle-step evaluates the 8-component score (log-sum-exp) and draws two
// normals. The numpy version of the same sampler: bench/numpy_diffusion_gmm_sde.py.
int bench_diffusion_gmm_sde(const std::string& name, bool json) {
  constexpr std::size_t kParticles = 100'000;
  constexpr std::uint64_t kSteps = 1'000;
  SamplerSpec spec;
  spec.target = builtin_target("ring8").mixture;
  spec.sampler = SamplerKind::ReverseSde;
  spec.steps = kSteps;
  spec.seed = 17;
  std::unique_ptr<DiffusionSampler> sampler;
  const double seconds = best_seconds([&] { sampler = std::make_unique<DiffusionSampler>(spec, kParticles); },
                                      [&] { sampler->run(); }, 3);
  // Sanity: the samples reached the target (first 20,000 against 20,000 target samples).
  constexpr std::size_t kCheck = 20'000;
  std::vector<double> x(2 * kCheck);
  for (int j = 0; j < 2; ++j)
    for (std::size_t i = 0; i < kCheck; ++i) x[j * kCheck + i] = sampler->positions(j)[i];
  const TargetMetrics m = target_metrics(x.data(), kCheck, spec.target);
  const double items = static_cast<double>(kParticles) * kSteps;
  if (json) {
    std::printf("{\"case\":%s,\"particles\":%zu,\"steps\":%llu,\"components\":8,\"threads\":%d,\"seconds\":%s,"
                "\"items_per_s\":%s,\"sliced_w2_first_20000\":%s}\n",
                json_string(name).c_str(), kParticles, static_cast<unsigned long long>(kSteps), omp_get_max_threads(),
                json_number(seconds).c_str(), json_number(items / seconds).c_str(), json_number(m.sliced_w2).c_str());
  } else {
    std::printf("%s: %zu particles x %llu steps (ring8, VP, reverse SDE) on %d threads\n", name.c_str(), kParticles,
                static_cast<unsigned long long>(kSteps), omp_get_max_threads());
    std::printf("  engine  %8.3f s  %.3g particle-steps/s  (sliced W2 of 20,000 samples to ring8: %.3g)\n", seconds,
                items / seconds, m.sliced_w2);
    std::printf("  compare: /usr/bin/python3 bench/numpy_diffusion_gmm_sde.py\n");
  }
  return kExitOk;
}

}  // namespace flowscope::cli
