#pragma once
// The candidate functions theta_k(x) that a sparse regression combines: all
// monomials x_1^a_1 ... x_d^a_d of total degree 0..degree (the constant
// first, then by degree, lexicographically within a degree: 1, x, y, z, x^2,
// x*y, ...), optionally followed by sin(x_j) and cos(x_j) for each variable.
// Each term has a text that the equation parser reads back: "x*y", "x^2",
// "sin(z)".
#include <cstddef>
#include <string>
#include <vector>

namespace flowscope {

struct LibraryTerm {
  std::vector<int> exponents;  // one per variable; all zero for the constant
  enum class Kind { Monomial, Sine, Cosine } kind = Kind::Monomial;
  std::size_t variable = 0;    // Sine / Cosine: of which variable
  int degree() const;
};

class FunctionLibrary {
 public:
  // Throws InputError for degree < 0 or > 8, no variables, or names of the wrong count.
  FunctionLibrary(std::vector<std::string> variables, int degree, bool trigonometric);

  std::size_t size() const { return terms_.size(); }
  std::size_t dimension() const { return variables_.size(); }
  int degree() const { return degree_; }
  bool trigonometric() const { return trigonometric_; }
  const std::vector<LibraryTerm>& terms() const { return terms_; }
  const std::vector<std::string>& variables() const { return variables_; }

  // theta_k(x) for every term, into out (size() values).
  void evaluate(const double* x, double* out) const;
  // "1", "x", "x*y", "y^2", "sin(x)".
  std::string term_text(std::size_t k) const;

 private:
  std::vector<std::string> variables_;
  int degree_;
  bool trigonometric_;
  std::vector<LibraryTerm> terms_;
};

}  // namespace flowscope
