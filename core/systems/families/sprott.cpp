#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {

void add_sprott_flows(SystemList&) {}

}  // namespace flowscope
