#include "core/transport/sinkhorn_kernels.h"

#include <cmath>

namespace flowscope::sinkhorn_kernels {
namespace {

// Columns are processed in blocks: the exponents of one block are computed
// into a small buffer (dimension outside, columns inside, so any dimension
// streams SoA arrays), then exponentiated. Dimensions 1-3 are fused instead.
constexpr std::size_t kBlock = 512;

inline double clamp_exponent(double a) {
  a = a < -kExpClamp ? -kExpClamp : a;
  return a > kExpClamp ? kExpClamp : a;
}

template <int D>
double sum_exp_fixed(const double* p, const double* const* q, const double* h, std::size_t count, double inv_eps,
                     double shift) {
  const double* qk[D];
  double pk[D];
  for (int k = 0; k < D; ++k) qk[k] = q[k], pk[k] = p[k];
  double s = 0.0;
#pragma omp simd reduction(+ : s)
  for (std::size_t j = 0; j < count; ++j) {
    double c = 0.0;
    for (int k = 0; k < D; ++k) {
      const double d = pk[k] - qk[k][j];
      c += d * d;
    }
    s += std::exp(clamp_exponent((h[j] - c) * inv_eps - shift));
  }
  return s;
}

template <int D>
void sum_exp_cost_fixed(const double* p, const double* const* q, const double* h, std::size_t count, double inv_eps,
                        double shift, double* sum, double* cost_sum) {
  const double* qk[D];
  double pk[D];
  for (int k = 0; k < D; ++k) qk[k] = q[k], pk[k] = p[k];
  double s = 0.0, sc = 0.0;
#pragma omp simd reduction(+ : s, sc)
  for (std::size_t j = 0; j < count; ++j) {
    double c = 0.0;
    for (int k = 0; k < D; ++k) {
      const double d = pk[k] - qk[k][j];
      c += d * d;
    }
    const double e = std::exp(clamp_exponent((h[j] - c) * inv_eps - shift));
    s += e;
    sc += e * c;
  }
  *sum = s;
  *cost_sum = sc;
}

template <int D>
double max_exponent_fixed(const double* p, const double* const* q, const double* h, std::size_t count,
                          double inv_eps) {
  const double* qk[D];
  double pk[D];
  for (int k = 0; k < D; ++k) qk[k] = q[k], pk[k] = p[k];
  double m = -1e308;
#pragma omp simd reduction(max : m)
  for (std::size_t j = 0; j < count; ++j) {
    double c = 0.0;
    for (int k = 0; k < D; ++k) {
      const double d = pk[k] - qk[k][j];
      c += d * d;
    }
    const double a = (h[j] - c) * inv_eps;
    m = a > m ? a : m;
  }
  return m;
}

// Squared distances from p to columns [begin, begin + n) into c.
void block_costs(const double* p, const double* const* q, std::size_t begin, std::size_t n, int dimension, double* c) {
  for (std::size_t j = 0; j < n; ++j) c[j] = 0.0;
  for (int k = 0; k < dimension; ++k) {
    const double pk = p[k];
    const double* qk = q[k] + begin;
#pragma omp simd
    for (std::size_t j = 0; j < n; ++j) {
      const double d = pk - qk[j];
      c[j] += d * d;
    }
  }
}

}  // namespace

double max_exponent(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
                    double inv_eps) {
  switch (dimension) {
    case 1: return max_exponent_fixed<1>(p, q, h, count, inv_eps);
    case 2: return max_exponent_fixed<2>(p, q, h, count, inv_eps);
    case 3: return max_exponent_fixed<3>(p, q, h, count, inv_eps);
    default: break;
  }
  alignas(64) double c[kBlock];
  double m = -1e308;
  for (std::size_t begin = 0; begin < count; begin += kBlock) {
    const std::size_t n = count - begin < kBlock ? count - begin : kBlock;
    block_costs(p, q, begin, n, dimension, c);
    const double* hb = h + begin;
#pragma omp simd reduction(max : m)
    for (std::size_t j = 0; j < n; ++j) {
      const double a = (hb[j] - c[j]) * inv_eps;
      m = a > m ? a : m;
    }
  }
  return m;
}

double sum_exp(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
               double inv_eps, double shift) {
  switch (dimension) {
    case 1: return sum_exp_fixed<1>(p, q, h, count, inv_eps, shift);
    case 2: return sum_exp_fixed<2>(p, q, h, count, inv_eps, shift);
    case 3: return sum_exp_fixed<3>(p, q, h, count, inv_eps, shift);
    default: break;
  }
  alignas(64) double c[kBlock];
  double s = 0.0;
  for (std::size_t begin = 0; begin < count; begin += kBlock) {
    const std::size_t n = count - begin < kBlock ? count - begin : kBlock;
    block_costs(p, q, begin, n, dimension, c);
    const double* hb = h + begin;
#pragma omp simd reduction(+ : s)
    for (std::size_t j = 0; j < n; ++j) s += std::exp(clamp_exponent((hb[j] - c[j]) * inv_eps - shift));
  }
  return s;
}

void sum_exp_cost(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
                  double inv_eps, double shift, double* sum, double* cost_sum) {
  switch (dimension) {
    case 1: return sum_exp_cost_fixed<1>(p, q, h, count, inv_eps, shift, sum, cost_sum);
    case 2: return sum_exp_cost_fixed<2>(p, q, h, count, inv_eps, shift, sum, cost_sum);
    case 3: return sum_exp_cost_fixed<3>(p, q, h, count, inv_eps, shift, sum, cost_sum);
    default: break;
  }
  alignas(64) double c[kBlock];
  double s = 0.0, sc = 0.0;
  for (std::size_t begin = 0; begin < count; begin += kBlock) {
    const std::size_t n = count - begin < kBlock ? count - begin : kBlock;
    block_costs(p, q, begin, n, dimension, c);
    const double* hb = h + begin;
#pragma omp simd reduction(+ : s, sc)
    for (std::size_t j = 0; j < n; ++j) {
      const double e = std::exp(clamp_exponent((hb[j] - c[j]) * inv_eps - shift));
      s += e;
      sc += e * c[j];
    }
  }
  *sum = s;
  *cost_sum = sc;
}

double sum_exp_weighted(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
                        double inv_eps, double shift, const double* const* v, int values, double* out) {
  alignas(64) double c[kBlock];
  alignas(64) double e[kBlock];
  double s = 0.0;
  for (int k = 0; k < values; ++k) out[k] = 0.0;
  for (std::size_t begin = 0; begin < count; begin += kBlock) {
    const std::size_t n = count - begin < kBlock ? count - begin : kBlock;
    block_costs(p, q, begin, n, dimension, c);
    const double* hb = h + begin;
#pragma omp simd reduction(+ : s)
    for (std::size_t j = 0; j < n; ++j) {
      e[j] = std::exp(clamp_exponent((hb[j] - c[j]) * inv_eps - shift));
      s += e[j];
    }
    for (int k = 0; k < values; ++k) {
      const double* vk = v[k] + begin;
      double t = 0.0;
#pragma omp simd reduction(+ : t)
      for (std::size_t j = 0; j < n; ++j) t += e[j] * vk[j];
      out[k] += t;
    }
  }
  return s;
}

void exp_row(const double* p, const double* const* q, const double* h, std::size_t count, int dimension,
             double inv_eps, double shift, double* out) {
  for (std::size_t begin = 0; begin < count; begin += kBlock) {
    const std::size_t n = count - begin < kBlock ? count - begin : kBlock;
    double* c = out + begin;
    block_costs(p, q, begin, n, dimension, c);
    const double* hb = h + begin;
#pragma omp simd
    for (std::size_t j = 0; j < n; ++j) c[j] = std::exp(clamp_exponent((hb[j] - c[j]) * inv_eps - shift));
  }
}

}  // namespace flowscope::sinkhorn_kernels
