#include "core/systems/catalogue.h"

#include <set>
#include <string>

#include "core/errors.h"
#include "core/systems/families.h"
#include "core/systems/lorenz.h"

namespace flowscope {
namespace {

SystemList build_catalogue() {
  SystemList list{std::make_shared<LorenzSystem>()};
  add_classic_flows(list);
  add_symmetric_flows(list);
  add_physical_models(list);
  add_sprott_flows(list);
  add_more_sprott_flows(list);
  add_forced_systems(list);
  add_other_systems(list);
  std::set<std::string_view> ids;
  for (const auto& system : list)
    if (!ids.insert(system->id()).second) throw Error("two built-in systems share the id '" + std::string(system->id()) + "'");
  return list;
}

}  // namespace

const std::vector<std::shared_ptr<const System>>& all_systems() {
  static const SystemList catalogue = build_catalogue();
  return catalogue;
}

std::shared_ptr<const System> find_system(std::string_view id) {
  std::string known;
  for (const auto& system : all_systems()) {
    if (system->id() == id) return system;
    if (!known.empty()) known += ", ";
    known += system->id();
  }
  throw InputError("unknown system '" + std::string(id) + "' (known systems: " + known + ")");
}

}  // namespace flowscope
