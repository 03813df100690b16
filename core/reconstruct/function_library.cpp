#include "core/reconstruct/function_library.h"

#include <cmath>
#include <numeric>

#include "core/errors.h"

namespace flowscope {

int LibraryTerm::degree() const { return std::accumulate(exponents.begin(), exponents.end(), 0); }

namespace {

// Every exponent vector of total degree `remaining` over variables from j on,
// prefix fixed: lexicographic with higher powers of earlier variables first.
void append_monomials(std::vector<int>& exponents, std::size_t j, int remaining, std::vector<LibraryTerm>& out) {
  if (j + 1 == exponents.size()) {
    exponents[j] = remaining;
    out.push_back({exponents, LibraryTerm::Kind::Monomial, 0});
    exponents[j] = 0;
    return;
  }
  for (int power = remaining; power >= 0; --power) {
    exponents[j] = power;
    append_monomials(exponents, j + 1, remaining - power, out);
  }
  exponents[j] = 0;
}

}  // namespace

FunctionLibrary::FunctionLibrary(std::vector<std::string> variables, int degree, bool trigonometric)
    : variables_(std::move(variables)), degree_(degree), trigonometric_(trigonometric) {
  if (variables_.empty()) throw InputError("function library: no variables");
  if (degree < 0 || degree > 8) throw InputError("function library: the degree must be 0 to 8, not " + std::to_string(degree));
  const std::size_t d = variables_.size();
  std::vector<int> exponents(d, 0);
  for (int k = 0; k <= degree; ++k) append_monomials(exponents, 0, k, terms_);
  if (trigonometric)
    for (LibraryTerm::Kind kind : {LibraryTerm::Kind::Sine, LibraryTerm::Kind::Cosine})
      for (std::size_t j = 0; j < d; ++j) terms_.push_back({std::vector<int>(d, 0), kind, j});
}

void FunctionLibrary::evaluate(const double* x, double* out) const {
  for (std::size_t k = 0; k < terms_.size(); ++k) {
    const LibraryTerm& term = terms_[k];
    if (term.kind == LibraryTerm::Kind::Sine) {
      out[k] = std::sin(x[term.variable]);
    } else if (term.kind == LibraryTerm::Kind::Cosine) {
      out[k] = std::cos(x[term.variable]);
    } else {
      double value = 1.0;
      for (std::size_t j = 0; j < term.exponents.size(); ++j)
        for (int p = 0; p < term.exponents[j]; ++p) value *= x[j];
      out[k] = value;
    }
  }
}

std::string FunctionLibrary::term_text(std::size_t k) const {
  const LibraryTerm& term = terms_.at(k);
  if (term.kind == LibraryTerm::Kind::Sine) return "sin(" + variables_[term.variable] + ")";
  if (term.kind == LibraryTerm::Kind::Cosine) return "cos(" + variables_[term.variable] + ")";
  std::string text;
  for (std::size_t j = 0; j < term.exponents.size(); ++j) {
    if (term.exponents[j] == 0) continue;
    if (!text.empty()) text += "*";
    text += variables_[j];
    if (term.exponents[j] > 1) {
      text += '^';
      text += std::to_string(term.exponents[j]);
    }
  }
  return text.empty() ? "1" : text;
}

}  // namespace flowscope
