#include "core/scene/scene_schema.h"

namespace flowscope {
namespace {

SettingSpec number(std::string key, std::string label, double value, double min, double max, std::string text,
                   bool logarithmic = false, int decimals = 3) {
  SettingSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.type = SettingType::Number;
  s.default_value = value;
  s.min = min;
  s.max = max;
  s.text = std::move(text);
  s.logarithmic = logarithmic;
  s.decimals = decimals;
  return s;
}

SettingSpec integer(std::string key, std::string label, long long value, double min, double max, std::string text) {
  SettingSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.type = SettingType::Integer;
  s.default_value = value;
  s.min = min;
  s.max = max;
  s.text = std::move(text);
  s.decimals = 0;
  return s;
}

SettingSpec flag(std::string key, std::string label, bool value, std::string text) {
  SettingSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.type = SettingType::Flag;
  s.default_value = value;
  s.text = std::move(text);
  return s;
}

SettingSpec choice(std::string key, std::string label, std::vector<std::string> choices, std::string text) {
  SettingSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.type = SettingType::Choice;
  s.default_value = choices.front();
  s.choices = std::move(choices);
  s.text = std::move(text);
  return s;
}

SettingSpec text(std::string key, std::string label, std::string value, std::string help, bool is_path = false) {
  SettingSpec s;
  s.key = std::move(key);
  s.label = std::move(label);
  s.type = SettingType::Text;
  s.default_value = std::move(value);
  s.text = std::move(help);
  s.is_path = is_path;
  return s;
}

SettingSpec when(SettingSpec spec, std::string key, std::vector<std::string> values) {
  spec.active_when = SettingCondition{std::move(key), std::move(values)};
  return spec;
}

SettingSpec with_unit(SettingSpec spec, std::string unit) {
  spec.unit = std::move(unit);
  return spec;
}

SceneSchema chaotic_schema() {
  SceneSchema s{SceneKind::Chaotic, "Chaotic system", {}, true};
  s.settings = {
      text("system", "System", "lorenz", "a built-in system id (flowscope-cli systems) or 'typed'"),
      when(text("equations", "Equations", "", "typed equations: one 'dx/dt = expression' line per variable, 'param' and 'init' lines"),
           "system", {"typed"}),
      number("dt", "Time step", 0.0, 0.0, 1.0, "Step of the RK4 integrator (0: the system's recommended step)",
             false, 5),
      number("duration", "Duration", 0.0, 0.0, 1e6, "Length of the trajectory in time units (0: 50,000 steps)",
             false, 2),
      flag("ensemble", "Ensemble", false, "animate an ensemble of nearby starts over the attractor"),
      when(integer("ensemble_particles", "Particles", 2000, 1, 1'000'000, "members of the ensemble"), "ensemble",
           {"true"}),
      when(integer("ensemble_steps_per_frame", "Steps per frame", 10, 1, 1000, "RK4 steps between drawn frames"),
           "ensemble", {"true"}),
  };
  return s;
}

SceneSchema langevin_schema() {
  SceneSchema s{SceneKind::Langevin, "Langevin dynamics", {}, true};
  s.settings = {
      text("potential", "Potential", "double-well", "a built-in potential id (flowscope-cli langevin --list) or 'typed'"),
      when(text("expression", "Typed U", "", "the typed potential U(x) or U(x, y)"), "potential", {"typed"}),
      choice("method", "Method", {"em", "lm", "baoab", "em-underdamped"}, "the integrator"),
      with_unit(number("kT", "kT", 1.0, 0.05, 10.0, "temperature (energy units)", true), "energy"),
      number("gamma", "γ", 1.0, 0.1, 20.0, "friction coefficient", true),
      number("mass", "m", 1.0, 0.1, 10.0, "particle mass (underdamped methods)", true),
      number("dt", "dt", 0.01, 1e-4, 1.0, "time step", true, 4),
      number("force", "F", 0.0, -5.0, 5.0, "amplitude of the periodic force F cos(ωt) along x"),
      number("omega", "ω", 1.0, 0.0, 20.0, "angular frequency ω of the periodic force"),
      integer("particles", "Particles", 20'000, 1, 2'000'000, "members of the ensemble"),
      integer("steps_per_frame", "Steps per frame", 10, 1, 1000, "integrator steps between drawn frames"),
      choice("view", "View", {"surface", "map"}, "the landscape as a 3-D surface or a flat map with contours"),
  };
  return s;
}

SceneSchema diffusion_schema() {
  SceneSchema s{SceneKind::Diffusion, "Diffusion sampling", {}, false};
  s.settings = {
      choice("mode", "Mode", {"samplers", "interpolant"}, "ODE vs SDE samplers, or a stochastic interpolant"),
      text("target", "Target", "ring8", "a built-in target id, 'file' (target_file) or 'edited'"),
      when(text("target_file", "Target file", "", "a mixture (.json) or a point set (.csv, .npy)", true), "target",
           {"file"}),
      when(text("mixture", "Mixture", "", "the edited mixture, as a mixture JSON document"), "target", {"edited"}),
      choice("process", "Process", {"vp", "ve"}, "the forward process"),
      integer("steps", "Steps", 200, 1, 5000, "sampler steps from noise to data"),
      integer("particles", "Particles", 4000, 100, 1'000'000, "samples drawn by each sampler"),
      integer("seed", "Seed", 1, 0, 1'000'000, "the seed of the shared initial noise"),
      when(choice("ode_method", "ODE method", {"heun", "euler", "rk4"}, "the probability-flow ODE's integrator"),
           "mode", {"samplers"}),
      when(choice("other_sampler", "Other sampler", {"eta", "pc"}, "the η family or predictor–corrector"), "mode",
           {"samplers"}),
      when(number("eta", "η", 1.0, 0.0, 2.0, "η = 0: the ODE, η = 1: the reverse SDE"), "mode", {"samplers"}),
      choice("score_error", "Score error", {"none", "scale", "blur", "bias", "weights"}, "a perturbation of the score"),
      when(number("score_error_value", "Error value", 1.0, -10.0, 10.0, "the perturbation's size"), "score_error",
           {"scale", "blur", "bias"}),
      when(text("score_error_weights", "Wrong weights", "", "comma-separated mixture weights"), "score_error",
           {"weights"}),
      when(text("interpolant_from", "From", "normal", "'normal' or a built-in target id"), "mode", {"interpolant"}),
      when(choice("interpolant", "Interpolant", {"linear", "trig"}, "α(t), β(t) of the interpolant"), "mode",
           {"interpolant"}),
      when(number("gamma", "γ", 0.0, 0.0, 3.0, "the latent noise γ(t) scale"), "mode", {"interpolant"}),
      when(number("epsilon", "ε", 1.0, 0.0, 10.0, "the diffusion coefficient of the right view"), "mode",
           {"interpolant"}),
      flag("density", "Density", true, "the exact density p_t under 2-D particles"),
      flag("trails", "Trails", true, "short trails behind the particles"),
      flag("space_time", "Space-time", false, "2-D paths as curves in (x, y, t)"),
      integer("paths", "Paths", 30, 0, 500, "whole paths drawn"),
      integer("frame", "Frame", -1, -1, 1'000'000, "the time slider's frame (-1: the data end)"),
  };
  return s;
}

SceneSchema bridge_schema() {
  SceneSchema s{SceneKind::Bridge, "Schrödinger bridge", {}, false};
  s.settings = {
      choice("mode", "Mode", {"clouds", "snapshots"}, "bridge two clouds, or several snapshots"),
      when(text("source", "Source", "gauss:0,0;1,0,0,1", "the source cloud: gauss:MEAN;COVARIANCE, builtin:ID, a mixture .json or a point file"), "mode",
           {"clouds"}),
      when(text("target", "Target", "gauss:4,1;0.25,0,0,2", "the target cloud, spelled as the source"), "mode", {"clouds"}),
      when(integer("particles", "Particles", 400, 10, 50'000, "points in each cloud"), "mode", {"clouds"}),
      when(number("sigma", "σ", 1.0, 0.02, 5.0, "the reference noise: small is near optimal transport", true), "mode",
           {"clouds"}),
      when(number("theta", "θ", 0.0, 0.0, 10.0, "Ornstein–Uhlenbeck pull of the reference (0: Brownian)"), "mode",
           {"clouds"}),
      when(text("reference_potential", "Reference potential", "", "a Langevin potential id as the reference ('' none)"),
           "mode", {"clouds"}),
      integer("steps", "Steps", 30, 2, 500, "time samples along each path"),
      integer("paths", "Paths", 60, 0, 2000, "bridge paths drawn"),
      when(integer("couplings", "Couplings", 150, 0, 5000, "coupled pairs drawn as lines"), "mode", {"clouds"}),
      when(integer("refine", "Refinement rounds", 6, 0, 10, "rounds of drift refinement"), "mode", {"snapshots"}),
      when(text("snapshots_file", "Snapshots", "", "a CSV with a time column ('' for the demo)", true), "mode",
           {"snapshots"}),
      flag("space_time", "Space-time", false, "paths as curves in (x, y, t)"),
      integer("frame", "Frame", -1, -1, 100'000, "the time slider's frame (-1: the middle)"),
  };
  return s;
}

SceneSchema latent_schema() {
  SceneSchema s{SceneKind::Latent, "Latent trajectories", {}, false};
  s.settings = {
      choice("source", "Data", {"population", "file", "none"}, "a synthetic population or a file"),
      when(text("file", "File", "", "a CSV, NPY or HDF5 file of trajectories", true), "source", {"file"}),
      when(text("dataset", "Dataset", "", "the HDF5 dataset path"), "source", {"file"}),
      when(integer("neurons", "Neurons", 40, 1, 2000, "neurons of the synthetic population"), "source",
           {"population"}),
      when(integer("trials", "Trials", 12, 1, 1000, "trials of the synthetic population"), "source", {"population"}),
      when(integer("bins", "Bins", 150, 10, 100'000, "time bins per trial"), "source", {"population"}),
      choice("method", "Projection", {"pca", "delay"}, "PCA or a delay embedding of the first column"),
      integer("dims", "Components", 5, 0, 20, "components kept (0: as many as the data allows)"),
      number("smoothing", "Smoothing", 2.0, 0.0, 50.0, "Gaussian smoothing σ in samples (spike counts want some)"),
      when(integer("delay", "Delay", 0, 0, 10'000, "the delay in samples (0: from mutual information)"), "method",
           {"delay"}),
      integer("axis_x", "x axis", 0, -1, 19, "the component on x (-1: none)"),
      integer("axis_y", "y axis", 1, -1, 19, "the component on y"),
      integer("axis_z", "z axis", 2, -1, 19, "the component on z"),
      choice("colour", "Colour", {"time", "trial", "label", "speed"}, "what colours the lines"),
      flag("average", "Trial average", true, "the trial average drawn bright"),
      flag("flow", "Flow field", false, "the estimated flow field as arrows"),
      integer("cursor", "Time cursor", 0, 0, 10'000'000, "the sample the cursor marks"),
  };
  return s;
}

}  // namespace

const SettingSpec* SceneSchema::find(std::string_view key) const {
  for (const SettingSpec& s : settings)
    if (s.key == key) return &s;
  return nullptr;
}

const SceneSchema& scene_schema(SceneKind kind) {
  static const std::vector<SceneSchema> schemas = {chaotic_schema(), langevin_schema(), diffusion_schema(),
                                                   bridge_schema(), latent_schema()};
  for (const SceneSchema& s : schemas)
    if (s.kind == kind) return s;
  return schemas.front();
}

}  // namespace flowscope
