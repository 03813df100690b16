// Compiled with -ffast-math (core/CMakeLists.txt): see mixture_kernels.h.
#include "core/distributions/mixture_kernels.h"

#include <cmath>

namespace flowscope {

void FieldTable::resize(int d, std::size_t k, bool iso, bool with_field) {
  dimension = d;
  count = k;
  isotropic = iso;
  const std::size_t per = iso ? 1 : static_cast<std::size_t>(d * d);
  log_coefficient.assign(k, 0.0);
  mean.assign(static_cast<std::size_t>(d) * k, 0.0);
  precision.assign(per * k, 0.0);
  offset.assign(with_field ? static_cast<std::size_t>(d) * k : 0, 0.0);
  slope.assign(with_field ? per * k : 0, 0.0);
}

namespace {

constexpr double kNoLog = -1e300;  // the max's start; -inf is not allowed under -ffast-math

// One kernel per (dimension, isotropic, field kind): the compiler unrolls the
// dimension loops and keeps every accumulator in a register.
template <int D, bool Iso, bool Affine>
void field_kernel(const FieldTable& t, const double* const* xs, std::size_t n, double* const* outs, double* logp) {
  const std::size_t K = t.count;
  const double* __restrict c = t.log_coefficient.data();
  const double* __restrict m = t.mean.data();
  const double* __restrict p = t.precision.data();
  const double* __restrict a = Affine ? t.offset.data() : nullptr;
  const double* __restrict b = Affine ? t.slope.data() : nullptr;
  const double* __restrict x0 = xs[0];
  const double* __restrict x1 = D > 1 ? xs[1] : xs[0];
  const double* __restrict x2 = D > 2 ? xs[2] : xs[0];
  double* __restrict o0 = outs ? outs[0] : nullptr;
  double* __restrict o1 = outs && D > 1 ? outs[1] : nullptr;
  double* __restrict o2 = outs && D > 2 ? outs[2] : nullptr;
  const bool want_field = outs != nullptr;
#pragma omp simd
  for (std::size_t i = 0; i < n; ++i) {
    double x[3] = {x0[i], D > 1 ? x1[i] : 0.0, D > 2 ? x2[i] : 0.0};
    // Pass 1: the largest log-term, so that every exp below is <= 1.
    double top = kNoLog;
    for (std::size_t k = 0; k < K; ++k) {
      double d[3];
      for (int j = 0; j < D; ++j) d[j] = x[j] - m[j * K + k];
      double q = 0.0;
      if constexpr (Iso) {
        for (int j = 0; j < D; ++j) q += d[j] * d[j];
        q *= p[k];
      } else {
        for (int r = 0; r < D; ++r) {
          double row = 0.0;
          for (int col = 0; col < D; ++col) row += p[(r * D + col) * K + k] * d[col];
          q += d[r] * row;
        }
      }
      const double l = c[k] - 0.5 * q;
      top = l > top ? l : top;
    }
    // Pass 2: weights exp(l_k - top) and the weighted field.
    double sum = 0.0;
    double acc[3] = {0.0, 0.0, 0.0};
    for (std::size_t k = 0; k < K; ++k) {
      double d[3];
      for (int j = 0; j < D; ++j) d[j] = x[j] - m[j * K + k];
      double q = 0.0;
      double f[3];
      if constexpr (Iso) {
        double dd = 0.0;
        for (int j = 0; j < D; ++j) dd += d[j] * d[j];
        q = dd * p[k];
        const double slope = Affine ? b[k] : -p[k];
        for (int j = 0; j < D; ++j) f[j] = (Affine ? a[j * K + k] : 0.0) + slope * d[j];
      } else {
        for (int r = 0; r < D; ++r) {
          double row = 0.0;
          for (int col = 0; col < D; ++col) row += p[(r * D + col) * K + k] * d[col];
          q += d[r] * row;
          if constexpr (!Affine) f[r] = -row;
        }
        if constexpr (Affine) {
          for (int r = 0; r < D; ++r) {
            double row = a[r * K + k];
            for (int col = 0; col < D; ++col) row += b[(r * D + col) * K + k] * d[col];
            f[r] = row;
          }
        }
      }
      const double e = std::exp(c[k] - 0.5 * q - top);
      sum += e;
      for (int j = 0; j < D; ++j) acc[j] += e * f[j];
    }
    if (logp) logp[i] = top + std::log(sum);
    if (want_field) {
      const double inv = 1.0 / sum;
      o0[i] = acc[0] * inv;
      if constexpr (D > 1) o1[i] = acc[1] * inv;
      if constexpr (D > 2) o2[i] = acc[2] * inv;
    }
  }
}

template <int D>
void dispatch(const FieldTable& t, const double* const* x, std::size_t n, double* const* out, double* logp) {
  const bool affine = !t.offset.empty();
  if (t.isotropic) {
    if (affine) field_kernel<D, true, true>(t, x, n, out, logp);
    else field_kernel<D, true, false>(t, x, n, out, logp);
  } else {
    if (affine) field_kernel<D, false, true>(t, x, n, out, logp);
    else field_kernel<D, false, false>(t, x, n, out, logp);
  }
}

}  // namespace

void mixture_field(const FieldTable& table, const double* const* x, std::size_t n, double* const* out,
                   double* log_density) {
  switch (table.dimension) {
    case 1: dispatch<1>(table, x, n, out, log_density); break;
    case 2: dispatch<2>(table, x, n, out, log_density); break;
    default: dispatch<3>(table, x, n, out, log_density); break;
  }
}

}  // namespace flowscope
