// bench --case lorenz_rk4_ensemble: 100,000 Lorenz trajectories (10, 28, 8/3),
// RK4, dt 0.01, 1,000 steps, double precision; the engine's fused kernel, its
// generic path, and two hand-written structure-of-arrays loops.
#include <omp.h>

#include <algorithm>
#include <cstdio>

#include "app/cli/bench.h"
#include "app/cli/bench_reference.h"
#include "app/cli/commands.h"
#include "core/ensemble/ensemble.h"
#include "core/systems/catalogue.h"

namespace flowscope::cli {
namespace {

constexpr std::size_t kTrajectories = 100'000, kSteps = 1'000;
constexpr double kDt = 0.01;

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

}  // namespace

int bench_lorenz_rk4_ensemble(const std::string& name, bool json) {
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

  if (json) {
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
