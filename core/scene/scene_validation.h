#pragma once
// Checks of a scene state beyond each setting's own type and range: the ids
// it names exist (systems, potentials, targets), typed equations and
// potentials compile, and its parameters belong to the system or potential.
#include <map>
#include <string>

#include "core/scene/scene_state.h"

namespace flowscope {

// "" when the state is usable, else "field: problem", e.g.
// "settings.system: 'lorenz9' is not a built-in system".
std::string check_scene_references(const SceneState& state);

// The state's parameters with every one it leaves out at the system's or
// potential's default (a state may name only those it changes). Unchanged
// when the system or potential cannot be found.
std::map<std::string, double> parameters_with_defaults(const SceneState& state);

}  // namespace flowscope
