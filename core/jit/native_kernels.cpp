// LLVM 14's ORC JIT behind native_kernels.h. The expression tree becomes LLVM
// IR without fast-math flags (so no reassociation and no fused multiply-add:
// LLVM's default FP contraction fuses only explicit fmuladd, which this file
// never emits), then runs through LLVM's O3 pipeline with the loop vectoriser
// and glibc's vector math library (libmvec) for sin, cos, exp, log and pow.
//
// The batch kernels load the state arrays' addresses from their tables and pass
// them to an inner function whose pointer parameters are all 'noalias': so the
// vectoriser knows that x[0][i], x[1][i], ... never overlap and needs no
// run-time overlap checks. (Alias-scope metadata on every access said the same
// but made optimising 100 equations take 5 times longer.)
#include "core/jit/native_kernels.h"

#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/DynamicLibrary.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include <algorithm>
#include <chrono>

namespace flowscope::jit {
namespace {

using llvm::Value;

struct Setup {
  bool ok = false;
  bool vector_math = false;  // libmvec found: vectorised sin, cos, exp, log, pow
  std::string reason;
};

const Setup& setup() {
  static const Setup done = [] {
    Setup s;
    if (llvm::InitializeNativeTarget() || llvm::InitializeNativeTargetAsmPrinter()) {
      s.reason = "LLVM has no code generator for this processor";
      return s;
    }
    s.vector_math = !llvm::sys::DynamicLibrary::LoadLibraryPermanently("libmvec.so.1");
    s.ok = true;
    return s;
  }();
  return done;
}

std::string message_of(llvm::Error error) {
  std::string text;
  llvm::raw_string_ostream out(text);
  out << error;
  return out.str();
}

// Emits one tree's values with a builder, given how to read t, x_j and p_k.
class TreeEmitter {
 public:
  // avx2_variants: tell the vectoriser about libmvec's 4-lane AVX2 versions
  // of the libm functions LLVM 14 does not know as vectorisable.
  TreeEmitter(llvm::IRBuilder<>& b, llvm::Module& m, const expr::Tree& tree, bool avx2_variants)
      : b_(b), m_(m), tree_(tree), avx2_variants_(avx2_variants) {}

  // Values of every root; state(j) gives x_j, params[k] p_k.
  std::vector<Value*> roots(Value* t, const std::vector<Value*>& state, const std::vector<Value*>& params) {
    const std::vector<Value*> v = all(t, state, params);
    std::vector<Value*> out;
    for (int r : tree_.roots) out.push_back(v[r]);
    return out;
  }

  // The exact Jacobian d root_i / d x_j (row-major, n x n) by forward-mode
  // differentiation: each node's derivative in every direction j, from its
  // arguments' values and derivatives (null stands for an exact zero).
  std::vector<Value*> jacobian(Value* t, const std::vector<Value*>& state, const std::vector<Value*>& params) {
    const std::vector<Value*> v = all(t, state, params);
    const std::size_t n = state.size();
    std::vector<std::vector<Value*>> d(v.size(), std::vector<Value*>(n, nullptr));
    for (std::size_t k = 0; k < v.size(); ++k)
      for (std::size_t j = 0; j < n; ++j) d[k][j] = derivative(tree_.nodes[k], v, d, j, v[k]);
    std::vector<Value*> jac;
    for (int r : tree_.roots)
      for (std::size_t j = 0; j < n; ++j) jac.push_back(d[r][j] ? d[r][j] : constant(0.0));
    return jac;
  }

 private:
  std::vector<Value*> all(Value* t, const std::vector<Value*>& state, const std::vector<Value*>& params) {
    const std::size_t used = tree_.roots.empty() ? 0 : static_cast<std::size_t>(
        *std::max_element(tree_.roots.begin(), tree_.roots.end()) + 1);
    std::vector<Value*> v(used, nullptr);
    for (std::size_t k = 0; k < used; ++k) v[k] = node(tree_.nodes[k], v, t, state, params);
    return v;
  }

  // Sums and products that skip exact zeros (null).
  Value* add(Value* a, Value* c) { return !a ? c : !c ? a : b_.CreateFAdd(a, c); }
  Value* sub(Value* a, Value* c) { return !c ? a : !a ? b_.CreateFNeg(c) : b_.CreateFSub(a, c); }
  Value* times(Value* factor, Value* d) { return d ? b_.CreateFMul(factor, d) : nullptr; }
  Value* pick(Value* condition, Value* a, Value* c) {
    if (!a && !c) return nullptr;
    return b_.CreateSelect(condition, a ? a : constant(0.0), c ? c : constant(0.0));
  }

  // d(node)/dx_j given the values v, the arguments' derivatives d and the node's own value.
  Value* derivative(const expr::Node& n, const std::vector<Value*>& v, const std::vector<std::vector<Value*>>& d,
                    std::size_t j, Value* self) {
    using expr::Function;
    using expr::Op;
    const auto a = [&](int i) { return v[n.args[i]]; };
    const auto da = [&](int i) { return d[n.args[i]][j]; };
    Value* one = constant(1.0);
    switch (n.op) {
      case Op::Number:
      case Op::Time:
      case Op::Parameter:
        return nullptr;
      case Op::State: return static_cast<std::size_t>(n.index) == j ? one : nullptr;
      case Op::Negate: return da(0) ? b_.CreateFNeg(da(0)) : nullptr;
      case Op::Add: return add(da(0), da(1));
      case Op::Subtract: return sub(da(0), da(1));
      case Op::Multiply: return add(times(a(1), da(0)), times(a(0), da(1)));
      case Op::Divide:  // (a' - q b') / b with q = a / b
        if (!da(0) && !da(1)) return nullptr;
        return b_.CreateFDiv(sub(da(0), times(self, da(1))), a(1));
      case Op::Power: {
        if (!da(0) && !da(1)) return nullptr;
        const int k = expr::multiplied_power(tree_, n);
        if (k) {  // k x^(k-1) x'
          Value* p = constant(static_cast<double>(k));
          for (int i = 1; i < k; ++i) p = b_.CreateFMul(p, a(0));
          return times(p, da(0));
        }
        // (a^b)' = b a^(b-1) a' + ln(a) a^b b'; each term only where its derivative is not zero.
        Value* base_term = da(0) ? times(b_.CreateFMul(a(1), intrinsic(llvm::Intrinsic::pow,
                                                                       {a(0), b_.CreateFSub(a(1), one)})),
                                         da(0))
                                 : nullptr;
        Value* exponent_term = da(1) ? times(b_.CreateFMul(log(a(0)), self), da(1)) : nullptr;
        return add(base_term, exponent_term);
      }
      case Op::Less: case Op::Greater: case Op::LessEqual: case Op::GreaterEqual:
      case Op::Equal: case Op::NotEqual: case Op::And: case Op::Or:
        return nullptr;  // piecewise constant
      case Op::Select: return pick(nonzero(a(0)), da(1), da(2));
      case Op::Call: break;
    }
    Value* x = a(0);
    Value* dx = da(0);
    const auto chain = [&](Value* slope) { return times(slope, dx); };
    const auto square = [&](Value* y) { return b_.CreateFMul(y, y); };
    switch (n.function) {
      case Function::Sin: return dx ? chain(intrinsic(llvm::Intrinsic::cos, {x})) : nullptr;
      case Function::Cos: return dx ? chain(b_.CreateFNeg(intrinsic(llvm::Intrinsic::sin, {x}))) : nullptr;
      case Function::Tan: return dx ? chain(b_.CreateFAdd(one, square(self))) : nullptr;
      case Function::Asin:
        return dx ? b_.CreateFDiv(dx, sqrt(b_.CreateFSub(one, square(x)))) : nullptr;
      case Function::Acos:
        return dx ? b_.CreateFNeg(b_.CreateFDiv(dx, sqrt(b_.CreateFSub(one, square(x))))) : nullptr;
      case Function::Atan: return dx ? b_.CreateFDiv(dx, b_.CreateFAdd(one, square(x))) : nullptr;
      case Function::Atan2: {  // atan2(y, x)' = (x y' - y x') / (x^2 + y^2)
        Value* y = x;
        Value* dy = dx;
        Value* xx = a(1);
        Value* dxx = da(1);
        if (!dy && !dxx) return nullptr;
        return b_.CreateFDiv(sub(times(xx, dy), times(y, dxx)), b_.CreateFAdd(square(xx), square(y)));
      }
      case Function::Sinh: return dx ? chain(libm("cosh", {x})) : nullptr;
      case Function::Cosh: return dx ? chain(libm("sinh", {x})) : nullptr;
      case Function::Tanh: return dx ? chain(b_.CreateFSub(one, square(self))) : nullptr;
      case Function::Asinh: return dx ? b_.CreateFDiv(dx, sqrt(b_.CreateFAdd(square(x), one))) : nullptr;
      case Function::Acosh: return dx ? b_.CreateFDiv(dx, sqrt(b_.CreateFSub(square(x), one))) : nullptr;
      case Function::Atanh: return dx ? b_.CreateFDiv(dx, b_.CreateFSub(one, square(x))) : nullptr;
      case Function::Log2: return dx ? b_.CreateFDiv(dx, b_.CreateFMul(x, log(constant(2.0)))) : nullptr;
      case Function::Log10: return dx ? b_.CreateFDiv(dx, b_.CreateFMul(x, log(constant(10.0)))) : nullptr;
      case Function::Ln: return dx ? b_.CreateFDiv(dx, x) : nullptr;
      case Function::Exp: return dx ? chain(self) : nullptr;
      case Function::Sqrt: return dx ? b_.CreateFDiv(dx, b_.CreateFMul(constant(2.0), self)) : nullptr;
      case Function::Sign:
      case Function::Rint:
        return nullptr;  // piecewise constant
      case Function::Abs: return dx ? pick(b_.CreateFCmpOGE(x, constant(0.0)), dx, b_.CreateFNeg(dx)) : nullptr;
      case Function::Sum:
      case Function::Avg: {
        Value* total = nullptr;
        for (std::size_t i = 0; i < n.args.size(); ++i) total = add(total, da(static_cast<int>(i)));
        if (!total || n.function == Function::Sum) return total;
        return b_.CreateFDiv(total, constant(static_cast<double>(n.args.size())));
      }
      case Function::Min:
      case Function::Max: {  // the derivative of whichever argument the fold picks
        Value* m = x;
        Value* dm = dx;
        for (std::size_t i = 0; i < n.args.size(); ++i) {
          Value* c = a(static_cast<int>(i));
          Value* taken = n.function == Function::Min ? b_.CreateFCmpOLT(c, m) : b_.CreateFCmpOLT(m, c);
          dm = pick(taken, da(static_cast<int>(i)), dm);
          m = b_.CreateSelect(taken, c, m);
        }
        return dm;
      }
    }
    return nullptr;
  }

  llvm::Type* f64() { return b_.getDoubleTy(); }
  Value* constant(double c) { return llvm::ConstantFP::get(f64(), c); }
  Value* truth(Value* bit) { return b_.CreateUIToFP(bit, f64()); }
  Value* nonzero(Value* v) { return b_.CreateFCmpUNE(v, constant(0.0)); }  // C++'s "v != 0": NaN is true
  Value* intrinsic(llvm::Intrinsic::ID id, std::vector<Value*> args) {
    llvm::Function* f = llvm::Intrinsic::getDeclaration(&m_, id, {f64()});
    return b_.CreateCall(f, args);
  }
  // A libm function without side effects as far as this code cares (errno is never read).
  Value* libm(const char* name, std::vector<Value*> args) {
    std::vector<llvm::Type*> types(args.size(), f64());
    llvm::FunctionCallee callee = m_.getOrInsertFunction(name, llvm::FunctionType::get(f64(), types, false));
    if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) {
      f->setDoesNotAccessMemory();
      f->setDoesNotThrow();
      f->addFnAttr(llvm::Attribute::WillReturn);
    }
    llvm::CallInst* call = b_.CreateCall(callee, args);
    call->setDoesNotAccessMemory();
    if (avx2_variants_) {
      // glibc 2.35+ has _ZGVdN4v_tan, _ZGVdN4vv_atan2, ... (the vector function ABI's
      // names: ISA d = AVX2, N = unmasked, 4 lanes, v = one vector argument each).
      const std::string vector_name = "_ZGVdN4" + std::string(args.size(), 'v') + "_" + name;
      auto* lanes = llvm::FixedVectorType::get(f64(), 4);
      std::vector<llvm::Type*> lane_types(args.size(), lanes);
      llvm::FunctionCallee variant =
          m_.getOrInsertFunction(vector_name, llvm::FunctionType::get(lanes, lane_types, false));
      if (auto* f = llvm::dyn_cast<llvm::Function>(variant.getCallee())) {
        f->setDoesNotAccessMemory();
        f->setDoesNotThrow();
        llvm::appendToCompilerUsed(m_, {f});  // kept until the vectoriser has looked
      }
      call->addFnAttr(llvm::Attribute::get(b_.getContext(), "vector-function-abi-variant",
                                           vector_name + "(" + vector_name + ")"));
    }
    return call;
  }
  Value* log(Value* v) { return intrinsic(llvm::Intrinsic::log, {v}); }
  Value* sqrt(Value* v) { return intrinsic(llvm::Intrinsic::sqrt, {v}); }
  // std::min(a, b) = b < a ? b : a; std::max(a, b) = a < b ? b : a.
  Value* min(Value* a, Value* c) { return b_.CreateSelect(b_.CreateFCmpOLT(c, a), c, a); }
  Value* max(Value* a, Value* c) { return b_.CreateSelect(b_.CreateFCmpOLT(a, c), c, a); }

  Value* call(const expr::Node& n, const std::vector<Value*>& a) {
    using expr::Function;
    Value* x = a[0];
    switch (n.function) {
      case Function::Sin: return intrinsic(llvm::Intrinsic::sin, {x});
      case Function::Cos: return intrinsic(llvm::Intrinsic::cos, {x});
      case Function::Exp: return intrinsic(llvm::Intrinsic::exp, {x});
      case Function::Ln: return log(x);
      case Function::Sqrt: return sqrt(x);
      case Function::Tan: return libm("tan", {x});
      case Function::Asin: return libm("asin", {x});
      case Function::Acos: return libm("acos", {x});
      case Function::Atan: return libm("atan", {x});
      case Function::Atan2: return libm("atan2", {x, a[1]});
      case Function::Sinh: return libm("sinh", {x});
      case Function::Cosh: return libm("cosh", {x});
      case Function::Tanh: return libm("tanh", {x});
      case Function::Log10: return libm("log10", {x});
      // muParser's own formulas:
      case Function::Asinh: return log(b_.CreateFAdd(x, sqrt(b_.CreateFAdd(b_.CreateFMul(x, x), constant(1.0)))));
      case Function::Acosh: return log(b_.CreateFAdd(x, sqrt(b_.CreateFSub(b_.CreateFMul(x, x), constant(1.0)))));
      case Function::Atanh:
        return b_.CreateFMul(constant(0.5), log(b_.CreateFDiv(b_.CreateFAdd(constant(1.0), x),
                                                              b_.CreateFSub(constant(1.0), x))));
      case Function::Log2: return b_.CreateFDiv(log(x), log(constant(2.0)));
      case Function::Sign:
        return b_.CreateSelect(b_.CreateFCmpOLT(x, constant(0.0)), constant(-1.0),
                               b_.CreateSelect(b_.CreateFCmpOGT(x, constant(0.0)), constant(1.0), constant(0.0)));
      case Function::Rint: return intrinsic(llvm::Intrinsic::floor, {b_.CreateFAdd(x, constant(0.5))});
      case Function::Abs: return b_.CreateSelect(b_.CreateFCmpOGE(x, constant(0.0)), x, b_.CreateFNeg(x));
      case Function::Sum:
      case Function::Avg: {
        Value* total = constant(0.0);  // muParser starts from 0: 0 + (-0) is +0
        for (Value* v : a) total = b_.CreateFAdd(total, v);
        return n.function == Function::Sum ? total
                                           : b_.CreateFDiv(total, constant(static_cast<double>(a.size())));
      }
      case Function::Min:
      case Function::Max: {
        Value* m = x;
        for (Value* v : a) m = n.function == Function::Min ? min(m, v) : max(m, v);
        return m;
      }
    }
    return constant(0.0);
  }

  Value* node(const expr::Node& n, const std::vector<Value*>& v, Value* t, const std::vector<Value*>& state,
              const std::vector<Value*>& params) {
    using expr::Op;
    const auto arg = [&](int i) { return v[n.args[i]]; };
    switch (n.op) {
      case Op::Number: return constant(n.value);
      case Op::Time: return t;
      case Op::State: return state[n.index];
      case Op::Parameter: return params[n.index];
      case Op::Negate: return b_.CreateFNeg(arg(0));
      case Op::Add: return b_.CreateFAdd(arg(0), arg(1));
      case Op::Subtract: return b_.CreateFSub(arg(0), arg(1));
      case Op::Multiply: return b_.CreateFMul(arg(0), arg(1));
      case Op::Divide: return b_.CreateFDiv(arg(0), arg(1));
      case Op::Power: {
        const int k = expr::multiplied_power(tree_, n);
        if (k == 0) return intrinsic(llvm::Intrinsic::pow, {arg(0), arg(1)});
        Value* p = arg(0);
        for (int i = 1; i < k; ++i) p = b_.CreateFMul(p, arg(0));
        return p;
      }
      case Op::Less: return truth(b_.CreateFCmpOLT(arg(0), arg(1)));
      case Op::Greater: return truth(b_.CreateFCmpOGT(arg(0), arg(1)));
      case Op::LessEqual: return truth(b_.CreateFCmpOLE(arg(0), arg(1)));
      case Op::GreaterEqual: return truth(b_.CreateFCmpOGE(arg(0), arg(1)));
      case Op::Equal: return truth(b_.CreateFCmpOEQ(arg(0), arg(1)));
      case Op::NotEqual: return truth(b_.CreateFCmpUNE(arg(0), arg(1)));
      case Op::And: return truth(b_.CreateAnd(nonzero(arg(0)), nonzero(arg(1))));
      case Op::Or: return truth(b_.CreateOr(nonzero(arg(0)), nonzero(arg(1))));
      case Op::Select: return b_.CreateSelect(nonzero(arg(0)), arg(1), arg(2));
      case Op::Call: {
        std::vector<Value*> a;
        for (int i : n.args) a.push_back(v[i]);
        return call(n, a);
      }
    }
    return constant(0.0);
  }

  llvm::IRBuilder<>& b_;
  llvm::Module& m_;
  const expr::Tree& tree_;
  bool avx2_variants_;
};

// Builds the three kernels of one system into a module.
class ModuleBuilder {
 public:
  ModuleBuilder(llvm::LLVMContext& context, llvm::Module& module, const expr::Tree& tree, int n, int params,
                bool avx2_variants)
      : c_(context), m_(module), tree_(tree), n_(n), params_(params), avx2_variants_(avx2_variants) {}

  void build(bool with_rk4, bool with_jacobian) {
    drift_point();
    drift_batch();
    if (with_rk4) rk4_steps();
    if (with_jacobian) jacobian_point();
  }

 private:
  llvm::Type* f64() { return llvm::Type::getDoubleTy(c_); }
  llvm::Type* i64() { return llvm::Type::getInt64Ty(c_); }
  llvm::PointerType* ptr() { return llvm::PointerType::getUnqual(f64()); }
  llvm::PointerType* ptr_table() { return llvm::PointerType::getUnqual(ptr()); }

  llvm::Function* function(const char* name, llvm::FunctionType* type) {
    llvm::Function* f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, m_);
    f->setDoesNotThrow();
    return f;
  }

  std::vector<Value*> load_parameters(llvm::IRBuilder<>& b, Value* p) {
    std::vector<Value*> values;
    for (int k = 0; k < params_; ++k) values.push_back(b.CreateLoad(f64(), b.CreateConstGEP1_64(f64(), p, k)));
    return values;
  }
  std::vector<Value*> load_table(llvm::IRBuilder<>& b, Value* table) {
    std::vector<Value*> pointers;
    for (int j = 0; j < n_; ++j) pointers.push_back(b.CreateLoad(ptr(), b.CreateConstGEP1_64(ptr(), table, j)));
    return pointers;
  }

  // void drift(double t, const double* x, const double* p, double* out): all reads before all writes.
  void drift_point() {
    auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(c_), {f64(), ptr(), ptr(), ptr()}, false);
    llvm::Function* f = function("flowscope_drift", type);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(c_, "entry", f));
    auto args = f->arg_begin();
    Value* t = &*args++;
    Value* x = &*args++;
    Value* p = &*args++;
    Value* out = &*args++;
    std::vector<Value*> state;
    for (int j = 0; j < n_; ++j) state.push_back(b.CreateLoad(f64(), b.CreateConstGEP1_64(f64(), x, j)));
    const std::vector<Value*> params = load_parameters(b, p);
    TreeEmitter emit(b, m_, tree_, false);  // no loop here
    const std::vector<Value*> rates = emit.roots(t, state, params);
    for (int j = 0; j < n_; ++j) b.CreateStore(rates[j], b.CreateConstGEP1_64(f64(), out, j));
    b.CreateRetVoid();
  }

  // void jacobian(double t, const double* x, const double* p, double* jac), row-major.
  void jacobian_point() {
    auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(c_), {f64(), ptr(), ptr(), ptr()}, false);
    llvm::Function* f = function("flowscope_jacobian", type);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(c_, "entry", f));
    const std::vector<Value*> a = arguments(f);
    std::vector<Value*> state;
    for (int j = 0; j < n_; ++j) state.push_back(b.CreateLoad(f64(), b.CreateConstGEP1_64(f64(), a[1], j)));
    const std::vector<Value*> params = load_parameters(b, a[2]);
    TreeEmitter emit(b, m_, tree_, false);
    const std::vector<Value*> jac = emit.jacobian(a[0], state, params);
    for (std::size_t k = 0; k < jac.size(); ++k) b.CreateStore(jac[k], b.CreateConstGEP1_64(f64(), a[3], k));
    b.CreateRetVoid();
  }

  // A counted loop i = 0 .. count - 1 (count > 0 checked by the caller's block);
  // body(b, i) emits one iteration.
  template <typename Body>
  void particle_loop(llvm::IRBuilder<>& b, llvm::Function* f, Value* count, Body body) {
    llvm::BasicBlock* before = b.GetInsertBlock();
    llvm::BasicBlock* loop = llvm::BasicBlock::Create(c_, "particles", f);
    llvm::BasicBlock* after = llvm::BasicBlock::Create(c_, "particles.done", f);
    b.CreateCondBr(b.CreateICmpEQ(count, b.getInt64(0)), after, loop);
    b.SetInsertPoint(loop);
    llvm::PHINode* i = b.CreatePHI(i64(), 2, "i");
    i->addIncoming(b.getInt64(0), before);
    body(b, i);
    Value* next = b.CreateAdd(i, b.getInt64(1), "", true, true);
    i->addIncoming(next, b.GetInsertBlock());
    b.CreateCondBr(b.CreateICmpULT(next, count), loop, after);
    b.SetInsertPoint(after);
  }

  Value* load_at(llvm::IRBuilder<>& b, Value* array, Value* i) {
    return b.CreateLoad(f64(), b.CreateInBoundsGEP(f64(), array, i));
  }
  void store_at(llvm::IRBuilder<>& b, Value* value, Value* array, Value* i) {
    b.CreateStore(value, b.CreateInBoundsGEP(f64(), array, i));
  }

  // An inner kernel: the scalar parameters, then `arrays` pointers, all noalias.
  llvm::Function* inner(const char* name, std::vector<llvm::Type*> scalars, int arrays) {
    const std::size_t first_array = scalars.size();
    for (int k = 0; k < arrays; ++k) scalars.push_back(ptr());
    auto* type = llvm::FunctionType::get(llvm::Type::getVoidTy(c_), scalars, false);
    llvm::Function* f = llvm::Function::Create(type, llvm::Function::InternalLinkage, name, m_);
    f->setDoesNotThrow();
    f->addFnAttr(llvm::Attribute::NoInline);  // inlined, noalias would become per-access metadata again
    for (std::size_t k = first_array; k < scalars.size(); ++k) f->addParamAttr(static_cast<unsigned>(k), llvm::Attribute::NoAlias);
    return f;
  }
  std::vector<Value*> arguments(llvm::Function* f) {
    std::vector<Value*> args;
    for (llvm::Argument& a : f->args()) args.push_back(&a);
    return args;
  }

  // void drift_batch(double t, const double* const* x, u64 count, const double* p, double* const* out):
  // loads the tables, then calls inner(t, count, p, x_0 .. x_n-1, out_0 .. out_n-1).
  void drift_batch() {
    llvm::Function* kernel = inner("flowscope_drift_batch_inner", {f64(), i64(), ptr()}, 2 * n_);
    {
      llvm::IRBuilder<> b(llvm::BasicBlock::Create(c_, "entry", kernel));
      const std::vector<Value*> a = arguments(kernel);
      Value* t = a[0];
      Value* count = a[1];
      const std::vector<Value*> params = load_parameters(b, a[2]);
      particle_loop(b, kernel, count, [&](llvm::IRBuilder<>& body, Value* i) {
        std::vector<Value*> state;
        for (int j = 0; j < n_; ++j) state.push_back(load_at(body, a[3 + j], i));
        TreeEmitter emit(body, m_, tree_, avx2_variants_);
        const std::vector<Value*> rates = emit.roots(t, state, params);
        for (int j = 0; j < n_; ++j) store_at(body, rates[j], a[3 + n_ + j], i);
      });
      b.CreateRetVoid();
    }
    auto* type =
        llvm::FunctionType::get(llvm::Type::getVoidTy(c_), {f64(), ptr_table(), i64(), ptr(), ptr_table()}, false);
    llvm::Function* f = function("flowscope_drift_batch", type);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(c_, "entry", f));
    const std::vector<Value*> a = arguments(f);
    std::vector<Value*> call_args = {a[0], a[2], a[3]};
    for (Value* x : load_table(b, a[1])) call_args.push_back(x);
    for (Value* out : load_table(b, a[4])) call_args.push_back(out);
    b.CreateCall(kernel, call_args);
    b.CreateRetVoid();
  }

  // void rk4_steps(double t, double h, u64 steps, double* const* x, u64 count, const double* p).
  // Per step s at time t + s h, per particle, exactly the ensemble's generic RK4:
  //   k1 = f(t, x); k2 = f(t + h/2, x + (h/2) k1); k3 = f(t + h/2, x + (h/2) k2);
  //   k4 = f(t + h, x + h k3); x += (h/6) (((k1 + 2 k2) + 2 k3) + k4).
  void rk4_steps() {
    llvm::Function* kernel = inner("flowscope_rk4_steps_inner", {f64(), f64(), i64(), i64(), ptr()}, n_);
    {
      llvm::BasicBlock* entry = llvm::BasicBlock::Create(c_, "entry", kernel);
      llvm::IRBuilder<> b(entry);
      const std::vector<Value*> a = arguments(kernel);
      Value* t0 = a[0];
      Value* h = a[1];
      Value* steps = a[2];
      Value* count = a[3];
      const std::vector<Value*> params = load_parameters(b, a[4]);
      const std::vector<Value*> x(a.begin() + 5, a.end());
      Value* half_h = b.CreateFMul(llvm::ConstantFP::get(f64(), 0.5), h);
      Value* sixth_h = b.CreateFDiv(h, llvm::ConstantFP::get(f64(), 6.0));

      llvm::BasicBlock* step_loop = llvm::BasicBlock::Create(c_, "steps", kernel);
      llvm::BasicBlock* done = llvm::BasicBlock::Create(c_, "steps.done", kernel);
      b.CreateCondBr(b.CreateICmpEQ(steps, b.getInt64(0)), done, step_loop);
      b.SetInsertPoint(step_loop);
      llvm::PHINode* s = b.CreatePHI(i64(), 2, "s");
      s->addIncoming(b.getInt64(0), entry);
      Value* t = b.CreateFAdd(t0, b.CreateFMul(b.CreateUIToFP(s, f64()), h));
      Value* t_half = b.CreateFAdd(t, half_h);
      Value* t_full = b.CreateFAdd(t, h);
      particle_loop(b, kernel, count, [&](llvm::IRBuilder<>& body, Value* i) {
        TreeEmitter emit(body, m_, tree_, avx2_variants_);
        std::vector<Value*> x0;
        for (int j = 0; j < n_; ++j) x0.push_back(load_at(body, x[j], i));
        const auto stage = [&](const std::vector<Value*>& k, Value* scale) {
          std::vector<Value*> y;
          for (int j = 0; j < n_; ++j) y.push_back(body.CreateFAdd(x0[j], body.CreateFMul(scale, k[j])));
          return y;
        };
        Value* two = llvm::ConstantFP::get(f64(), 2.0);
        const std::vector<Value*> k1 = emit.roots(t, x0, params);
        const std::vector<Value*> k2 = emit.roots(t_half, stage(k1, half_h), params);
        const std::vector<Value*> k3 = emit.roots(t_half, stage(k2, half_h), params);
        const std::vector<Value*> k4 = emit.roots(t_full, stage(k3, h), params);
        for (int j = 0; j < n_; ++j) {
          Value* sum = body.CreateFAdd(k1[j], body.CreateFMul(two, k2[j]));
          sum = body.CreateFAdd(sum, body.CreateFMul(two, k3[j]));
          sum = body.CreateFAdd(sum, k4[j]);
          store_at(body, body.CreateFAdd(x0[j], body.CreateFMul(sixth_h, sum)), x[j], i);
        }
      });
      Value* next = b.CreateAdd(s, b.getInt64(1), "", true, true);
      s->addIncoming(next, b.GetInsertBlock());
      b.CreateCondBr(b.CreateICmpULT(next, steps), step_loop, done);
      b.SetInsertPoint(done);
      b.CreateRetVoid();
    }
    auto* type =
        llvm::FunctionType::get(llvm::Type::getVoidTy(c_), {f64(), f64(), i64(), ptr_table(), i64(), ptr()}, false);
    llvm::Function* f = function("flowscope_rk4_steps", type);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(c_, "entry", f));
    const std::vector<Value*> a = arguments(f);
    std::vector<Value*> call_args = {a[0], a[1], a[2], a[4], a[5]};
    for (Value* x : load_table(b, a[3])) call_args.push_back(x);
    b.CreateCall(kernel, call_args);
    b.CreateRetVoid();
  }

  llvm::LLVMContext& c_;
  llvm::Module& m_;
  const expr::Tree& tree_;
  int n_, params_;
  bool avx2_variants_;
};

// LLVM's O3 pipeline for the processor at hand, vectorisers on, libmvec known;
// O1 (no vectorisers) for large trees, whose optimisation time grows fastest.
void optimise(llvm::Module& module, llvm::TargetMachine& machine, bool vector_math, bool large) {
  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager cgscc;
  llvm::ModuleAnalysisManager modules;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = !large;
  tuning.SLPVectorization = !large;
  // The vectorised loops gain nothing measurable from unrolling (RK4 of Lorenz: 0.104 s
  // against 0.102 s), while unrolling them and their scalar tails made code generation,
  // most of the compile time, 1.7 times longer.
  tuning.LoopUnrolling = false;
  llvm::PassBuilder builder(&machine, tuning);
  llvm::TargetLibraryInfoImpl library(llvm::Triple(module.getTargetTriple()));
  if (vector_math) library.addVectorizableFunctionsFromVecLib(llvm::TargetLibraryInfoImpl::LIBMVEC_X86);
  functions.registerPass([&] { return llvm::TargetLibraryAnalysis(library); });
  builder.registerModuleAnalyses(modules);
  builder.registerCGSCCAnalyses(cgscc);
  builder.registerFunctionAnalyses(functions);
  builder.registerLoopAnalyses(loops);
  builder.crossRegisterProxies(loops, functions, cgscc, modules);
  llvm::ModulePassManager pipeline =
      builder.buildPerModuleDefaultPipeline(large ? llvm::OptimizationLevel::O1 : llvm::OptimizationLevel::O3);
  pipeline.run(module, modules);
}

class LlvmKernels final : public NativeKernels {
 public:
  std::unique_ptr<llvm::orc::LLJIT> jit;
};

// Trees above this many nodes get a cheaper compilation: O1, no vectorisers.
// Optimising and generating code take time roughly proportional to the
// instructions: 2,500 terms took 1.8 s at O3 with the fused kernel.
constexpr std::size_t kLargeTree = 1500;
// The fused RK4 kernel holds four copies of the tree in one loop body; above
// this many nodes its optimisation dominates (100 Lorenz-96 equations, 900
// nodes: 2 s with it, 0.35 s without) while its gain shrinks, since the state
// no longer fits in registers anyway.
constexpr std::size_t kFusedRk4MaxNodes = 300;
// The exact Jacobian has up to (nodes x dimension) derivative terms; beyond
// this it is left to System's central differences.
constexpr std::size_t kJacobianMaxWork = 20'000;

llvm::Expected<llvm::orc::JITTargetMachineBuilder> machine_builder(bool large) {
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) return builder.takeError();
#ifndef FLOWSCOPE_JIT_HOST_CPU
  // The rest of the build targets the baseline x86-64 instruction set: so does this.
  builder->setCPU("x86-64");
  builder->getFeatures() = llvm::SubtargetFeatures();
#endif
  builder->setCodeGenOptLevel(large ? llvm::CodeGenOpt::Less : llvm::CodeGenOpt::Aggressive);
  return builder;
}

template <typename T>
bool look_up(llvm::orc::LLJIT& jit, const char* name, T& out, std::string& reason) {
  auto symbol = jit.lookup(name);
  if (!symbol) {
    reason = "the compiled '" + std::string(name) + "' cannot be found: " + message_of(symbol.takeError());
    return false;
  }
  out = reinterpret_cast<T>(static_cast<std::uintptr_t>(symbol->getAddress()));
  return true;
}

}  // namespace

CompileOutcome compile_native_kernels(const expr::Tree& tree, int dimension, int parameters) {
  const auto begin = std::chrono::steady_clock::now();
  CompileOutcome outcome;
  const Setup& s = setup();
  if (!s.ok) {
    outcome.reason = s.reason;
    return outcome;
  }
  if (dimension <= 0 || static_cast<int>(tree.roots.size()) != dimension) {
    outcome.reason = "the tree has " + std::to_string(tree.roots.size()) + " right-hand sides for " +
                     std::to_string(dimension) + " variables";
    return outcome;
  }
  const bool large = tree.nodes.size() > kLargeTree;
  const bool fused_rk4 = tree.nodes.size() <= kFusedRk4MaxNodes;
  auto builder = machine_builder(large);
  if (!builder) {
    outcome.reason = "no target machine: " + message_of(builder.takeError());
    return outcome;
  }
  auto machine = builder->createTargetMachine();
  if (!machine) {
    outcome.reason = "no target machine: " + message_of(machine.takeError());
    return outcome;
  }

  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = std::make_unique<llvm::Module>("flowscope_typed_system", *context);
  module->setDataLayout((*machine)->createDataLayout());
  module->setTargetTriple((*machine)->getTargetTriple().str());
  // libmvec's AVX2 functions only where the generated code may use AVX2 at all.
  const bool avx2_variants = s.vector_math && (*machine)->getMCSubtargetInfo()->checkFeatures("+avx2");
  const bool with_jacobian = !large && tree.nodes.size() * static_cast<std::size_t>(dimension) <= kJacobianMaxWork;
  ModuleBuilder(*context, *module, tree, dimension, parameters, avx2_variants).build(fused_rk4, with_jacobian);
  std::string broken;
  llvm::raw_string_ostream broken_out(broken);
  if (llvm::verifyModule(*module, &broken_out)) {
    outcome.reason = "internal error, the generated code is invalid: " + broken_out.str();
    return outcome;
  }
  optimise(*module, **machine, s.vector_math, large);

  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*builder)).create();
  if (!jit) {
    outcome.reason = "the JIT cannot start: " + message_of(jit.takeError());
    return outcome;
  }
  // libm and libmvec come from this process.
  auto process = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
      (*jit)->getDataLayout().getGlobalPrefix());
  if (!process) {
    outcome.reason = "the JIT cannot see this process's libraries: " + message_of(process.takeError());
    return outcome;
  }
  (*jit)->getMainJITDylib().addGenerator(std::move(*process));
  if (auto error = (*jit)->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(context)))) {
    outcome.reason = "the JIT refused the module: " + message_of(std::move(error));
    return outcome;
  }
  auto kernels = std::make_unique<LlvmKernels>();
  if (!look_up(**jit, "flowscope_drift", kernels->drift, outcome.reason) ||
      !look_up(**jit, "flowscope_drift_batch", kernels->drift_batch, outcome.reason) ||
      (fused_rk4 && !look_up(**jit, "flowscope_rk4_steps", kernels->rk4_steps, outcome.reason)) ||
      (with_jacobian && !look_up(**jit, "flowscope_jacobian", kernels->jacobian, outcome.reason)))
    return outcome;
  kernels->jit = std::move(*jit);
  kernels->compile_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  outcome.kernels = std::move(kernels);
  return outcome;
}

}  // namespace flowscope::jit
