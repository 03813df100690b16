// Three-dimensional chaotic flows that model a physical or economic system:
// convection, the atmosphere, the geodynamo, stars, thermostats and markets.
#include <utility>

#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {
namespace {

const char* const kSprottBook = "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)";

void add(SystemList& list, BuiltinSpec spec) {
  list.push_back(std::make_shared<BuiltinSystem>(std::move(spec)));
}

// --- Rucklidge ---------------------------------------------------------------

void rucklidge(double, const double* x, const double* p, double* out) {
  const double kappa = p[0], lambda = p[1];
  out[0] = -kappa * x[0] + lambda * x[1] - x[1] * x[2];
  out[1] = x[0];
  out[2] = -x[2] + x[1] * x[1];
}

void rucklidge_jacobian(double, const double* x, const double* p, double* jac) {
  const double kappa = p[0], lambda = p[1];
  jac[0] = -kappa; jac[1] = lambda - x[2]; jac[2] = -x[1];
  jac[3] = 1.0;    jac[4] = 0.0;           jac[5] = 0.0;
  jac[6] = 0.0;    jac[7] = 2.0 * x[1];    jac[8] = -1.0;
}

BuiltinSpec rucklidge_spec() {
  return {
      .id = "rucklidge",
      .name = "Rucklidge",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -kappa x + lambda y - y z\ndy/dt = x\ndz/dt = -z + y^2",
      .description = "A model of two-dimensional convection with a magnetic field or rotation "
                     "(double convection): the convection roll reverses its direction at irregular "
                     "times, as in the Lorenz model.",
      .citation = "A. M. Rucklidge, Chaos in models of double convection, J. Fluid Mech. 237, 209-229 (1992)",
      .parameters = {{"kappa", "κ", 2.0, 0.5, 5.0, "damping of the convective motion"},
                     {"lambda", "λ", 6.7, 2.0, 12.0, "driving by the temperature difference"}},
      .initial_state = {-0.1669, 3.775, 8.66},
      .dt = 0.01,
      .references = {},
      .drift = rucklidge,
      .jacobian = rucklidge_jacobian,
  };
}

// --- Nosé–Hoover -------------------------------------------------------------

void nose_hoover(double, const double* x, const double* p, double* out) {
  const double a = p[0];
  out[0] = x[1];
  out[1] = -x[0] + x[1] * x[2];
  out[2] = a - x[1] * x[1];
}

void nose_hoover_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = 0.0;  jac[1] = 1.0;         jac[2] = 0.0;
  jac[3] = -1.0; jac[4] = x[2];        jac[5] = x[1];
  jac[6] = 0.0;  jac[7] = -2.0 * x[1]; jac[8] = 0.0;
}

BuiltinSpec nose_hoover_spec() {
  return {
      .id = "nose-hoover",
      .name = "Nosé–Hoover",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = -x + y z\ndz/dt = a - y^2",
      .description = "A harmonic oscillator coupled to a thermostat variable z that holds its mean "
                     "kinetic energy at a. Time-reversible and volume-preserving on average: a chaotic "
                     "sea surrounds nested invariant tori, and the initial state decides which one is seen.",
      .citation = "W. G. Hoover, Canonical dynamics: equilibrium phase-space distributions, Phys. Rev. A "
                  "31, 1695-1697 (1985)",
      .parameters = {{"a", "a", 1.0, 0.1, 3.0, "target temperature: the mean of y^2 the thermostat enforces"}},
      .initial_state = {0.0, 5.0, 0.0},
      .dt = 0.01,
      .references = {},
      .drift = nose_hoover,
      .jacobian = nose_hoover_jacobian,
  };
}

// --- Lorenz-84 ---------------------------------------------------------------

void lorenz84(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], F = p[2], G = p[3];
  out[0] = -x[1] * x[1] - x[2] * x[2] - a * x[0] + a * F;
  out[1] = x[0] * x[1] - b * x[0] * x[2] - x[1] + G;
  out[2] = b * x[0] * x[1] + x[0] * x[2] - x[2];
}

void lorenz84_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1];
  jac[0] = -a;                jac[1] = -2.0 * x[1];  jac[2] = -2.0 * x[2];
  jac[3] = x[1] - b * x[2];   jac[4] = x[0] - 1.0;   jac[5] = -b * x[0];
  jac[6] = b * x[1] + x[2];   jac[7] = b * x[0];     jac[8] = x[0] - 1.0;
}

BuiltinSpec lorenz84_spec() {
  return {
      .id = "lorenz84",
      .name = "Lorenz-84",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -y^2 - z^2 - a x + a F\ndy/dt = x y - b x z - y + G\ndz/dt = b x y + x z - z",
      .description = "The general circulation of the atmosphere in three modes (also called the Hadley "
                     "circulation model): x is the westerly wind, y and z a chain of eddies that it "
                     "drives and that drain it.",
      .citation = "E. N. Lorenz, Irregularity: a fundamental property of the atmosphere, Tellus A 36, "
                  "98-110 (1984)",
      .parameters = {{"a", "a", 0.25, 0.1, 1.0, "damping of the westerly wind"},
                     {"b", "b", 4.0, 1.0, 8.0, "rate at which the wind displaces the eddies"},
                     {"F", "F", 8.0, 0.0, 12.0, "equator-to-pole heating that drives the wind"},
                     {"G", "G", 1.0, 0.0, 3.0, "land-sea heating contrast that drives the eddies"}},
      .initial_state = {0.7327, -0.1415, -0.8262},
      .dt = 0.005,
      .references = {},
      .drift = lorenz84,
      .jacobian = lorenz84_jacobian,
  };
}

// --- Rikitake dynamo ---------------------------------------------------------

void rikitake(double, const double* x, const double* p, double* out) {
  const double mu = p[0], a = p[1];
  out[0] = -mu * x[0] + x[2] * x[1];
  out[1] = -mu * x[1] + (x[2] - a) * x[0];
  out[2] = 1.0 - x[0] * x[1];
}

void rikitake_jacobian(double, const double* x, const double* p, double* jac) {
  const double mu = p[0], a = p[1];
  jac[0] = -mu;       jac[1] = x[2];  jac[2] = x[1];
  jac[3] = x[2] - a;  jac[4] = -mu;   jac[5] = x[0];
  jac[6] = -x[1];     jac[7] = -x[0]; jac[8] = 0.0;
}

BuiltinSpec rikitake_spec() {
  return {
      .id = "rikitake",
      .name = "Rikitake dynamo",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -mu x + z y\ndy/dt = -mu y + (z - a) x\ndz/dt = 1 - x y",
      .description = "Two coupled disk dynamos, a toy model of the Earth's magnetic field: the currents "
                     "x and y reverse sign at irregular intervals, like geomagnetic reversals.",
      .citation = "T. Rikitake, Oscillations of a system of disk dynamos, Proc. Camb. Phil. Soc. 54, "
                  "89-105 (1958)",
      .parameters = {{"mu", "μ", 2.0, 0.5, 4.0, "resistive dissipation in each disk"},
                     {"a", "a", 5.0, 1.0, 10.0, "difference of the two disks' angular velocities"}},
      .initial_state = {-0.3865, -0.2164, 7.405},
      .dt = 0.01,
      .references = {},
      .drift = rikitake,
      .jacobian = rikitake_jacobian,
  };
}

// --- Moore–Spiegel -----------------------------------------------------------

void moore_spiegel(double, const double* x, const double* p, double* out) {
  const double T = p[0], R = p[1];
  out[0] = x[1];
  out[1] = x[2];
  out[2] = -x[2] - (T - R + R * x[0] * x[0]) * x[1] - T * x[0];
}

void moore_spiegel_jacobian(double, const double* x, const double* p, double* jac) {
  const double T = p[0], R = p[1];
  jac[0] = 0.0;                         jac[1] = 1.0;                          jac[2] = 0.0;
  jac[3] = 0.0;                         jac[4] = 0.0;                          jac[5] = 1.0;
  jac[6] = -2.0 * R * x[0] * x[1] - T;  jac[7] = -(T - R + R * x[0] * x[0]);   jac[8] = -1.0;
}

BuiltinSpec moore_spiegel_spec() {
  return {
      .id = "moore-spiegel",
      .name = "Moore–Spiegel",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = y\ndy/dt = z\ndz/dt = -z - (T - R + R x^2) y - T x",
      .description = "A thermally excited oscillator: a parcel of gas in a star's atmosphere, heated "
                     "and buoyant, oscillating in a magnetic field. Its irregular pulsations were an "
                     "early example of chaos in astrophysics.",
      .citation = "D. W. Moore and E. A. Spiegel, A thermally excited non-linear oscillator, "
                  "Astrophys. J. 143, 871-887 (1966)",
      .parameters = {{"T", "T", 6.0, 1.0, 15.0, "restoring force of the magnetic field"},
                     {"R", "R", 20.0, 5.0, 40.0, "thermal driving: the buoyancy of the parcel"}},
      .initial_state = {0.3356, 0.7336, 1.957},
      .dt = 0.005,
      .references = {},
      .drift = moore_spiegel,
      .jacobian = moore_spiegel_jacobian,
  };
}

// --- Finance -----------------------------------------------------------------

void finance(double, const double* x, const double* p, double* out) {
  const double a = p[0], b = p[1], c = p[2];
  out[0] = x[2] + (x[1] - a) * x[0];
  out[1] = 1.0 - b * x[1] - x[0] * x[0];
  out[2] = -x[0] - c * x[2];
}

void finance_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], b = p[1], c = p[2];
  jac[0] = x[1] - a;    jac[1] = x[0]; jac[2] = 1.0;
  jac[3] = -2.0 * x[0]; jac[4] = -b;   jac[5] = 0.0;
  jac[6] = -1.0;        jac[7] = 0.0;  jac[8] = -c;
}

BuiltinSpec finance_spec() {
  return {
      .id = "finance",
      .name = "Finance",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = z + (y - a) x\ndy/dt = 1 - b y - x^2\ndz/dt = -x - c z",
      .description = "A macroeconomic model in which the interest rate x, the investment demand y and "
                     "the price index z feed back on each other; rates and prices fluctuate without ever "
                     "repeating.",
      .citation = "J.-H. Ma and Y.-S. Chen, Study for the bifurcation topological structure and the global "
                  "complicated character of a kind of nonlinear finance system (I), Appl. Math. Mech. 22, "
                  "1240-1251 (2001)",
      .parameters = {{"a", "a", 3.0, 0.0, 6.0, "saving amount"},
                     {"b", "b", 0.1, 0.0, 1.0, "cost per investment"},
                     {"c", "c", 1.0, 0.0, 3.0, "elasticity of demand"}},
      .initial_state = {-1.242, 3.62, 0.7675},
      .dt = 0.01,
      .references = {},
      .drift = finance,
      .jacobian = finance_jacobian,
  };
}

// --- Bouali ------------------------------------------------------------------

void bouali(double, const double* x, const double* p, double* out) {
  const double a = p[0], s = p[1];
  out[0] = x[0] * (4.0 - x[1]) + a * x[2];
  out[1] = -x[1] * (1.0 - x[0] * x[0]);
  out[2] = -x[0] * (1.5 - s * x[2]) - 0.05 * x[2];
}

void bouali_jacobian(double, const double* x, const double* p, double* jac) {
  const double a = p[0], s = p[1];
  jac[0] = 4.0 - x[1];          jac[1] = -x[0];              jac[2] = a;
  jac[3] = 2.0 * x[0] * x[1];   jac[4] = x[0] * x[0] - 1.0;  jac[5] = 0.0;
  jac[6] = -(1.5 - s * x[2]);   jac[7] = 0.0;                jac[8] = s * x[0] - 0.05;
}

BuiltinSpec bouali_spec() {
  return {
      .id = "bouali",
      .name = "Bouali",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = x (4 - y) + a z\ndy/dt = -y (1 - x^2)\ndz/dt = -x (1.5 - s z) - 0.05 z",
      .description = "An economic cycle model extended with a feedback loop; its attractor has a "
                     "characteristic long stretched loop next to a compact spiral.",
      .citation = "S. Bouali, A novel strange attractor with a stretched loop, Nonlinear Dyn. 70, "
                  "2375-2381 (2012)",
      .parameters = {{"a", "α", 0.3, 0.0, 1.0, "strength of the feedback of z into x"},
                     {"s", "s", 1.0, 0.0, 2.0, "nonlinear coupling of x and z"}},
      .initial_state = {-0.7625, 5.604, 1.195},
      .dt = 0.01,
      .references = {},
      .drift = bouali,
      .jacobian = bouali_jacobian,
  };
}

// --- Diffusionless Lorenz ----------------------------------------------------

void diffusionless_lorenz(double, const double* x, const double* p, double* out) {
  const double R = p[0];
  out[0] = -x[1] - x[0];
  out[1] = -x[0] * x[2];
  out[2] = x[0] * x[1] + R;
}

void diffusionless_lorenz_jacobian(double, const double* x, const double*, double* jac) {
  jac[0] = -1.0;  jac[1] = -1.0; jac[2] = 0.0;
  jac[3] = -x[2]; jac[4] = 0.0;  jac[5] = -x[0];
  jac[6] = x[1];  jac[7] = x[0]; jac[8] = 0.0;
}

BuiltinSpec diffusionless_lorenz_spec() {
  return {
      .id = "diffusionless-lorenz",
      .name = "Diffusionless Lorenz",
      .variables = {"x", "y", "z"},
      .equations = "dx/dt = -y - x\ndy/dt = -x z\ndz/dt = x y + R",
      .description = "The Lorenz equations in the limit of high Rayleigh and Prandtl numbers, where "
                     "diffusion drops out and one parameter R remains. Same butterfly, simpler algebra.",
      .citation = "G. van der Schrier and L. R. M. Maas, The diffusionless Lorenz equations; Shil'nikov "
                  "bifurcations and reduction to an explicit map, Physica D 141, 19-36 (2000)",
      .parameters = {{"R", "R", 1.0, 0.0, 5.0, "the single driving parameter"}},
      .initial_state = {-0.7262, 0.4293, -2.295},
      .dt = 0.01,
      .references = {{"max_lyapunov", {0.2101}, kSprottBook},
                     {"lyapunov_spectrum", {0.2101, 0.0, -1.2101}, kSprottBook},
                     {"kaplan_yorke", {2.1736}, kSprottBook}},
      .drift = diffusionless_lorenz,
      .jacobian = diffusionless_lorenz_jacobian,
  };
}

}  // namespace

void add_physical_models(SystemList& list) {
  for (BuiltinSpec (*spec)() : {rucklidge_spec, nose_hoover_spec, lorenz84_spec, rikitake_spec,
                                moore_spiegel_spec, finance_spec, bouali_spec, diffusionless_lorenz_spec})
    add(list, spec());
}

}  // namespace flowscope
