// bench --case reconstruct_sindy / reconstruct_alrnn: fit times of the
// reconstruction models on Lorenz (10, 28, 8/3) data, with the measures of
// the fitted model's free run (core/reconstruct/comparison.h) so that a
// faster fit is never a worse one unnoticed.
//   reconstruct_sindy: 10^5 samples every 0.002, degree-3 library (20
//     terms), threshold by 5-fold cross-validation (24 candidates).
//   reconstruct_alrnn: 10^5 samples every 0.01, M = 20, P = 2 (the issue's
//     case), the default training (alrnn.h), seed 1; one run (training is the
//     workload); then the same with P = 10, which the default budget trains
//     to a usable attractor (tests/core/test_alrnn.cpp).
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

namespace {

struct AlrnnBench {
  AlrnnOptions options;
  AlrnnFit fit;
  AlrnnRun run;
  ReconstructionMeasures measures;
  std::optional<double> lyapunov;
  double steps_per_second = 0.0;
};

AlrnnBench run_alrnn(const TrajectorySet& data, std::size_t relu) {
  AlrnnBench b;
  b.options.seed = 1;
  b.options.relu = relu;
  b.fit = fit_alrnn(data, b.options);
  b.run = alrnn_free_run(b.fit.model, data.point(0), 100000);
  const auto skip = std::min<std::ptrdiff_t>(3000 * 3, static_cast<std::ptrdiff_t>(b.run.observations.size()));
  b.measures = compare_with_data(data, std::vector<double>(b.run.observations.begin() + skip, b.run.observations.end()));
  b.lyapunov = alrnn_max_lyapunov(b.fit.model, data.point(0), 2000, 50000);
  const AlrnnOptions& o = b.options;
  b.steps_per_second = static_cast<double>(o.epochs) * static_cast<double>(o.batches_per_epoch * o.batch_size * o.sequence_length) / b.fit.seconds;
  return b;
}

std::string alrnn_json(const AlrnnBench& b) {
  return "{\"relu\":" + std::to_string(b.options.relu) + ",\"seconds\":" + json_number(b.fit.seconds) +
         ",\"items_per_s\":" + json_number(b.steps_per_second) +
         ",\"final_loss\":" + json_number(b.fit.loss.empty() ? NAN : b.fit.loss.back()) +
         ",\"free_run\":" + json_string(b.run.status == RunStatus::Success ? "success" : "diverged") +
         ",\"d_stsp\":" + optional_json(b.measures.state_space_divergence) + ",\"d_h\":" + optional_json(b.measures.hellinger) +
         ",\"max_lyapunov\":" + optional_json(b.lyapunov) + "}";
}

}  // namespace

int bench_reconstruct_alrnn(const std::string& name, bool json) {
  const TrajectorySet data = lorenz_data(100000, 0.01);
  const AlrnnBench p2 = run_alrnn(data, 2), p10 = run_alrnn(data, 10);
  const AlrnnOptions& o = p2.options;
  if (json) {
    std::printf("{\"case\":%s,\"samples\":%zu,\"latent\":%zu,\"relu\":%zu,\"epochs\":%d,\"threads\":%d,\"seconds\":%s,"
                "\"items_per_s\":%s,\"max_lyapunov_reference\":0.906,\"runs\":[%s,%s]}\n",
                json_string(name).c_str(), data.points(), o.latent, o.relu, o.epochs, omp_get_max_threads(),
                json_number(p2.fit.seconds).c_str(), json_number(p2.steps_per_second).c_str(), alrnn_json(p2).c_str(),
                alrnn_json(p10).c_str());
  } else {
    for (const AlrnnBench* b : {&p2, &p10}) {
      std::printf("%s: AL-RNN M=%zu P=%zu on %zu Lorenz samples, %d epochs: %.1f s (%.2e training steps/s)\n", name.c_str(),
                  b->options.latent, b->options.relu, data.points(), b->options.epochs, b->fit.seconds, b->steps_per_second);
      std::printf("  free run: D_stsp %s, D_H %s, max Lyapunov %s (Lorenz 0.906)\n",
                  optional_json(b->measures.state_space_divergence).c_str(), optional_json(b->measures.hellinger).c_str(),
                  optional_json(b->lyapunov).c_str());
    }
    std::printf("seconds %.6f\n", p2.fit.seconds);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
