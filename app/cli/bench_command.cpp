// flowscope-cli bench: throughput of the engine on fixed cases, with the
// hand-written kernels it should come close to.
#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include "app/cli/bench_reference.h"
#include "app/cli/commands.h"
#include "core/ensemble/ensemble.h"
#include "core/langevin/dynamics.h"
#include "core/systems/catalogue.h"

namespace flowscope::cli {
namespace {

constexpr std::size_t kTrajectories = 100'000, kSteps = 1'000;
constexpr double kDt = 0.01;
constexpr int kRepeats = 3;  // the best of three, to keep the machine's noise out

// Seconds of the fastest of `repeats` runs of work, each on a fresh setup.
double best_seconds(const std::function<void()>& setup, const std::function<void()>& work, int repeats = kRepeats) {
  double best = 1e300;
  for (int r = 0; r < repeats; ++r) {
    setup();
    const auto begin = std::chrono::steady_clock::now();
    work();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
  }
  return best;
}

// Lorenz seen through drift_batch only: what every system without a fused
// RK4 kernel gets (all user-typed and most built-in ones).
class WithoutFusedKernel final : public System {
 public:
  explicit WithoutFusedKernel(std::shared_ptr<const System> inner) : inner_(std::move(inner)) {}
  std::string_view id() const override { return inner_->id(); }
  std::string_view name() const override { return inner_->name(); }
  int dimension() const override { return inner_->dimension(); }
  std::span<const ParameterSpec> parameters() const override { return inner_->parameters(); }
  std::vector<std::string> variable_names() const override { return inner_->variable_names(); }
  std::vector<double> default_initial_state() const override { return inner_->default_initial_state(); }
  double recommended_dt() const override { return inner_->recommended_dt(); }
  void drift(double t, const double* x, const double* p, double* out) const override { inner_->drift(t, x, p, out); }
  void drift_batch(double t, const double* const* x, std::size_t count, const double* p,
                   double* const* out) const override {
    inner_->drift_batch(t, x, count, p, out);
  }

 private:
  std::shared_ptr<const System> inner_;
};

std::vector<double> starting_cloud() { return initial_cloud({1.0, 1.0, 20.0}, kTrajectories, 1.0, 11); }

// 1,000,000 particles in U = (x^2 - 1)^2 + y^2/2, kT 0.5, gamma 1, overdamped
// Euler-Maruyama, dt 1e-3, 1,000 steps, double precision, fresh normals every step.
int bench_langevin(const std::string& name, bool json) {
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

}  // namespace

int run_bench(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"case", "NAME", "benchmark case: lorenz_rk4_ensemble or langevin_doublewell_em"},
      {"json", "", "print one JSON object"},
      {"help", "", "show this help"},
  };
  const Options options("bench", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("bench", "Measure the engine's throughput.", specs).c_str(), stdout);
    return kExitOk;
  }
  const std::string name = options.text("case").value_or("lorenz_rk4_ensemble");
  if (name == "langevin_doublewell_em") return bench_langevin(name, options.has("json"));
  if (name != "lorenz_rk4_ensemble")
    throw UsageError("option '--case': unknown case '" + name +
                     "' (known cases: lorenz_rk4_ensemble, langevin_doublewell_em)");

  // 100,000 Lorenz trajectories (10, 28, 8/3), RK4, dt 0.01, 1,000 steps, double precision.
  const auto lorenz = find_system("lorenz");
  EnsembleSpec spec;
  spec.system = lorenz;
  spec.parameters = default_parameters(*lorenz);
  spec.dt = kDt;
  std::unique_ptr<Ensemble> ensemble;
  const double engine = best_seconds([&] { ensemble = std::make_unique<Ensemble>(spec, starting_cloud(), kTrajectories); },
                                     [&] { ensemble->advance(kSteps); });

  spec.system = std::make_shared<WithoutFusedKernel>(lorenz);
  const double generic = best_seconds([&] { ensemble = std::make_unique<Ensemble>(spec, starting_cloud(), kTrajectories); },
                                      [&] { ensemble->advance(kSteps); });

  std::vector<double> cloud;
  const LorenzParameters p{spec.parameters[0], spec.parameters[1], spec.parameters[2]};
  auto reference = [&](auto kernel) {
    return best_seconds([&] { cloud = starting_cloud(); },
                        [&] {
                          kernel(cloud.data(), cloud.data() + kTrajectories, cloud.data() + 2 * kTrajectories,
                                 kTrajectories, kSteps, kDt, p);
                        });
  };
  const double outside = reference(reference_rk4_steps_outside);
  const double inside = reference(reference_rk4_steps_inside);
  const double items = static_cast<double>(kTrajectories) * kSteps;
  const double fastest = std::min(outside, inside);

  if (options.has("json")) {
    std::printf("{\"case\":%s,\"trajectories\":%zu,\"steps\":%zu,\"threads\":%d,\"seconds\":%s,\"items_per_s\":%s,"
                "\"generic_path_seconds\":%s,\"reference\":{\"steps_outside_seconds\":%s,\"steps_inside_seconds\":%s},"
                "\"ratio_to_fastest_reference\":%s}\n",
                json_string(name).c_str(), kTrajectories, kSteps, omp_get_max_threads(), json_number(engine).c_str(),
                json_number(items / engine).c_str(), json_number(generic).c_str(), json_number(outside).c_str(), json_number(inside).c_str(),
                json_number(fastest / engine).c_str());
  } else {
    std::printf("%s: %zu trajectories x %zu steps on %d threads\n", name.c_str(), kTrajectories, kSteps,
                omp_get_max_threads());
    std::printf("  engine            %8.3f s  %.3g trajectory-steps/s\n", engine, items / engine);
    std::printf("  engine, generic path (no fused kernel)  %8.3f s\n", generic);
    std::printf("  hand-written (steps outside)  %8.3f s\n", outside);
    std::printf("  hand-written (steps inside)   %8.3f s\n", inside);
    std::printf("  engine / fastest hand-written: %.0f %%\n", 100.0 * fastest / engine);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
