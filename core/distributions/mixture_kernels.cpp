// Compiled with -ffast-math (core/CMakeLists.txt): see mixture_kernels.h.
#include "core/distributions/mixture_kernels.h"

#include <bit>
#include <cmath>
#include <cstdint>

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

constexpr std::size_t kBlock = 256;  // points per pass: the accumulators stay in L1

// exp(x) for x <= 0, inlined so that the vector loop makes no call (a call
// to glibc's vector exp spills every accumulator): x = n ln 2 + r with
// |r| <= ln 2 / 2, exp(r) by its Taylor polynomial to degree 11 (relative
// error below 1e-14), 2^n by building the exponent bits. x is clamped at
// -708 (exp = 3e-308): such terms are nothing beside the largest term, 1.
inline double exp_nonpositive(double x) {
  constexpr double kLog2e = 1.4426950408889634074;
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
  x = x < -708.0 ? -708.0 : x;
  const double n = std::floor(x * kLog2e + 0.5);
  const double r = (x - n * kLn2Hi) - n * kLn2Lo;
  double p = 1.0 / 39916800.0;
  p = p * r + 1.0 / 3628800.0;
  p = p * r + 1.0 / 362880.0;
  p = p * r + 1.0 / 40320.0;
  p = p * r + 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 0.5;
  p = p * r + 1.0;
  p = p * r + 1.0;
  const auto bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(n) + 1023) << 52;
  return p * std::bit_cast<double>(bits);
}  // points per pass: the accumulators stay in L1

// One kernel per (dimension, isotropic, field kind). The loop over
// components is outside, the loop over points inside (the vector loop), with
// each component's numbers held in scalars: GCC does not vectorise an outer
// loop around a loop of variable length, so this order is what keeps the
// work vectorised across points.
template <int D, bool Iso, bool Affine>
void field_block(const FieldTable& t, const double* const* xs, std::size_t n, double* const* outs, double* logp) {
  const std::size_t K = t.count;
  const double* c = t.log_coefficient.data();
  const double* m = t.mean.data();
  const double* p = t.precision.data();
  const double* a = Affine ? t.offset.data() : nullptr;
  const double* b = Affine ? t.slope.data() : nullptr;
  const double* __restrict x0 = xs[0];
  const double* __restrict x1 = D > 1 ? xs[1] : xs[0];
  const double* __restrict x2 = D > 2 ? xs[2] : xs[0];
  alignas(64) double top[kBlock], sum[kBlock], acc0[kBlock], acc1[kBlock], acc2[kBlock];
  for (std::size_t i = 0; i < n; ++i) top[i] = kNoLog;
  // Pass 1: the largest log-term per point, so that every exp below is <= 1.
  for (std::size_t k = 0; k < K; ++k) {
    const double ck = c[k];
    const double m0 = m[k], m1 = D > 1 ? m[K + k] : 0.0, m2 = D > 2 ? m[2 * K + k] : 0.0;
    double P[9];
    if constexpr (Iso) P[0] = p[k];
    else
      for (int e = 0; e < D * D; ++e) P[e] = p[e * K + k];
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      const double d0 = x0[i] - m0, d1 = D > 1 ? x1[i] - m1 : 0.0, d2 = D > 2 ? x2[i] - m2 : 0.0;
      double q;
      if constexpr (Iso) {
        q = P[0] * (d0 * d0 + d1 * d1 + d2 * d2);
      } else if constexpr (D == 1) {
        q = P[0] * d0 * d0;
      } else if constexpr (D == 2) {
        q = P[0] * d0 * d0 + 2.0 * P[1] * d0 * d1 + P[3] * d1 * d1;
      } else {
        q = P[0] * d0 * d0 + P[4] * d1 * d1 + P[8] * d2 * d2 + 2.0 * (P[1] * d0 * d1 + P[2] * d0 * d2 + P[5] * d1 * d2);
      }
      const double l = ck - 0.5 * q;
      top[i] = l > top[i] ? l : top[i];
    }
  }
  for (std::size_t i = 0; i < n; ++i) sum[i] = acc0[i] = acc1[i] = acc2[i] = 0.0;
  // Pass 2: weights exp(l_k - top) and the weighted field a_k + B_k (x - m_k).
  for (std::size_t k = 0; k < K; ++k) {
    const double ck = c[k];
    const double m0 = m[k], m1 = D > 1 ? m[K + k] : 0.0, m2 = D > 2 ? m[2 * K + k] : 0.0;
    double P[9], B[9], A[3] = {0.0, 0.0, 0.0};
    const int per = Iso ? 1 : D * D;
    for (int e = 0; e < per; ++e) {
      P[e] = p[e * K + k];
      B[e] = Affine ? b[e * K + k] : -P[e];
    }
    if constexpr (Affine)
      for (int j = 0; j < D; ++j) A[j] = a[j * K + k];
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      const double d0 = x0[i] - m0, d1 = D > 1 ? x1[i] - m1 : 0.0, d2 = D > 2 ? x2[i] - m2 : 0.0;
      double q, f0, f1 = 0.0, f2 = 0.0;
      if constexpr (Iso) {
        q = P[0] * (d0 * d0 + d1 * d1 + d2 * d2);
        f0 = A[0] + B[0] * d0;
        if constexpr (D > 1) f1 = A[1] + B[0] * d1;
        if constexpr (D > 2) f2 = A[2] + B[0] * d2;
      } else if constexpr (D == 1) {
        q = P[0] * d0 * d0;
        f0 = A[0] + B[0] * d0;
      } else if constexpr (D == 2) {
        q = P[0] * d0 * d0 + 2.0 * P[1] * d0 * d1 + P[3] * d1 * d1;
        f0 = A[0] + B[0] * d0 + B[1] * d1;
        f1 = A[1] + B[2] * d0 + B[3] * d1;
      } else {
        q = P[0] * d0 * d0 + P[4] * d1 * d1 + P[8] * d2 * d2 + 2.0 * (P[1] * d0 * d1 + P[2] * d0 * d2 + P[5] * d1 * d2);
        f0 = A[0] + B[0] * d0 + B[1] * d1 + B[2] * d2;
        f1 = A[1] + B[3] * d0 + B[4] * d1 + B[5] * d2;
        f2 = A[2] + B[6] * d0 + B[7] * d1 + B[8] * d2;
      }
      const double e = exp_nonpositive(ck - 0.5 * q - top[i]);
      sum[i] += e;
      acc0[i] += e * f0;
      if constexpr (D > 1) acc1[i] += e * f1;
      if constexpr (D > 2) acc2[i] += e * f2;
    }
  }
  if (logp) {
    double* __restrict lp = logp;
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) lp[i] = top[i] + std::log(sum[i]);
  }
  if (outs) {
    double* __restrict o0 = outs[0];
    double* __restrict o1 = D > 1 ? outs[1] : nullptr;
    double* __restrict o2 = D > 2 ? outs[2] : nullptr;
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      const double inv = 1.0 / sum[i];
      o0[i] = acc0[i] * inv;
      if constexpr (D > 1) o1[i] = acc1[i] * inv;
      if constexpr (D > 2) o2[i] = acc2[i] * inv;
    }
  }
}

// The score when every component is isotropic with one shared precision pi
// (ring8 and its noised marginals, smoothed point sets): the log-terms
// c_k - pi/2 |x - m_k|^2 differ from c'_k + pi m_k . x, with
// c'_k = c_k - pi/2 |m_k|^2, only by -pi/2 |x|^2, the same for every k, so the
// weights need two multiply-adds per component instead of a distance, and the
// score is pi (sum_k r_k m_k - x). The log-density adds the common term back.
template <int D>
void shared_precision_block(const FieldTable& t, const double* const* xs, std::size_t n, double* const* outs,
                            double* logp) {
  const std::size_t K = t.count;
  const double* c = t.log_coefficient.data();
  const double* m = t.mean.data();
  const double pi = t.precision[0];
  const double* __restrict x0 = xs[0];
  const double* __restrict x1 = D > 1 ? xs[1] : xs[0];
  const double* __restrict x2 = D > 2 ? xs[2] : xs[0];
  alignas(64) double top[kBlock], sum[kBlock], acc0[kBlock], acc1[kBlock], acc2[kBlock];
  for (std::size_t i = 0; i < n; ++i) top[i] = kNoLog;
  for (std::size_t k = 0; k < K; ++k) {
    const double m0 = m[k], m1 = D > 1 ? m[K + k] : 0.0, m2 = D > 2 ? m[2 * K + k] : 0.0;
    const double ck = c[k] - 0.5 * pi * (m0 * m0 + m1 * m1 + m2 * m2);
    const double p0 = pi * m0, p1 = pi * m1, p2 = pi * m2;
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      double l = ck + p0 * x0[i];
      if constexpr (D > 1) l += p1 * x1[i];
      if constexpr (D > 2) l += p2 * x2[i];
      top[i] = l > top[i] ? l : top[i];
    }
  }
  for (std::size_t i = 0; i < n; ++i) sum[i] = acc0[i] = acc1[i] = acc2[i] = 0.0;
  for (std::size_t k = 0; k < K; ++k) {
    const double m0 = m[k], m1 = D > 1 ? m[K + k] : 0.0, m2 = D > 2 ? m[2 * K + k] : 0.0;
    const double ck = c[k] - 0.5 * pi * (m0 * m0 + m1 * m1 + m2 * m2);
    const double p0 = pi * m0, p1 = pi * m1, p2 = pi * m2;
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      double l = ck + p0 * x0[i];
      if constexpr (D > 1) l += p1 * x1[i];
      if constexpr (D > 2) l += p2 * x2[i];
      const double e = exp_nonpositive(l - top[i]);
      sum[i] += e;
      acc0[i] += e * m0;
      if constexpr (D > 1) acc1[i] += e * m1;
      if constexpr (D > 2) acc2[i] += e * m2;
    }
  }
  if (logp) {
    double* __restrict lp = logp;
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      double r2 = x0[i] * x0[i];
      if constexpr (D > 1) r2 += x1[i] * x1[i];
      if constexpr (D > 2) r2 += x2[i] * x2[i];
      lp[i] = top[i] + std::log(sum[i]) - 0.5 * pi * r2;
    }
  }
  if (outs) {
    double* __restrict o0 = outs[0];
    double* __restrict o1 = D > 1 ? outs[1] : nullptr;
    double* __restrict o2 = D > 2 ? outs[2] : nullptr;
#pragma omp simd
    for (std::size_t i = 0; i < n; ++i) {
      const double inv = pi / sum[i];
      o0[i] = acc0[i] * inv - pi * x0[i];
      if constexpr (D > 1) o1[i] = acc1[i] * inv - pi * x1[i];
      if constexpr (D > 2) o2[i] = acc2[i] * inv - pi * x2[i];
    }
  }
}

template <int D>
void shared_precision_kernel(const FieldTable& t, const double* const* xs, std::size_t n, double* const* outs,
                             double* logp) {
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t len = n - first < kBlock ? n - first : kBlock;
    const double* x[3];
    double* o[3];
    for (int j = 0; j < D; ++j) {
      x[j] = xs[j] + first;
      if (outs) o[j] = outs[j] + first;
    }
    shared_precision_block<D>(t, x, len, outs ? o : nullptr, logp ? logp + first : nullptr);
  }
}

bool shared_precision(const FieldTable& t) {
  if (!t.isotropic || !t.offset.empty() || t.precision.empty()) return false;
  for (double p : t.precision)
    if (p != t.precision[0]) return false;
  return true;
}

template <int D, bool Iso, bool Affine>
void field_kernel(const FieldTable& t, const double* const* xs, std::size_t n, double* const* outs, double* logp) {
  for (std::size_t first = 0; first < n; first += kBlock) {
    const std::size_t len = n - first < kBlock ? n - first : kBlock;
    const double* x[3];
    double* o[3];
    for (int j = 0; j < D; ++j) {
      x[j] = xs[j] + first;
      if (outs) o[j] = outs[j] + first;
    }
    field_block<D, Iso, Affine>(t, x, len, outs ? o : nullptr, logp ? logp + first : nullptr);
  }
}

template <int D>
void dispatch(const FieldTable& t, const double* const* x, std::size_t n, double* const* out, double* logp) {
  const bool affine = !t.offset.empty();
  if (shared_precision(t)) {
    shared_precision_kernel<D>(t, x, n, out, logp);
  } else if (t.isotropic) {
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
