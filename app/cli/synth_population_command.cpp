// flowscope-cli synth-population: a synthetic neural population (latents ->
// random read-out -> rates -> Poisson spikes) written to one HDF5 file.
#include <chrono>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/data/synthetic_population.h"
#include "core/io/file_name.h"

namespace flowscope::cli {

int run_synth_population(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"latent", "ID", "a catalogue system (default lorenz) or langevin:POTENTIAL (e.g. langevin:double-well)"},
      {"neurons", "N", "number of neurons"},
      {"trials", "R", "number of trials"},
      {"bins", "B", "time bins per trial"},
      {"bin-dt", "H", "latent time per bin (default 10 x the system's recommended dt; 0.05 for Langevin)"},
      {"burn-in", "T", "latent time discarded before the first bin (default 5)"},
      {"nonlinearity", "NAME", "exp (default) or softplus"},
      {"base-rate", "R", "spikes per bin at the latents' mean (default 5)"},
      {"gain", "G", "standard deviation of the read-out's drive (default 0.3)"},
      {"kT", "T", "Langevin latents: temperature (default 0.5)"},
      {"seed", "K", "seed of the start, read-out and spikes (default 0)"},
      {"out", "FILE.h5", "datasets latents, rates, spikes (trials x bins x ...), readout, offset, times"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("synth-population", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("synth-population", "Generate a synthetic neural population with known latents.", specs).c_str(),
               stdout);
    return kExitOk;
  }
  PopulationSpec spec;
  spec.latent = options.text("latent").value_or("lorenz");
  spec.neurons = static_cast<std::size_t>(options.whole("neurons", 1, 1e7));
  spec.trials = static_cast<std::size_t>(options.whole("trials", 1, 1e7));
  spec.bins = static_cast<std::size_t>(options.whole("bins", 1, 1e9));
  spec.bin_dt = options.number("bin-dt", 0.0);
  if (options.has("bin-dt") && !(spec.bin_dt > 0))
    throw UsageError("option '--bin-dt' must be > 0, not " + json_number(spec.bin_dt));
  spec.burn_in = options.number("burn-in", 5.0);
  spec.nonlinearity = parse_rate_nonlinearity(options.text("nonlinearity").value_or("exp"));
  spec.base_rate = options.number("base-rate", 5.0);
  spec.gain = options.number("gain", 0.3);
  spec.kT = options.number("kT", 0.5);
  spec.seed = options.seed();
  const std::string out = options.required_text("out");
  if (!has_extension(out, ".h5") && !has_extension(out, ".hdf5"))
    throw UsageError("option '--out': '" + out + "' is not a .h5 or .hdf5 file name");
  validate(spec);
  check_writable(out);

  const auto begin = std::chrono::steady_clock::now();
  const Population population = generate_population(spec);
  if (population.status != RunStatus::Success) throw Error("the latent system failed: " + population.message);
  write_population_hdf5(out, population, spec);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (options.has("json")) {
    double spikes = 0.0;
    for (double s : population.spikes) spikes += s;
    std::string json = "{\"latent\":" + json_string(spec.latent);
    json += ",\"latent_dimension\":" + std::to_string(population.latent_dimension);
    json += ",\"neurons\":" + std::to_string(spec.neurons);
    json += ",\"trials\":" + std::to_string(spec.trials);
    json += ",\"bins\":" + std::to_string(spec.bins);
    json += ",\"bin_dt\":" + json_number(population.bin_dt);
    json += ",\"nonlinearity\":" + json_string(std::string(rate_nonlinearity_name(spec.nonlinearity)));
    json += ",\"seed\":" + std::to_string(spec.seed);
    json += ",\"mean_spikes_per_bin\":" + json_number(spikes / static_cast<double>(population.spikes.size()));
    json += ",\"seconds\":" + json_number(seconds);
    json += ",\"out\":" + json_string(out) + "}\n";
    std::fputs(json.c_str(), stdout);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
