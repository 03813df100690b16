#pragma once
// Reference processes of Schrodinger bridges: linear SDEs
//
//   dX = (A X + b) dt + sigma dW   in R^d,
//
// which include Brownian motion with variance sigma^2 per unit time (A = 0,
// b = 0), the Ornstein-Uhlenbeck process (A = -theta I) and the drifts fitted
// by multi-marginal refinement. Their transition densities are Gaussian:
// X_{t+h} | X_t = x  ~  N(Phi(h) x + c(h), Q(h)) with Phi = e^{Ah},
// c = int_0^h e^{As} b ds and Q = sigma^2 int_0^h e^{As} e^{A^T s} ds, computed
// by Van Loan's block matrix exponentials (Van Loan, IEEE TAC 23, 1978).
#include <string>
#include <vector>

namespace flowscope {

struct LinearReference {
  int dimension = 0;
  std::vector<double> a;  // d x d, row-major
  std::vector<double> b;  // d
  double sigma = 1.0;     // > 0
  std::string name;       // "brownian", "ou:0.5", "linear"
};

LinearReference brownian_reference(int dimension, double sigma);
LinearReference ou_reference(int dimension, double sigma, double theta);
LinearReference linear_reference(int dimension, double sigma, std::vector<double> a, std::vector<double> b);

// "brownian" or "ou:THETA" (THETA finite; 0 is Brownian); throws InputError
// naming the option and the known forms. Also checks sigma > 0 and finite.
LinearReference parse_reference(const std::string& option, const std::string& text, int dimension, double sigma);

// Throws InputError for sigma <= 0 or non-finite, wrong sizes, non-finite A or b.
void validate_reference(const LinearReference& reference);

struct GaussianTransition {
  std::vector<double> phi;  // d x d
  std::vector<double> c;    // d
  std::vector<double> q;    // d x d (zero for h = 0)
};
GaussianTransition transition(const LinearReference& reference, double h);

// The bridge of the reference on [0, T] pinned at x0 and xT has the
// Gaussian marginal X_t ~ N(M x0 + N xT + o, S) (Kalman conditioning of the
// transition on the end point). M, N, S: d x d.
struct BridgeMarginal {
  std::vector<double> m, n, o, s;
};
BridgeMarginal bridge_marginal(const LinearReference& reference, double t, double duration);

}  // namespace flowscope
