// Three-dimensional autonomous chaotic flows.
#include "core/systems/builtin_system.h"
#include "core/systems/families.h"

namespace flowscope {
namespace {

const char* const kSprottBook = "J. C. Sprott, Chaos and Time-Series Analysis, Oxford University Press (2003)";

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

}  // namespace

void add_classic_flows(SystemList& list) {
  list.push_back(std::make_shared<BuiltinSystem>(BuiltinSpec{
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
  }));
}

}  // namespace flowscope
