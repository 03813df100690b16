#pragma once
// Procrustes alignment of one set of trajectories (source, N x k) onto another
// (target, N x p, the same N points): the similarity transform
// y ~ s x R + t with R^T-orthogonal R (k x p, R R^T = I when k <= p) that
// minimises the squared error (Schönemann 1966; Gower & Dijksterhuis,
// "Procrustes Problems", 2004): R = U V^T from the SVD of Xc^T Yc = U S V^T,
// s = trace(S) / |Xc|^2, t from the means. R^2 = 1 - |Y - aligned|^2 / |Yc|^2.
#include <cstddef>
#include <vector>

namespace flowscope {

struct ProcrustesOptions {
  bool scaling = true;      // fit s (else s = 1)
  bool reflection = true;   // allow det R = -1 (PCA axes have arbitrary signs); k == p only when false
};

struct ProcrustesResult {
  std::size_t source_dimension = 0, target_dimension = 0;
  std::vector<double> rotation;     // k x p row-major
  double scale = 1.0;
  std::vector<double> translation;  // p
  std::vector<double> aligned;      // N x p row-major: s x R + t
  double r_squared = 0.0;
};

// Throws InputError when N < 2, k > p, shapes are zero, or a value is not finite.
ProcrustesResult procrustes(const double* source, const double* target, std::size_t count, std::size_t source_dimension,
                            std::size_t target_dimension, const ProcrustesOptions& options = {});

// 1 - sum |target - fitted|^2 / sum |target - mean(target)|^2 over N x p rows.
double r_squared(const double* target, const double* fitted, std::size_t count, std::size_t dimension);

}  // namespace flowscope
