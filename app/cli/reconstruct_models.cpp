#include "app/cli/reconstruct_models.h"

#include <chrono>
#include <cmath>
#include <functional>

#include "app/cli/commands.h"
#include "core/analysis/lyapunov.h"
#include "core/reconstruct/alrnn.h"
#include "core/reconstruct/comparison.h"
#include "core/reconstruct/edmd.h"
#include "core/reconstruct/sindy.h"
#include "core/systems/expression_system.h"

namespace flowscope::cli {
namespace {

// Steps of the Lyapunov estimate of a fitted map, after a transient.
constexpr std::size_t kLyapunovTransient = 2000, kLyapunovSteps = 50000;

double seconds_since(std::chrono::steady_clock::time_point begin) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

// The horizon over at most 2,000 steps (or half the longest trial) from 20 starts.
void add_horizon(Reconstruction& r, const TrajectorySet& data,
                 const std::function<std::vector<double>(std::size_t, std::size_t)>& forecast, std::size_t first_offset) {
  std::size_t longest = 0;
  for (std::size_t k = 0; k < data.trials(); ++k) longest = std::max(longest, data.trial_length(k));
  r.horizon_window = std::min<std::size_t>(2000, longest / 2);
  const std::optional<PredictionHorizon> h =
      r.horizon_window > first_offset ? prediction_horizon(data, r.dt, forecast, r.horizon_window, 20, kHorizonThreshold, first_offset)
                                      : std::nullopt;
  if (h) {
    r.horizon_steps = h->steps;
    r.horizon_time = h->time;
    r.horizon_starts = h->starts;
  } else {
    r.horizon_missing = "the trials are too short for a forecast window";
  }
}

std::string json_complex_list(const std::vector<KoopmanEigenvalue>& values, std::size_t count) {
  std::string text = "[";
  for (std::size_t k = 0; k < std::min(count, values.size()); ++k) {
    const KoopmanEigenvalue& e = values[k];
    if (k) text += ',';  // appended: GCC 12 warns falsely (-Wrestrict) on "," + std::string
    text += "{\"re\":" + json_number(e.lambda.real()) + ",\"im\":" + json_number(e.lambda.imag()) +
            ",\"rate\":" + json_number(e.rate) + ",\"frequency\":" + json_number(e.frequency) + "}";
  }
  return text + "]";
}

std::string json_strings(const std::vector<std::string>& items) {
  std::string text = "[";
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k) text += ',';
    text += json_string(items[k]);
  }
  return text + "]";
}

Reconstruction reconstruct_sindy(const TrajectorySet& data, const Options& o, std::size_t steps) {
  SindyOptions options;
  options.degree = static_cast<int>(o.whole("degree", 0, 8, 2));
  options.threshold = o.number("threshold", -1.0);
  options.trigonometric = o.has("trig");
  options.smooth_sigma = o.number("smooth", 0.0);
  options.dt = o.number("dt", 0.0);
  Reconstruction r;
  const auto begin = std::chrono::steady_clock::now();
  const SindyModel model = fit_sindy(data, options);
  r.fit_seconds = seconds_since(begin);
  r.dt = model.dt;
  r.model_text = model.equations_text();
  const auto system = compile_equations(r.model_text, "sindy");
  Problem problem = default_problem(system, model.dt * static_cast<double>(steps));
  problem.dt = model.dt;
  const Trajectory run = integrate(problem, Method::Rk4);
  r.generated = run.states;
  r.run_status = run.status;
  r.run_message = run.message;
  if (run.status == RunStatus::Success) {
    // Lyapunov from the free run's end, on the attractor it reached.
    Problem lyapunov = default_problem(system, 200.0);
    lyapunov.dt = std::min(model.dt, 0.01);
    lyapunov.initial_state.assign(run.states.end() - system->dimension(), run.states.end());
    LyapunovOptions settings;
    settings.transient = 10.0;
    settings.count = 1;
    const LyapunovResult result = lyapunov_spectrum(lyapunov, settings);
    if (result.status == RunStatus::Success && !result.exponents.empty()) r.max_lyapunov = result.exponents[0];
    else r.lyapunov_missing = "the fitted system's Lyapunov run did not finish: " + result.message;
  } else {
    r.lyapunov_missing = "the free run diverged";
  }
  add_horizon(r, data, [&](std::size_t i, std::size_t n) {
    Problem forecast = default_problem(system, model.dt * static_cast<double>(n));
    forecast.dt = model.dt;
    forecast.initial_state.assign(data.point(i), data.point(i) + data.dimension);
    return integrate(forecast, Method::Rk4).states;
  }, 0);
  std::vector<double> coefficients = model.coefficients;
  r.details_json = ",\"sindy\":{\"degree\":" + std::to_string(model.degree) + ",\"threshold\":" + json_number(model.threshold) +
                   ",\"threshold_from_cv\":" + (model.threshold_from_cv ? "true" : "false") +
                   ",\"terms\":" + json_strings(model.terms) + ",\"variables\":" + json_strings(model.variables) +
                   ",\"coefficients\":" + json_array(coefficients) + ",\"nonzero_terms\":" + std::to_string(model.nonzero_terms()) +
                   ",\"r_squared\":" + json_array(model.r_squared) + ",\"converged\":" + (model.converged ? "true" : "false") +
                   ",\"equations\":" + json_string(r.model_text) + "}";
  return r;
}

Reconstruction reconstruct_edmd(const TrajectorySet& data, const Options& o, std::size_t steps) {
  EdmdOptions options;
  options.dictionary = parse_edmd_dictionary(o.text("dictionary").value_or("monomials"));
  options.degree = static_cast<int>(o.whole("degree", 1, 8, 2));
  options.delays = static_cast<int>(o.whole("delays", 0, 2000, 10));
  options.lag = static_cast<int>(o.whole("lag", 1, 100000, 1));
  options.dt = o.number("dt", 0.0);
  options.eigenfunctions = 0;
  Reconstruction r;
  const auto begin = std::chrono::steady_clock::now();
  const EdmdModel model = fit_edmd(data, options);
  r.fit_seconds = seconds_since(begin);
  r.dt = model.dt;
  const std::size_t d = data.dimension, window = model.window();
  if (data.trial_length(0) < window) throw InputError("EDMD: the first trial is shorter than the dictionary's window");
  const std::vector<double> history(data.values.begin(), data.values.begin() + static_cast<std::ptrdiff_t>(window * d));
  r.generated = edmd_free_run(model, history, steps);
  if (r.generated.size() < (steps + 1) * d) {
    r.run_status = RunStatus::Unstable;
    r.run_message = "the EDMD map diverged in free run after " + std::to_string(r.generated.size() / d - 1) + " steps";
  }
  if (window == 1) {
    const auto step = [&](const double* x, double* next) {
      std::vector<double> one(x, x + d);
      const std::vector<double> run = edmd_free_run(model, one, 1, 1e300);
      for (std::size_t j = 0; j < d; ++j) next[j] = run.size() == 2 * d ? run[d + j] : NAN;
    };
    std::vector<double> x0(r.generated.end() - static_cast<std::ptrdiff_t>(d), r.generated.end());
    r.max_lyapunov = map_max_lyapunov(step, x0, kLyapunovTransient, kLyapunovSteps / 5, model.dt);
    if (!r.max_lyapunov) r.lyapunov_missing = "the fitted map diverged";
  } else {
    r.lyapunov_missing = "not computed for a delay dictionary";
  }
  add_horizon(r, data, [&](std::size_t i, std::size_t n) {
    const std::vector<double> past(data.point(i + 1 - window), data.point(i + 1));
    return edmd_free_run(model, past, n);
  }, window - 1);
  std::string text = "{\"model\":\"edmd\",\"dictionary\":" +
                     json_string(options.dictionary == EdmdDictionary::Monomials ? "monomials" : "delays") +
                     ",\"degree\":" + std::to_string(options.degree) + ",\"delays\":" + std::to_string(options.delays) +
                     ",\"lag\":" + std::to_string(options.lag) + ",\"dt\":" + json_number(model.dt) +
                     ",\"variables\":" + json_strings(model.variables) + ",\"terms\":" + json_strings(model.terms) +
                     ",\"koopman\":" + json_matrix(model.koopman, static_cast<int>(model.size())) +
                     ",\"eigenvalues\":" + json_complex_list(model.eigenvalues, model.eigenvalues.size()) + "}\n";
  r.model_text = text;
  r.details_json = ",\"edmd\":{\"dictionary_size\":" + std::to_string(model.size()) + ",\"rank\":" + std::to_string(model.rank) +
                   ",\"pairs\":" + std::to_string(model.pairs) + ",\"residual\":" + json_number(model.residual) +
                   ",\"eigenvalues\":" + json_complex_list(model.eigenvalues, 20) + "}";
  return r;
}

Reconstruction reconstruct_alrnn(const TrajectorySet& data, const Options& o, std::size_t steps) {
  AlrnnOptions options;
  options.latent = static_cast<std::size_t>(o.whole("latent", 1, 1000, 20));
  options.relu = static_cast<std::size_t>(o.whole("relu", 0, 31, 2));
  options.epochs = static_cast<int>(o.whole("epochs", 1, 1e6, options.epochs));
  options.forcing_interval = static_cast<std::size_t>(o.whole("forcing-interval", 1, 1e6, static_cast<double>(options.forcing_interval)));
  options.sequence_length = static_cast<std::size_t>(o.whole("sequence", 2, 1e6, static_cast<double>(options.sequence_length)));
  options.forcing_alpha = o.number("forcing-alpha", options.forcing_alpha);
  options.learning_rate = o.number("learning-rate", options.learning_rate);
  options.seed = o.seed();
  options.dt = o.number("dt", 0.0);
  Reconstruction r;
  const AlrnnFit fit = fit_alrnn(data, options);
  if (fit.status == RunStatus::Unstable) throw Error("AL-RNN: " + fit.message);
  r.fit_seconds = fit.seconds;
  const AlrnnModel& m = fit.model;
  r.dt = m.dt;
  const AlrnnRun run = alrnn_free_run(m, data.point(0), steps);
  r.generated = run.observations;
  r.run_status = run.status;
  r.run_message = run.message;
  r.max_lyapunov = alrnn_max_lyapunov(m, data.point(0), kLyapunovTransient, kLyapunovSteps);
  if (!r.max_lyapunov) r.lyapunov_missing = "the AL-RNN diverged";
  add_horizon(r, data, [&](std::size_t i, std::size_t n) { return alrnn_free_run(m, data.point(i), n).observations; }, 0);
  r.model_text = "{\"model\":\"al-rnn\",\"latent\":" + std::to_string(m.latent) + ",\"relu\":" + std::to_string(m.relu) +
                 ",\"observed\":" + std::to_string(m.observed) + ",\"dt\":" + json_number(m.dt) +
                 ",\"variables\":" + json_strings(m.variables) + ",\"a\":" + json_array(m.a) +
                 ",\"w\":" + json_matrix(m.w, static_cast<int>(m.latent)) + ",\"h\":" + json_array(m.h) +
                 ",\"l\":" + json_array(m.l) + ",\"mean\":" + json_array(m.mean) + ",\"scale\":" + json_array(m.scale) + "}\n";
  std::string regions = "[";
  for (const AlrnnSubregion& s : alrnn_subregions(m, run)) {
    if (regions.size() > 1) regions += ',';
    regions += "{\"symbol\":" + std::to_string(s.symbol) +
               ",\"visits\":" + std::to_string(s.visits) + ",\"spectral_radius\":" + json_number(s.spectral_radius) +
               ",\"fixed_point\":" + (s.has_fixed_point ? json_array(s.fixed_point) : "null") +
               ",\"fixed_point_is_real\":" + (s.fixed_point_is_real ? "true" : "false") + "}";
  }
  r.details_json = ",\"al_rnn\":{\"latent\":" + std::to_string(m.latent) + ",\"relu\":" + std::to_string(m.relu) +
                   ",\"epochs\":" + std::to_string(fit.loss.size()) + ",\"seed\":" + std::to_string(options.seed) +
                   ",\"final_loss\":" + json_number(fit.loss.empty() ? NAN : fit.loss.back()) +
                   ",\"loss\":" + json_array(fit.loss) + ",\"subregions\":" + regions + "]}";
  return r;
}

}  // namespace

std::vector<OptionSpec> model_options() {
  return {
      {"degree", "K", "sindy/edmd: polynomial degree (default 2)"},
      {"threshold", "T", "sindy: STLSQ threshold (default: chosen by 5-fold cross-validation)"},
      {"trig", "", "sindy: add sin and cos of every variable to the library"},
      {"smooth", "SIGMA", "sindy: Gaussian smoothing before differencing, in samples (default 0)"},
      {"dictionary", "NAME", "edmd: monomials (default) or delays"},
      {"delays", "K", "edmd delays: delayed copies besides the present (default 10)"},
      {"lag", "L", "edmd delays: samples between copies (default 1)"},
      {"latent", "M", "al-rnn: latent units (default 20)"},
      {"relu", "P", "al-rnn: ReLU units among them (default 2)"},
      {"epochs", "E", "al-rnn: epochs of 50 batches of 16 subsequences (default 300)"},
      {"sequence", "T", "al-rnn: subsequence length in steps (default 100)"},
      {"forcing-interval", "TAU", "al-rnn: sparse teacher forcing every TAU steps (default 30)"},
      {"forcing-alpha", "A", "al-rnn: forcing strength in [0, 1]: z <- (1 - A) z + A x (default 1: sparse forcing)"},
      {"learning-rate", "R", "al-rnn: Adam's initial rate (default 2e-3, decaying exponentially to 1e-4)"},
      {"seed", "K", "al-rnn: seed of the initial weights and the batches (default 0)"},
  };
}

Reconstruction reconstruct(const std::string& model, const TrajectorySet& data, const Options& options, std::size_t steps) {
  Reconstruction r;
  if (model == "sindy") r = reconstruct_sindy(data, options, steps);
  else if (model == "edmd") r = reconstruct_edmd(data, options, steps);
  else if (model == "al-rnn" || model == "alrnn") r = reconstruct_alrnn(data, options, steps);
  else throw UsageError("option '--model': unknown model '" + model + "' (known: sindy, edmd, al-rnn)");
  r.model = model == "alrnn" ? "al-rnn" : model;
  return r;
}

}  // namespace flowscope::cli
