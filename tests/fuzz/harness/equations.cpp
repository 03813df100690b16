// systems/equation_parser + expression_system: equations as typed in the
// equation editor or given to 'simulate --equations FILE'.
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/systems/expression_system.h"
#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {

void fuzz_equations(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::shared_ptr<const ExpressionSystem> system;
  try {
    system = compile_equations(text, "fuzz");
  } catch (const Error&) {
    return;
  }
  const int n = system->dimension();
  expect(n >= 1 && system->default_initial_state().size() == static_cast<std::size_t>(n),
         "a compiled system has an initial value per variable");
  std::vector<double> parameters;
  for (const ParameterSpec& p : system->parameters()) parameters.push_back(p.default_value);
  const std::vector<double> x = system->default_initial_state();
  std::vector<double> out(static_cast<std::size_t>(n));
  system->drift(0.5, x.data(), parameters.data(), out.data());
  if (n <= 8) {
    std::vector<double> jacobian(static_cast<std::size_t>(n * n));
    system->jacobian(0.5, x.data(), parameters.data(), jacobian.data());
  }
}

}  // namespace flowscope::fuzz
