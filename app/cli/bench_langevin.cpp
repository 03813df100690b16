// bench --case langevin_doublewell_em: the engine's overdamped Euler-Maruyama
// against a hand-written SplitMix64 + Box-Muller loop.
#include <omp.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "app/cli/bench.h"
#include "app/cli/bench_reference.h"
#include "app/cli/commands.h"
#include "core/langevin/boltzmann.h"
#include "core/langevin/dynamics.h"

namespace flowscope::cli {

// 1,000,000 particles in U = (x^2 - 1)^2 + y^2/2, kT 0.5, gamma 1, overdamped
// Euler-Maruyama, dt 1e-3, 1,000 steps, double precision, fresh normals every step.
int bench_langevin_doublewell_em(const std::string& name, bool json) {
  constexpr std::size_t kParticles = 1'000'000, kLangevinSteps = 1'000;
  constexpr double kLangevinDt = 1e-3, kT = 0.5, kGamma = 1.0;
  constexpr int kLangevinRepeats = 2;
  LangevinSpec spec;
  spec.potential = find_potential("double-well");
  spec.parameters = default_parameters(*spec.potential);
  spec.method = LangevinMethod::EulerMaruyama;
  spec.settings.kT = kT;
  spec.settings.gamma = kGamma;
  spec.settings.dt = kLangevinDt;
  spec.seed = 17;
  std::unique_ptr<LangevinEnsemble> ensemble;
  const double engine = best_seconds([&] { ensemble = std::make_unique<LangevinEnsemble>(spec, kParticles); },
                                     [&] { ensemble->advance(kLangevinSteps); }, kLangevinRepeats);
  const double engine_tv = compare_to_boltzmann(*spec.potential, spec.parameters, kT, *ensemble, 40).tv;

  std::vector<double> x, y;
  const double reference = best_seconds(
      [&] {
        const LangevinEnsemble start(spec, kParticles);
        x.assign(start.positions(0).begin(), start.positions(0).end());
        y.assign(start.positions(1).begin(), start.positions(1).end());
      },
      [&] { reference_langevin_em_double_well(x.data(), y.data(), kParticles, kLangevinSteps, kLangevinDt, kT, kGamma, 17); },
      kLangevinRepeats);
  const double items = static_cast<double>(kParticles) * kLangevinSteps;
  if (json) {
    std::printf("{\"case\":%s,\"particles\":%zu,\"steps\":%zu,\"threads\":%d,\"seconds\":%s,\"items_per_s\":%s,"
                "\"reference\":{\"splitmix_box_muller_em_seconds\":%s,\"items_per_s\":%s},"
                "\"ratio_engine_to_reference_speed\":%s,\"engine_tv_to_boltzmann_40x40\":%s}\n",
                json_string(name).c_str(), kParticles, kLangevinSteps, omp_get_max_threads(), json_number(engine).c_str(),
                json_number(items / engine).c_str(), json_number(reference).c_str(),
                json_number(items / reference).c_str(), json_number(reference / engine).c_str(),
                json_number(engine_tv).c_str());
  } else {
    std::printf("%s: %zu particles x %zu steps on %d threads\n", name.c_str(), kParticles, kLangevinSteps,
                omp_get_max_threads());
    std::printf("  engine (Philox4x32-10, Box-Muller)      %8.3f s  %.3g particle-steps/s\n", engine, items / engine);
    std::printf("  hand-written (SplitMix64, Box-Muller)  %8.3f s  %.3g particle-steps/s\n", reference,
                items / reference);
    std::printf("  engine speed / hand-written speed: %.0f %%\n", 100.0 * reference / engine);
  }
  return kExitOk;
}


}  // namespace flowscope::cli
