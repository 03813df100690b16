#include "core/systems/lorenz.h"

namespace flowscope {

std::span<const ParameterSpec> LorenzSystem::parameters() const {
  static const ParameterSpec specs[] = {
      {"sigma", "σ", 10.0, 0.0, 30.0, "Prandtl number: how fast x relaxes towards y"},
      {"rho", "ρ", 28.0, 0.0, 100.0, "Rayleigh number: the driving; chaos above about 24.74"},
      {"beta", "β", 8.0 / 3.0, 0.0, 10.0, "geometric factor of the convection cell"},
  };
  return specs;
}

void LorenzSystem::drift(double, const double* x, const double* p, double* out) const {
  const double sigma = p[0], rho = p[1], beta = p[2];
  out[0] = sigma * (x[1] - x[0]);
  out[1] = x[0] * (rho - x[2]) - x[1];
  out[2] = x[0] * x[1] - beta * x[2];
}

}  // namespace flowscope
