#include "core/systems/builtin_system.h"

#include <utility>

#include "core/errors.h"

namespace flowscope {

BuiltinSystem::BuiltinSystem(BuiltinSpec spec) : spec_(std::move(spec)) {
  const std::string where = "built-in system '" + spec_.id + "': ";
  if (spec_.variables.empty()) throw Error(where + "no variables");
  if (spec_.initial_state.size() != spec_.variables.size()) throw Error(where + "initial state has the wrong size");
  if (!spec_.drift) throw Error(where + "no drift function");
  if (!(spec_.dt > 0)) throw Error(where + "time step must be positive");
  for (const ParameterSpec& p : spec_.parameters)
    if (!(p.min <= p.default_value && p.default_value <= p.max))
      throw Error(where + "default of '" + p.name + "' lies outside its range");
}

void BuiltinSystem::jacobian(double t, const double* x, const double* p, double* jac) const {
  if (spec_.jacobian)
    spec_.jacobian(t, x, p, jac);
  else
    System::jacobian(t, x, p, jac);
}

}  // namespace flowscope
