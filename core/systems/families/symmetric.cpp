// Three-dimensional flows known for the symmetry of their attractors:
// cyclic (Thomas, Halvorsen), rotational (Aizawa), multi-winged and
// multi-scroll ones, and the mirror-image pairs of rigid bodies under feedback.
#include <cmath>
#include <utility>

#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {
namespace {

const char* const kSprottBook = "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)";

void add(SystemList& list, BuiltinSpec spec) {
  list.push_back(std::make_shared<BuiltinSystem>(std::move(spec)));
}

// --- Thomas ------------------------------------------------------------------

void thomas(double, const double* x, const double* p, double* out) {
  const double b = p[0];
  out[0] = std::sin(x[1]) - b * x[0];
  out[1] = std::sin(x[2]) - b * x[1];
  out[2] = std::sin(x[0]) - b * x[2];
}

void thomas_jacobian(double, const double* x, const double* p, double* jac) {
  const double b = p[0];
  jac[0] = -b;              jac[1] = std::cos(x[1]); jac[2] = 0.0;
  jac[3] = 0.0;             jac[4] = -b;             jac[5] = std::cos(x[2]);
  jac[6] = std::cos(x[0]);  jac[7] = 0.0;            jac[8] = -b;
}

BuiltinSpec thomas_spec() {
  return {
      .id = "thomas",
      .name = "Thomas",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = sin(y) - b x\ndy/dt = sin(z) - b y\ndz/dt = sin(x) - b z",
      .description = "A damped particle in a three-dimensional lattice of forces, the same law for "
                     "each axis in turn. Lowering the friction b leads through period doubling to chaos "
                     "and, at b = 0, to a random walk through the lattice.",
      .citation = "R. Thomas, Deterministic chaos seen in terms of feedback circuits: analysis, "
                  "synthesis, 'labyrinth chaos', Int. J. Bifurcation Chaos 9, 1889-1905 (1999)",
      .parameters = {{"b", "b", 0.18, 0.0, 0.35, "friction; chaos below about 0.208"}},
      .initial_state = {3.89, 0.4961, -1.065},
      .dt = 0.02,
      .references = {{"max_lyapunov", {0.0349}, kSprottBook},
                     {"lyapunov_spectrum", {0.0349, 0.0, -0.5749}, kSprottBook},
                     {"kaplan_yorke", {2.0607}, kSprottBook}},
      .drift = thomas,
      .jacobian = thomas_jacobian,
  };
}

// --- Halvorsen ---------------------------------------------------------------

void halvorsen(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = -a * x[0] - 4.0 * x[1] - 4.0 * x[2] - x[1] * x[1];
  out[1] = -a * x[1] - 4.0 * x[2] - 4.0 * x[0] - x[2] * x[2];
  out[2] = -a * x[2] - 4.0 * x[0] - 4.0 * x[1] - x[0] * x[0];
}

void halvorsen_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0];
  jac[0] = -a;                jac[1] = -4.0 - 2.0 * x[1]; jac[2] = -4.0;
  jac[3] = -4.0;              jac[4] = -a;                jac[5] = -4.0 - 2.0 * x[2];
  jac[6] = -4.0 - 2.0 * x[0]; jac[7] = -4.0;              jac[8] = -a;
}

BuiltinSpec halvorsen_spec() {
  return {
      .id = "halvorsen",
      .name = "Halvorsen",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -a x - 4 y - 4 z - y^2\ndy/dt = -a y - 4 z - 4 x - z^2\n"
                   "dz/dt = -a z - 4 x - 4 y - x^2",
      .description = "A cyclically symmetric quadratic flow: three interlocked lobes that map onto each "
                     "other under x -> y -> z -> x.",
      .citation = "A. D. Halvorsen, as presented in J. C. Sprott, Chaos and Time-Series Analysis, "
                  "Oxford University Press (2003)",
      .parameters = {{"a", "a", 1.27, 1.0, 2.0, "damping of each variable"}},
      .initial_state = {-5.149, -6.789, 4.643},
      .dt = 0.002,
      .references = {},
      .drift = halvorsen,
      .jacobian = halvorsen_jacobian,
  };
}

// --- Aizawa ------------------------------------------------------------------

void aizawa(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2], d = p[3], e = p[4], f = p[5];
  const double r2 = x[0] * x[0] + x[1] * x[1];
  out[0] = (x[2] - b) * x[0] - d * x[1];
  out[1] = d * x[0] + (x[2] - b) * x[1];
  out[2] = c + a * x[2] - x[2] * x[2] * x[2] / 3.0 - r2 * (1.0 + e * x[2]) + f * x[2] * x[0] * x[0] * x[0];
}

void aizawa_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], d = p[3], e = p[4], f = p[5];
  const double r2 = x[0] * x[0] + x[1] * x[1];
  const double lift = 1.0 + e * x[2];
  jac[0] = x[2] - b; jac[1] = -d;       jac[2] = x[0];
  jac[3] = d;        jac[4] = x[2] - b; jac[5] = x[1];
  jac[6] = -2.0 * x[0] * lift + 3.0 * f * x[2] * x[0] * x[0];
  jac[7] = -2.0 * x[1] * lift;
  jac[8] = a - x[2] * x[2] - e * r2 + f * x[0] * x[0] * x[0];
}

BuiltinSpec aizawa_spec() {
  return {
      .id = "aizawa",
      .name = "Aizawa",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = (z - b) x - d y\ndy/dt = d x + (z - b) y\n"
                   "dz/dt = c + a z - z^3 / 3 - (x^2 + y^2) (1 + e z) + f z x^3",
      .description = "Rotation about the z axis combined with a vertical relaxation oscillation: orbits "
                     "wind over a sphere-like shell and escape through a tube along the axis. The small "
                     "x^3 term breaks the rotational symmetry.",
      .citation = "W. F. Langford, Numerical studies of torus bifurcations, in Numerical Methods for "
                  "Bifurcation Problems, Birkhäuser, 285-295 (1984)",
      .parameters = {{"a", "a", 0.95, 0.5, 1.2, "growth rate of z near the axis"},
                     {"b", "b", 0.7, 0.3, 1.0, "height at which rotation turns from decaying to growing"},
                     {"c", "c", 0.6, 0.0, 1.0, "constant lift of z"},
                     {"d", "d", 3.5, 1.0, 5.0, "angular speed about the z axis"},
                     {"e", "e", 0.25, 0.0, 0.5, "coupling of the radius to the height"},
                     {"f", "f", 0.1, 0.0, 0.3, "symmetry-breaking x^3 term"}},
      .initial_state = {-0.2005, 0.1299, -0.0574},
      .dt = 0.01,
      .references = {},
      .drift = aizawa,
      .jacobian = aizawa_jacobian,
  };
}

// --- Four-wing (Wang–Sun) ----------------------------------------------------

void four_wing(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = a * x[0] + x[1] * x[2];
  out[1] = b * x[0] + c * x[1] - x[0] * x[2];
  out[2] = -x[2] - x[0] * x[1];
}

void four_wing_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = a;         jac[1] = x[2];  jac[2] = x[1];
  jac[3] = b - x[2];  jac[4] = c;     jac[5] = -x[0];
  jac[6] = -x[1];     jac[7] = -x[0]; jac[8] = -1.0;
}

BuiltinSpec four_wing_spec() {
  return {
      .id = "four-wing",
      .name = "Wang–Sun four-wing",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a x + y z\ndy/dt = b x + c y - x z\ndz/dt = -z - x y",
      .description = "A quadratic flow whose attractor has four wings, two above and two below the x-y "
                     "plane, visited in an irregular order: a contrast with the two-winged Lorenz family.",
      .citation = "Z. Wang, Y. Sun, B. J. van Wyk, G. Qi and M. A. van Wyk, A 3-D four-wing attractor "
                  "and its analysis, Braz. J. Phys. 39, 547-553 (2009)",
      .parameters = {{"a", "a", 0.2, 0.0, 0.5, "self-excitation of x"},
                     {"b", "b", -0.01, -0.1, 0.1, "weak linear coupling from x to y"},
                     {"c", "c", -0.4, -1.0, 0.0, "damping of y"}},
      .initial_state = {-0.3912, -0.01039, -0.005557},
      .dt = 0.02,
      .references = {},
      .drift = four_wing,
      .jacobian = four_wing_jacobian,
  };
}

// --- Sakarya -----------------------------------------------------------------

void sakarya(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1];
  out[0] = -x[0] + x[1] + x[1] * x[2];
  out[1] = -x[0] - x[1] + a * x[0] * x[2];
  out[2] = x[2] - b * x[0] * x[1];
}

void sakarya_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1];
  jac[0] = -1.0;             jac[1] = 1.0 + x[2];  jac[2] = x[1];
  jac[3] = -1.0 + a * x[2];  jac[4] = -1.0;        jac[5] = a * x[0];
  jac[6] = -b * x[1];        jac[7] = -b * x[0];   jac[8] = 1.0;
}

BuiltinSpec sakarya_spec() {
  return {
      .id = "sakarya",
      .name = "Sakarya",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -x + y + y z\ndy/dt = -x - y + a x z\ndz/dt = z - b x y",
      .description = "A member of the generalised Lorenz family, realised by its authors as an "
                     "electronic circuit: a broad two-winged attractor.",
      .citation = "I. Pehlivan and Y. Uyaroğlu, A new chaotic attractor from general Lorenz system family "
                  "and its electronic experimental implementation, Turk. J. Elec. Eng. & Comp. Sci. 18, "
                  "171-184 (2010)",
      .parameters = {{"a", "a", 0.4, 0.1, 1.0, "strength of the x z coupling into y"},
                     {"b", "b", 0.3, 0.1, 1.0, "strength of the x y coupling into z"}},
      .initial_state = {-1.625, -0.5238, 6.161},
      .dt = 0.005,
      .references = {},
      .drift = sakarya,
      .jacobian = sakarya_jacobian,
  };
}

// --- Dadras ------------------------------------------------------------------

void dadras(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2], d = p[3], e = p[4];
  out[0] = x[1] - a * x[0] + b * x[1] * x[2];
  out[1] = c * x[1] - x[0] * x[2] + x[2];
  out[2] = d * x[0] * x[1] - e * x[2];
}

void dadras_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2], d = p[3], e = p[4];
  jac[0] = -a;        jac[1] = 1.0 + b * x[2]; jac[2] = b * x[1];
  jac[3] = -x[2];     jac[4] = c;              jac[5] = 1.0 - x[0];
  jac[6] = d * x[1];  jac[7] = d * x[0];       jac[8] = -e;
}

BuiltinSpec dadras_spec() {
  return {
      .id = "dadras",
      .name = "Dadras",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y - a x + b y z\ndy/dt = c y - x z + z\ndz/dt = d x y - e z",
      .description = "A quadratic system built for circuit realisation that, depending on its "
                     "parameters, shows two-, three- or four-scroll attractors; the defaults give two "
                     "scrolls.",
      .citation = "S. Dadras and H. R. Momeni, A novel three-dimensional autonomous chaotic system "
                  "generating two, three and four-scroll attractors, Phys. Lett. A 373, 3637-3642 (2009)",
      .parameters = {{"a", "a", 3.0, 1.0, 5.0, "damping of x"},
                     {"b", "b", 2.7, 1.0, 4.0, "strength of the y z coupling into x"},
                     {"c", "c", 1.7, 0.5, 3.0, "self-excitation of y"},
                     {"d", "d", 2.0, 1.0, 4.0, "strength of the x y coupling into z"},
                     {"e", "e", 9.0, 5.0, 13.0, "damping of z"}},
      .initial_state = {2.848, -4.007, -1.902},
      .dt = 0.005,
      .references = {},
      .drift = dadras,
      .jacobian = dadras_jacobian,
  };
}

// --- Newton–Leipnik ----------------------------------------------------------

void newton_leipnik(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1];
  out[0] = -a * x[0] + x[1] + 10.0 * x[1] * x[2];
  out[1] = -x[0] - 0.4 * x[1] + 5.0 * x[0] * x[2];
  out[2] = b * x[2] - 5.0 * x[0] * x[1];
}

void newton_leipnik_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1];
  jac[0] = -a;               jac[1] = 1.0 + 10.0 * x[2]; jac[2] = 10.0 * x[1];
  jac[3] = -1.0 + 5.0 * x[2]; jac[4] = -0.4;             jac[5] = 5.0 * x[0];
  jac[6] = -5.0 * x[1];      jac[7] = -5.0 * x[0];       jac[8] = b;
}

BuiltinSpec newton_leipnik_spec() {
  return {
      .id = "newton-leipnik",
      .name = "Newton–Leipnik",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -a x + y + 10 y z\ndy/dt = -x - 0.4 y + 5 x z\ndz/dt = b z - 5 x y",
      .description = "Euler's equations of a rigid body with linear feedback control. Two strange "
                     "attractors coexist, mirror images of each other; the initial state picks one.",
      .citation = "R. B. Leipnik and T. A. Newton, Double strange attractors in rigid body motion with "
                  "linear feedback control, Phys. Lett. A 86, 63-67 (1981)",
      .parameters = {{"a", "a", 0.4, 0.1, 1.0, "damping of the first angular velocity"},
                     {"b", "b", 0.175, 0.0, 0.4, "feedback gain on the third angular velocity"}},
      .initial_state = {-0.3732, -0.06491, 0.1594},
      .dt = 0.01,
      .references = {},
      .drift = newton_leipnik,
      .jacobian = newton_leipnik_jacobian,
  };
}

// --- Chen–Lee ----------------------------------------------------------------

void chen_lee(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = a * x[0] - x[1] * x[2];
  out[1] = b * x[1] + x[0] * x[2];
  out[2] = c * x[2] + x[0] * x[1] / 3.0;
}

void chen_lee_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = a;          jac[1] = -x[2];      jac[2] = -x[1];
  jac[3] = x[2];       jac[4] = b;          jac[5] = x[0];
  jac[6] = x[1] / 3.0; jac[7] = x[0] / 3.0; jac[8] = c;
}

BuiltinSpec chen_lee_spec() {
  return {
      .id = "chen-lee",
      .name = "Chen–Lee",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a x - y z\ndy/dt = b y + x z\ndz/dt = c z + x y / 3",
      .description = "A gyrostat (rigid body) whose angular velocities are driven by linear feedback "
                     "(anti-control of chaos). The attractor is unchanged by a half-turn about the z axis.",
      .citation = "H.-K. Chen and C.-I. Lee, Anti-control of chaos in rigid body motion, Chaos Solitons "
                  "Fractals 21, 957-965 (2004)",
      .parameters = {{"a", "a", 5.0, 0.0, 10.0, "feedback gain on the first axis"},
                     {"b", "b", -10.0, -20.0, 0.0, "feedback gain on the second axis"},
                     {"c", "c", -0.38, -1.0, 0.0, "feedback gain on the third axis"}},
      .initial_state = {3.89, 1.898, 12.88},
      .dt = 0.002,
      .references = {},
      .drift = chen_lee,
      .jacobian = chen_lee_jacobian,
  };
}

}  // namespace

void add_symmetric_flows(SystemList& list) {
  for (BuiltinSpec (*spec)() : {thomas_spec, halvorsen_spec, aizawa_spec, four_wing_spec, sakarya_spec,
                                dadras_spec, newton_leipnik_spec, chen_lee_spec})
    add(list, spec());
}

}  // namespace flowscope
