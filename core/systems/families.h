#pragma once
// Each family file appends its built-in systems to the catalogue.
#include <memory>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

using SystemList = std::vector<std::shared_ptr<const System>>;

void add_classic_flows(SystemList& list);      // families/classic.cpp: 3-D chaotic flows
void add_sprott_flows(SystemList& list);       // families/sprott.cpp: Sprott A to E and kin
void add_forced_systems(SystemList& list);     // families/forced.cpp: non-autonomous and mechanical
void add_other_systems(SystemList& list);      // families/other.cpp: neurons, Lorenz-96, higher dimensions

}  // namespace flowscope
