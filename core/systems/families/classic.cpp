// Three-dimensional autonomous chaotic flows from the classic literature:
// Rössler, the Lorenz-like families, Chua's circuit and jerk equations.
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

// --- Rössler -----------------------------------------------------------------

void rossler(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = -x[1] - x[2];
  out[1] = x[0] + a * x[1];
  out[2] = b + x[2] * (x[0] - c);
}

void rossler_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], c = p[2];
  jac[0] = 0.0;  jac[1] = -1.0; jac[2] = -1.0;
  jac[3] = 1.0;  jac[4] = a;    jac[5] = 0.0;
  jac[6] = x[2]; jac[7] = 0.0;  jac[8] = x[0] - c;
}

BuiltinSpec rossler_spec() {
  return {
      .id = "rossler",
      .name = "Rössler",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -y - z\ndy/dt = x + a y\ndz/dt = b + z (x - c)",
      .description = "A spiral in the x-y plane folded back by rare bursts in z: the simplest "
                     "picture of stretching and folding. Period doubling leads to chaos as c grows.",
      .citation = "O. E. Rössler, An equation for continuous chaos, Phys. Lett. A 57, 397-398 (1976)",
      .parameters = {{"a", "a", 0.2, 0.0, 0.5, "rate of the outward spiral in the x-y plane"},
                     {"b", "b", 0.2, 0.0, 2.0, "constant feed of z"},
                     {"c", "c", 5.7, 1.0, 20.0, "threshold in x above which z bursts"}},
      .initial_state = {1.0, 1.0, 0.0},
      .dt = 0.01,
      .references = {{"max_lyapunov", {0.0714}, kSprottBook},
                     {"lyapunov_spectrum", {0.0714, 0.0, -5.3943}, kSprottBook},
                     {"kaplan_yorke", {2.0132}, kSprottBook}},
      .drift = rossler,
      .jacobian = rossler_jacobian,
  };
}

// --- Chen --------------------------------------------------------------------

void chen(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = a * (x[1] - x[0]);
  out[1] = (c - a) * x[0] - x[0] * x[2] + c * x[1];
  out[2] = x[0] * x[1] - b * x[2];
}

void chen_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = -a;           jac[1] = a;    jac[2] = 0.0;
  jac[3] = c - a - x[2]; jac[4] = c;    jac[5] = -x[0];
  jac[6] = x[1];         jac[7] = x[0]; jac[8] = -b;
}

BuiltinSpec chen_spec() {
  return {
      .id = "chen",
      .name = "Chen",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a (y - x)\ndy/dt = (c - a) x - x z + c y\ndz/dt = x y - b z",
      .description = "Found by feeding y back into itself (anti-control) in a Lorenz-like system: "
                     "a two-lobed butterfly that is not equivalent to Lorenz's and stretches about "
                     "twice as fast.",
      .citation = "G. Chen and T. Ueta, Yet another chaotic attractor, Int. J. Bifurcation Chaos 9, "
                  "1465-1466 (1999)",
      .parameters = {{"a", "a", 35.0, 20.0, 50.0, "coupling that pulls x towards y"},
                     {"b", "b", 3.0, 0.5, 10.0, "damping of z"},
                     {"c", "c", 28.0, 15.0, 35.0, "self-excitation of y added by the feedback"}},
      .initial_state = {3.513, 2.005, 21.13},
      .dt = 0.001,
      .references = {{"max_lyapunov", {2.0272}, kSprottBook},
                     {"lyapunov_spectrum", {2.0272, 0.0, -12.0272}, kSprottBook},
                     {"kaplan_yorke", {2.1686}, kSprottBook}},
      .drift = chen,
      .jacobian = chen_jacobian,
  };
}

// --- Lü ----------------------------------------------------------------------

void lu(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = a * (x[1] - x[0]);
  out[1] = c * x[1] - x[0] * x[2];
  out[2] = x[0] * x[1] - b * x[2];
}

void lu_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = -a;    jac[1] = a;    jac[2] = 0.0;
  jac[3] = -x[2]; jac[4] = c;    jac[5] = -x[0];
  jac[6] = x[1];  jac[7] = x[0]; jac[8] = -b;
}

BuiltinSpec lu_spec() {
  return {
      .id = "lu",
      .name = "Lü",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = a (y - x)\ndy/dt = c y - x z\ndz/dt = x y - b z",
      .description = "The bridge between the Lorenz and Chen attractors: as c grows the butterfly "
                     "changes from Lorenz-like to Chen-like shapes.",
      .citation = "J. Lü and G. Chen, A new chaotic attractor coined, Int. J. Bifurcation Chaos 12, "
                  "659-661 (2002)",
      .parameters = {{"a", "a", 36.0, 20.0, 50.0, "coupling that pulls x towards y"},
                     {"b", "b", 3.0, 0.5, 10.0, "damping of z"},
                     {"c", "c", 20.0, 12.0, 30.0, "growth rate of y: selects Lorenz-like or Chen-like shapes"}},
      .initial_state = {-2.77, -3.556, 11.86},
      .dt = 0.002,
      .references = {},
      .drift = lu,
      .jacobian = lu_jacobian,
  };
}

// --- Chua (piecewise-linear diode) -------------------------------------------

// Slope of Chua's diode: m0 inside |x| < 1, m1 outside.
double chua_diode(double x, double m0, double m1) {
  return m1 * x + 0.5 * (m0 - m1) * (std::fabs(x + 1.0) - std::fabs(x - 1.0));
}

void chua(double, const double* x, const double* p, double* out) {
  const double alpha = p[0], beta = p[1], m0 = p[2], m1 = p[3];
  out[0] = alpha * (x[1] - x[0] - chua_diode(x[0], m0, m1));
  out[1] = x[0] - x[1] + x[2];
  out[2] = -beta * x[1];
}

// Exact away from the two kinks at x = +-1, where the field has no derivative.
void chua_jacobian(double, const double* x, const double* p, double* jac) {
  const double alpha = p[0], beta = p[1], m0 = p[2], m1 = p[3];
  const double slope = std::fabs(x[0]) < 1.0 ? m0 : m1;
  jac[0] = -alpha * (1.0 + slope); jac[1] = alpha; jac[2] = 0.0;
  jac[3] = 1.0;                    jac[4] = -1.0;  jac[5] = 1.0;
  jac[6] = 0.0;                    jac[7] = -beta; jac[8] = 0.0;
}

BuiltinSpec chua_spec() {
  return {
      .id = "chua",
      .name = "Chua",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = alpha (y - x - m1 x - 0.5 (m0 - m1) (|x + 1| - |x - 1|))\n"
                   "dy/dt = x - y + z\ndz/dt = -beta y",
      .description = "An electronic circuit of two capacitors, an inductor and a piecewise-linear "
                     "negative resistor (Chua's diode). Orbits spiral around two outer equilibria and "
                     "jump between them: the double scroll.",
      .citation = "T. Matsumoto, A chaotic attractor from Chua's circuit, IEEE Trans. Circuits Syst. 31, "
                  "1055-1058 (1984)",
      .parameters = {{"alpha", "α", 9.0, 5.0, 20.0, "ratio of the two capacitances, C2 / C1"},
                     {"beta", "β", 100.0 / 7.0, 5.0, 30.0, "stiffness of the inductor loop, C2 R^2 / L"},
                     {"m0", "m₀", -8.0 / 7.0, -2.0, 0.0, "slope of the diode for |x| < 1"},
                     {"m1", "m₁", -5.0 / 7.0, -1.5, 0.0, "slope of the diode for |x| > 1"}},
      .initial_state = {-2.038, -0.1497, 2.457},
      .dt = 0.001,
      .references = {{"max_lyapunov", {0.3271}, kSprottBook},
                     {"lyapunov_spectrum", {0.3271, 0.0, -2.5197}, kSprottBook},
                     {"kaplan_yorke", {2.1298}, kSprottBook}},
      .drift = chua,
      .jacobian = chua_jacobian,
  };
}

// --- Arneodo -----------------------------------------------------------------

void arneodo(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = x[1];
  out[1] = x[2];
  out[2] = a * x[0] - b * x[1] - c * x[2] - x[0] * x[0] * x[0];
}

void arneodo_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = 0.0;                    jac[1] = 1.0; jac[2] = 0.0;
  jac[3] = 0.0;                    jac[4] = 0.0; jac[5] = 1.0;
  jac[6] = a - 3.0 * x[0] * x[0];  jac[7] = -b;  jac[8] = -c;
}

BuiltinSpec arneodo_spec() {
  return {
      .id = "arneodo",
      .name = "Arneodo",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = z\ndz/dt = a x - b y - c z - x^3",
      .description = "A third-order (jerk) equation whose orbits spiral out of a saddle-focus and are "
                     "reinjected along its stable direction: Shilnikov's mechanism for chaos.",
      .citation = "A. Arneodo, P. Coullet and C. Tresser, Possible new strange attractors with spiral "
                  "structure, Commun. Math. Phys. 79, 573-579 (1981)",
      .parameters = {{"a", "a", 5.5, 0.0, 10.0, "linear term that pushes x away from 0"},
                     {"b", "b", 3.5, 0.0, 8.0, "damping of the velocity y"},
                     {"c", "c", 1.0, 0.0, 3.0, "damping of the acceleration z"}},
      .initial_state = {0.489, 0.4904, -0.6644},
      .dt = 0.01,
      .references = {},
      .drift = arneodo,
      .jacobian = arneodo_jacobian,
  };
}

// --- Genesio–Tesi ------------------------------------------------------------

void genesio_tesi(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = x[1];
  out[1] = x[2];
  out[2] = -c * x[0] - b * x[1] - a * x[2] + x[0] * x[0];
}

void genesio_tesi_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = 0.0;             jac[1] = 1.0; jac[2] = 0.0;
  jac[3] = 0.0;             jac[4] = 0.0; jac[5] = 1.0;
  jac[6] = -c + 2.0 * x[0]; jac[7] = -b;  jac[8] = -a;
}

BuiltinSpec genesio_tesi_spec() {
  return {
      .id = "genesio-tesi",
      .name = "Genesio–Tesi",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = z\ndz/dt = -c x - b y - a z + x^2",
      .description = "A feedback control loop with a single quadratic nonlinearity, written as a jerk "
                     "equation. Its one-scroll attractor sits next to orbits that escape to infinity.",
      .citation = "R. Genesio and A. Tesi, Harmonic balance methods for the analysis of chaotic dynamics "
                  "in nonlinear systems, Automatica 28, 531-548 (1992)",
      .parameters = {{"a", "a", 0.44, 0.3, 0.6, "damping of the acceleration z"},
                     {"b", "b", 1.1, 0.5, 2.0, "damping of the velocity y"},
                     {"c", "c", 1.0, 0.5, 2.0, "linear restoring force on x"}},
      .initial_state = {-0.2459, -0.3354, 0.4906},
      .dt = 0.02,
      .references = {},
      .drift = genesio_tesi,
      .jacobian = genesio_tesi_jacobian,
  };
}

// --- Shimizu–Morioka ---------------------------------------------------------

void shimizu_morioka(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1];
  out[0] = x[1];
  out[1] = x[0] - a * x[1] - x[0] * x[2];
  out[2] = -b * x[2] + x[0] * x[0];
}

void shimizu_morioka_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1];
  jac[0] = 0.0;         jac[1] = 1.0; jac[2] = 0.0;
  jac[3] = 1.0 - x[2];  jac[4] = -a;  jac[5] = -x[0];
  jac[6] = 2.0 * x[0];  jac[7] = 0.0; jac[8] = -b;
}

BuiltinSpec shimizu_morioka_spec() {
  return {
      .id = "shimizu-morioka",
      .name = "Shimizu–Morioka",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = x - a y - x z\ndz/dt = -b z + x^2",
      .description = "A model of a symmetric limit cycle that loses its symmetry; close to the Lorenz "
                     "system near its homoclinic bifurcations, with a Lorenz-like two-lobed attractor.",
      .citation = "T. Shimizu and N. Morioka, On the bifurcation of a symmetric limit cycle to an "
                  "asymmetric one in a simple model, Phys. Lett. A 76, 201-204 (1980)",
      .parameters = {{"a", "a", 0.75, 0.3, 1.2, "damping of y"},
                     {"b", "b", 0.45, 0.1, 1.0, "damping of z"}},
      .initial_state = {0.5093, 0.1951, 0.6178},
      .dt = 0.02,
      .references = {},
      .drift = shimizu_morioka,
      .jacobian = shimizu_morioka_jacobian,
  };
}

// --- Burke–Shaw --------------------------------------------------------------

void burke_shaw(double, const double* x, const double* p, double* out) {
  const double s = p[0], v = p[1];
  out[0] = -s * (x[0] + x[1]);
  out[1] = -x[1] - s * x[0] * x[2];
  out[2] = s * x[0] * x[1] + v;
}

void burke_shaw_jacobian(double, const double* x, const double* p, double* jac) {
  const double s = p[0];
  jac[0] = -s;        jac[1] = -s;        jac[2] = 0.0;
  jac[3] = -s * x[2]; jac[4] = -1.0;      jac[5] = -s * x[0];
  jac[6] = s * x[1];  jac[7] = s * x[0];  jac[8] = 0.0;
}

BuiltinSpec burke_shaw_spec() {
  return {
      .id = "burke-shaw",
      .name = "Burke–Shaw",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -s (x + y)\ndy/dt = -y - s x z\ndz/dt = s x y + v",
      .description = "Bill Burke's variant of the Lorenz equations, studied by Robert Shaw: a "
                     "two-scroll attractor symmetric under (x, y) -> (-x, -y), fed by the constant "
                     "drive v in z.",
      .citation = "R. Shaw, Strange attractors, chaotic behavior, and information flow, "
                  "Z. Naturforsch. A 36, 80-112 (1981)",
      .parameters = {{"s", "s", 10.0, 5.0, 15.0, "rate of the rotation and coupling"},
                     {"v", "v", 4.272, 1.0, 8.0, "constant drive of z"}},
      .initial_state = {1.126, -1.969, 1.111},
      .dt = 0.002,
      .references = {},
      .drift = burke_shaw,
      .jacobian = burke_shaw_jacobian,
  };
}

// --- Rabinovich–Fabrikant ----------------------------------------------------

void rabinovich_fabrikant(double, const double* x, const double* p, double* out) {
  const double gamma = p[0], alpha = p[1];
  const double xx = x[0] * x[0];
  out[0] = x[1] * (x[2] - 1.0 + xx) + gamma * x[0];
  out[1] = x[0] * (3.0 * x[2] + 1.0 - xx) + gamma * x[1];
  out[2] = -2.0 * x[2] * (alpha + x[0] * x[1]);
}

void rabinovich_fabrikant_jacobian(double, const double* x, const double* p, double* jac) {
  const double gamma = p[0], alpha = p[1];
  const double xx = x[0] * x[0];
  jac[0] = 2.0 * x[0] * x[1] + gamma;  jac[1] = x[2] - 1.0 + xx;       jac[2] = x[1];
  jac[3] = 3.0 * x[2] + 1.0 - 3.0 * xx; jac[4] = gamma;                jac[5] = 3.0 * x[0];
  jac[6] = -2.0 * x[2] * x[1];         jac[7] = -2.0 * x[2] * x[0];    jac[8] = -2.0 * (alpha + x[0] * x[1]);
}

BuiltinSpec rabinovich_fabrikant_spec() {
  return {
      .id = "rabinovich-fabrikant",
      .name = "Rabinovich–Fabrikant",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y (z - 1 + x^2) + gamma x\ndy/dt = x (3 z + 1 - x^2) + gamma y\n"
                   "dz/dt = -2 z (alpha + x y)",
      .description = "Amplitude equations for modulational instability of waves in a nonequilibrium "
                     "medium. Its attractors change shape abruptly with the parameters; small steps "
                     "are needed near the fast excursions.",
      .citation = "M. I. Rabinovich and A. L. Fabrikant, Stochastic self-modulation of waves in "
                  "nonequilibrium media, Sov. Phys. JETP 50, 311-317 (1979)",
      .parameters = {{"gamma", "γ", 0.87, 0.1, 1.2, "growth rate of the unstable wave"},
                     {"alpha", "α", 1.1, 0.1, 1.5, "damping of the medium"}},
      .initial_state = {-1.33, 0.6155, 0.2631},
      .dt = 0.005,
      .references = {{"max_lyapunov", {0.1981}, kSprottBook},
                     {"lyapunov_spectrum", {0.1981, 0.0, -0.6581}, kSprottBook},
                     {"kaplan_yorke", {2.3010}, kSprottBook}},
      .drift = rabinovich_fabrikant,
      .jacobian = rabinovich_fabrikant_jacobian,
  };
}

}  // namespace

void add_classic_flows(SystemList& list) {
  for (BuiltinSpec (*spec)() : {rossler_spec, chen_spec, lu_spec, chua_spec, arneodo_spec, genesio_tesi_spec,
                                shimizu_morioka_spec, burke_shaw_spec, rabinovich_fabrikant_spec})
    add(list, spec());
}

}  // namespace flowscope
