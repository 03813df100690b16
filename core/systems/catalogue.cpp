#include "core/systems/catalogue.h"

#include <string>

#include "core/errors.h"
#include "core/systems/lorenz.h"

namespace flowscope {

std::vector<const System*> all_systems() {
  static const LorenzSystem lorenz;
  return {&lorenz};
}

const System& find_system(std::string_view id) {
  std::string known;
  for (const System* system : all_systems()) {
    if (system->id() == id) return *system;
    known += (known.empty() ? "" : ", ") + std::string(system->id());
  }
  throw InputError("unknown system '" + std::string(id) + "' (known systems: " + known + ")");
}

}  // namespace flowscope
