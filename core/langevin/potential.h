#pragma once
// A potential energy U(x; p) with its exact gradient, for Langevin dynamics
// (dx = -grad U dt + sqrt(2 kT) dW and its underdamped cousin), Boltzmann
// densities exp(-U/kT)/Z and Fokker-Planck references. Like System, it is
// stateless and safe to call from several threads at once.
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/systems/system.h"  // ParameterSpec

namespace flowscope {

class Potential {
 public:
  virtual ~Potential() = default;

  virtual std::string_view id() const = 0;    // "double-well"
  virtual std::string_view name() const = 0;  // "Double well"
  virtual int dimension() const = 0;
  virtual std::span<const ParameterSpec> parameters() const = 0;
  virtual std::string_view formula() const { return {}; }  // "U = (x^2 - 1)^2 + y^2/2"
  virtual std::string_view description() const { return {}; }

  virtual double energy(const double* x, const double* p) const = 0;
  virtual void gradient(const double* x, const double* p, double* grad) const = 0;

  // grad U for count particles stored as structure-of-arrays (x[j][i]); the
  // default loops over gradient(), fast potentials override it with a loop
  // the compiler vectorises.
  virtual void gradient_batch(const double* const* x, std::size_t count, const double* p, double* const* grad) const;

  // A box [lo, hi] per dimension holding essentially all of the Boltzmann mass
  // at moderate temperature: where grids, plots and default starts live.
  virtual std::vector<std::pair<double, double>> default_box(const double* p) const = 0;

  // For a structural parameter (the dimension of 'harmonic', N of
  // 'oscillator-ring'): the potential sized for p, or null if p needs no other.
  virtual std::shared_ptr<const Potential> for_parameters(std::span<const double>) const { return nullptr; }
};

// The built-in potentials (core/langevin/potentials.cpp) and lookup by id;
// find_potential throws InputError naming the known ids.
const std::vector<std::shared_ptr<const Potential>>& all_potentials();
std::shared_ptr<const Potential> find_potential(std::string_view id);

// The parameters' default values, in the order of parameters().
std::vector<double> default_parameters(const Potential& potential);

// Index of the parameter called name; throws InputError naming the known ones.
std::size_t parameter_index(const Potential& potential, std::string_view name);

// Throws InputError when the count is wrong, a value is not finite, or a
// structural value is not a whole number in its [min, max].
void validate_parameters(const Potential& potential, std::span<const double> values);

// The potential sized for values (for_parameters), or potential itself.
std::shared_ptr<const Potential> sized_for(std::shared_ptr<const Potential> potential, std::span<const double> values);

}  // namespace flowscope
