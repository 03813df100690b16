#include "core/systems/expression_tree.h"

#include <muParser.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string_view>

namespace flowscope::expr {
namespace {

struct FunctionInfo {
  Function function;
  int arity;  // -1: one or more
};

const std::map<std::string, FunctionInfo, std::less<>>& function_table() {
  static const std::map<std::string, FunctionInfo, std::less<>> table = {
      {"sin", {Function::Sin, 1}},     {"cos", {Function::Cos, 1}},     {"tan", {Function::Tan, 1}},
      {"asin", {Function::Asin, 1}},   {"acos", {Function::Acos, 1}},   {"atan", {Function::Atan, 1}},
      {"atan2", {Function::Atan2, 2}}, {"sinh", {Function::Sinh, 1}},   {"cosh", {Function::Cosh, 1}},
      {"tanh", {Function::Tanh, 1}},   {"asinh", {Function::Asinh, 1}}, {"acosh", {Function::Acosh, 1}},
      {"atanh", {Function::Atanh, 1}}, {"log2", {Function::Log2, 1}},   {"log10", {Function::Log10, 1}},
      {"ln", {Function::Ln, 1}},       {"log", {Function::Ln, 1}},      {"exp", {Function::Exp, 1}},
      {"sqrt", {Function::Sqrt, 1}},   {"sign", {Function::Sign, 1}},   {"rint", {Function::Rint, 1}},
      {"abs", {Function::Abs, 1}},     {"sum", {Function::Sum, -1}},    {"avg", {Function::Avg, -1}},
      {"min", {Function::Min, -1}},    {"max", {Function::Max, -1}},
  };
  return table;
}

// muParser's constants with muParser's own values (its _pi is 3.141592653589
// in Debian's GCC build, not the double nearest pi).
const std::map<std::string, double, std::less<>>& constant_table() {
  static const std::map<std::string, double, std::less<>> table = [] {
    std::map<std::string, double, std::less<>> found;
    const mu::Parser parser;
    for (const auto& [name, value] : parser.GetConst()) found.emplace(name, value);
    return found;
  }();
  return table;
}

struct Failure {
  std::string reason;
};

class Reader {
 public:
  Reader(std::string_view text, const std::vector<std::string>& variables, const std::vector<std::string>& parameters,
         Tree& tree)
      : text_(text), variables_(variables), parameters_(parameters), tree_(tree) {}

  int whole() {
    const int root = ternary();
    skip_spaces();
    if (pos_ != text_.size()) fail("unexpected '" + std::string(1, text_[pos_]) + "'");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& why) {
    throw Failure{why + " at position " + std::to_string(pos_) + " of '" + std::string(text_) + "'"};
  }
  // muParser skips every character up to ' ' between tokens.
  void skip_spaces() {
    while (pos_ < text_.size() && static_cast<unsigned char>(text_[pos_]) <= 0x20) ++pos_;
  }
  bool take(std::string_view token) {
    skip_spaces();
    if (text_.substr(pos_, token.size()) != token) return false;
    pos_ += token.size();
    return true;
  }
  // One character operator that is not the start of a two-character one.
  bool take_single(char c, char not_followed_by) {
    skip_spaces();
    if (pos_ >= text_.size() || text_[pos_] != c) return false;
    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == not_followed_by) return false;
    ++pos_;
    return true;
  }
  int add(Node node) {
    tree_.nodes.push_back(std::move(node));
    return static_cast<int>(tree_.nodes.size()) - 1;
  }
  int binary(Op op, int a, int b) {
    Node node;
    node.op = op;
    node.args = {a, b};
    return add(std::move(node));
  }
  struct Depth {
    explicit Depth(Reader& r) : reader(r) {
      if (++reader.depth_ > kMaxDepth) reader.fail("nested more than " + std::to_string(kMaxDepth) + " deep");
    }
    ~Depth() { --reader.depth_; }
    Reader& reader;
  };

  int ternary() {
    Depth guard(*this);
    const int condition = logical_or();
    if (!take("?")) return condition;
    const int then_value = ternary();
    if (!take(":")) fail("expected ':'");
    const int else_value = ternary();
    Node node;
    node.op = Op::Select;
    node.args = {condition, then_value, else_value};
    return add(std::move(node));
  }
  int logical_or() {
    int left = logical_and();
    while (take("||")) left = binary(Op::Or, left, logical_and());
    return left;
  }
  int logical_and() {
    int left = comparison();
    while (take("&&")) left = binary(Op::And, left, comparison());
    return left;
  }
  int comparison() {
    int left = sum();
    for (;;) {
      if (take("<=")) left = binary(Op::LessEqual, left, sum());
      else if (take(">=")) left = binary(Op::GreaterEqual, left, sum());
      else if (take("==")) left = binary(Op::Equal, left, sum());
      else if (take("!=")) left = binary(Op::NotEqual, left, sum());
      else if (take("<")) left = binary(Op::Less, left, sum());
      else if (take(">")) left = binary(Op::Greater, left, sum());
      else return left;
    }
  }
  int sum() {
    int left = product();
    for (;;) {
      if (take("+")) left = binary(Op::Add, left, product());
      else if (take("-")) left = binary(Op::Subtract, left, product());
      else return left;
    }
  }
  int product() {
    int left = unary();
    for (;;) {
      if (take("*")) left = binary(Op::Multiply, left, unary());
      else if (take("/")) left = binary(Op::Divide, left, unary());
      else return left;
    }
  }
  int unary() {
    Depth guard(*this);
    if (take("-")) {
      Node node;
      node.op = Op::Negate;
      node.args = {unary()};
      return add(std::move(node));
    }
    if (take("+")) return unary();
    return power();
  }
  int power() {
    const int base = primary();
    if (!take("^")) return base;
    return binary(Op::Power, base, unary());  // right-associative; the exponent may carry a sign
  }
  int primary() {
    Depth guard(*this);
    skip_spaces();
    if (pos_ >= text_.size()) fail("expected a value");
    const char c = text_[pos_];
    if (c == '(') {
      ++pos_;
      const int inner = ternary();
      if (!take(")")) fail("expected ')'");
      return inner;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return number();
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') return name();
    fail("unexpected '" + std::string(1, c) + "'");
  }
  // digits [. digits] [e [+-] digits], read by strtod as muParser's stream does.
  int number() {
    const std::size_t start = pos_;
    const auto digits = [&] {
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    };
    digits();
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      digits();
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      std::size_t exponent = pos_ + 1;
      if (exponent < text_.size() && (text_[exponent] == '+' || text_[exponent] == '-')) ++exponent;
      if (exponent < text_.size() && std::isdigit(static_cast<unsigned char>(text_[exponent]))) {
        pos_ = exponent;
        digits();
      }
    }
    const std::string literal(text_.substr(start, pos_ - start));
    if (literal == ".") fail("a lone '.'");
    Node node;
    node.op = Op::Number;
    node.value = std::strtod(literal.c_str(), nullptr);
    return add(std::move(node));
  }
  int name() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
    const std::string_view word = text_.substr(start, pos_ - start);
    if (pos_ < text_.size() && text_[pos_] == '(') return call(word);
    Node node;
    if (word == "t") {
      node.op = Op::Time;
      return add(std::move(node));
    }
    for (std::size_t i = 0; i < variables_.size(); ++i)
      if (variables_[i] == word) {
        node.op = Op::State;
        node.index = static_cast<int>(i);
        return add(std::move(node));
      }
    for (std::size_t k = 0; k < parameters_.size(); ++k)
      if (parameters_[k] == word) {
        node.op = Op::Parameter;
        node.index = static_cast<int>(k);
        return add(std::move(node));
      }
    if (const auto constant = constant_table().find(word); constant != constant_table().end()) {
      node.op = Op::Number;
      node.value = constant->second;
      return add(std::move(node));
    }
    fail("unknown name '" + std::string(word) + "'");
  }
  int call(std::string_view word) {
    const auto found = function_table().find(word);
    if (found == function_table().end()) fail("unknown function '" + std::string(word) + "'");
    ++pos_;  // '('
    Node node;
    node.op = Op::Call;
    node.function = found->second.function;
    do node.args.push_back(ternary());
    while (take(","));
    if (!take(")")) fail("expected ')'");
    const int arity = found->second.arity;
    if ((arity > 0 && static_cast<int>(node.args.size()) != arity) || node.args.empty())
      fail("wrong number of arguments for '" + std::string(word) + "'");
    return add(std::move(node));
  }

  std::string_view text_;
  const std::vector<std::string>& variables_;
  const std::vector<std::string>& parameters_;
  Tree& tree_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

double truth(bool b) { return b ? 1.0 : 0.0; }

double call_value(Function f, const std::vector<double>& a) {
  switch (f) {
    case Function::Sin: return std::sin(a[0]);
    case Function::Cos: return std::cos(a[0]);
    case Function::Tan: return std::tan(a[0]);
    case Function::Asin: return std::asin(a[0]);
    case Function::Acos: return std::acos(a[0]);
    case Function::Atan: return std::atan(a[0]);
    case Function::Atan2: return std::atan2(a[0], a[1]);
    case Function::Sinh: return std::sinh(a[0]);
    case Function::Cosh: return std::cosh(a[0]);
    case Function::Tanh: return std::tanh(a[0]);
    case Function::Asinh: return std::log(a[0] + std::sqrt(a[0] * a[0] + 1));
    case Function::Acosh: return std::log(a[0] + std::sqrt(a[0] * a[0] - 1));
    case Function::Atanh: return 0.5 * std::log((1 + a[0]) / (1 - a[0]));
    case Function::Log2: return std::log(a[0]) / std::log(2.0);
    case Function::Log10: return std::log10(a[0]);
    case Function::Ln: return std::log(a[0]);
    case Function::Exp: return std::exp(a[0]);
    case Function::Sqrt: return std::sqrt(a[0]);
    case Function::Sign: return a[0] < 0 ? -1.0 : a[0] > 0 ? 1.0 : 0.0;
    case Function::Rint: return std::floor(a[0] + 0.5);
    case Function::Abs: return a[0] >= 0 ? a[0] : -a[0];
    case Function::Sum:
    case Function::Avg: {
      double total = 0.0;
      for (double v : a) total += v;
      return f == Function::Sum ? total : total / static_cast<double>(a.size());
    }
    case Function::Min: {
      double m = a[0];
      for (double v : a) m = std::min(m, v);
      return m;
    }
    case Function::Max: {
      double m = a[0];
      for (double v : a) m = std::max(m, v);
      return m;
    }
  }
  return std::nan("");
}

}  // namespace

ParseOutcome parse_expressions(const std::vector<std::string>& expressions, const std::vector<std::string>& variables,
                               const std::vector<std::string>& parameters) {
  ParseOutcome outcome;
  try {
    for (const std::string& expression : expressions) {
      Reader reader(expression, variables, parameters, outcome.tree);
      outcome.tree.roots.push_back(reader.whole());
    }
    outcome.ok = true;
  } catch (const Failure& failure) {
    outcome.tree = {};
    outcome.reason = failure.reason;
  }
  return outcome;
}

int multiplied_power(const Tree& tree, const Node& power) {
  if (power.op != Op::Power) return 0;
  const Node& base = tree.nodes[power.args[0]];
  const Node& exponent = tree.nodes[power.args[1]];
  const bool variable = base.op == Op::State || base.op == Op::Parameter || base.op == Op::Time;
  if (!variable || exponent.op != Op::Number) return 0;
  for (int k : {2, 3, 4})
    if (exponent.value == k) return k;
  return 0;
}

double evaluate(const Tree& tree, int root, double t, const double* x, const double* p) {
  std::vector<double> value(root + 1);
  std::vector<double> args;
  for (int k = 0; k <= root; ++k) {
    const Node& n = tree.nodes[k];
    const auto arg = [&](int i) { return value[n.args[i]]; };
    double v = 0.0;
    switch (n.op) {
      case Op::Number: v = n.value; break;
      case Op::Time: v = t; break;
      case Op::State: v = x[n.index]; break;
      case Op::Parameter: v = p[n.index]; break;
      case Op::Negate: v = -arg(0); break;
      case Op::Add: v = arg(0) + arg(1); break;
      case Op::Subtract: v = arg(0) - arg(1); break;
      case Op::Multiply: v = arg(0) * arg(1); break;
      case Op::Divide: v = arg(0) / arg(1); break;
      case Op::Power:
        switch (multiplied_power(tree, n)) {
          case 2: v = arg(0) * arg(0); break;
          case 3: v = arg(0) * arg(0) * arg(0); break;
          case 4: v = arg(0) * arg(0) * arg(0) * arg(0); break;
          default: v = std::pow(arg(0), arg(1));
        }
        break;
      case Op::Less: v = truth(arg(0) < arg(1)); break;
      case Op::Greater: v = truth(arg(0) > arg(1)); break;
      case Op::LessEqual: v = truth(arg(0) <= arg(1)); break;
      case Op::GreaterEqual: v = truth(arg(0) >= arg(1)); break;
      case Op::Equal: v = truth(arg(0) == arg(1)); break;
      case Op::NotEqual: v = truth(arg(0) != arg(1)); break;
      case Op::And: v = truth(arg(0) != 0 && arg(1) != 0); break;
      case Op::Or: v = truth(arg(0) != 0 || arg(1) != 0); break;
      case Op::Select: v = arg(0) != 0 ? arg(1) : arg(2); break;
      case Op::Call:
        args.clear();
        for (int a : n.args) args.push_back(value[a]);
        v = call_value(n.function, args);
        break;
    }
    value[k] = v;
  }
  return value[root];
}

}  // namespace flowscope::expr
