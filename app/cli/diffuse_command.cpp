// flowscope-cli diffuse: sample a target with exact (or perturbed) scores by
// the reverse SDE, the probability-flow ODE, predictor-corrector or the eta
// family; print metrics against the target and write the final samples.
#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "app/cli/diffusion_json.h"
#include "core/diffusion/sweep.h"
#include "core/distributions/distribution.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"

namespace flowscope::cli {
namespace {

int list_targets(bool json) {
  const auto targets = builtin_targets();
  if (json) {
    std::string s = "{\"targets\":[";
    for (std::size_t i = 0; i < targets.size(); ++i) {
      if (i) s += ",";
      s += "{\"id\":" + json_string(targets[i].id) + ",\"spec\":" + json_string("builtin:" + targets[i].id) +
           ",\"dimension\":" + std::to_string(targets[i].dimension) + ",\"kind\":" + json_string(targets[i].kind) +
           ",\"description\":" + json_string(targets[i].description) + "}";
    }
    s += "]}\n";
    std::fputs(s.c_str(), stdout);
    return kExitOk;
  }
  for (const auto& t : targets)
    std::printf("builtin:%-12s %d-D  %-9s  %s\n", t.id.c_str(), t.dimension, t.kind.c_str(), t.description.c_str());
  return kExitOk;
}

std::string status_name(RunStatus s) {
  return s == RunStatus::Success ? "ok" : s == RunStatus::Cancelled ? "cancelled" : "unstable";
}

}  // namespace

int run_diffuse(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"target", "SPEC", "builtin:ID, a mixture FILE.json, or a point set FILE.csv / FILE.npy (FILE@H: bandwidth H)"},
      {"list-targets", "", "list the built-in targets and exit"},
      {"process", "NAME", "forward process: vp (default) or ve"},
      {"sampler", "NAME", "sde (default), ode, pc or eta"},
      {"eta", "E", "the eta sampler's noise level >= 0 (0: ODE, 1: reverse SDE)"},
      {"ode-method", "NAME", "ode sampler: euler, heun (default) or rk4"},
      {"corrector-steps", "M", "pc sampler: Langevin corrector steps per step (default 1)"},
      {"snr", "R", "pc sampler: signal-to-noise ratio of the corrector (default 0.16)"},
      {"steps", "K", "number of steps from t = 1 to t_min (>= 1)"},
      {"n", "N", "number of particles"},
      {"seed", "S", "seed of the initial noise and of the SDE noise (default 0)"},
      {"score-error", "SPEC", "perturbed score: scale:F, blur:S, bias:F or weights:W1,W2,..."},
      {"t-min", "T", "last time of the sampler (default 1e-3)"},
      {"beta-min", "B", "VP: beta at t = 0 (default 0.1)"},
      {"beta-max", "B", "VP: beta at t = 1 (default 20)"},
      {"sigma-min", "S", "VE: sigma_min (default 0.01)"},
      {"sigma-max", "S", "VE: sigma_max (default 20)"},
      {"compare", "", "also run the ODE and the reverse SDE and report ode_sde_sliced_w2"},
      {"sweep", "K1,K2,...", "metrics for each step count (JSON 'sweep': the data of a metric-vs-steps plot)"},
      {"out", "FILE.npy", "final samples, N x dimension"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("diffuse", args, specs);
  if (options.has("help")) {
    std::string text = usage_text("diffuse", "Diffusion sampling of a target with exact scores.", specs);
    text +=
        "\nTime runs from t = 1 (the prior N(0, sigma(1)^2 I)) to t_min. VP: beta(t) linear from beta_min to\n"
        "beta_max; VE: sigma(t)^2 = sigma_min^2 ((sigma_max/sigma_min)^(2t) - 1). The eta sampler integrates\n"
        "dx = [f x - (1 + eta^2)/2 g^2 score] dt + eta g dW backwards, which has the same marginals for every eta.\n"
        "Metrics: sliced W2 (128 directions, fixed seed) and energy distance (first 2000 samples of each set)\n"
        "against N target samples drawn with a fixed seed; mean log-likelihood under the target; mode weights\n"
        "(fraction of samples whose most responsible component is k; targets of up to 64 components).\n"
        "Run 'diffuse --list-targets' for the built-in targets.\n";
    std::fputs(text.c_str(), stdout);
    return kExitOk;
  }
  if (options.has("list-targets")) return list_targets(options.has("json"));

  const Distribution target = make_distribution(options.required_text("target"));
  SamplerSpec spec;
  spec.target = target.mixture;
  spec.process.kind = parse_process(options.text("process").value_or("vp"));
  spec.process.beta_min = options.number("beta-min", spec.process.beta_min);
  spec.process.beta_max = options.number("beta-max", spec.process.beta_max);
  spec.process.sigma_min = options.number("sigma-min", spec.process.sigma_min);
  spec.process.sigma_max = options.number("sigma-max", spec.process.sigma_max);
  spec.process.t_min = options.number("t-min", spec.process.t_min);
  if (spec.process.kind == ProcessKind::VP && (options.has("sigma-min") || options.has("sigma-max")))
    throw UsageError("options '--sigma-min' and '--sigma-max' are for '--process ve'");
  if (spec.process.kind == ProcessKind::VE && (options.has("beta-min") || options.has("beta-max")))
    throw UsageError("options '--beta-min' and '--beta-max' are for '--process vp'");
  try {
    spec.process.validate();
  } catch (const InputError& e) {
    throw UsageError(std::string("process settings: ") + e.what());
  }
  spec.sampler = parse_sampler(options.text("sampler").value_or("sde"));
  if (spec.sampler == SamplerKind::Eta) {
    spec.eta = options.required_number("eta");
    if (!(spec.eta >= 0)) throw UsageError("option '--eta' must be >= 0, not " + json_number(spec.eta));
  } else if (options.has("eta")) {
    throw UsageError("option '--eta' needs '--sampler eta'");
  }
  if (options.has("ode-method")) spec.ode = parse_ode_method(options.required_text("ode-method"));
  if (options.has("corrector-steps") || options.has("snr")) {
    if (spec.sampler != SamplerKind::PredictorCorrector)
      throw UsageError("options '--corrector-steps' and '--snr' need '--sampler pc'");
    spec.corrector_steps = static_cast<int>(options.whole("corrector-steps", 0, 100, 1));
    spec.snr = options.number("snr", spec.snr);
    if (!(spec.snr > 0)) throw UsageError("option '--snr' must be > 0, not " + json_number(spec.snr));
  }
  spec.steps = static_cast<std::uint64_t>(options.whole("steps", 1, 1e9));
  const double n = options.whole("n", 1, 4e9);
  if (n * static_cast<double>(spec.steps) * spec.evaluations_per_step() * static_cast<double>(target.mixture.size()) >
      1e14)
    throw UsageError("--n x --steps x score evaluations x components is above 1e14: the run would take days");
  const std::size_t count = static_cast<std::size_t>(n);
  spec.seed = options.seed();
  if (auto error = options.text("score-error")) {
    try {
      spec.score_error = parse_score_error(*error);
    } catch (const InputError& e) {
      throw UsageError(std::string("option '--score-error': ") + e.what());
    }
  }
  std::vector<std::uint64_t> sweep;
  if (auto list = options.number_list("sweep")) {
    for (double k : *list) {
      if (!(k >= 1) || k != std::floor(k) || k > 1e9)
        throw UsageError("option '--sweep': step counts must be whole numbers from 1 to 1e9, not " + json_number(k));
      sweep.push_back(static_cast<std::uint64_t>(k));
    }
  }
  std::string out;
  if (options.has("out")) {
    out = options.required_text("out");
    if (!has_extension(out, ".npy")) throw UsageError("option '--out': '" + out + "' is not a .npy file name");
    check_writable(out);
  }

  DiffusionSampler sampler(spec, count);
  const auto begin = std::chrono::steady_clock::now();
  const SamplerStatus status = sampler.run();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (status.status != RunStatus::Success) {
    std::fprintf(stderr, "flowscope-cli diffuse: %s\n", status.message.c_str());
    if (options.has("json"))
      std::printf("{\"status\":%s,\"message\":%s}\n", json_string(status_name(status.status)).c_str(),
                  json_string(status.message).c_str());
    return kExitFailure;
  }
  if (!out.empty()) {
    const std::vector<double> rows = sampler.position_rows();
    write_npy(out, rows.data(), {count, static_cast<std::size_t>(sampler.dimension())});
  }
  const MetricSettings settings;
  const std::vector<double> samples = sampler.positions_soa();
  const TargetMetrics metrics = target_metrics(samples.data(), count, target.mixture, settings);
  const bool compare = options.has("compare");
  const double ode_sde = compare ? ode_sde_distance(spec, count, settings) : 0.0;
  const std::vector<SweepRow> rows = sweep.empty() ? std::vector<SweepRow>{} : sweep_steps(spec, count, sweep, settings);

  const std::uint64_t nfe = sampler.score_evaluations();
  if (options.has("json")) {
    std::string s = "{\"target\":" + json_string(target.spec);
    s += ",\"description\":" + json_string(target.description);
    s += ",\"dimension\":" + std::to_string(sampler.dimension());
    s += ",\"components\":" + std::to_string(target.mixture.size());
    s += ",\"process\":" + json_string(std::string(process_name(spec.process.kind)));
    s += ",\"t_min\":" + json_number(spec.process.t_min);
    s += ",\"sampler\":" + json_string(std::string(sampler_name(spec.sampler)));
    s += ",\"ode_method\":" + (spec.sampler == SamplerKind::Ode ? json_string(std::string(ode_method_name(spec.ode)))
                                                                 : std::string("null"));
    s += ",\"eta\":" + json_number(spec.effective_eta());
    s += ",\"steps\":" + std::to_string(spec.steps);
    s += ",\"n\":" + std::to_string(count);
    s += ",\"seed\":" + std::to_string(spec.seed);
    s += ",\"score_error\":" + json_string(spec.score_error.text());
    s += ",\"nfe\":" + std::to_string(nfe);
    s += "," + metrics_json_members(metrics);
    s += "," + metric_settings_json_members(settings, metrics.reference_count);
    s += ",\"ode_sde_sliced_w2\":" + (compare ? json_number(ode_sde) : std::string("null"));
    if (!sweep.empty()) {
      s += ",\"sweep\":[";
      for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i) s += ",";
        s += "{\"steps\":" + std::to_string(rows[i].steps) + ",\"nfe\":" + std::to_string(rows[i].nfe) +
             ",\"status\":" + json_string(status_name(rows[i].status)) + "," + metrics_json_members(rows[i].metrics) +
             ",\"ode_sde_sliced_w2\":" + json_number(rows[i].ode_sde_sliced_w2) + "}";
      }
      s += "]";
    }
    s += ",\"status\":\"ok\",\"seconds\":" + json_number(seconds);
    s += ",\"out\":" + (out.empty() ? std::string("null") : json_string(out));
    s += "}\n";
    std::fputs(s.c_str(), stdout);
  } else {
    std::printf("%s (%d-D, %zu components), %s, %s sampler, %llu steps, %zu particles: %llu score evaluations each\n",
                target.spec.c_str(), sampler.dimension(), target.mixture.size(),
                std::string(process_name(spec.process.kind)).c_str(), std::string(sampler_name(spec.sampler)).c_str(),
                static_cast<unsigned long long>(spec.steps), count, static_cast<unsigned long long>(nfe));
    std::printf("  sliced W2 %.4g, energy distance %.4g (first %zu samples), mean log-likelihood %.4f (target's own %.4f)\n",
                metrics.sliced_w2, metrics.energy_distance, metrics.energy_points, metrics.mean_loglik,
                metrics.target_mean_loglik);
    if (compare) std::printf("  sliced W2 between ODE and SDE samples: %.4g\n", ode_sde);
    for (const SweepRow& r : rows)
      std::printf("  steps %6llu  nfe %7llu  sliced W2 %.4g  energy %.4g  loglik %.4f  ODE-SDE %.4g\n",
                  static_cast<unsigned long long>(r.steps), static_cast<unsigned long long>(r.nfe),
                  r.metrics.sliced_w2, r.metrics.energy_distance, r.metrics.mean_loglik, r.ode_sde_sliced_w2);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
