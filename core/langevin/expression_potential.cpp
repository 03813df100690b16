#include "core/langevin/expression_potential.h"

#include <muParser.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "core/systems/equation_parser.h"  // is_reserved_name

namespace flowscope {
namespace {

constexpr const char* kVariables[ExpressionPotential::kMaxDimension] = {"x", "y", "z"};

std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

std::string located(int column, const std::string& message) {
  std::string text = "potential expression, column ";
  text += std::to_string(column);
  text += ": ";
  text += message;
  return text;
}

bool is_identifier(const std::string& name) {
  if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_')) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

}  // namespace

PotentialExpressionError::PotentialExpressionError(int column, const std::string& message)
    : InputError(located(column, message)), column_(column), message_(message) {}

// One thread's parser bound to its slots: x, y, z, then the parameters.
class ExpressionPotential::Compiled {
 public:
  Compiled(const std::string& expression, const std::vector<ParameterSpec>& specs, std::weak_ptr<const bool> owner)
      : alive(std::move(owner)), slots(kMaxDimension + specs.size(), 0.0) {
    for (int j = 0; j < kMaxDimension; ++j) parser.DefineVar(kVariables[j], &slots[j]);
    for (std::size_t k = 0; k < specs.size(); ++k) parser.DefineVar(specs[k].name, &slots[kMaxDimension + k]);
    parser.SetExpr(expression);
    parser.Eval();  // compiles to bytecode now
  }
  double eval() const { return parser.Eval(); }

  std::weak_ptr<const bool> alive;
  std::vector<double> slots;  // never resized: muParser holds their addresses
  mu::Parser parser;
};

ExpressionPotential::ExpressionPotential(std::string expression, std::vector<PotentialParameter> parameters,
                                         int dimension, std::vector<std::pair<double, double>> box)
    : expression_(std::move(expression)), box_(std::move(box)), serial_(next_serial()),
      alive_(std::make_shared<const bool>(true)) {
  if (expression_.find_first_not_of(" \t") == std::string::npos)
    throw PotentialExpressionError(1, "the expression is empty");
  for (const PotentialParameter& parameter : parameters) {
    const std::string& name = parameter.name;
    if (!is_identifier(name))
      throw InputError("potential parameter '" + name + "' is not a valid name (letters, digits and '_')");
    if (name.size() > static_cast<std::size_t>(mu::MaxLenIdentifier))
      throw InputError("potential parameter '" + name.substr(0, 20) + "...' has a name of " +
                       std::to_string(name.size()) + " characters; names have at most " +
                       std::to_string(mu::MaxLenIdentifier));
    if (name == "x" || name == "y" || name == "z" || name == "t")
      throw InputError("potential parameter '" + name + "' has the name of a variable");
    if (is_reserved_name(name)) throw InputError("potential parameter '" + name + "' is a reserved muParser name");
    if (!std::isfinite(parameter.value)) throw InputError("potential parameter '" + name + "' is not finite");
    for (const ParameterSpec& spec : specs_)
      if (spec.name == name) throw InputError("potential parameter '" + name + "' is given twice");
    const double v = parameter.value;
    const double lo = v > 0 ? 0.0 : (v < 0 ? 2 * v : -1.0), hi = v > 0 ? 2 * v : (v < 0 ? 0.0 : 1.0);
    specs_.push_back({name, name, v, lo, hi, "typed parameter"});
  }
  // Compile once here, so that mistakes surface now, and find the variables used.
  int highest = 0;
  try {
    Compiled probe(expression_, specs_, alive_);
    const mu::varmap_type used = probe.parser.GetUsedVar();
    for (int j = 0; j < kMaxDimension; ++j)
      if (used.count(kVariables[j])) highest = j + 1;
  } catch (const mu::ParserError& error) {
    const int position = error.GetPos();
    const int column =
        position < 0 ? 1 : std::min(static_cast<int>(expression_.size()), static_cast<int>(position)) + 1;
    throw PotentialExpressionError(column, error.GetMsg());
  }
  if (dimension < 0 || dimension > kMaxDimension)
    throw InputError("a typed potential has dimension 1, 2 or 3 (variables x, y, z), not " + std::to_string(dimension));
  if (dimension == 0) dimension = std::max(1, highest);
  if (dimension < highest)
    throw InputError("the potential uses " + std::string(kVariables[highest - 1]) + ", so its dimension is at least " +
                     std::to_string(highest) + ", not " + std::to_string(dimension));
  dimension_ = dimension;
  if (!box_.empty()) {
    if (static_cast<int>(box_.size()) != dimension_)
      throw InputError("the box of a typed potential needs one [lo, hi] per dimension");
    for (const auto& [lo, hi] : box_)
      if (!(std::isfinite(lo) && std::isfinite(hi) && lo < hi)) throw InputError("a box needs finite lo < hi");
  }
  formula_ = "U = " + expression_;
  compiled_for_this_thread();
}

ExpressionPotential::~ExpressionPotential() = default;

ExpressionPotential::Compiled& ExpressionPotential::compiled_for_this_thread() const {
  struct Cache {
    std::uint64_t last_serial = 0;
    Compiled* last = nullptr;
    std::unordered_map<std::uint64_t, std::unique_ptr<Compiled>> by_serial;
  };
  thread_local Cache cache;
  if (cache.last && cache.last_serial == serial_) return *cache.last;
  auto found = cache.by_serial.find(serial_);
  if (found == cache.by_serial.end()) {
    cache.last = nullptr;
    std::erase_if(cache.by_serial, [](const auto& entry) { return entry.second->alive.expired(); });
    found = cache.by_serial.emplace(serial_, std::make_unique<Compiled>(expression_, specs_, alive_)).first;
  }
  cache.last_serial = serial_;
  cache.last = found->second.get();
  return *cache.last;
}

double ExpressionPotential::energy(const double* x, const double* p) const {
  Compiled& compiled = compiled_for_this_thread();
  double* slots = compiled.slots.data();
  std::copy_n(x, dimension_, slots);
  std::copy_n(p, specs_.size(), slots + kMaxDimension);
  return compiled.eval();
}

void ExpressionPotential::gradient(const double* x, const double* p, double* grad) const {
  Compiled& compiled = compiled_for_this_thread();
  double* slots = compiled.slots.data();
  std::copy_n(x, dimension_, slots);
  std::copy_n(p, specs_.size(), slots + kMaxDimension);
  for (int j = 0; j < dimension_; ++j) {
    const double x0 = slots[j];
    const double h = std::ldexp(1.0, -10) * std::max(1.0, std::fabs(x0));
    slots[j] = x0 + h;
    const double f1 = compiled.eval();
    slots[j] = x0 - h;
    const double b1 = compiled.eval();
    slots[j] = x0 + 2 * h;
    const double f2 = compiled.eval();
    slots[j] = x0 - 2 * h;
    const double b2 = compiled.eval();
    slots[j] = x0;
    grad[j] = (8.0 * (f1 - b1) - (f2 - b2)) / (12.0 * h);
  }
}

void ExpressionPotential::gradient_batch(const double* const* x, std::size_t count, const double* p,
                                         double* const* grad) const {
  double point[kMaxDimension], g[kMaxDimension];
  for (std::size_t i = 0; i < count; ++i) {
    for (int j = 0; j < dimension_; ++j) point[j] = x[j][i];
    gradient(point, p, g);
    for (int j = 0; j < dimension_; ++j) grad[j][i] = g[j];
  }
}

std::vector<std::pair<double, double>> ExpressionPotential::default_box(const double* p) const {
  if (!box_.empty()) return box_;
  constexpr double kReach = 10.0, kStep = 0.2, kRise = 15.0;
  const int points = static_cast<int>(std::lround(2 * kReach / kStep)) + 1;
  const int d = dimension_;
  std::size_t total = 1;
  for (int j = 0; j < d; ++j) total *= points;
  std::vector<double> energies(total);
  double x[kMaxDimension] = {0, 0, 0};
  double lowest = std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < total; ++k) {
    std::size_t rest = k;
    for (int j = 0; j < d; ++j) {
      x[j] = -kReach + kStep * static_cast<double>(rest % points);
      rest /= points;
    }
    energies[k] = energy(x, p);
    if (std::isfinite(energies[k])) lowest = std::min(lowest, energies[k]);
  }
  if (!std::isfinite(lowest)) return std::vector<std::pair<double, double>>(d, {-3.0, 3.0});
  std::vector<std::pair<double, double>> box(d, {kReach, -kReach});
  for (std::size_t k = 0; k < total; ++k) {
    if (!(energies[k] - lowest <= kRise)) continue;
    std::size_t rest = k;
    for (int j = 0; j < d; ++j) {
      const double c = -kReach + kStep * static_cast<double>(rest % points);
      rest /= points;
      box[j].first = std::min(box[j].first, c);
      box[j].second = std::max(box[j].second, c);
    }
  }
  for (auto& [lo, hi] : box) {
    lo = std::max(-kReach, lo - kStep);
    hi = std::min(kReach, hi + kStep);
  }
  return box;
}

std::shared_ptr<const ExpressionPotential> compile_potential(const std::string& expression,
                                                             std::vector<PotentialParameter> parameters,
                                                             int dimension) {
  return std::make_shared<const ExpressionPotential>(expression, std::move(parameters), dimension);
}

}  // namespace flowscope
