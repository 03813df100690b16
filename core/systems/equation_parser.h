#pragma once
// Reads a system the user typed as plain text:
//
//   # Lorenz, typed by hand        comments: whole line or trailing
//   param sigma = 10               a parameter; the value is a constant expression (8/3, _pi/2)
//   dx/dt = sigma*(y - x)          one line per state variable; their order is the state's
//   init x = 1                     optional; a variable without one starts at 0.1
//
// Lines come in any order; blank lines are skipped. t is time. Expressions use
// muParser's syntax, functions (sin, exp, log = ln, sqrt, abs, tanh, min, ...)
// and constants (_pi, _e); powers are written a^b. Names are letters, digits
// and '_', starting with a letter or '_'; t and muParser's names are reserved.
#include <string>
#include <vector>

#include "core/errors.h"

namespace flowscope {

// A mistake in typed equations at a 1-based line and column. what() reads
// "line 4, column 17: unknown name 'rh' (...)", or "lorenz.txt:4:17: ..."
// once the file is known.
class EquationError : public InputError {
 public:
  EquationError(int line, int column, const std::string& message, const std::string& file = {});

  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& message() const { return message_; }  // without the location
  const std::string& file() const { return file_; }

  // The same error, located in a file.
  EquationError in_file(const std::string& file) const { return {line_, column_, message_, file}; }

 private:
  int line_;
  int column_;
  std::string message_;
  std::string file_;
};

// The starting value of a variable without an 'init' line.
inline constexpr double kDefaultInitialValue = 0.1;

struct TypedEquation {
  std::string variable;    // "x" of dx/dt
  std::string expression;  // the right-hand side, trimmed, without its comment
  std::string text;        // the line as typed, trimmed, without its comment
  int line = 0;
  int column = 0;  // where the expression starts
};

struct TypedParameter {
  std::string name;
  double value = 0.0;
  std::string value_text;  // as typed: "8/3"
  int line = 0;
};

struct ParsedEquations {
  std::vector<TypedEquation> equations;    // in the order of the state
  std::vector<TypedParameter> parameters;  // in the order of their lines
  std::vector<double> initial_state;       // one value per equation
  bool uses_time = false;                  // some right-hand side reads t

  std::vector<std::string> variable_names() const;
  std::vector<std::string> parameter_names() const;
};

// Parses and checks the whole text, compiling every expression with muParser;
// throws EquationError at the first mistake found. Checks run in this order:
// the form of each line and duplicates; at least one equation; names used as
// both parameter and variable; init lines for unknown variables; param and
// init values; the right-hand sides.
ParsedEquations parse_equations(const std::string& text);

// muParser's function and constant names, which cannot name a variable or parameter.
bool is_reserved_name(const std::string& name);

}  // namespace flowscope
