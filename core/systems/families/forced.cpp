// Periodically forced oscillators (non-autonomous: the drift depends on t)
// and mechanical systems.
#include <cmath>
#include <utility>

#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {
namespace {

void add(SystemList& list, BuiltinSpec spec) {
  list.push_back(std::make_shared<BuiltinSystem>(std::move(spec)));
}

// --- Duffing -----------------------------------------------------------------

void duffing(double t, const double* x, const double* p, double* out) {
  const double delta = p[0], alpha = p[1], beta = p[2], gamma = p[3], omega = p[4];
  out[0] = x[1];
  out[1] = -delta * x[1] - alpha * x[0] - beta * x[0] * x[0] * x[0] + gamma * std::cos(omega * t);
}

void duffing_jacobian(double, const double* x, const double* p, double* jac) {
  const double delta = p[0], alpha = p[1], beta = p[2];
  jac[0] = 0.0;                               jac[1] = 1.0;
  jac[2] = -alpha - 3.0 * beta * x[0] * x[0]; jac[3] = -delta;
}

BuiltinSpec duffing_spec() {
  return {
      .id = "duffing",
      .name = "Duffing",
      .variables = {"x", "v"},
      .equations = "dx/dt = v\ndv/dt = -delta v - alpha x - beta x^3 + gamma cos(omega t)",
      .description = "A periodically forced oscillator with a cubic spring; with alpha < 0 it is a "
                     "particle in a double well, shaken hard enough to hop between the wells at random. "
                     "A stroboscopic view at the forcing period shows the fractal attractor.",
      .citation = "G. Duffing, Erzwungene Schwingungen bei veränderlicher Eigenfrequenz und ihre "
                  "technische Bedeutung, Vieweg, Braunschweig (1918)",
      .parameters = {{"delta", "δ", 0.25, 0.0, 1.0, "damping"},
                     {"alpha", "α", -1.0, -2.0, 2.0, "linear stiffness; negative makes a double well"},
                     {"beta", "β", 1.0, 0.0, 2.0, "cubic stiffness"},
                     {"gamma", "γ", 0.4, 0.0, 1.0, "forcing amplitude"},
                     {"omega", "ω", 1.0, 0.2, 2.0, "forcing angular frequency"}},
      .initial_state = {-0.3127, 0.5963},
      .dt = 0.01,
      .references = {},
      .autonomous = false,
      .drift = duffing,
      .jacobian = duffing_jacobian,
  };
}

// --- Forced van der Pol ------------------------------------------------------

void van_der_pol(double t, const double* x, const double* p, double* out) {
  const double mu = p[0], a = p[1], omega = p[2];
  out[0] = x[1];
  out[1] = mu * (1.0 - x[0] * x[0]) * x[1] - x[0] + a * std::sin(omega * t);
}

void van_der_pol_jacobian(double, const double* x, const double* p, double* jac) {
  const double mu = p[0];
  jac[0] = 0.0;                           jac[1] = 1.0;
  jac[2] = -2.0 * mu * x[0] * x[1] - 1.0; jac[3] = mu * (1.0 - x[0] * x[0]);
}

BuiltinSpec van_der_pol_spec() {
  return {
      .id = "van-der-pol",
      .name = "Forced van der Pol",
      .variables = {"x", "v"},
      .equations = "dx/dt = v\ndv/dt = mu (1 - x^2) v - x + a sin(omega t)",
      .description = "A self-sustained relaxation oscillator (a triode circuit, a heartbeat) driven "
                     "periodically. Between the frequency-locked windows the response is chaotic.",
      .citation = "B. van der Pol and J. van der Mark, Frequency demultiplication, Nature 120, 363-364 (1927)",
      .parameters = {{"mu", "μ", 3.0, 0.0, 10.0, "strength of the nonlinear damping"},
                     {"a", "a", 5.0, 0.0, 10.0, "forcing amplitude"},
                     {"omega", "ω", 1.788, 0.2, 4.0, "forcing angular frequency"}},
      .initial_state = {0.9913, -1.378},
      .dt = 0.005,
      .references = {},
      .autonomous = false,
      .drift = van_der_pol,
      .jacobian = van_der_pol_jacobian,
  };
}

// --- Double pendulum ---------------------------------------------------------

// Two equal point masses on massless rods of equal length l (the mass
// cancels out of the equations of motion).
void double_pendulum(double, const double* x, const double* p, double* out) {
  const double g = p[0], l = p[1];
  const double theta1 = x[0], theta2 = x[1], omega1 = x[2], omega2 = x[3];
  const double delta = theta1 - theta2;
  const double denominator = l * (3.0 - std::cos(2.0 * delta));
  out[0] = omega1;
  out[1] = omega2;
  out[2] = (-3.0 * g * std::sin(theta1) - g * std::sin(theta1 - 2.0 * theta2) -
            2.0 * std::sin(delta) * (omega2 * omega2 * l + omega1 * omega1 * l * std::cos(delta))) /
           denominator;
  out[3] = 2.0 * std::sin(delta) *
           (2.0 * omega1 * omega1 * l + 2.0 * g * std::cos(theta1) + omega2 * omega2 * l * std::cos(delta)) /
           denominator;
}

BuiltinSpec double_pendulum_spec() {
  return {
      .id = "double-pendulum",
      .name = "Double pendulum",
      .variables = {"theta1", "theta2", "omega1", "omega2"},
      .equations = "dtheta1/dt = omega1\ndtheta2/dt = omega2\n"
                   "domega1/dt = (-3 g sin(theta1) - g sin(theta1 - 2 theta2) - 2 sin(theta1 - theta2) "
                   "(omega2^2 l + omega1^2 l cos(theta1 - theta2))) / (l (3 - cos(2 (theta1 - theta2))))\n"
                   "domega2/dt = 2 sin(theta1 - theta2) (2 omega1^2 l + 2 g cos(theta1) + omega2^2 l "
                   "cos(theta1 - theta2)) / (l (3 - cos(2 (theta1 - theta2))))",
      .description = "A pendulum hanging from a pendulum, both with equal masses and lengths, without "
                     "friction. At low energy it swings regularly; started high, as here, it tumbles "
                     "chaotically while conserving energy.",
      .citation = "T. Shinbrot, C. Grebogi, J. Wisdom and J. A. Yorke, Chaos in a double pendulum, "
                  "Am. J. Phys. 60, 491-499 (1992)",
      .parameters = {{"g", "g", 9.81, 0.0, 20.0, "gravitational acceleration"},
                     {"l", "l", 1.0, 0.1, 5.0, "length of each rod"}},
      .initial_state = {2.0, 2.5, 0.0, 0.0},
      .dt = 0.002,
      .references = {},
      .drift = double_pendulum,
  };
}

}  // namespace

void add_forced_systems(SystemList& list) {
  for (BuiltinSpec (*spec)() : {duffing_spec, van_der_pol_spec, double_pendulum_spec}) add(list, spec());
}

}  // namespace flowscope
