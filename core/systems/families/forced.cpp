#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {

void add_forced_systems(SystemList&) {}

}  // namespace flowscope
