// Sprott's simple chaotic flows, cases K to S, and the simplest dissipative
// chaotic jerk equation.
#include <utility>

#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {
namespace {

const char* const kSprott1994 = "J. C. Sprott, Some simple chaotic flows, Phys. Rev. E 50, R647-R650 (1994)";
const char* const kSprottBook = "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)";

void add(SystemList& list, BuiltinSpec spec) {
  list.push_back(std::make_shared<BuiltinSystem>(std::move(spec)));
}

// --- K -----------------------------------------------------------------------

void sprott_k(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = x[0] * x[1] - x[2];
  out[1] = x[0] - x[1];
  out[2] = x[0] + a * x[2];
}

void sprott_k_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = x[1]; jac[1] = x[0]; jac[2] = -1.0;
  jac[3] = 1.0;  jac[4] = -1.0; jac[5] = 0.0;
  jac[6] = 1.0;  jac[7] = 0.0;  jac[8] = a;
}

BuiltinSpec sprott_k_spec() {
  return {
      .id = "sprott-k",
      .name = "Sprott K",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = x y - z\ndy/dt = x - y\ndz/dt = x + a z",
      .description = "A growing z (rate a) pushes x down, while x is limited only through the product x y "
                     "with its lagging copy y.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.3, 0.1, 0.5, "growth rate of z"}},
      .initial_state = {-0.0156, -0.6049, -0.5303},
      .dt = 0.02,
      .references = {},
      .drift = sprott_k,
      .jacobian = sprott_k_jacobian,
  };
}

// --- L -----------------------------------------------------------------------

void sprott_l(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1];
  out[0] = x[1] + b * x[2];
  out[1] = a * x[0] * x[0] - x[1];
  out[2] = 1.0 - x[0];
}

void sprott_l_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1];
  jac[0] = 0.0;            jac[1] = 1.0;  jac[2] = b;
  jac[3] = 2.0 * a * x[0]; jac[4] = -1.0; jac[5] = 0.0;
  jac[6] = -1.0;           jac[7] = 0.0;  jac[8] = 0.0;
}

BuiltinSpec sprott_l_spec() {
  return {
      .id = "sprott-l",
      .name = "Sprott L",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y + b z\ndy/dt = a x^2 - y\ndz/dt = 1 - x",
      .description = "A single quadratic term a x^2, with z integrating the offset of x from 1; the attractor "
                     "surrounds the only equilibrium.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.9, 0.5, 1.2, "strength of the x^2 nonlinearity"},
                     {"b", "b", 3.9, 3.0, 5.0, "coupling of z into x"}},
      .initial_state = {5.102, 11.57, -2.054},
      .dt = 0.01,
      .references = {},
      .drift = sprott_l,
      .jacobian = sprott_l_jacobian,
  };
}

// --- M -----------------------------------------------------------------------

void sprott_m(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = -x[2];
  out[1] = -x[0] * x[0] - x[1];
  out[2] = a + a * x[0] + x[1];
}

void sprott_m_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0;         jac[1] = 0.0;  jac[2] = -1.0;
  jac[3] = -2.0 * x[0]; jac[4] = -1.0; jac[5] = 0.0;
  jac[6] = a;           jac[7] = 1.0;  jac[8] = 0.0;
}

BuiltinSpec sprott_m_spec() {
  return {
      .id = "sprott-m",
      .name = "Sprott M",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -z\ndy/dt = -x^2 - y\ndz/dt = a + a x + y",
      .description = "An oscillation in x-z kept going by a and bent by y, which follows -x^2.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 1.7, 1.0, 2.5, "drive and stiffness of the x-z oscillation"}},
      .initial_state = {-1.395, -1.472, -0.4727},
      .dt = 0.01,
      .references = {},
      .drift = sprott_m,
      .jacobian = sprott_m_jacobian,
  };
}

// --- N -----------------------------------------------------------------------

void sprott_n(double, const double* x, const double*, double* out) {
  out[0] = -2.0 * x[1];
  out[1] = x[0] + x[2] * x[2];
  out[2] = 1.0 + x[1] - 2.0 * x[2];
}

void sprott_n_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0; jac[1] = -2.0; jac[2] = 0.0;
  jac[3] = 1.0; jac[4] = 0.0;  jac[5] = 2.0 * x[2];
  jac[6] = 0.0; jac[7] = 1.0;  jac[8] = -2.0;
}

BuiltinSpec sprott_n_spec() {
  return {
      .id = "sprott-n",
      .name = "Sprott N",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -2 y\ndy/dt = x + z^2\ndz/dt = 1 + y - 2 z",
      .description = "A rotation in x-y fed by z^2, where z relaxes quickly towards (1 + y) / 2.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {-12.05, -6.997, -0.3173},
      .dt = 0.01,
      .references = {},
      .drift = sprott_n,
      .jacobian = sprott_n_jacobian,
  };
}

// --- O -----------------------------------------------------------------------

void sprott_o(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = x[1];
  out[1] = x[0] - x[2];
  out[2] = x[0] + x[0] * x[2] + a * x[1];
}

void sprott_o_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0;        jac[1] = 1.0; jac[2] = 0.0;
  jac[3] = 1.0;        jac[4] = 0.0; jac[5] = -1.0;
  jac[6] = 1.0 + x[2]; jac[7] = a;   jac[8] = x[0];
}

BuiltinSpec sprott_o_spec() {
  return {
      .id = "sprott-o",
      .name = "Sprott O",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = x - z\ndz/dt = x + x z + a y",
      .description = "A second-order oscillator in x with z acting as a nonlinear, velocity-driven "
                     "spring through x z and a y.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 2.7, 2.0, 3.5, "velocity feedback into z"}},
      .initial_state = {-0.02963, 0.323, 0.3639},
      .dt = 0.02,
      .references = {},
      .drift = sprott_o,
      .jacobian = sprott_o_jacobian,
  };
}

// --- P -----------------------------------------------------------------------

void sprott_p(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = a * x[1] + x[2];
  out[1] = -x[0] + x[1] * x[1];
  out[2] = x[0] + x[1];
}

void sprott_p_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0;  jac[1] = a;          jac[2] = 1.0;
  jac[3] = -1.0; jac[4] = 2.0 * x[1]; jac[5] = 0.0;
  jac[6] = 1.0;  jac[7] = 1.0;        jac[8] = 0.0;
}

BuiltinSpec sprott_p_spec() {
  return {
      .id = "sprott-p",
      .name = "Sprott P",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a y + z\ndy/dt = -x + y^2\ndz/dt = x + y",
      .description = "An x-y rotation (frequency set by a) destabilised by y^2 and stirred by z, the "
                     "running sum of x + y.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 2.7, 2.0, 3.5, "coupling of y into x: the rotation frequency"}},
      .initial_state = {0.4685, -0.8834, 1.588},
      .dt = 0.01,
      .references = {},
      .drift = sprott_p,
      .jacobian = sprott_p_jacobian,
  };
}

// --- Q -----------------------------------------------------------------------

void sprott_q(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1];
  out[0] = -x[2];
  out[1] = x[0] - x[1];
  out[2] = a * x[0] + x[1] * x[1] + b * x[2];
}

void sprott_q_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1];
  jac[0] = 0.0; jac[1] = 0.0;        jac[2] = -1.0;
  jac[3] = 1.0; jac[4] = -1.0;       jac[5] = 0.0;
  jac[6] = a;   jac[7] = 2.0 * x[1]; jac[8] = b;
}

BuiltinSpec sprott_q_spec() {
  return {
      .id = "sprott-q",
      .name = "Sprott Q",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -z\ndy/dt = x - y\ndz/dt = a x + y^2 + b z",
      .description = "An unstable x-z oscillation (growth b) where y follows x with a lag and folds the "
                     "orbit through y^2.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 3.1, 2.5, 4.0, "stiffness of the x-z oscillation"},
                     {"b", "b", 0.5, 0.3, 0.7, "growth rate of z"}},
      .initial_state = {-2.271, -1.332, -1.7},
      .dt = 0.01,
      .references = {},
      .drift = sprott_q,
      .jacobian = sprott_q_jacobian,
  };
}

// --- R -----------------------------------------------------------------------

void sprott_r(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1];
  out[0] = a - x[1];
  out[1] = b + x[2];
  out[2] = x[0] * x[1] - x[2];
}

void sprott_r_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;  jac[1] = -1.0; jac[2] = 0.0;
  jac[3] = 0.0;  jac[4] = 0.0;  jac[5] = 1.0;
  jac[6] = x[1]; jac[7] = x[0]; jac[8] = -1.0;
}

BuiltinSpec sprott_r_spec() {
  return {
      .id = "sprott-r",
      .name = "Sprott R",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a - y\ndy/dt = b + z\ndz/dt = x y - z",
      .description = "Two constant drives a and b with the single product x y as nonlinearity; the attractor "
                     "surrounds the only equilibrium.",
      .citation = kSprott1994,
      .parameters = {{"a", "a", 0.9, 0.5, 1.2, "constant drive of x"},
                     {"b", "b", 0.4, 0.2, 0.6, "constant drive of y"}},
      .initial_state = {1.083, 1.386, 0.8228},
      .dt = 0.02,
      .references = {},
      .drift = sprott_r,
      .jacobian = sprott_r_jacobian,
  };
}

// --- S -----------------------------------------------------------------------

void sprott_s(double, const double* x, const double*, double* out) {
  out[0] = -x[0] - 4.0 * x[1];
  out[1] = x[0] + x[2] * x[2];
  out[2] = 1.0 + x[0];
}

void sprott_s_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = -1.0; jac[1] = -4.0; jac[2] = 0.0;
  jac[3] = 1.0;  jac[4] = 0.0;  jac[5] = 2.0 * x[2];
  jac[6] = 1.0;  jac[7] = 0.0;  jac[8] = 0.0;
}

BuiltinSpec sprott_s_spec() {
  return {
      .id = "sprott-s",
      .name = "Sprott S",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -x - 4 y\ndy/dt = x + z^2\ndz/dt = 1 + x",
      .description = "The last case of the list: a damped x-y rotation driven by z^2, where z "
                     "integrates 1 + x.",
      .citation = kSprott1994,
      .parameters = {},
      .initial_state = {-1.663, 0.2203, 0.7003},
      .dt = 0.01,
      .references = {},
      .drift = sprott_s,
      .jacobian = sprott_s_jacobian,
  };
}

// --- Simplest quadratic jerk -------------------------------------------------

void sprott_jerk(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = x[1];
  out[1] = x[2];
  out[2] = -a * x[2] + x[1] * x[1] - x[0];
}

void sprott_jerk_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = 0.0;  jac[1] = 1.0;        jac[2] = 0.0;
  jac[3] = 0.0;  jac[4] = 0.0;        jac[5] = 1.0;
  jac[6] = -1.0; jac[7] = 2.0 * x[1]; jac[8] = -a;
}

BuiltinSpec sprott_jerk_spec() {
  return {
      .id = "sprott-jerk",
      .name = "Sprott jerk",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = z\ndz/dt = -a z + y^2 - x",
      .description = "The algebraically simplest dissipative chaotic flow known: the third derivative of "
                     "x (the jerk) depends on one quadratic term. Chaos lives only in a narrow window of "
                     "a around 2.02.",
      .citation = "J. C. Sprott, Simplest dissipative chaotic flow, Phys. Lett. A 228, 271-274 (1997)",
      .parameters = {{"a", "A", 2.017, 2.0, 2.1,
                      "damping of the acceleration; chaotic for 2.0168 < A < 2.0577"}},
      .initial_state = {1.116, -1.458, 0.7962},
      .dt = 0.01,
      .references = {{"max_lyapunov", {0.0551}, kSprottBook},
                     {"lyapunov_spectrum", {0.0551, 0.0, -2.0721}, kSprottBook},
                     {"kaplan_yorke", {2.0266}, kSprottBook}},
      .drift = sprott_jerk,
      .jacobian = sprott_jerk_jacobian,
  };
}

}  // namespace

void add_more_sprott_flows(SystemList& list) {
  for (BuiltinSpec (*spec)() : {sprott_k_spec, sprott_l_spec, sprott_m_spec, sprott_n_spec, sprott_o_spec,
                                sprott_p_spec, sprott_q_spec, sprott_r_spec, sprott_s_spec, sprott_jerk_spec})
    add(list, spec());
}

}  // namespace flowscope
