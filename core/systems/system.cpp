#include "core/systems/system.h"

#include <cmath>

#include "core/errors.h"

namespace flowscope {

std::vector<double> default_parameters(const System& system) {
  std::vector<double> values;
  for (const ParameterSpec& spec : system.parameters()) values.push_back(spec.default_value);
  return values;
}

std::size_t parameter_index(const System& system, std::string_view name) {
  const auto specs = system.parameters();
  std::string known;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].name == name) return i;
    known += (i ? ", " : "") + specs[i].name;
  }
  throw InputError("system '" + std::string(system.id()) + "' has no parameter '" +
                   std::string(name) + "' (its parameters: " + known + ")");
}

void validate_parameters(const System& system, std::span<const double> values) {
  const auto specs = system.parameters();
  if (values.size() != specs.size())
    throw InputError("system '" + std::string(system.id()) + "' takes " +
                     std::to_string(specs.size()) + " parameters, got " +
                     std::to_string(values.size()));
  for (std::size_t i = 0; i < specs.size(); ++i)
    if (!std::isfinite(values[i]))
      throw InputError("parameter '" + specs[i].name + "' must be a finite number");
}

}  // namespace flowscope
