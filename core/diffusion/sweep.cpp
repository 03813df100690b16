#include "core/diffusion/sweep.h"

#include <cmath>
#include <limits>

#include "core/errors.h"

namespace flowscope {

std::vector<double> run_to_end(const SamplerSpec& spec, std::size_t count, RunStatus& status,
                               const RunControl& control) {
  DiffusionSampler sampler(spec, count);
  status = sampler.run(control).status;
  if (status != RunStatus::Success) return {};
  return sampler.positions_soa();
}

double ode_sde_distance(const SamplerSpec& spec, std::size_t count, const MetricSettings& settings,
                        const RunControl& control) {
  SamplerSpec ode = spec, sde = spec;
  ode.sampler = SamplerKind::Ode;
  sde.sampler = SamplerKind::ReverseSde;
  RunStatus a = RunStatus::Success, b = RunStatus::Success;
  const std::vector<double> x = run_to_end(ode, count, a, control);
  if (a != RunStatus::Success) return std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> y = run_to_end(sde, count, b, control);
  if (b != RunStatus::Success) return std::numeric_limits<double>::quiet_NaN();
  return sliced_w2(x.data(), count, y.data(), count, spec.target.dimension(), settings);
}

std::vector<SweepRow> sweep_steps(const SamplerSpec& spec, std::size_t count, const std::vector<std::uint64_t>& steps,
                                  const MetricSettings& settings, const RunControl& control) {
  if (steps.empty()) throw InputError("a sweep needs at least one step count");
  for (std::uint64_t k : steps)
    if (k == 0) throw InputError("the number of steps must be at least 1, not 0");
  std::vector<SweepRow> rows;
  for (std::uint64_t k : steps) {
    SamplerSpec s = spec;
    s.steps = k;
    SweepRow row;
    row.steps = k;
    row.nfe = k * static_cast<std::uint64_t>(s.evaluations_per_step());
    const std::vector<double> x = run_to_end(s, count, row.status, control);
    if (row.status == RunStatus::Success) {
      row.metrics = target_metrics(x.data(), count, spec.target, settings);
      row.ode_sde_sliced_w2 = ode_sde_distance(s, count, settings, control);
    } else {
      row.metrics.sliced_w2 = row.metrics.energy_distance = row.metrics.mean_loglik =
          std::numeric_limits<double>::quiet_NaN();
      row.ode_sde_sliced_w2 = std::numeric_limits<double>::quiet_NaN();
    }
    rows.push_back(std::move(row));
    if (control.cancel && control.cancel->load()) break;
  }
  return rows;
}

}  // namespace flowscope
