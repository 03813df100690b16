#pragma once
// Metrics against the number of steps (the data of the "metric vs steps"
// plot): for each step count the chosen sampler is run from the same seed
// (so from the same initial noise) and measured against the target; the
// probability-flow ODE and the reverse SDE are run as well and the sliced W2
// between their final sample sets is reported.
#include <cstdint>
#include <vector>

#include "core/diffusion/metrics.h"
#include "core/diffusion/sampler.h"

namespace flowscope {

struct SweepRow {
  std::uint64_t steps = 0;
  std::uint64_t nfe = 0;  // the chosen sampler's score evaluations per particle
  TargetMetrics metrics;
  double ode_sde_sliced_w2 = 0.0;
  RunStatus status = RunStatus::Success;
};

// The final samples (structure of arrays) of spec run to the end, or an
// empty vector when the run did not succeed (status set).
std::vector<double> run_to_end(const SamplerSpec& spec, std::size_t count, RunStatus& status,
                               const RunControl& control = {});

// Sliced W2 between the ODE (spec.ode method) and reverse-SDE samples for
// spec's steps, seed and score; NaN if either run fails.
double ode_sde_distance(const SamplerSpec& spec, std::size_t count, const MetricSettings& settings = {},
                        const RunControl& control = {});

// Throws InputError for an empty list or a step count of 0.
std::vector<SweepRow> sweep_steps(const SamplerSpec& spec, std::size_t count, const std::vector<std::uint64_t>& steps,
                                  const MetricSettings& settings = {}, const RunControl& control = {});

}  // namespace flowscope
