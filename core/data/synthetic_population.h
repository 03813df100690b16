#pragma once
// A synthetic neural population for teaching and tests, after the Lorenz
// benchmark of LFADS and LangevinFlow: a latent system is mapped by a random
// linear read-out to N neurons, through an exponential or softplus
// non-linearity to firing rates, and sampled as Poisson spike counts in bins
// over several trials. Latents, rates and spikes are kept together so that a
// recovery can be scored against the truth.
//
//   latent z(t):  a catalogue system (RK4; each trial starts from the default
//                 state plus a unit normal kick, then a burn-in), or
//                 "langevin:POTENTIAL" (overdamped Euler-Maruyama, one particle per trial)
//   u = C (z - mu) / sigma    C: N x L, entries N(0, gain^2 / L); mu, sigma:
//                             the latents' mean and standard deviation per axis
//   exp:       rate = base_rate exp(u - gain^2 / 2)      (mean about base_rate)
//   softplus:  rate = base_rate softplus(1 + u) / softplus(1)
//   spikes ~ Poisson(rate) per bin, Philox keyed by (seed, trial x N + neuron, bin)
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/integrate/trajectory.h"  // RunControl, RunStatus

namespace flowscope {

enum class RateNonlinearity { Exp, Softplus };
RateNonlinearity parse_rate_nonlinearity(std::string_view name);  // "exp", "softplus"
std::string_view rate_nonlinearity_name(RateNonlinearity nonlinearity);

struct PopulationSpec {
  std::string latent = "lorenz";
  std::size_t neurons = 50, trials = 10, bins = 200;
  double bin_dt = 0.0;    // latent time per bin; 0: 10 x the system's recommended dt, 0.05 for Langevin
  double burn_in = 5.0;   // latent time discarded before the first bin
  RateNonlinearity nonlinearity = RateNonlinearity::Exp;
  double base_rate = 5.0;  // spikes per bin
  double gain = 0.3;       // standard deviation of u (larger: rates bend away from linear)
  double kT = 0.5;         // Langevin latents: temperature
  std::uint64_t seed = 0;
};

struct Population {
  std::size_t trials = 0, bins = 0, latent_dimension = 0, neurons = 0;
  double bin_dt = 0.0;
  std::vector<double> latents;  // trials x bins x latent_dimension
  std::vector<double> rates;    // trials x bins x neurons (spikes per bin)
  std::vector<double> spikes;   // trials x bins x neurons (counts)
  std::vector<double> readout;  // neurons x latent_dimension: C diag(1/sigma)
  std::vector<double> offset;   // neurons: -C mu/sigma, so u = readout z + offset
  RunStatus status = RunStatus::Success;  // Cancelled, or Unstable (latent blow-up; message says where)
  std::string message;
};

// Throws InputError for an unknown latent, zero sizes, a non-positive rate or
// bin, or arrays that would not fit in memory (with the bytes needed).
void validate(const PopulationSpec& spec);
Population generate_population(const PopulationSpec& spec, const RunControl& control = {});

// Datasets latents, rates, spikes (trials x bins x ...), readout, offset,
// times (bins); root attributes latent, nonlinearity, seed, bin_dt, base_rate, gain.
void write_population_hdf5(const std::string& path, const Population& population, const PopulationSpec& spec);

}  // namespace flowscope
