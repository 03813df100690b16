#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {

void add_classic_flows(SystemList&) {}

}  // namespace flowscope
