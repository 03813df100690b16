#include "core/systems/expression_system.h"

#include <muParser.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "core/errors.h"

namespace flowscope {

std::pair<double, double> slider_range(double value) {
  if (value > 0) return {0.0, 2.0 * value};
  if (value < 0) return {2.0 * value, 0.0};
  return {-1.0, 1.0};
}

// One thread's muParser, bound to its own slots: t, the state, the parameters.
class ExpressionSystem::Compiled {
 public:
  explicit Compiled(const ExpressionSystem& system)
      : alive(system.alive_), slots(1 + system.parsed_.equations.size() + system.specs_.size(), 0.0) {
    std::size_t slot = 0;
    parser.DefineVar("t", &slots[slot++]);
    for (const TypedEquation& equation : system.parsed_.equations) parser.DefineVar(equation.variable, &slots[slot++]);
    for (const TypedParameter& parameter : system.parsed_.parameters) parser.DefineVar(parameter.name, &slots[slot++]);
    parser.SetExpr(system.all_right_hand_sides_);
    int results = 0;
    parser.Eval(results);  // compiles to bytecode now rather than in the first drift()
    if (results != system.dimension())
      throw InputError("system '" + system.id_ + "': the right-hand sides give " + std::to_string(results) +
                       " values for " + std::to_string(system.dimension()) + " variables");
  }

  std::weak_ptr<const bool> alive;
  std::vector<double> slots;  // never resized: muParser holds their addresses
  mu::Parser parser;
};

namespace {

std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

ExpressionSystem::ExpressionSystem(ParsedEquations equations, std::string id, Evaluator evaluator)
    : parsed_(std::move(equations)),
      id_(id.empty() ? "user" : std::move(id)),
      serial_(next_serial()),
      alive_(std::make_shared<const bool>(true)) {
  if (parsed_.equations.empty()) throw InputError("system '" + id_ + "' has no equations");
  if (parsed_.initial_state.size() != parsed_.equations.size())
    throw InputError("system '" + id_ + "': the initial state has the wrong size");
  for (const TypedParameter& parameter : parsed_.parameters) {
    const auto [min, max] = slider_range(parameter.value);
    specs_.push_back({parameter.name, parameter.name, parameter.value, min, max, "typed as " + parameter.value_text});
  }
  for (const TypedEquation& equation : parsed_.equations) {
    const bool first = &equation == &parsed_.equations.front();
    equation_lines_ += (first ? "" : "\n") + equation.text;
    all_right_hand_sides_ += (first ? "" : ", ") + equation.expression;
  }
  // Compile once here, so that a mistake surfaces now and not inside a worker thread.
  try {
    compiled_for_this_thread();
  } catch (const mu::ParserError& error) {
    throw InputError("system '" + id_ + "': " + error.GetMsg());
  }
  try_native(evaluator);
}

void ExpressionSystem::try_native(Evaluator evaluator) {
  const char* forced = std::getenv("FLOWSCOPE_EVALUATOR");
  if (evaluator == Evaluator::Interpreter || (forced && std::string_view(forced) == "interpreter")) {
    evaluator_note_ = "the interpreter was asked for";
    return;
  }
  std::vector<std::string> expressions;
  for (const TypedEquation& equation : parsed_.equations) expressions.push_back(equation.expression);
  const expr::ParseOutcome tree = expr::parse_expressions(expressions, parsed_.variable_names(), parsed_.parameter_names());
  if (!tree.ok) {
    evaluator_note_ = "not compiled: " + tree.reason;
    return;
  }
  jit::CompileOutcome compiled = jit::compile_native_kernels(tree.tree, dimension(), static_cast<int>(specs_.size()));
  if (!compiled.kernels) {
    evaluator_note_ = "not compiled: " + compiled.reason;
    return;
  }
  native_ = std::move(compiled.kernels);
  if (std::string differs = native_disagrees(); !differs.empty()) {
    native_.reset();
    evaluator_note_ = "compiled code disagrees with muParser, not used: " + differs;
  }
}

namespace {

// Equal, or both NaN, or within 1e-9 relative: libm's and libmvec's
// functions differ by a few units in the last place, never more.
bool close(double a, double b) {
  if (a == b || (std::isnan(a) && std::isnan(b))) return true;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

}  // namespace

std::string ExpressionSystem::native_disagrees() const {
  // A few points around the initial state, through the single-point and the batch kernel.
  constexpr std::size_t kPoints = 9;
  const std::size_t n = parsed_.equations.size();
  const std::vector<double> p = default_parameters(*this);
  std::vector<double> x(n * kPoints), batch_out(n * kPoints), expected(n), got(n), point(n);
  std::vector<const double*> x_rows(n);
  std::vector<double*> out_rows(n);
  for (std::size_t j = 0; j < n; ++j) {
    for (std::size_t k = 0; k < kPoints; ++k)
      x[j * kPoints + k] = parsed_.initial_state[j] * (1.0 + 0.37 * k) + 0.173 * k * (j % 2 ? -1.0 : 1.0);
    x_rows[j] = x.data() + j * kPoints;
    out_rows[j] = batch_out.data() + j * kPoints;
  }
  const double t = 0.75;
  native_->drift_batch(t, x_rows.data(), kPoints, p.data(), out_rows.data());
  for (std::size_t k = 0; k < kPoints; ++k) {
    for (std::size_t j = 0; j < n; ++j) point[j] = x[j * kPoints + k];
    interpret(t, point.data(), p.data(), expected.data());
    native_->drift(t, point.data(), p.data(), got.data());
    for (std::size_t j = 0; j < n; ++j) {
      const double batch = batch_out[j * kPoints + k];
      if (!close(expected[j], got[j]) || !close(expected[j], batch))
        return "d" + parsed_.equations[j].variable + "/dt gives " + std::to_string(got[j]) + " (batch " +
               std::to_string(batch) + "), muParser " + std::to_string(expected[j]);
    }
  }
  return {};
}

ExpressionSystem::Compiled& ExpressionSystem::compiled_for_this_thread() const {
  struct Cache {
    std::uint64_t last_serial = 0;
    Compiled* last = nullptr;
    std::unordered_map<std::uint64_t, std::unique_ptr<Compiled>> by_serial;
  };
  thread_local Cache cache;
  if (cache.last && cache.last_serial == serial_) return *cache.last;  // the usual case: one lookup-free compare
  auto found = cache.by_serial.find(serial_);
  if (found == cache.by_serial.end()) {
    cache.last = nullptr;
    std::erase_if(cache.by_serial, [](const auto& entry) { return entry.second->alive.expired(); });
    found = cache.by_serial.emplace(serial_, std::make_unique<Compiled>(*this)).first;
  }
  cache.last_serial = serial_;
  cache.last = found->second.get();
  return *cache.last;
}

void ExpressionSystem::drift(double t, const double* x, const double* p, double* out) const {
  if (native_) return native_->drift(t, x, p, out);
  interpret(t, x, p, out);
}

void ExpressionSystem::interpret(double t, const double* x, const double* p, double* out) const {
  Compiled& compiled = compiled_for_this_thread();
  const std::size_t n = parsed_.equations.size();
  double* slots = compiled.slots.data();
  slots[0] = t;
  std::copy_n(x, n, slots + 1);
  std::copy_n(p, specs_.size(), slots + 1 + n);
  int results = 0;
  const double* values = compiled.parser.Eval(results);
  std::copy_n(values, n, out);
}

void ExpressionSystem::drift_batch(double t, const double* const* x, std::size_t count, const double* p,
                                   double* const* out) const {
  if (native_) return native_->drift_batch(t, x, count, p, out);
  Compiled& compiled = compiled_for_this_thread();
  const std::size_t n = parsed_.equations.size();
  double* slots = compiled.slots.data();
  slots[0] = t;
  std::copy_n(p, specs_.size(), slots + 1 + n);
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = 0; j < n; ++j) slots[1 + j] = x[j][i];
    int results = 0;
    const double* values = compiled.parser.Eval(results);
    for (std::size_t j = 0; j < n; ++j) out[j][i] = values[j];
  }
}

bool ExpressionSystem::rk4_steps_batch(double t, double h, std::uint64_t steps, double* const* x, std::size_t count,
                                       const double* p) const {
  if (!native_ || !native_->rk4_steps) return false;
  native_->rk4_steps(t, h, steps, x, count, p);
  return true;
}

void ExpressionSystem::jacobian(double t, const double* x, const double* p, double* jac) const {
  if (native_ && native_->jacobian) return native_->jacobian(t, x, p, jac);
  System::jacobian(t, x, p, jac);
}

std::shared_ptr<const ExpressionSystem> compile_equations(const std::string& text, const std::string& id,
                                                          Evaluator evaluator) {
  return std::make_shared<const ExpressionSystem>(parse_equations(text), id, evaluator);
}

namespace {

// Equations files are a few lines of text; anything this big is the wrong file.
constexpr std::uintmax_t kMaxEquationsFileBytes = 1 << 20;

std::string read_text_file(const std::string& path) {
  namespace fs = std::filesystem;
  const std::string cannot = "cannot read equations file '" + path + "': ";
  std::error_code ec;
  if (!fs::exists(path, ec)) throw IoError(cannot + "it does not exist");
  if (fs::is_directory(path, ec)) throw IoError(cannot + "it is a directory");
  if (const auto size = fs::file_size(path, ec); !ec && size > kMaxEquationsFileBytes)
    throw IoError(cannot + "it has " + std::to_string(size) + " bytes, more than an equations file ever needs");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(cannot + (errno ? std::strerror(errno) : "it cannot be opened"));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw IoError(cannot + "reading failed");
  return text.str();
}

}  // namespace

std::shared_ptr<const ExpressionSystem> load_equations_file(const std::string& path) {
  const std::string text = read_text_file(path);
  try {
    return compile_equations(text, std::filesystem::path(path).stem().string());
  } catch (const EquationError& error) {
    throw error.in_file(path);
  }
}

}  // namespace flowscope
