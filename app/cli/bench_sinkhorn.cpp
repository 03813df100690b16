// bench --case sinkhorn_logdomain: the engine's log-domain Sinkhorn against a
// straightforward OpenMP log-domain loop (two passes per row, cost on the fly).
// POT's ot.sinkhorn(method='sinkhorn_log') on the same problem: bench/pot_sinkhorn_logdomain.py.
#include <omp.h>

#include <cmath>
#include <cstdio>
#include <vector>

#include "app/cli/bench.h"
#include "app/cli/bench_reference.h"
#include "app/cli/commands.h"
#include "core/transport/gaussian.h"
#include "core/transport/sinkhorn.h"

namespace flowscope::cli {

// N = 4096 points per side in 2-D: x ~ N(0, I), y ~ N((3, 0), diag(0.25, 4));
// cost |x - y|^2, eps = 0.01 x mean cost, 200 iterations, no eps-scaling.
int bench_sinkhorn_logdomain(const std::string& name, bool json) {
  constexpr std::size_t kN = 4096;
  constexpr int kIterations = 200, kRepeats = 2;
  const Gaussian gx{2, {0.0, 0.0}, {1.0, 0.0, 0.0, 1.0}}, gy{2, {3.0, 0.0}, {0.25, 0.0, 0.0, 4.0}};
  const std::vector<double> xr = sample_gaussian(gx, kN, 2024, 1), yr = sample_gaussian(gy, kN, 2024, 2);
  const PointCloud x = cloud_from_rows(xr.data(), kN, 2), y = cloud_from_rows(yr.data(), kN, 2);
  SinkhornOptions so;
  so.epsilon = 0.01 * mean_squared_distance(x, y);
  so.max_iterations = kIterations;
  so.tolerance = 0.0;  // run the whole budget
  so.epsilon_scaling = false;
  SinkhornResult result;
  const double engine = best_seconds([] {}, [&] { result = sinkhorn(x, y, so); }, kRepeats);

  std::vector<double> f(kN), g(kN);
  const double reference = best_seconds(
      [&] { f.assign(kN, 0.0), g.assign(kN, 0.0); },
      [&] {
        reference_sinkhorn_log_2d(x.axis(0), x.axis(1), kN, y.axis(0), y.axis(1), kN, x.weights.data(),
                                  y.weights.data(), so.epsilon, kIterations, f.data(), g.data());
      },
      kRepeats);
  // Same algorithm from the same start: the potentials must agree (up to the
  // constant shift f + c, g - c that leaves the plan unchanged).
  const double shift = f[0] - result.f[0];
  double potential_gap = 0.0;
  for (std::size_t i = 0; i < kN; ++i) potential_gap = std::max(potential_gap, std::fabs(f[i] - result.f[i] - shift));
  for (std::size_t j = 0; j < kN; ++j) potential_gap = std::max(potential_gap, std::fabs(g[j] - result.g[j] + shift));
  const double items = static_cast<double>(kN) * kN * kIterations;
  if (json) {
    std::printf("{\"case\":%s,\"n\":%zu,\"dimension\":2,\"iterations\":%d,\"epsilon\":%s,\"threads\":%d,"
                "\"seconds\":%s,\"items_per_s\":%s,\"cost\":%s,\"marginal_error\":%s,"
                "\"reference\":{\"straightforward_omp_log_seconds\":%s,\"items_per_s\":%s},"
                "\"ratio_engine_to_reference_speed\":%s,\"max_potential_gap_to_reference\":%s}\n",
                json_string(name).c_str(), kN, kIterations, json_number(so.epsilon).c_str(), omp_get_max_threads(),
                json_number(engine).c_str(), json_number(items / engine).c_str(), json_number(result.cost).c_str(),
                json_number(result.marginal_error).c_str(), json_number(reference).c_str(),
                json_number(items / reference).c_str(), json_number(reference / engine).c_str(),
                json_number(potential_gap).c_str());
  } else {
    std::printf("%s: %zu x %zu points (2-D), eps %.4g, %d iterations on %d threads\n", name.c_str(), kN, kN,
                so.epsilon, kIterations, omp_get_max_threads());
    std::printf("  engine                          %8.3f s  %.3g items/s (N^2 x iterations)\n", engine, items / engine);
    std::printf("  straightforward OpenMP loop     %8.3f s  %.3g items/s\n", reference, items / reference);
    std::printf("  engine speed / straightforward speed: %.0f %%\n", 100.0 * reference / engine);
    std::printf("  cost %.10g, marginal error %.3g, largest potential gap %.3g\n", result.cost, result.marginal_error,
                potential_gap);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
