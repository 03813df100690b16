// Neurons, higher-dimensional (hyper)chaotic flows and Lorenz-96.
#include <utility>

#include "core/systems/builtin_system.h"
#include "core/systems/families.h"
#include "core/systems/families/lorenz96.h"

namespace flowscope {
namespace {

void add(SystemList& list, BuiltinSpec spec) {
  list.push_back(std::make_shared<BuiltinSystem>(std::move(spec)));
}

// --- Hindmarsh–Rose ----------------------------------------------------------

void hindmarsh_rose(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2], d = p[3], r = p[4], s = p[5], xr = p[6], current = p[7];
  const double xx = x[0] * x[0];
  out[0] = x[1] - a * xx * x[0] + b * xx - x[2] + current;
  out[1] = c - d * xx - x[1];
  out[2] = r * (s * (x[0] - xr) - x[2]);
}

void hindmarsh_rose_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], d = p[3], r = p[4], s = p[5];
  jac[0] = -3.0 * a * x[0] * x[0] + 2.0 * b * x[0]; jac[1] = 1.0;  jac[2] = -1.0;
  jac[3] = -2.0 * d * x[0];                         jac[4] = -1.0; jac[5] = 0.0;
  jac[6] = r * s;                                   jac[7] = 0.0;  jac[8] = -r;
}

BuiltinSpec hindmarsh_rose_spec() {
  return {
      .id = "hindmarsh-rose",
      .name = "Hindmarsh–Rose",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y - a x^3 + b x^2 - z + I\ndy/dt = c - d x^2 - y\ndz/dt = r (s (x - xr) - z)",
      .description = "A neuron model: x is the membrane potential, y a fast recovery current and z a "
                     "slow adaptation current. With this injected current the cell fires bursts of "
                     "spikes whose lengths vary chaotically; watch x against time.",
      .citation = "J. L. Hindmarsh and R. M. Rose, A model of neuronal bursting using three coupled first "
                  "order differential equations, Proc. R. Soc. Lond. B 221, 87-102 (1984)",
      .parameters = {{"a", "a", 1.0, 0.5, 1.5, "cubic term of the fast subsystem"},
                     {"b", "b", 3.0, 2.0, 4.0, "quadratic term of the fast subsystem"},
                     {"c", "c", 1.0, 0.5, 1.5, "constant drive of the recovery current"},
                     {"d", "d", 5.0, 4.0, 6.0, "coupling of the potential into the recovery current"},
                     {"r", "r", 0.006, 0.001, 0.02, "rate of the slow adaptation current"},
                     {"s", "s", 4.0, 1.0, 6.0, "strength of the adaptation"},
                     {"xr", "x_R", -1.6, -3.0, 0.0, "resting potential the adaptation refers to"},
                     {"I", "I", 3.25, 0.0, 5.0, "injected current"}},
      .initial_state = {-0.9048, -3.238, 3.19},
      .dt = 0.02,
      .references = {},
      .drift = hindmarsh_rose,
      .jacobian = hindmarsh_rose_jacobian,
  };
}

// --- Lorenz–Stenflo ----------------------------------------------------------

void lorenz_stenflo(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], r = p[2], s = p[3];
  out[0] = a * (x[1] - x[0]) + s * x[3];
  out[1] = x[0] * (r - x[2]) - x[1];
  out[2] = x[0] * x[1] - b * x[2];
  out[3] = -x[0] - a * x[3];
}

void lorenz_stenflo_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], r = p[2], s = p[3];
  jac[0] = -a;        jac[1] = a;     jac[2] = 0.0;    jac[3] = s;
  jac[4] = r - x[2];  jac[5] = -1.0;  jac[6] = -x[0];  jac[7] = 0.0;
  jac[8] = x[1];      jac[9] = x[0];  jac[10] = -b;    jac[11] = 0.0;
  jac[12] = -1.0;     jac[13] = 0.0;  jac[14] = 0.0;   jac[15] = -a;
}

BuiltinSpec lorenz_stenflo_spec() {
  return {
      .id = "lorenz-stenflo",
      .name = "Lorenz–Stenflo",
      .variables = {"x", "y", "z", "w"},
      .equations = "dx/dt = a (y - x) + s w\ndy/dt = x (r - z) - y\ndz/dt = x y - b z\ndw/dt = -x - a w",
      .description = "Lorenz's convection equations extended by a fourth mode for low-frequency "
                     "acoustic-gravity waves in a rotating atmosphere; s measures the rotation.",
      .citation = "L. Stenflo, Generalized Lorenz equations for acoustic-gravity waves in the atmosphere, "
                  "Phys. Scr. 53, 83-84 (1996)",
      .parameters = {{"a", "a", 2.0, 0.5, 5.0, "Prandtl number"},
                     {"b", "b", 0.7, 0.1, 3.0, "geometric factor"},
                     {"r", "r", 26.0, 10.0, 40.0, "Rayleigh number: the driving"},
                     {"s", "s", 1.5, 0.0, 5.0, "rotation number"}},
      .initial_state = {1.693, 5.066, 13.04, -0.617},
      .dt = 0.005,
      .references = {},
      .drift = lorenz_stenflo,
      .jacobian = lorenz_stenflo_jacobian,
  };
}

// --- Hyperchaotic Rössler ----------------------------------------------------

void hyper_rossler(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2], d = p[3];
  out[0] = -x[1] - x[2];
  out[1] = x[0] + a * x[1] + x[3];
  out[2] = b + x[0] * x[2];
  out[3] = -c * x[2] + d * x[3];
}

void hyper_rossler_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], c = p[2], d = p[3];
  jac[0] = 0.0;   jac[1] = -1.0; jac[2] = -1.0;  jac[3] = 0.0;
  jac[4] = 1.0;   jac[5] = a;    jac[6] = 0.0;   jac[7] = 1.0;
  jac[8] = x[2];  jac[9] = 0.0;  jac[10] = x[0]; jac[11] = 0.0;
  jac[12] = 0.0;  jac[13] = 0.0; jac[14] = -c;   jac[15] = d;
}

BuiltinSpec hyper_rossler_spec() {
  return {
      .id = "hyper-rossler",
      .name = "Hyperchaotic Rössler",
      .variables = {"x", "y", "z", "w"},
      .equations = "dx/dt = -y - z\ndy/dt = x + a y + w\ndz/dt = b + x z\ndw/dt = -c z + d w",
      .description = "The first hyperchaotic flow: a fourth variable w adds a second unstable direction, "
                     "so nearby orbits separate along two directions at once (two positive Lyapunov "
                     "exponents).",
      .citation = "O. E. Rössler, An equation for hyperchaos, Phys. Lett. A 71, 155-157 (1979)",
      .parameters = {{"a", "a", 0.25, 0.1, 0.4, "rate of the outward spiral in the x-y plane"},
                     {"b", "b", 3.0, 1.0, 5.0, "constant feed of z"},
                     {"c", "c", 0.5, 0.1, 1.0, "coupling of z into w"},
                     {"d", "d", 0.05, 0.0, 0.1, "self-excitation of w"}},
      .initial_state = {-43.43, -20.06, 0.06838, 27.94},
      .dt = 0.005,
      .references = {},
      .drift = hyper_rossler,
      .jacobian = hyper_rossler_jacobian,
  };
}

}  // namespace

void add_other_systems(SystemList& list) {
  add(list, hindmarsh_rose_spec());
  list.push_back(std::make_shared<Lorenz96System>());
  add(list, lorenz_stenflo_spec());
  add(list, hyper_rossler_spec());
}

}  // namespace flowscope
