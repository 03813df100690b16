#pragma once
// Typed right-hand sides compiled to native code at run time (LLVM's ORC JIT,
// in process: no compiler or assembler is needed on the user's machine). This
// header shows plain function pointers only; LLVM stays inside
// native_kernels.cpp.
//
// The kernels loop over the particles themselves, so that LLVM's loop
// vectoriser turns a structure-of-arrays block into vector code (sin, cos,
// exp, log and pow through glibc's vector library libmvec). They use no
// fast-math and no fused multiply-adds: each operation rounds as muParser's
// does, and a system typed like a built-in one gives the built-in's values.
#include <cstdint>
#include <memory>
#include <string>

#include "core/systems/expression_tree.h"

namespace flowscope::jit {

// f(t, x; p) at one point: x, p and out as in System::drift.
using DriftPoint = void (*)(double t, const double* x, const double* p, double* out);
// f for count states in structure-of-arrays form, as System::drift_batch.
using DriftBatch = void (*)(double t, const double* const* x, std::uint64_t count, const double* p,
                            double* const* out);
// `steps` classical RK4 steps of size h for count states (SoA, in place), the
// four stages fused per particle, with the same operations in the same order
// as the ensemble's generic RK4 (so the two agree bit for bit).
using Rk4Steps = void (*)(double t, double h, std::uint64_t steps, double* const* x, std::uint64_t count,
                          const double* p);

// The exact Jacobian jac[i * n + j] = d f_i / d x_j (forward-mode differentiation
// of the tree, so symbolic, not differences), as System::jacobian.
using Jacobian = void (*)(double t, const double* x, const double* p, double* jac);

class NativeKernels {
 public:
  virtual ~NativeKernels() = default;
  DriftPoint drift = nullptr;
  DriftBatch drift_batch = nullptr;
  Rk4Steps rk4_steps = nullptr;  // null for large systems: RK4 is built from drift_batch
  Jacobian jacobian = nullptr;   // null for very large systems: central differences
  double compile_seconds = 0.0;
};

struct CompileOutcome {
  std::unique_ptr<NativeKernels> kernels;  // null when compilation failed
  std::string reason;                      // why, when kernels is null
};

// Compiles the trees' roots (one per state component, over `dimension` state
// values and `parameters` parameters). Never throws: failures come back as a
// reason. Thread-safe.
CompileOutcome compile_native_kernels(const expr::Tree& tree, int dimension, int parameters);

}  // namespace flowscope::jit
