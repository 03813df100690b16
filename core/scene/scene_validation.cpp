#include "core/scene/scene_validation.h"

#include <algorithm>

#include "core/distributions/distribution.h"
#include "core/distributions/mixture_json.h"
#include "core/io/json.h"
#include "core/errors.h"
#include "core/langevin/expression_potential.h"
#include "core/langevin/potential.h"
#include "core/systems/catalogue.h"
#include "core/systems/equation_parser.h"
#include "core/transport/cloud_spec.h"

namespace flowscope {
namespace {

std::string check_parameter_names(const SceneState& state, const std::vector<std::string>& known, const std::string& owner) {
  for (const auto& [name, value] : state.parameters)
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      return "parameters." + name + ": is not a parameter of " + owner + " (" + (list.empty() ? "none" : list) + ")";
    }
  return {};
}

std::vector<std::string> names_of(std::span<const ParameterSpec> specs) {
  std::vector<std::string> out;
  for (const ParameterSpec& s : specs) out.push_back(s.name);
  return out;
}

std::string check_chaotic(const SceneState& state) {
  const std::string& id = state.text("system");
  if (id == "typed") {
    try {
      const ParsedEquations parsed = parse_equations(state.text("equations"));
      return check_parameter_names(state, parsed.parameter_names(), "the typed equations");
    } catch (const Error& e) {
      return std::string("settings.equations: ") + e.what();
    }
  }
  for (const auto& system : all_systems())
    if (system->id() == id) return check_parameter_names(state, names_of(system->parameters()), "'" + id + "'");
  return "settings.system: '" + id + "' is not a built-in system (flowscope-cli systems lists them) nor 'typed'";
}

std::string check_langevin(const SceneState& state) {
  const std::string& id = state.text("potential");
  if (id == "typed") {
    try {
      const auto potential = compile_potential(state.text("expression"));
      return check_parameter_names(state, names_of(potential->parameters()), "the typed potential");
    } catch (const Error& e) {
      return std::string("settings.expression: ") + e.what();
    }
  }
  for (const auto& p : all_potentials())
    if (p->id() == id) return check_parameter_names(state, names_of(p->parameters()), "'" + id + "'");
  return "settings.potential: '" + id + "' is not a built-in potential nor 'typed'";
}

bool is_builtin_target(const std::string& id) {
  for (const BuiltinTargetInfo& t : builtin_targets())
    if (t.id == id) return true;
  return false;
}

std::string check_diffusion(const SceneState& state) {
  const std::string& target = state.text("target");
  if (target == "file" && state.text("target_file").empty())
    return "settings.target_file: is empty, but target is 'file'";
  if (target != "file" && target != "edited" && !is_builtin_target(target))
    return "settings.target: '" + target + "' is not a built-in target, 'file' or 'edited'";
  if (target == "edited") {
    try {
      mixture_from_json(parse_json(state.text("mixture"), "settings.mixture"), "settings.mixture");
    } catch (const Error& e) {
      return std::string("settings.mixture: ") + e.what();
    }
  }
  const std::string& from = state.text("interpolant_from");
  if (state.is_active("interpolant_from") && from != "normal" && !is_builtin_target(from))
    return "settings.interpolant_from: '" + from + "' is neither 'normal' nor a built-in target";
  return {};
}

std::string check_bridge(const SceneState& state) {
  const std::string& reference = state.text("reference_potential");
  if (state.is_active("reference_potential") && !reference.empty()) {
    bool known = false;
    for (const auto& p : all_potentials()) known = known || p->id() == reference;
    if (!known) return "settings.reference_potential: '" + reference + "' is not a built-in potential";
  }
  for (const char* key : {"source", "target"}) {
    if (!state.is_active(key)) continue;
    const std::string& spec = state.text(key);
    if (spec.rfind("gauss:", 0) != 0 && spec.rfind("builtin:", 0) != 0) continue;  // files are checked on load
    try {
      parse_cloud_spec(std::string("settings.") + key, spec);
    } catch (const Error& e) {
      return std::string("settings.") + key + ": " + e.what();
    }
  }
  return {};
}

std::string check_latent(const SceneState& state) {
  if (state.text("source") == "file" && state.text("file").empty())
    return "settings.file: is empty, but the data source is 'file'";
  return {};
}

}  // namespace

std::string check_scene_references(const SceneState& state) {
  switch (state.kind) {
    case SceneKind::Chaotic: return check_chaotic(state);
    case SceneKind::Langevin: return check_langevin(state);
    case SceneKind::Diffusion: return check_diffusion(state);
    case SceneKind::Bridge: return check_bridge(state);
    case SceneKind::Latent: return check_latent(state);
  }
  return {};
}

std::map<std::string, double> parameters_with_defaults(const SceneState& state) {
  std::map<std::string, double> out;
  auto add = [&out](std::span<const ParameterSpec> specs) {
    for (const ParameterSpec& p : specs) out[p.name] = p.default_value;
  };
  try {
    if (state.kind == SceneKind::Chaotic) {
      const std::string& id = state.text("system");
      if (id == "typed") {
        for (const TypedParameter& p : parse_equations(state.text("equations")).parameters) out[p.name] = p.value;
      } else {
        add(find_system(id)->parameters());
      }
    } else if (state.kind == SceneKind::Langevin) {
      const std::string& id = state.text("potential");
      add(id == "typed" ? compile_potential(state.text("expression"))->parameters() : find_potential(id)->parameters());
    }
  } catch (const Error&) {
    return state.parameters;
  }
  for (const auto& [name, value] : state.parameters) out[name] = value;
  return out;
}

}  // namespace flowscope
