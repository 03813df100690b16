// bench --case pca_large: the top 10 principal components of a 10^6 x 100
// float64 matrix, by the engine's exact route (blocked covariance in
// parallel, then a 100 x 100 eigendecomposition) and its randomized route.
// The yardstick is bench/numpy_pca_large.py (centre, X^T X with OpenBLAS,
// numpy.linalg.eigh) on the same machine.
#include <omp.h>

#include <cmath>
#include <cstdio>
#include <vector>

#include "app/cli/bench.h"
#include "app/cli/commands.h"
#include "core/embed/pca.h"
#include "core/random/philox.h"

namespace flowscope::cli {

int bench_pca_large(const std::string& name, bool json) {
  constexpr std::size_t kRows = 1'000'000, kColumns = 100, kComponents = 10;
  // X = Z S with Z standard normal and S = diag(1, 1/2, ..., 1/100) x a fixed
  // mixing, so the spectrum decays: a realistic covariance, not white noise.
  std::vector<double> x(kRows * kColumns);
#pragma omp parallel for schedule(static)
  for (std::size_t i = 0; i < kRows; ++i)
    for (std::size_t j = 0; j < kColumns; j += 4) {
      double z[4];
      philox::normals(7, static_cast<std::uint32_t>(i), 0, static_cast<std::uint32_t>(j / 4), z);
      for (std::size_t t = 0; t < 4; ++t) x[i * kColumns + j + t] = z[t] / static_cast<double>(j + t + 1) + 0.01 * z[(t + 1) % 4];
    }
  PcaOptions exact;
  exact.components = kComponents;
  exact.method = PcaMethod::Exact;
  PcaResult result;
  const double seconds = best_seconds([] {}, [&] { result = fit_pca(x.data(), kRows, kColumns, exact); });
  PcaOptions randomized = exact;
  randomized.method = PcaMethod::Randomized;
  PcaResult approximate;
  const double randomized_seconds =
      best_seconds([] {}, [&] { approximate = fit_pca(x.data(), kRows, kColumns, randomized); }, 2);
  double worst = 0.0;  // relative error of the randomized variances against the exact ones
  for (std::size_t k = 0; k < kComponents; ++k)
    worst = std::max(worst, std::fabs(approximate.explained_variance[k] / result.explained_variance[k] - 1.0));
  if (json) {
    std::printf("{\"case\":%s,\"rows\":%zu,\"columns\":%zu,\"components\":%zu,\"threads\":%d,\"seconds\":%s,"
                "\"randomized_seconds\":%s,\"randomized_max_relative_variance_error\":%s,"
                "\"explained_variance_ratio\":%s}\n",
                json_string(name).c_str(), kRows, kColumns, kComponents, omp_get_max_threads(),
                json_number(seconds).c_str(), json_number(randomized_seconds).c_str(), json_number(worst).c_str(),
                json_array(result.explained_variance_ratio).c_str());
  } else {
    std::printf("%s: top %zu components of a %zu x %zu float64 matrix on %d threads\n", name.c_str(), kComponents,
                kRows, kColumns, omp_get_max_threads());
    std::printf("  exact (blocked covariance + eigh)   %8.3f s\n", seconds);
    std::printf("  randomized (k+10, 2 power its)      %8.3f s  (variances within %.1e of exact)\n",
                randomized_seconds, worst);
    std::printf("seconds %.6f\n", seconds);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
