#include "core/data/synthetic_population.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "core/data/memory_check.h"
#include "core/errors.h"
#include "core/io/hdf5_file.h"
#include "core/langevin/dynamics.h"
#include "core/random/poisson.h"
#include "core/systems/catalogue.h"

namespace flowscope {
namespace {

constexpr std::string_view kLangevinPrefix = "langevin:";
// Philox steps reserved for the set-up draws, far from any bin index.
constexpr std::uint64_t kInitialStep = std::uint64_t{1} << 62;
constexpr std::uint64_t kReadoutStep = kInitialStep + 1;

bool is_langevin(const PopulationSpec& spec) { return spec.latent.rfind(kLangevinPrefix, 0) == 0; }

double softplus(double x) { return x > 30 ? x : std::log1p(std::exp(x)); }

double default_bin_dt(const PopulationSpec& spec) {
  if (spec.bin_dt > 0) return spec.bin_dt;
  if (is_langevin(spec)) return 0.05;
  return 10.0 * find_system(spec.latent)->recommended_dt();
}

// Latents of every trial from a catalogue system: trials x bins x L.
RunStatus ode_latents(const PopulationSpec& spec, double bin_dt, Population& out, std::string& message,
                      const RunControl& control) {
  const auto system = find_system(spec.latent);
  const std::size_t l = static_cast<std::size_t>(system->dimension());
  const double recommended = system->recommended_dt();
  const auto per_bin = static_cast<std::size_t>(std::max(1.0, std::ceil(bin_dt / recommended - 1e-9)));
  const auto burn_steps = static_cast<std::size_t>(std::ceil(spec.burn_in / bin_dt - 1e-9)) * per_bin;
  out.latents.assign(spec.trials * spec.bins * l, 0.0);
  std::atomic<bool> failed{false}, stopped{false};
  std::vector<std::string> messages(spec.trials);
#pragma omp parallel for schedule(dynamic, 1)
  for (std::size_t r = 0; r < spec.trials; ++r) {
    if (failed || stopped) continue;
    if (control.cancel && control.cancel->load()) {
      stopped = true;
      continue;
    }
    Problem problem = default_problem(system, 0.0);
    problem.dt = bin_dt / static_cast<double>(per_bin);
    problem.t_end = problem.dt * static_cast<double>(burn_steps + spec.bins * per_bin);
    for (std::size_t j = 0; j < l; j += 4) {
      double z[4];
      philox::normals(spec.seed, static_cast<std::uint32_t>(r), kInitialStep, static_cast<std::uint32_t>(j / 4), z);
      for (std::size_t t = 0; t < 4 && j + t < l; ++t) problem.initial_state[j + t] += z[t];
    }
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    if (trajectory.status != RunStatus::Success ||
        trajectory.samples() < burn_steps + (spec.bins - 1) * per_bin + 1) {
      messages[r] = "trial " + std::to_string(r) + ": the latent system left the finite numbers (" +
                    trajectory.message + ")";
      failed = true;
      continue;
    }
    for (std::size_t b = 0; b < spec.bins; ++b)
      std::copy_n(trajectory.state(burn_steps + b * per_bin), l, out.latents.begin() + static_cast<std::ptrdiff_t>((r * spec.bins + b) * l));
  }
  out.latent_dimension = l;
  if (stopped) return RunStatus::Cancelled;
  if (failed) {
    for (const std::string& m : messages)
      if (!m.empty()) {
        message = m;
        break;
      }
    return RunStatus::Unstable;
  }
  return RunStatus::Success;
}

// Latents from overdamped Langevin dynamics, one particle per trial.
RunStatus langevin_latents(const PopulationSpec& spec, double bin_dt, Population& out, std::string& message,
                           const RunControl& control) {
  LangevinSpec langevin;
  langevin.potential = find_potential(spec.latent.substr(kLangevinPrefix.size()));
  langevin.parameters = default_parameters(*langevin.potential);
  langevin.method = LangevinMethod::EulerMaruyama;
  langevin.settings.kT = spec.kT;
  const auto per_bin = static_cast<std::uint64_t>(std::max(1.0, std::ceil(bin_dt / 1e-3 - 1e-9)));
  langevin.settings.dt = bin_dt / static_cast<double>(per_bin);
  langevin.seed = spec.seed;
  LangevinEnsemble ensemble(langevin, spec.trials);
  const std::size_t l = static_cast<std::size_t>(ensemble.dimension());
  out.latent_dimension = l;
  out.latents.assign(spec.trials * spec.bins * l, 0.0);
  const auto burn = static_cast<std::uint64_t>(std::ceil(spec.burn_in / bin_dt - 1e-9)) * per_bin;
  LangevinStatus status = ensemble.advance(burn, control);
  for (std::size_t b = 0; b < spec.bins && status.status == RunStatus::Success; ++b) {
    if (b > 0) status = ensemble.advance(per_bin, control);
    if (status.status != RunStatus::Success) break;
    for (std::size_t j = 0; j < l; ++j) {
      const auto x = ensemble.positions(static_cast<int>(j));
      for (std::size_t r = 0; r < spec.trials; ++r) out.latents[(r * spec.bins + b) * l + j] = x[r];
    }
  }
  message = status.message;
  return status.status;
}

}  // namespace

RateNonlinearity parse_rate_nonlinearity(std::string_view name) {
  if (name == "exp") return RateNonlinearity::Exp;
  if (name == "softplus") return RateNonlinearity::Softplus;
  throw InputError("unknown non-linearity '" + std::string(name) + "' (known: exp, softplus)");
}

std::string_view rate_nonlinearity_name(RateNonlinearity nonlinearity) {
  return nonlinearity == RateNonlinearity::Exp ? "exp" : "softplus";
}

void validate(const PopulationSpec& spec) {
  std::size_t l = 0;
  if (is_langevin(spec)) l = static_cast<std::size_t>(find_potential(spec.latent.substr(kLangevinPrefix.size()))->dimension());
  else l = static_cast<std::size_t>(find_system(spec.latent)->dimension());
  if (spec.neurons == 0 || spec.trials == 0 || spec.bins == 0)
    throw InputError("synthetic population: neurons, trials and bins must all be at least 1");
  if (static_cast<double>(spec.trials) * static_cast<double>(spec.neurons) > 4e9)
    throw InputError("synthetic population: trials x neurons must stay below 4e9 (one random stream each)");
  if (!(spec.bin_dt >= 0) || !std::isfinite(spec.bin_dt)) throw InputError("synthetic population: the bin width must be > 0");
  if (!(spec.burn_in >= 0) || !std::isfinite(spec.burn_in)) throw InputError("synthetic population: the burn-in must be >= 0");
  if (!(spec.base_rate > 0) || !std::isfinite(spec.base_rate))
    throw InputError("synthetic population: the base rate must be > 0 spikes per bin");
  if (!(spec.gain >= 0) || !std::isfinite(spec.gain)) throw InputError("synthetic population: the gain must be >= 0");
  if (is_langevin(spec) && !(spec.kT > 0)) throw InputError("synthetic population: kT must be > 0");
  const double cells = static_cast<double>(spec.trials) * static_cast<double>(spec.bins);
  const double bytes = cells * 8.0 * (2.0 * static_cast<double>(spec.neurons) + static_cast<double>(l));
  if (bytes > static_cast<double>(available_memory_bytes()))
    throw InputError("synthetic population: " + std::to_string(spec.trials) + " trials x " + std::to_string(spec.bins) +
                     " bins x " + std::to_string(spec.neurons) + " neurons need " +
                     byte_size_text(static_cast<std::uint64_t>(bytes)) + " of memory; " +
                     byte_size_text(available_memory_bytes()) + " are available");
}

Population generate_population(const PopulationSpec& spec, const RunControl& control) {
  validate(spec);
  Population out;
  out.trials = spec.trials;
  out.bins = spec.bins;
  out.neurons = spec.neurons;
  out.bin_dt = default_bin_dt(spec);
  out.status = is_langevin(spec) ? langevin_latents(spec, out.bin_dt, out, out.message, control)
                                 : ode_latents(spec, out.bin_dt, out, out.message, control);
  if (out.status != RunStatus::Success) return out;
  if (control.progress) control.progress(0.5);

  // Standardise the latents per axis, then the random read-out.
  const std::size_t l = out.latent_dimension, cells = spec.trials * spec.bins, n = spec.neurons;
  std::vector<double> mu(l, 0.0), sigma(l, 0.0);
  for (std::size_t c = 0; c < cells; ++c)
    for (std::size_t j = 0; j < l; ++j) mu[j] += out.latents[c * l + j];
  for (double& m : mu) m /= static_cast<double>(cells);
  for (std::size_t c = 0; c < cells; ++c)
    for (std::size_t j = 0; j < l; ++j) sigma[j] += (out.latents[c * l + j] - mu[j]) * (out.latents[c * l + j] - mu[j]);
  for (double& s : sigma) s = std::sqrt(s / static_cast<double>(cells)) + 1e-300;
  out.readout.assign(n * l, 0.0);
  out.offset.assign(n, 0.0);
  const double scale = spec.gain / std::sqrt(static_cast<double>(l));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < l; j += 4) {
      double z[4];
      philox::normals(spec.seed, static_cast<std::uint32_t>(i), kReadoutStep, static_cast<std::uint32_t>(j / 4), z);
      for (std::size_t t = 0; t < 4 && j + t < l; ++t) {
        out.readout[i * l + j + t] = scale * z[t] / sigma[j + t];
        out.offset[i] -= out.readout[i * l + j + t] * mu[j + t];
      }
    }

  out.rates.assign(cells * n, 0.0);
  out.spikes.assign(cells * n, 0.0);
  const double softplus_one = softplus(1.0);
  const auto total = static_cast<std::ptrdiff_t>(cells);
#pragma omp parallel for schedule(static)
  for (std::ptrdiff_t c = 0; c < total; ++c) {
    const auto cell = static_cast<std::size_t>(c);
    const std::size_t r = cell / spec.bins, b = cell % spec.bins;
    const double* z = out.latents.data() + cell * l;
    for (std::size_t i = 0; i < n; ++i) {
      double u = out.offset[i];
      for (std::size_t j = 0; j < l; ++j) u += out.readout[i * l + j] * z[j];
      const double rate = spec.nonlinearity == RateNonlinearity::Exp
                              ? spec.base_rate * std::exp(u - 0.5 * spec.gain * spec.gain)
                              : spec.base_rate * softplus(1.0 + u) / softplus_one;
      out.rates[cell * n + i] = rate;
      UniformStream uniforms(spec.seed, static_cast<std::uint32_t>(r * n + i), b);
      out.spikes[cell * n + i] = poisson_variate(rate, uniforms);
    }
  }
  if (control.progress) control.progress(1.0);
  return out;
}

void write_population_hdf5(const std::string& path, const Population& p, const PopulationSpec& spec) {
  std::vector<double> times(p.bins);
  for (std::size_t b = 0; b < p.bins; ++b) times[b] = static_cast<double>(b) * p.bin_dt;
  write_hdf5(path,
             {{"latents", {p.trials, p.bins, p.latent_dimension}, p.latents.data()},
              {"rates", {p.trials, p.bins, p.neurons}, p.rates.data()},
              {"spikes", {p.trials, p.bins, p.neurons}, p.spikes.data()},
              {"readout", {p.neurons, p.latent_dimension}, p.readout.data()},
              {"offset", {p.neurons}, p.offset.data()},
              {"times", {p.bins}, times.data()}},
             {{"latent", spec.latent, 0.0},
              {"nonlinearity", std::string(rate_nonlinearity_name(spec.nonlinearity)), 0.0},
              {"seed", "", static_cast<double>(spec.seed)},
              {"bin_dt", "", p.bin_dt},
              {"base_rate", "", spec.base_rate},
              {"gain", "", spec.gain}});
}

}  // namespace flowscope
