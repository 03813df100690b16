#pragma once
// A System describes a vector field dx/dt = f(t, x; p). It is stateless: the
// parameter values live in the problem that uses it, so a changed parameter
// builds a new problem instead of mutating a shared system.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace flowscope {

struct ParameterSpec {
  std::string name;    // ASCII id used on the command line: "rho"
  std::string symbol;  // what the GUI shows, UTF-8: "ρ"
  double default_value;
  double min;  // the range a slider offers; other finite values are allowed
  double max;
  std::string description;
};

class System {
 public:
  virtual ~System() = default;

  virtual std::string_view id() const = 0;
  virtual std::string_view name() const = 0;
  virtual int dimension() const = 0;
  virtual std::span<const ParameterSpec> parameters() const = 0;
  virtual std::vector<std::string> variable_names() const = 0;
  virtual std::vector<double> default_initial_state() const = 0;
  virtual double recommended_dt() const = 0;

  // Writes f(t, x; p) into out. x and out hold dimension() values, p holds
  // parameters().size() values in the order of parameters().
  virtual void drift(double t, const double* x, const double* p, double* out) const = 0;
};

std::vector<double> default_parameters(const System& system);

// Index of the parameter called name; throws InputError naming the known ones.
std::size_t parameter_index(const System& system, std::string_view name);

// Throws InputError when a value is not finite or the count is wrong.
void validate_parameters(const System& system, std::span<const double> values);

}  // namespace flowscope
