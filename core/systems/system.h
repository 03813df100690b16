#pragma once
// A System describes a vector field dx/dt = f(t, x; p), optionally with
// diagonal noise g(t, x; p) dW. It is stateless and safe to call from several
// threads at once: the parameter values live in the problem that uses it, so
// a changed parameter builds a new problem instead of mutating a shared system.
#include <cstddef>
#include <cstdint>
#include <memory>
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
  // A whole number that sets the system's size (Lorenz-96's N): changing it
  // builds another system through System::for_parameters.
  bool structural = false;
};

// A published value for this system with its default parameters.
struct ReferenceValue {
  std::string quantity;  // "max_lyapunov", "lyapunov_spectrum", "kaplan_yorke"
  std::vector<double> values;
  std::string source;    // citation
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

  // Documentation shown by the gallery and 'flowscope-cli systems'.
  virtual std::string_view equations() const { return {}; }  // one "dx/dt = ..." per line
  virtual std::string_view description() const { return {}; }
  virtual std::string_view citation() const { return {}; }
  virtual std::span<const ReferenceValue> references() const { return {}; }
  // False when f depends on t (forced systems).
  virtual bool is_autonomous() const { return true; }

  // Writes f(t, x; p) into out. x and out hold dimension() values, p holds
  // parameters().size() values in the order of parameters().
  virtual void drift(double t, const double* x, const double* p, double* out) const = 0;

  // f for count states stored as structure-of-arrays: component j of state i
  // is x[j][i]. The default loops over drift(); fast systems override it with
  // a loop the compiler vectorises.
  virtual void drift_batch(double t, const double* const* x, std::size_t count, const double* p,
                           double* const* out) const;

  // Optional fast path for ensembles: `steps` classical RK4 steps of size h
  // for count states (SoA, advanced in place), fused into one vectorised loop
  // so that the stages stay in registers. Returns false when the system has
  // none; the ensemble then builds RK4 from drift_batch.
  virtual bool rk4_steps_batch(double t, double h, std::uint64_t steps, double* const* x, std::size_t count,
                               const double* p) const;

  // Row-major Jacobian jac[i * n + j] = d f_i / d x_j. The default uses
  // central differences with steps scaled to each component (error ~1e-10
  // relative for smooth fields); systems override it with the exact one.
  virtual void jacobian(double t, const double* x, const double* p, double* jac) const;

  // Diagonal noise: writes g_i(t, x; p) so that dx_i = f_i dt + g_i dW_i.
  // Systems without their own noise return false and write nothing.
  virtual bool diffusion(double t, const double* x, const double* p, double* out) const;

  // For a structural parameter (Lorenz-96's N): the system sized for p, or
  // null when p needs no other system than this one.
  virtual std::shared_ptr<const System> for_parameters(std::span<const double> p) const;
};

std::vector<double> default_parameters(const System& system);

// Index of the parameter called name; throws InputError naming the known ones.
std::size_t parameter_index(const System& system, std::string_view name);

// Throws InputError when a value is not finite, a structural value is not a
// positive whole number, or the count is wrong.
void validate_parameters(const System& system, std::span<const double> values);

}  // namespace flowscope
