#pragma once
// A System whose right-hand sides the user typed (see equation_parser.h).
// muParser checks them and is the reference; they are then compiled to native
// vectorised code (core/jit) and checked against muParser at a few points.
// When compilation is not possible (or FLOWSCOPE_EVALUATOR=interpreter is set
// in the environment) muParser evaluates them, and evaluator_note() says why.
//
// muParser reads its variables from fixed addresses, so one parser cannot
// serve two threads at once. Each thread therefore compiles its own copy on
// first use and keeps it in a thread_local cache keyed by the system's unique
// serial number (addresses are reused after a system dies; serials are not).
// After that first call drift() allocates nothing: it copies t, the state and
// the parameters into the parser's slots and evaluates all right-hand sides as
// one comma-separated expression.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/jit/native_kernels.h"
#include "core/systems/equation_parser.h"
#include "core/systems/system.h"

namespace flowscope {

// The range a parameter's slider offers around its typed value v: from 0 to
// 2v (from 2v to 0 when v is negative), and from -1 to 1 when v is 0.
std::pair<double, double> slider_range(double value);

// Who evaluates the right-hand sides.
enum class Evaluator {
  Automatic,    // native code when it compiles, muParser otherwise
  Interpreter,  // muParser only
};

class ExpressionSystem final : public System {
 public:
  // The step recommended for every typed system.
  static constexpr double kRecommendedDt = 0.01;

  // id names the system (and is its name); throws EquationError if an
  // expression does not compile (parse_equations has checked them already).
  ExpressionSystem(ParsedEquations equations, std::string id, Evaluator evaluator = Evaluator::Automatic);
  ExpressionSystem(const ExpressionSystem&) = delete;
  ExpressionSystem& operator=(const ExpressionSystem&) = delete;

  std::string_view id() const override { return id_; }
  std::string_view name() const override { return id_; }
  int dimension() const override { return static_cast<int>(parsed_.equations.size()); }
  std::span<const ParameterSpec> parameters() const override { return specs_; }
  std::vector<std::string> variable_names() const override { return parsed_.variable_names(); }
  std::vector<double> default_initial_state() const override { return parsed_.initial_state; }
  double recommended_dt() const override { return kRecommendedDt; }
  std::string_view equations() const override { return equation_lines_; }
  std::string_view description() const override { return "typed by the user"; }
  bool is_autonomous() const override { return !parsed_.uses_time; }

  // Safe to call from several threads at once (see above).
  void drift(double t, const double* x, const double* p, double* out) const override;
  void drift_batch(double t, const double* const* x, std::size_t count, const double* p,
                   double* const* out) const override;
  bool rk4_steps_batch(double t, double h, std::uint64_t steps, double* const* x, std::size_t count,
                       const double* p) const override;
  // Exact (differentiated symbolically by the JIT) when compiled, else central differences.
  void jacobian(double t, const double* x, const double* p, double* jac) const override;

  // "jit" when native code evaluates the right-hand sides, else "interpreter".
  std::string_view evaluator() const { return native_ ? "jit" : "interpreter"; }
  // Why the interpreter is used ("" when the JIT is).
  const std::string& evaluator_note() const { return evaluator_note_; }
  // Seconds spent compiling to native code (0 for the interpreter).
  double compile_seconds() const { return native_ ? native_->compile_seconds : 0.0; }

  const ParsedEquations& parsed() const { return parsed_; }

 private:
  class Compiled;  // one thread's parser and its slots
  Compiled& compiled_for_this_thread() const;
  void interpret(double t, const double* x, const double* p, double* out) const;
  void try_native(Evaluator evaluator);
  std::string native_disagrees() const;  // "" when native and interpreted values agree

  ParsedEquations parsed_;
  std::string id_;
  std::vector<ParameterSpec> specs_;
  std::string equation_lines_;
  std::string all_right_hand_sides_;  // "e1, e2, ...", evaluated in one call
  std::uint64_t serial_;
  std::shared_ptr<const bool> alive_;  // lets threads drop their copies once this system is gone
  std::shared_ptr<const jit::NativeKernels> native_;  // null: muParser evaluates
  std::string evaluator_note_;
};

// Parses and compiles typed equations; id "" becomes "user". Throws EquationError.
std::shared_ptr<const ExpressionSystem> compile_equations(const std::string& text, const std::string& id,
                                                          Evaluator evaluator = Evaluator::Automatic);

// The same for a file; the id is the file's stem. Throws IoError naming the
// path when it cannot be read, and EquationError located as "file:line:column".
std::shared_ptr<const ExpressionSystem> load_equations_file(const std::string& path);

}  // namespace flowscope
