#include "core/systems/families/lorenz96.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/errors.h"

namespace flowscope {
namespace {

constexpr std::size_t kForcing = 0;  // index of F in the parameter values
constexpr std::size_t kSize = 1;     // index of N

// The site i + offset on the ring of n sites.
int wrap(int i, int offset, int n) { return ((i + offset) % n + n) % n; }

// Built by appending: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string.
std::string site_name(int i) {
  std::string name = "x";
  name += std::to_string(i + 1);
  return name;
}

// "dx3/dt = (x4 - x1) x2 - x3 + F": one line per site.
std::string equations_for(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    if (i) text += '\n';
    text += 'd';
    text += site_name(i);
    text += "/dt = (";
    text += site_name(wrap(i, 1, n));
    text += " - ";
    text += site_name(wrap(i, -2, n));
    text += ") ";
    text += site_name(wrap(i, -1, n));
    text += " - ";
    text += site_name(i);
    text += " + F";
  }
  return text;
}

std::string size_message(const char* prefix, int value) {
  std::string message = prefix;
  message += std::to_string(value);
  return message;
}

}  // namespace

Lorenz96System::Lorenz96System(int size) : size_(size), equations_(equations_for(size)) {
  if (size < kMinimumSize)
    throw InputError(size_message("Lorenz-96 needs N of at least 4, got ", size));
  parameters_ = {
      {"F", "F", 8.0, 0.0, 20.0, "forcing; chaos sets in above about F = 5"},
      {"N", "N", double(size), double(kMinimumSize), 1000.0, "number of sites on the ring", true},
  };
}

std::vector<std::string> Lorenz96System::variable_names() const {
  std::vector<std::string> names;
  for (int i = 0; i < size_; ++i) names.push_back(site_name(i));
  return names;
}

std::vector<double> Lorenz96System::default_initial_state() const {
  // An irregular pattern of the attractor's size (sites range over about
  // -5..10 at F = 8) reaches the attractor within a few time units, unlike
  // the textbook x_i = F with one site nudged, which lingers near the
  // unstable equilibrium. The golden angle keeps neighbours uncorrelated.
  std::vector<double> state(size_);
  for (int i = 0; i < size_; ++i) state[i] = 2.0 + 4.0 * std::sin(2.399963 * (i + 1));
  return state;
}

std::string_view Lorenz96System::description() const {
  return "A ring of N sites along a latitude circle carrying a weather-like quantity: advection by the "
         "neighbours, damping and forcing F. For F = 8 waves travel round the ring and break "
         "chaotically; raising N adds more unstable directions.";
}

std::string_view Lorenz96System::citation() const {
  return "E. N. Lorenz, Predictability: a problem partly solved, Proc. Seminar on Predictability, ECMWF, "
         "Reading, 1-18 (1996)";
}

void Lorenz96System::drift(double, const double* x, const double* p, double* out) const {
  const double forcing = p[kForcing];
  const int n = size_;
  for (int i = 0; i < n; ++i)
    out[i] = (x[wrap(i, 1, n)] - x[wrap(i, -2, n)]) * x[wrap(i, -1, n)] - x[i] + forcing;
}

void Lorenz96System::jacobian(double, const double* x, const double*, double* jac) const {
  const int n = size_;
  std::fill(jac, jac + std::size_t(n) * n, 0.0);
  for (int i = 0; i < n; ++i) {
    double* row = jac + std::size_t(i) * n;
    const int next = wrap(i, 1, n), previous = wrap(i, -1, n), second_previous = wrap(i, -2, n);
    row[next] = x[previous];
    row[previous] = x[next] - x[second_previous];
    row[second_previous] = -x[previous];
    row[i] = -1.0;
  }
}

std::shared_ptr<const System> Lorenz96System::for_parameters(std::span<const double> p) const {
  if (p.size() <= kSize) throw InputError("Lorenz-96 takes the parameters F and N");
  const double size = p[kSize];
  if (!(size == std::floor(size))) throw InputError("Lorenz-96: N must be a whole number");
  if (size == size_) return nullptr;
  if (size < kMinimumSize || size > 1e6)
    throw InputError("Lorenz-96 needs N from 4 to 1000000");
  return std::make_shared<Lorenz96System>(int(size));
}

}  // namespace flowscope
