#pragma once
// A potential the user typed as one expression in x, y and z, such as
// "(x^2-1)^2 + y^2/2" or "a*(x^2-1)^2 + b*y^2/2" with parameters a and b,
// evaluated by muParser (its syntax: ^ for powers, sin, exp, sqrt, abs, _pi...).
//
// Like ExpressionSystem, each thread compiles its own parser on first use and
// keeps it in a thread_local cache keyed by the potential's serial number;
// afterwards energy() and gradient() allocate nothing.
//
// The gradient is numerical: the fourth-order central difference
// [8(U(x+h) - U(x-h)) - (U(x+2h) - U(x-2h))] / 12h per coordinate, with
// h = 2^-10 max(1, |x_j|) (exactly representable offsets): relative error
// ~1e-11 for smooth U, at 4 evaluations per coordinate.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/errors.h"
#include "core/langevin/potential.h"

namespace flowscope {

// A mistake in a typed potential at a 1-based column: what() reads
// "potential expression, column 7: unexpected ... ".
class PotentialExpressionError : public InputError {
 public:
  PotentialExpressionError(int column, const std::string& message);
  int column() const { return column_; }
  const std::string& message() const { return message_; }

 private:
  int column_;
  std::string message_;
};

struct PotentialParameter {
  std::string name;
  double value = 0.0;
};

class ExpressionPotential final : public Potential {
 public:
  static constexpr int kMaxDimension = 3;  // x, y, z

  // dimension 0 means the highest of x, y, z the expression uses (at least 1);
  // a given dimension must cover every variable used. box: one [lo, hi] per
  // dimension, or empty for the automatic box (see default_box). Throws
  // PotentialExpressionError for an expression that does not compile, and
  // InputError for bad parameter names, dimension or box.
  explicit ExpressionPotential(std::string expression, std::vector<PotentialParameter> parameters = {},
                               int dimension = 0, std::vector<std::pair<double, double>> box = {});
  ExpressionPotential(const ExpressionPotential&) = delete;
  ExpressionPotential& operator=(const ExpressionPotential&) = delete;
  ~ExpressionPotential() override;

  std::string_view id() const override { return "expression"; }
  std::string_view name() const override { return "Typed potential"; }
  int dimension() const override { return dimension_; }
  std::span<const ParameterSpec> parameters() const override { return specs_; }
  std::string_view formula() const override { return formula_; }
  std::string_view description() const override { return "typed by the user"; }

  double energy(const double* x, const double* p) const override;
  void gradient(const double* x, const double* p, double* grad) const override;
  void gradient_batch(const double* const* x, std::size_t count, const double* p,
                      double* const* grad) const override;

  // The given box, or else the bounding box of {U - min U <= 15} (U at the
  // default parameters) found on a grid of step 0.2 over [-10, 10]^d, widened
  // by one grid step; [-3, 3]^d if U is nowhere finite there.
  std::vector<std::pair<double, double>> default_box(const double* p) const override;

  const std::string& expression() const { return expression_; }

 private:
  class Compiled;
  Compiled& compiled_for_this_thread() const;

  std::string expression_;
  std::string formula_;
  int dimension_ = 1;
  std::vector<ParameterSpec> specs_;
  std::vector<std::pair<double, double>> box_;
  std::uint64_t serial_;
  std::shared_ptr<const bool> alive_;
};

// Parses "NAME=VALUE" pairs' names and values already split; a convenience
// that builds the shared potential.
std::shared_ptr<const ExpressionPotential> compile_potential(const std::string& expression,
                                                             std::vector<PotentialParameter> parameters = {},
                                                             int dimension = 0);

}  // namespace flowscope
