// bench --case typed_lorenz_rk4_ensemble and --case lorenz_em_ensemble:
// typed equations compiled to native code against the built-in kernel, and
// stochastic ensembles against a hand-written SplitMix64 loop and against the
// built-in RK4 step rate.
#include <omp.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "app/cli/bench.h"
#include "app/cli/bench_reference.h"
#include "app/cli/commands.h"
#include "core/ensemble/ensemble.h"
#include "core/systems/catalogue.h"
#include "core/systems/expression_system.h"

namespace flowscope::cli {
namespace {

constexpr std::size_t kMembers = 1'000'000, kSteps = 100;
constexpr double kDt = 0.01;

constexpr const char* kTypedLorenz =
    "param sigma = 10\nparam rho = 28\nparam beta = 8/3\n"
    "dx/dt = sigma*(y - x)\ndy/dt = x*(rho - z) - y\ndz/dt = x*y - beta*z\n";

// Lorenz-96 with n sites typed by hand: dx_k/dt = (x_{k+1} - x_{k-2}) x_{k-1} - x_k + F.
std::string typed_lorenz96(int n) {
  // Joined with += only: GCC 12 warns falsely about "literal" + std::string.
  const auto site = [n](int k) { return std::to_string(((k % n) + n) % n); };
  std::string text = "param F = 8\n";
  for (int k = 0; k < n; ++k) {
    for (const std::string& piece : {std::string("dx"), site(k), std::string("/dt = (x"), site(k + 1),
                                     std::string(" - x"), site(k - 2), std::string(")*x"), site(k - 1),
                                     std::string(" - x"), site(k), std::string(" + F\n")})
      text += piece;
  }
  return text;
}

std::vector<double> cloud(std::size_t count) { return initial_cloud({1.0, 1.0, 20.0}, count, 1.0, 11); }

// Seconds for `steps` steps of `count` members of system by method (best of repeats).
double ensemble_seconds(std::shared_ptr<const System> system, Method method, double noise, std::size_t count,
                        std::size_t steps, int repeats = 3) {
  EnsembleSpec spec;
  spec.system = system;
  spec.parameters = default_parameters(*system);
  spec.method = method;
  spec.dt = kDt;
  spec.noise = noise;
  spec.seed = 3;
  std::unique_ptr<Ensemble> ensemble;
  return best_seconds([&] { ensemble = std::make_unique<Ensemble>(spec, cloud(count), count); },
                      [&] { ensemble->advance(steps); }, repeats);
}

double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

}  // namespace

int bench_typed_lorenz_rk4_ensemble(const std::string& name, bool json) {
  // Compile times: the first compilation also starts LLVM.
  auto begin = std::chrono::steady_clock::now();
  const auto typed = compile_equations(kTypedLorenz, "typed-lorenz");
  const double first_build = seconds_since(begin);
  const double compile3 = compile_equations(kTypedLorenz, "typed-lorenz")->compile_seconds();
  const auto typed96 = compile_equations(typed_lorenz96(100), "typed-lorenz96");
  const double compile100 = typed96->compile_seconds();
  const auto interpreted = compile_equations(kTypedLorenz, "typed-lorenz", Evaluator::Interpreter);

  const double items = static_cast<double>(kMembers) * kSteps;
  const double jit = ensemble_seconds(typed, Method::Rk4, 0.0, kMembers, kSteps);
  const double builtin = ensemble_seconds(find_system("lorenz"), Method::Rk4, 0.0, kMembers, kSteps);
  // The interpreter on a tenth of the members, once (it is 10 times slower).
  const double interpreter = ensemble_seconds(interpreted, Method::Rk4, 0.0, kMembers / 10, kSteps, 1);
  const double interpreter_rate = items / 10 / interpreter;

  if (json) {
    std::printf("{\"case\":%s,\"members\":%zu,\"steps\":%zu,\"threads\":%d,\"evaluator\":%s,\"seconds\":%s,"
                "\"items_per_s\":%s,\"reference\":{\"case\":\"lorenz_rk4_ensemble\",\"builtin_seconds\":%s,"
                "\"items_per_s\":%s},\"ratio_to_builtin\":%s,\"interpreter_items_per_s\":%s,"
                "\"ratio_to_interpreter\":%s,\"compile_seconds_3_equations\":%s,"
                "\"compile_seconds_100_equations\":%s,\"first_compile_seconds\":%s,\"evaluator_100\":%s}\n",
                json_string(name).c_str(), kMembers, kSteps, omp_get_max_threads(),
                json_string(std::string(typed->evaluator())).c_str(), json_number(jit).c_str(),
                json_number(items / jit).c_str(), json_number(builtin).c_str(), json_number(items / builtin).c_str(),
                json_number(builtin / jit).c_str(), json_number(interpreter_rate).c_str(),
                json_number(items / jit / interpreter_rate).c_str(), json_number(compile3).c_str(),
                json_number(compile100).c_str(), json_number(first_build).c_str(),
                json_string(std::string(typed96->evaluator())).c_str());
  } else {
    std::printf("%s: %zu members x %zu steps on %d threads (evaluator: %s%s%s)\n", name.c_str(), kMembers, kSteps,
                omp_get_max_threads(), std::string(typed->evaluator()).c_str(),
                typed->evaluator_note().empty() ? "" : ", ", typed->evaluator_note().c_str());
    std::printf("  typed, compiled      %8.3f s  %.3g trajectory-steps/s\n", jit, items / jit);
    std::printf("  built-in kernel      %8.3f s  %.3g trajectory-steps/s\n", builtin, items / builtin);
    std::printf("  typed, interpreted   %.3g trajectory-steps/s (on %zu members)\n", interpreter_rate, kMembers / 10);
    std::printf("  typed speed / built-in speed: %.2f\n", builtin / jit);
    std::printf("  compile: 3 equations %.1f ms (first, with LLVM's start: %.1f ms), 100 equations %.1f ms\n",
                1e3 * compile3, 1e3 * first_build, 1e3 * compile100);
  }
  return kExitOk;
}

int bench_lorenz_em_ensemble(const std::string& name, bool json) {
  constexpr double kNoise = 0.5;
  const auto lorenz = find_system("lorenz");
  const double items = static_cast<double>(kMembers) * kSteps;
  const double em = ensemble_seconds(lorenz, Method::EulerMaruyama, kNoise, kMembers, kSteps);
  const double heun = ensemble_seconds(lorenz, Method::Heun, kNoise, kMembers, kSteps);
  const double typed_em =
      ensemble_seconds(compile_equations(kTypedLorenz, "typed-lorenz"), Method::EulerMaruyama, kNoise, kMembers, kSteps);
  const double rk4 = ensemble_seconds(lorenz, Method::Rk4, 0.0, kMembers, kSteps);
  std::vector<double> start;
  const LorenzParameters p{10.0, 28.0, 8.0 / 3.0};
  const double reference = best_seconds([&] { start = cloud(kMembers); },
                                        [&] {
                                          reference_lorenz_em(start.data(), start.data() + kMembers,
                                                              start.data() + 2 * kMembers, kMembers, kSteps, kDt, p,
                                                              kNoise, 3);
                                        });
  if (json) {
    std::printf("{\"case\":%s,\"members\":%zu,\"steps\":%zu,\"threads\":%d,\"seconds\":%s,\"items_per_s\":%s,"
                "\"reference\":{\"splitmix_box_muller_em_seconds\":%s,\"items_per_s\":%s},"
                "\"ratio_to_reference_speed\":%s,\"heun_items_per_s\":%s,\"typed_em_items_per_s\":%s,"
                "\"builtin_rk4_items_per_s\":%s,\"ratio_to_builtin_rk4_speed\":%s}\n",
                json_string(name).c_str(), kMembers, kSteps, omp_get_max_threads(), json_number(em).c_str(),
                json_number(items / em).c_str(), json_number(reference).c_str(), json_number(items / reference).c_str(),
                json_number(reference / em).c_str(), json_number(items / heun).c_str(),
                json_number(items / typed_em).c_str(), json_number(items / rk4).c_str(),
                json_number(rk4 / em).c_str());
  } else {
    std::printf("%s: %zu members x %zu steps, noise %g, on %d threads\n", name.c_str(), kMembers, kSteps, kNoise,
                omp_get_max_threads());
    std::printf("  engine em (vectorised Philox)         %8.3f s  %.3g trajectory-steps/s\n", em, items / em);
    std::printf("  engine heun                           %8.3f s  %.3g trajectory-steps/s\n", heun, items / heun);
    std::printf("  engine em, typed Lorenz (compiled)    %8.3f s  %.3g trajectory-steps/s\n", typed_em,
                items / typed_em);
    std::printf("  hand-written em (SplitMix64)          %8.3f s  %.3g trajectory-steps/s\n", reference,
                items / reference);
    std::printf("  built-in RK4 (no noise)               %8.3f s  %.3g trajectory-steps/s\n", rk4, items / rk4);
    std::printf("  em speed / hand-written: %.2f; em step rate / RK4 step rate: %.2f\n", reference / em, rk4 / em);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
