#pragma once
// The right-hand sides of typed equations as a tree, for the native compiler
// (core/jit). muParser checks every expression first and stays the reference:
// this parser reads only what muParser has accepted, with muParser's grammar
// and meaning, and gives up (with a reason) on anything it does not know, so
// that the caller falls back to muParser.
//
// muParser's grammar, lowest precedence first (probed on muParser 2.3.3):
//   c ? a : b          right-associative; the condition is "c != 0" (NaN is true)
//   ||   &&            on "!= 0" truth values, giving 1 or 0
//   < > <= >= == !=    one level, left-associative, giving 1 or 0
//   + -   then   * /   left-associative
//   unary - +          binds looser than ^: -2^2 = -4, 2^-1*3 = 1.5
//   ^                  right-associative: 2^3^2 = 512
// and its functions computed its way (asinh as log(x + sqrt(x x + 1)), abs
// as x >= 0 ? x : -x, min and max as std::min and std::max folds, ...).
#include <cstdint>
#include <string>
#include <vector>

namespace flowscope::expr {

enum class Op : std::uint8_t {
  Number, Time, State, Parameter,
  Negate,
  Add, Subtract, Multiply, Divide, Power,
  Less, Greater, LessEqual, GreaterEqual, Equal, NotEqual, And, Or,
  Select,  // args: condition, then, else
  Call,
};

enum class Function : std::uint8_t {
  Sin, Cos, Tan, Asin, Acos, Atan, Atan2, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh,
  Log2, Log10, Ln, Exp, Sqrt, Sign, Rint, Abs, Sum, Avg, Min, Max,
};

struct Node {
  Op op = Op::Number;
  Function function = Function::Sin;  // for Call
  double value = 0.0;                 // for Number
  int index = 0;                      // for State and Parameter
  std::vector<int> args;              // indices of earlier nodes in Tree::nodes
};

// Nodes are stored children first, so a pass in index order sees every
// argument before its user (no recursion, whatever the depth).
struct Tree {
  std::vector<Node> nodes;
  std::vector<int> roots;  // one per right-hand side, in the order of the state
};

struct ParseOutcome {
  bool ok = false;
  Tree tree;
  std::string reason;  // why not, when !ok
};

// Reads each expression over the names: "t", variables[i] as state i,
// parameters[k] as parameter k, and muParser's constants (_pi, _e) with
// muParser's values. Never throws for a bad expression: ok is false instead.
ParseOutcome parse_expressions(const std::vector<std::string>& expressions, const std::vector<std::string>& variables,
                               const std::vector<std::string>& parameters);

// muParser multiplies out a variable raised to the literal 2, 3 or 4
// (x^3 is (x x) x, not pow): for such a Power node this gives the exponent,
// else 0, so that compiled code rounds the same way.
int multiplied_power(const Tree& tree, const Node& power);

// The tree's value at one point, computed muParser's way in plain C++
// (the reference for the compiled kernels' tests).
double evaluate(const Tree& tree, int root, double t, const double* x, const double* p);

// Deepest nesting accepted; deeper expressions are left to muParser.
inline constexpr int kMaxDepth = 400;

}  // namespace flowscope::expr
