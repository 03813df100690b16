// Sprott's algebraically simplest chaotic flows, cases A to J, found by a
// computer search over quadratic three-dimensional systems.
#include <utility>

#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {
namespace {

const char* const kSprott1994 = "J. C. Sprott, Some simple chaotic flows, Phys. Rev. E 50, R647-R650 (1994)";

void add(SystemList& list, BuiltinSpec spec) {
  list.push_back(std::make_shared<BuiltinSystem>(std::move(spec)));
}

// --- A -----------------------------------------------------------------------

void sprott_a(double, const double* x, const double*, double* out) {
  out[0] = x[1];
  out[1] = -x[0] + x[1] * x[2];
  out[2] = 1.0 - x[1] * x[1];
}

void sprott_a_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;  jac[1] = 1.0;         jac[2] = 0.0;
  jac[3] = -1.0; jac[4] = x[2];        jac[5] = x[1];
  jac[6] = 0.0;  jac[7] = -2.0 * x[1]; jac[8] = 0.0;
}

BuiltinSpec sprott_a_spec() {
  return {
      .id = "sprott-a",
      .name = "Sprott A",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = -x + y z\ndz/dt = 1 - y^2",
      .description = "The first case of the search, identical to the Nosé–Hoover thermostat: "
                     "conservative on average, so orbits wander a chaotic sea instead of settling on an "
                     "attractor.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {0.0, 5.0, 0.0},
      .dt = 0.01,
      .references = {},
      .drift = sprott_a,
      .jacobian = sprott_a_jacobian,
  };
}

// --- B -----------------------------------------------------------------------

void sprott_b(double, const double* x, const double*, double* out) {
  out[0] = x[1] * x[2];
  out[1] = x[0] - x[1];
  out[2] = 1.0 - x[0] * x[1];
}

void sprott_b_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;   jac[1] = x[2];  jac[2] = x[1];
  jac[3] = 1.0;   jac[4] = -1.0;  jac[5] = 0.0;
  jac[6] = -x[1]; jac[7] = -x[0]; jac[8] = 0.0;
}

BuiltinSpec sprott_b_spec() {
  return {
      .id = "sprott-b",
      .name = "Sprott B",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y z\ndy/dt = x - y\ndz/dt = 1 - x y",
      .description = "Five terms and two quadratic nonlinearities: a dissipative two-lobed attractor "
                     "symmetric under (x, y) -> (-x, -y).",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {1.03, 0.1978, -0.3577},
      .dt = 0.01,
      .references = {},
      .drift = sprott_b,
      .jacobian = sprott_b_jacobian,
  };
}

// --- C -----------------------------------------------------------------------

void sprott_c(double, const double* x, const double*, double* out) {
  out[0] = x[1] * x[2];
  out[1] = x[0] - x[1];
  out[2] = 1.0 - x[0] * x[0];
}

void sprott_c_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;         jac[1] = x[2]; jac[2] = x[1];
  jac[3] = 1.0;         jac[4] = -1.0; jac[5] = 0.0;
  jac[6] = -2.0 * x[0]; jac[7] = 0.0;  jac[8] = 0.0;
}

BuiltinSpec sprott_c_spec() {
  return {
      .id = "sprott-c",
      .name = "Sprott C",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y z\ndy/dt = x - y\ndz/dt = 1 - x^2",
      .description = "Case B with x^2 in place of x y in the last equation: the two lobes are joined "
                     "differently but the attractor keeps the same symmetry.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {-0.1778, 0.1008, -1.899},
      .dt = 0.01,
      .references = {},
      .drift = sprott_c,
      .jacobian = sprott_c_jacobian,
  };
}

// --- D -----------------------------------------------------------------------

void sprott_d(double, const double* x, const double*, double* out) {
  out[0] = -x[1];
  out[1] = x[0] + x[2];
  out[2] = x[0] * x[2] + 3.0 * x[1] * x[1];
}

void sprott_d_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;  jac[1] = -1.0;        jac[2] = 0.0;
  jac[3] = 1.0;  jac[4] = 0.0;         jac[5] = 1.0;
  jac[6] = x[2]; jac[7] = 6.0 * x[1];  jac[8] = x[0];
}

BuiltinSpec sprott_d_spec() {
  return {
      .id = "sprott-d",
      .name = "Sprott D",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -y\ndy/dt = x + z\ndz/dt = x z + 3 y^2",
      .description = "A rotation in x-y coupled to z through x z and 3 y^2; the single equilibrium at "
                     "the origin is the only one and the attractor winds around it.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {-1.066, -0.3188, 0.7379},
      .dt = 0.01,
      .references = {},
      .drift = sprott_d,
      .jacobian = sprott_d_jacobian,
  };
}

// --- E -----------------------------------------------------------------------

void sprott_e(double, const double* x, const double*, double* out) {
  out[0] = x[1] * x[2];
  out[1] = x[0] * x[0] - x[1];
  out[2] = 1.0 - 4.0 * x[0];
}

void sprott_e_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;        jac[1] = x[2]; jac[2] = x[1];
  jac[3] = 2.0 * x[0]; jac[4] = -1.0; jac[5] = 0.0;
  jac[6] = -4.0;       jac[7] = 0.0;  jac[8] = 0.0;
}

BuiltinSpec sprott_e_spec() {
  return {
      .id = "sprott-e",
      .name = "Sprott E",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y z\ndy/dt = x^2 - y\ndz/dt = 1 - 4 x",
      .description = "Five terms with two quadratic nonlinearities and a single equilibrium, around "
                     "which the attractor winds.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {0.8326, 0.2872, 2.036},
      .dt = 0.01,
      .references = {},
      .drift = sprott_e,
      .jacobian = sprott_e_jacobian,
  };
}

// --- F -----------------------------------------------------------------------

void sprott_f(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = x[1] + x[2];
  out[1] = -x[0] + a * x[1];
  out[2] = x[0] * x[0] - x[2];
}

void sprott_f_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0;        jac[1] = 1.0; jac[2] = 1.0;
  jac[3] = -1.0;       jac[4] = a;   jac[5] = 0.0;
  jac[6] = 2.0 * x[0]; jac[7] = 0.0; jac[8] = -1.0;
}

BuiltinSpec sprott_f_spec() {
  return {
      .id = "sprott-f",
      .name = "Sprott F",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y + z\ndy/dt = -x + a y\ndz/dt = x^2 - z",
      .description = "An unstable oscillation in x-y (its growth set by a) reinjected by the single "
                     "nonlinearity x^2: a Rössler-like folded band.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.5, 0.3, 0.6, "growth rate of the oscillation in the x-y plane"}},
      .initial_state = {-0.7565, -0.4295, 0.2512},
      .dt = 0.02,
      .references = {},
      .drift = sprott_f,
      .jacobian = sprott_f_jacobian,
  };
}

// --- G -----------------------------------------------------------------------

void sprott_g(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = a * x[0] + x[2];
  out[1] = x[0] * x[2] - x[1];
  out[2] = -x[0] + x[1];
}

void sprott_g_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = a;    jac[1] = 0.0;  jac[2] = 1.0;
  jac[3] = x[2]; jac[4] = -1.0; jac[5] = x[0];
  jac[6] = -1.0; jac[7] = 1.0;  jac[8] = 0.0;
}

BuiltinSpec sprott_g_spec() {
  return {
      .id = "sprott-g",
      .name = "Sprott G",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a x + z\ndy/dt = x z - y\ndz/dt = -x + y",
      .description = "A self-excited x (rate a) held in check only through the product x z that "
                     "feeds y.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.4, 0.2, 0.5, "self-excitation of x"}},
      .initial_state = {-0.5453, -1.153, 0.3097},
      .dt = 0.02,
      .references = {},
      .drift = sprott_g,
      .jacobian = sprott_g_jacobian,
  };
}

// --- H -----------------------------------------------------------------------

void sprott_h(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = -x[1] + x[2] * x[2];
  out[1] = x[0] + a * x[1];
  out[2] = x[0] - x[2];
}

void sprott_h_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0; jac[1] = -1.0; jac[2] = 2.0 * x[2];
  jac[3] = 1.0; jac[4] = a;    jac[5] = 0.0;
  jac[6] = 1.0; jac[7] = 0.0;  jac[8] = -1.0;
}

BuiltinSpec sprott_h_spec() {
  return {
      .id = "sprott-h",
      .name = "Sprott H",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -y + z^2\ndy/dt = x + a y\ndz/dt = x - z",
      .description = "Like case F an unstable x-y oscillation, but folded back by z^2 in the first "
                     "equation, where z lags behind x.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.5, 0.3, 0.6, "growth rate of the oscillation in the x-y plane"}},
      .initial_state = {0.06403, -0.5524, -0.2339},
      .dt = 0.02,
      .references = {},
      .drift = sprott_h,
      .jacobian = sprott_h_jacobian,
  };
}

// --- I -----------------------------------------------------------------------

void sprott_i(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = -a * x[1];
  out[1] = x[0] + x[2];
  out[2] = x[0] + x[1] * x[1] - x[2];
}

void sprott_i_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0; jac[1] = -a;         jac[2] = 0.0;
  jac[3] = 1.0; jac[4] = 0.0;        jac[5] = 1.0;
  jac[6] = 1.0; jac[7] = 2.0 * x[1]; jac[8] = -1.0;
}

BuiltinSpec sprott_i_spec() {
  return {
      .id = "sprott-i",
      .name = "Sprott I",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -a y\ndy/dt = x + z\ndz/dt = x + y^2 - z",
      .description = "A weakly chaotic case (small Lyapunov exponent): a slow rotation in x-y set by a, "
                     "folded by y^2.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.2, 0.1, 0.3, "frequency factor of the x-y rotation"}},
      .initial_state = {0.03993, 0.4023, 0.1589},
      .dt = 0.02,
      .references = {},
      .drift = sprott_i,
      .jacobian = sprott_i_jacobian,
  };
}

// --- J -----------------------------------------------------------------------

void sprott_j(double, const double* x, const double*, double* out) {
  out[0] = 2.0 * x[2];
  out[1] = -2.0 * x[1] + x[2];
  out[2] = -x[0] + x[1] + x[1] * x[1];
}

void sprott_j_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;  jac[1] = 0.0;              jac[2] = 2.0;
  jac[3] = 0.0;  jac[4] = -2.0;             jac[5] = 1.0;
  jac[6] = -1.0; jac[7] = 1.0 + 2.0 * x[1]; jac[8] = 0.0;
}

BuiltinSpec sprott_j_spec() {
  return {
      .id = "sprott-j",
      .name = "Sprott J",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = 2 z\ndy/dt = -2 y + z\ndz/dt = -x + y + y^2",
      .description = "A single quadratic nonlinearity y^2 with strongly damped y; orbits make long "
                     "excursions in x.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {7.816, -0.1396, -3.445},
      .dt = 0.01,
      .references = {},
      .drift = sprott_j,
      .jacobian = sprott_j_jacobian,
  };
}

}  // namespace

void add_sprott_flows(SystemList& list) {
  for (BuiltinSpec (*spec)() : {sprott_a_spec, sprott_b_spec, sprott_c_spec, sprott_d_spec, sprott_e_spec,
                                sprott_f_spec, sprott_g_spec, sprott_h_spec, sprott_i_spec, sprott_j_spec})
    add(list, spec());
}

}  // namespace flowscope
