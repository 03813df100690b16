#pragma once
// The built-in systems, looked up by id.
#include <memory>
#include <string_view>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

// Every built-in system, Lorenz first, then in the order the families add them.
const std::vector<std::shared_ptr<const System>>& all_systems();

// The system with this id; throws InputError naming the known ids.
std::shared_ptr<const System> find_system(std::string_view id);

}  // namespace flowscope
