#pragma once
// The built-in systems, looked up by id.
#include <string_view>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

std::vector<const System*> all_systems();

// The system with this id; throws InputError naming the known ids.
const System& find_system(std::string_view id);

}  // namespace flowscope
