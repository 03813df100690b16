// bench --case reconstruct_sindy / reconstruct_alrnn: fit times of the
// reconstruction models on Lorenz (10, 28, 8/3) data, with the measures of
// the fitted model's free run (core/reconstruct/comparison.h) so that a
// faster fit is never a worse one unnoticed.
//   reconstruct_sindy: 10^5 samples every 0.002, degree-3 library (20
//     terms), threshold by 5-fold cross-validation (24 candidates).
//   reconstruct_alrnn: 10^5 samples every 0.01, M = 20, P = 2, the default
//     training (alrnn.h), seed 1; one run (training is the workload).
#include <omp.h>

#include <cmath>
#include <cstdio>

#include "app/cli/bench.h"
#include "app/cli/commands.h"
#include "core/integrate/trajectory.h"
#include "core/reconstruct/alrnn.h"
#include "core/reconstruct/comparison.h"
#include "core/reconstruct/sindy.h"
#include "core/systems/catalogue.h"

namespace flowscope::cli {
namespace {

TrajectorySet lorenz_data(std::size_t count, double dt) {
  Problem problem = default_problem(find_system("lorenz"), 10.0 + dt * static_cast<double>(count));
  problem.initial_state = {1, 1, 1};
  problem.dt = dt / 5;
  const Trajectory t = integrate(problem, Method::Rk4);
  const auto skip = static_cast<std::size_t>(std::lround(10.0 / problem.dt));
  std::vector<double> values;
  for (std::size_t i = 0; i < count; ++i) values.insert(values.end(), t.state(skip + 5 * i), t.state(skip + 5 * i) + 3);
  TrajectorySet set = make_trajectory_set(std::move(values), 1, count, 3, false);
  for (std::size_t i = 0; i < count; ++i) set.times.push_back(static_cast<double>(i) * dt);
  return set;
}

std::string optional_json(const std::optional<double>& v) { return v ? json_number(*v) : "null"; }

}  // namespace

int bench_reconstruct_sindy(const std::string& name, bool json) {
  const TrajectorySet data = lorenz_data(100000, 0.002);
  SindyOptions options;
  options.degree = 3;
  SindyModel model;
  const double seconds = best_seconds([] {}, [&] { model = fit_sindy(data, options); });
  const double sigma_error = std::fabs(model.coefficient(0, 2) / 10.0 - 1.0);  // the y term of dx/dt
  if (json) {
    std::printf("{\"case\":%s,\"samples\":%zu,\"terms\":%zu,\"threads\":%d,\"seconds\":%s,\"items_per_s\":%s,"
                "\"nonzero_terms\":%zu,\"threshold\":%s,\"sigma_relative_error\":%s}\n",
                json_string(name).c_str(), data.points(), model.terms.size(), omp_get_max_threads(),
                json_number(seconds).c_str(), json_number(static_cast<double>(data.points()) / seconds).c_str(),
                model.nonzero_terms(), json_number(model.threshold).c_str(), json_number(sigma_error).c_str());
  } else {
    std::printf("%s: SINDy, %zu Lorenz samples, %zu-term library, CV threshold: %.3f s, %zu terms kept, sigma within %.1e\n",
                name.c_str(), data.points(), model.terms.size(), seconds, model.nonzero_terms(), sigma_error);
    std::printf("seconds %.6f\n", seconds);
  }
  return kExitOk;
}

int bench_reconstruct_alrnn(const std::string& name, bool json) {
  const TrajectorySet data = lorenz_data(100000, 0.01);
  AlrnnOptions options;
  options.seed = 1;
  const AlrnnFit fit = fit_alrnn(data, options);
  const AlrnnRun run = alrnn_free_run(fit.model, data.point(0), 100000);
  const std::vector<double> generated(run.observations.begin() + std::min<std::ptrdiff_t>(3000, static_cast<std::ptrdiff_t>(run.observations.size())),
                                      run.observations.end());
  const ReconstructionMeasures m = compare_with_data(data, generated);
  const std::optional<double> lyapunov = alrnn_max_lyapunov(fit.model, data.point(0), 2000, 50000);
  const double steps = static_cast<double>(options.epochs) * static_cast<double>(options.batches_per_epoch * options.batch_size * options.sequence_length);
  if (json) {
    std::printf("{\"case\":%s,\"samples\":%zu,\"latent\":%zu,\"relu\":%zu,\"epochs\":%d,\"threads\":%d,\"seconds\":%s,"
                "\"items_per_s\":%s,\"final_loss\":%s,\"free_run\":%s,\"d_stsp\":%s,\"d_h\":%s,\"max_lyapunov\":%s,"
                "\"max_lyapunov_reference\":0.906}\n",
                json_string(name).c_str(), data.points(), options.latent, options.relu, options.epochs, omp_get_max_threads(),
                json_number(fit.seconds).c_str(), json_number(steps / fit.seconds).c_str(),
                json_number(fit.loss.empty() ? NAN : fit.loss.back()).c_str(),
                json_string(run.status == RunStatus::Success ? "success" : "diverged").c_str(),
                optional_json(m.state_space_divergence).c_str(), optional_json(m.hellinger).c_str(), optional_json(lyapunov).c_str());
  } else {
    std::printf("%s: AL-RNN M=%zu P=%zu on %zu Lorenz samples, %d epochs: %.1f s (%.2e training steps/s)\n", name.c_str(),
                options.latent, options.relu, data.points(), options.epochs, fit.seconds, steps / fit.seconds);
    std::printf("  free run: D_stsp %s, D_H %s, max Lyapunov %s (Lorenz 0.906)\n", optional_json(m.state_space_divergence).c_str(),
                optional_json(m.hellinger).c_str(), optional_json(lyapunov).c_str());
    std::printf("seconds %.6f\n", fit.seconds);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
