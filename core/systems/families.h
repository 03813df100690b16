#pragma once
// Each family file appends its built-in systems to the catalogue.
#include <memory>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

using SystemList = std::vector<std::shared_ptr<const System>>;

void add_classic_flows(SystemList& list);      // families/classic.cpp: 3-D chaotic flows
void add_symmetric_flows(SystemList& list);    // families/symmetric.cpp: cyclic, multi-wing and twin attractors
void add_physical_models(SystemList& list);    // families/physical.cpp: convection, dynamo, thermostat, economy
void add_sprott_flows(SystemList& list);       // families/sprott.cpp: Sprott A to J
void add_more_sprott_flows(SystemList& list);  // families/sprott_more.cpp: Sprott K to S and the simplest jerk
void add_forced_systems(SystemList& list);     // families/forced.cpp: non-autonomous and mechanical
void add_other_systems(SystemList& list);      // families/other.cpp: neurons, Lorenz-96, higher dimensions

}  // namespace flowscope
