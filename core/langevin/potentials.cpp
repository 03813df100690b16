// The built-in potentials with exact gradients (1-D, harmonic, double wells),
// the registry, and the parameter helpers. More 2-D potentials live in
// potentials_2d.cpp.
#include "core/langevin/potential.h"

#include <cmath>
#include <string>

#include "core/errors.h"
#include "core/langevin/builtin_potentials.h"

namespace flowscope {

void Potential::gradient_batch(const double* const* x, std::size_t count, const double* p, double* const* grad) const {
  const int n = dimension();
  std::vector<double> point(n), g(n);
  for (std::size_t i = 0; i < count; ++i) {
    for (int j = 0; j < n; ++j) point[j] = x[j][i];
    gradient(point.data(), p, g.data());
    for (int j = 0; j < n; ++j) grad[j][i] = g[j];
  }
}

namespace {

using langevin_detail::BuiltinPotential;

// U = k |x|^2 / 2 in d dimensions; p = (k, d).
class Harmonic final : public BuiltinPotential {
 public:
  static constexpr int kMaxDimension = 16;
  explicit Harmonic(int d)
      : BuiltinPotential("harmonic", "Harmonic well", d,
                         {{"k", "k", 1.0, 0.1, 10.0, "spring constant"},
                          {"d", "d", 2.0, 1.0, kMaxDimension, "dimension", true}},
                         "U = k |x|^2 / 2",
                         "An isotropic harmonic well: overdamped Langevin dynamics in it is the Ornstein-Uhlenbeck "
                         "process, with Boltzmann variance kT/k per coordinate.") {}
  double energy(const double* x, const double* p) const override {
    double sum = 0.0;
    for (int j = 0; j < dimension_; ++j) sum += x[j] * x[j];
    return 0.5 * p[0] * sum;
  }
  void gradient(const double* x, const double* p, double* grad) const override {
    for (int j = 0; j < dimension_; ++j) grad[j] = p[0] * x[j];
  }
  void gradient_batch(const double* const* x, std::size_t count, const double* p,
                      double* const* grad) const override {
    const double k = p[0];
    for (int j = 0; j < dimension_; ++j) {
      const double* __restrict xj = x[j];
      double* __restrict gj = grad[j];
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i) gj[i] = k * xj[i];
    }
  }
  std::vector<std::pair<double, double>> default_box(const double* p) const override {
    const double half = 4.0 / std::sqrt(p[0]);  // four standard deviations at kT = 1
    return std::vector<std::pair<double, double>>(dimension_, {-half, half});
  }
  std::shared_ptr<const Potential> for_parameters(std::span<const double> p) const override {
    if (p.size() < 2) return nullptr;
    const int d = static_cast<int>(p[1]);
    return d == dimension_ ? nullptr : std::make_shared<Harmonic>(d);
  }
};

// U = h (x^2 - 1)^2: minima at x = +-1, barrier h at x = 0.
class DoubleWell1d final : public BuiltinPotential {
 public:
  DoubleWell1d()
      : BuiltinPotential("double-well-1d", "Double well (1-D)", 1,
                         {{"h", "ΔU", 1.0, 0.1, 10.0, "barrier height: U(0) - U(+-1)"}}, "U = h (x^2 - 1)^2",
                         "The symmetric quartic double well, minima at x = +-1 (U'' = 8h) and a barrier of height h at "
                         "x = 0 (U'' = -4h): the textbook case of Kramers' escape rate.") {}
  double energy(const double* x, const double* p) const override {
    const double s = x[0] * x[0] - 1.0;
    return p[0] * s * s;
  }
  void gradient(const double* x, const double* p, double* grad) const override {
    grad[0] = 4.0 * p[0] * x[0] * (x[0] * x[0] - 1.0);
  }
  void gradient_batch(const double* const* x, std::size_t count, const double* p,
                      double* const* grad) const override {
    const double c = 4.0 * p[0];
    const double* __restrict x0 = x[0];
    double* __restrict g0 = grad[0];
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i) g0[i] = c * x0[i] * (x0[i] * x0[i] - 1.0);
  }
  std::vector<std::pair<double, double>> default_box(const double*) const override { return {{-2.2, 2.2}}; }
};

// U = a (x^2 - 1)^2 + b y^2 / 2; a = b = 1 gives (x^2 - 1)^2 + y^2/2.
class DoubleWell2d final : public BuiltinPotential {
 public:
  DoubleWell2d()
      : BuiltinPotential("double-well", "Double well (2-D)", 2,
                         {{"a", "a", 1.0, 0.1, 10.0, "barrier height along x"},
                          {"b", "b", 1.0, 0.1, 10.0, "stiffness of the harmonic y direction"}},
                         "U = a (x^2 - 1)^2 + b y^2 / 2",
                         "Two wells at (+-1, 0) separated by a saddle of height a at the origin, harmonic across.") {}
  double energy(const double* x, const double* p) const override {
    const double s = x[0] * x[0] - 1.0;
    return p[0] * s * s + 0.5 * p[1] * x[1] * x[1];
  }
  void gradient(const double* x, const double* p, double* grad) const override {
    grad[0] = 4.0 * p[0] * x[0] * (x[0] * x[0] - 1.0);
    grad[1] = p[1] * x[1];
  }
  void gradient_batch(const double* const* x, std::size_t count, const double* p,
                      double* const* grad) const override {
    const double c = 4.0 * p[0], b = p[1];
    const double* __restrict x0 = x[0];
    const double* __restrict x1 = x[1];
    double* __restrict g0 = grad[0];
    double* __restrict g1 = grad[1];
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i) {
      g0[i] = c * x0[i] * (x0[i] * x0[i] - 1.0);
      g1[i] = b * x1[i];
    }
  }
  std::vector<std::pair<double, double>> default_box(const double* p) const override {
    const double half_y = 4.0 / std::sqrt(p[1]);
    return {{-2.2, 2.2}, {-half_y, half_y}};
  }
};

}  // namespace

const std::vector<std::shared_ptr<const Potential>>& all_potentials() {
  static const std::vector<std::shared_ptr<const Potential>> list = [] {
    std::vector<std::shared_ptr<const Potential>> potentials;
    potentials.push_back(std::make_shared<Harmonic>(2));
    potentials.push_back(std::make_shared<DoubleWell1d>());
    potentials.push_back(std::make_shared<DoubleWell2d>());
    langevin_detail::add_more_potentials(potentials);
    return potentials;
  }();
  return list;
}

std::shared_ptr<const Potential> find_potential(std::string_view id) {
  std::string known;
  for (const auto& potential : all_potentials()) {
    if (potential->id() == id) return potential;
    if (!known.empty()) known += ", ";
    known += potential->id();
  }
  throw InputError("unknown potential '" + std::string(id) + "' (known potentials: " + known + ")");
}

std::vector<double> default_parameters(const Potential& potential) {
  std::vector<double> values;
  for (const ParameterSpec& spec : potential.parameters()) values.push_back(spec.default_value);
  return values;
}

std::size_t parameter_index(const Potential& potential, std::string_view name) {
  std::string known;
  const auto specs = potential.parameters();
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].name == name) return i;
    if (!known.empty()) known += ", ";
    known += specs[i].name;
  }
  std::string message = "potential '";
  message += potential.id();
  message += "' has no parameter '";
  message += name;
  message += known.empty() ? "' (it has no parameters)" : "' (its parameters: " + known + ")";
  throw InputError(message);
}

void validate_parameters(const Potential& potential, std::span<const double> values) {
  const auto specs = potential.parameters();
  std::string prefix = "potential '";
  prefix += potential.id();
  prefix += "': ";
  if (values.size() != specs.size())
    throw InputError(prefix + std::to_string(values.size()) + " parameter values given, expected " +
                     std::to_string(specs.size()));
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (!std::isfinite(values[i])) throw InputError(prefix + "parameter '" + specs[i].name + "' is not finite");
    if (specs[i].structural &&
        (values[i] != std::floor(values[i]) || values[i] < specs[i].min || values[i] > specs[i].max)) {
      std::string message = prefix;
      message += "parameter '" + specs[i].name + "' must be a whole number from ";
      message += std::to_string(static_cast<long long>(specs[i].min)) + " to ";
      message += std::to_string(static_cast<long long>(specs[i].max));
      throw InputError(message);
    }
  }
}

std::shared_ptr<const Potential> sized_for(std::shared_ptr<const Potential> potential, std::span<const double> values) {
  if (!potential) throw InputError("no potential given");
  validate_parameters(*potential, values);
  if (auto sized = potential->for_parameters(values)) return sized;
  return potential;
}

}  // namespace flowscope
