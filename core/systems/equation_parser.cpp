#include "core/systems/equation_parser.h"

#include <muParser.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string_view>

namespace flowscope {

EquationError::EquationError(int line, int column, const std::string& message, const std::string& file)
    : InputError((file.empty() ? "line " + std::to_string(line) + ", column " + std::to_string(column)
                               : file + ":" + std::to_string(line) + ":" + std::to_string(column)) +
                 ": " + message),
      line_(line),
      column_(column),
      message_(message),
      file_(file) {}

std::vector<std::string> ParsedEquations::variable_names() const {
  std::vector<std::string> names;
  for (const TypedEquation& equation : equations) names.push_back(equation.variable);
  return names;
}

std::vector<std::string> ParsedEquations::parameter_names() const {
  std::vector<std::string> names;
  for (const TypedParameter& parameter : parameters) names.push_back(parameter.name);
  return names;
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// muParser's own names, read from a parser once.
struct MuParserNames {
  std::set<std::string> functions;
  std::set<std::string> constants;
};

const MuParserNames& mu_parser_names() {
  static const MuParserNames names = [] {
    const mu::Parser parser;
    MuParserNames found;
    for (const auto& entry : parser.GetFunDef()) found.functions.insert(entry.first);
    for (const auto& entry : parser.GetConst()) found.constants.insert(entry.first);
    return found;
  }();
  return names;
}

// ---- One line: its kind, name and right-hand side, with columns. ----

enum class LineKind { Equation, Parameter, Init };

struct Declaration {
  LineKind kind = LineKind::Equation;
  std::string name;
  std::string value;  // the expression or the constant, trimmed
  std::string text;   // the line trimmed, without its comment
  int line = 0;
  int name_column = 0;
  int value_column = 0;
};

// Reads a line left to right; positions are 0-based, columns 1-based.
class LineReader {
 public:
  LineReader(std::string_view text, int line) : text_(text), line_(line) {}

  void skip_spaces() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }
  bool at_end() const { return pos_ >= text_.size(); }
  std::size_t position() const { return pos_; }
  int next_column() {
    skip_spaces();
    return static_cast<int>(pos_) + 1;
  }
  bool take(char c) {
    skip_spaces();
    if (at_end() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  // A name, or empty when none starts here.
  std::string take_name() {
    skip_spaces();
    const std::size_t start = pos_;
    if (at_end() || !is_name_start(text_[pos_])) return {};
    while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }
  std::string rest() {
    skip_spaces();
    return std::string(text_.substr(pos_));
  }
  [[noreturn]] void fail(const std::string& message) { throw EquationError(line_, next_column(), message); }

 private:
  std::string_view text_;
  int line_;
  std::size_t pos_ = 0;
};

constexpr const char* kLineForms = "expected 'dNAME/dt = EXPRESSION', 'param NAME = VALUE' or 'init NAME = VALUE'";

// The declaration on one line, or nothing for a blank or comment line.
std::optional<Declaration> read_line(std::string_view raw, int number) {
  std::string_view text = raw.substr(0, raw.find('#'));
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  LineReader in(text, number);
  in.skip_spaces();
  if (in.at_end()) return std::nullopt;

  Declaration d;
  d.line = number;
  d.text = std::string(text.substr(in.position()));
  const int first_column = in.next_column();
  const std::string first = in.take_name();
  if (first == "param" || first == "init") {
    d.kind = first == "param" ? LineKind::Parameter : LineKind::Init;
    d.name_column = in.next_column();
    d.name = in.take_name();
    if (d.name.empty()) in.fail("expected a name after '" + first + "' ('" + first + " NAME = VALUE')");
    if (!in.take('=')) in.fail("expected '=' after '" + first + " " + d.name + "'");
  } else if (first.size() >= 2 && first[0] == 'd' && in.take('/')) {
    d.kind = LineKind::Equation;
    d.name = first.substr(1);
    d.name_column = first_column + 1;
    if (!is_name_start(d.name[0]))
      throw EquationError(number, d.name_column, "'" + d.name + "' is not a name: names start with a letter or '_'");
    const int dt_column = in.next_column();
    if (in.take_name() != "dt") throw EquationError(number, dt_column, "expected 'dt' after '" + first + "/'");
    if (!in.take('=')) in.fail("expected '=' after '" + first + "/dt'");
  } else {
    throw EquationError(number, first_column, kLineForms);
  }
  d.value_column = in.next_column();
  d.value = in.rest();
  if (d.value.empty()) in.fail(d.kind == LineKind::Equation ? "expected an expression after '='" : "expected a value after '='");
  return d;
}

void check_declared_name(const Declaration& d) {
  const std::string role = d.kind == LineKind::Equation ? "variable" : "parameter";
  const MuParserNames& reserved = mu_parser_names();
  if (d.name == "t") throw EquationError(d.line, d.name_column, "'t' is time and cannot name a " + role);
  // muParser refuses longer names with its own exception, not at a column.
  if (d.name.size() > static_cast<std::size_t>(mu::MaxLenIdentifier))
    throw EquationError(d.line, d.name_column,
                        "the " + role + " name '" + d.name.substr(0, 20) + "...' has " + std::to_string(d.name.size()) +
                            " characters; names have at most " + std::to_string(mu::MaxLenIdentifier));
  if (reserved.functions.count(d.name))
    throw EquationError(d.line, d.name_column, "'" + d.name + "' is a muParser function and cannot name a " + role);
  if (reserved.constants.count(d.name))
    throw EquationError(d.line, d.name_column, "'" + d.name + "' is a muParser constant and cannot name a " + role);
}

const Declaration* find_declaration(const std::vector<Declaration>& list, const std::string& name) {
  for (const Declaration& d : list)
    if (d.name == name) return &d;
  return nullptr;
}

struct Declarations {
  std::vector<Declaration> equations, parameters, inits;
};

// Every line's declaration; refuses malformed lines, reserved names and duplicates.
Declarations read_declarations(const std::string& text) {
  Declarations all;
  std::string_view whole(text);
  if (whole.starts_with("\xEF\xBB\xBF")) whole.remove_prefix(3);  // a UTF-8 mark some editors write first
  int number = 0;
  for (std::size_t begin = 0; begin <= whole.size();) {
    const std::size_t newline = whole.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? whole.size() : newline;
    if (auto d = read_line(whole.substr(begin, end - begin), ++number)) {
      std::vector<Declaration>& list = d->kind == LineKind::Equation    ? all.equations
                                       : d->kind == LineKind::Parameter ? all.parameters
                                                                        : all.inits;
      if (d->kind != LineKind::Init) check_declared_name(*d);
      if (const Declaration* earlier = find_declaration(list, d->name)) {
        const std::string first_line = " (first on line " + std::to_string(earlier->line) + ")";
        const std::string message = d->kind == LineKind::Equation    ? "variable '" + d->name + "' is defined twice"
                                    : d->kind == LineKind::Parameter ? "parameter '" + d->name + "' is defined twice"
                                                                     : "'" + d->name + "' has two init lines";
        throw EquationError(d->line, d->name_column, message + first_line);
      }
      list.push_back(std::move(*d));
    }
    begin = end + 1;
  }
  return all;
}

std::vector<std::string> names_of(const std::vector<Declaration>& list) {
  std::vector<std::string> names;
  for (const Declaration& d : list) names.push_back(d.name);
  return names;
}

void check_cross_references(const Declarations& all) {
  if (all.equations.empty())
    throw EquationError(1, 1, "no equations: expected at least one line 'dNAME/dt = EXPRESSION'");
  for (const Declaration& parameter : all.parameters) {
    if (const Declaration* variable = find_declaration(all.equations, parameter.name)) {
      const Declaration& later = parameter.line > variable->line ? parameter : *variable;
      throw EquationError(later.line, later.name_column,
                          "'" + parameter.name + "' is used as both a parameter (line " + std::to_string(parameter.line) +
                              ") and a variable (line " + std::to_string(variable->line) + ")");
    }
  }
  const std::string variables = "(variables: " + join(names_of(all.equations)) + ")";
  for (const Declaration& init : all.inits) {
    if (find_declaration(all.equations, init.name)) continue;
    if (find_declaration(all.parameters, init.name))
      throw EquationError(init.line, init.name_column,
                          "init for '" + init.name + "', which is a parameter; init sets a variable " + variables);
    throw EquationError(init.line, init.name_column, "init for unknown variable '" + init.name + "' " + variables);
  }
}

// ---- Expressions: compiled by muParser, mistakes mapped to columns. ----

struct NameToken {
  std::string name;
  std::size_t offset = 0;
  bool called = false;    // followed by '(', perhaps after spaces: meant as a function
  bool adjacent = false;  // '(' right after the name, as muParser needs for a call
};

// The names in an expression, in order; number literals and strings are skipped.
std::vector<NameToken> names_in(std::string_view e) {
  std::vector<NameToken> names;
  std::size_t i = 0;
  while (i < e.size()) {
    if (is_digit(e[i]) || (e[i] == '.' && i + 1 < e.size() && is_digit(e[i + 1]))) {
      const std::size_t start = i;
      while (i < e.size() && (is_digit(e[i]) || e[i] == '.')) ++i;
      if (i < e.size() && (e[i] == 'e' || e[i] == 'E')) {  // exponent, so "1e5" holds no name 'e5'
        std::size_t j = i + 1;
        if (j < e.size() && (e[j] == '+' || e[j] == '-')) ++j;
        if (j < e.size() && is_digit(e[j])) {
          for (i = j; i < e.size() && is_digit(e[i]);) ++i;
        } else {  // muParser reads "1e" or "2ex" as one (unknown) name
          while (i < e.size() && is_name_char(e[i])) ++i;
          names.push_back({std::string(e.substr(start, i - start)), start});
        }
      }
    } else if (is_name_start(e[i])) {
      const std::size_t start = i;
      while (i < e.size() && is_name_char(e[i])) ++i;
      std::size_t next = i;
      while (next < e.size() && is_space(e[next])) ++next;
      const bool called = next < e.size() && e[next] == '(';
      names.push_back({std::string(e.substr(start, i - start)), start, called, called && next == i});
    } else if (e[i] == '"') {
      const std::size_t close = e.find('"', i + 1);
      i = close == std::string_view::npos ? e.size() : close + 1;
    } else {
      ++i;
    }
  }
  return names;
}

// muParser's "=" assigns to a variable: refused, so evaluating never changes the state.
std::optional<std::size_t> assignment_position(std::string_view e) {
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e[i] != '=') continue;
    if (i + 1 < e.size() && e[i + 1] == '=') {
      ++i;  // "=="
      continue;
    }
    if (i > 0 && std::strchr("<>!", e[i - 1])) continue;
    return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> top_level_comma(std::string_view e) {
  int depth = 0;
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e[i] == '(') ++depth;
    if (e[i] == ')') --depth;
    if (e[i] == ',' && depth <= 0) return i;
  }
  return std::nullopt;
}

// muParser's message without its 0-based position (the column replaces it).
std::string syntax_message(const mu::ParserError& error, std::string_view expression, std::size_t offset) {
  if (error.GetCode() == mu::ecUNASSIGNABLE_TOKEN && offset < expression.size())
    return std::string("unexpected character '") + expression[offset] + "'";
  if (error.GetCode() == mu::ecMISSING_PARENS) return "missing ')'";
  std::string message = error.GetMsg();
  for (const char* marker : {" found at position", " at expression position", " at position"}) {
    const std::size_t at = message.find(marker);
    if (at == std::string::npos) continue;
    std::size_t end = at + std::strlen(marker);
    while (end < message.size() && (message[end] == ' ' || is_digit(message[end]))) ++end;
    message.erase(at, end - at);
    break;
  }
  while (!message.empty() && std::strchr(".! ", message.back())) message.pop_back();
  std::replace(message.begin(), message.end(), '"', '\'');
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

std::string function_list() {
  const auto& functions = mu_parser_names().functions;
  return join(std::vector<std::string>(functions.begin(), functions.end()));
}

// Where an expression starts in its line, and how to name what it may use.
struct ExpressionPlace {
  int line = 0;
  int column = 0;
  std::string known_names;  // "(variables: x, y; parameters: a; and t)"
};

// Compiles the expression in parser, whose variables are already defined,
// and returns the names it uses. Throws EquationError at the first mistake.
std::set<std::string> compile_checked(mu::Parser& parser, const std::string& expression, const ExpressionPlace& place) {
  const auto fail = [&](std::size_t offset, const std::string& message) {
    throw EquationError(place.line, place.column + static_cast<int>(offset), message);
  };
  const mu::varmap_type& defined = parser.GetVar();
  const MuParserNames& builtin = mu_parser_names();
  // The first name in the text that nothing defines; a function counts only when muParser sees a call.
  const auto first_unknown = [&]() -> std::optional<NameToken> {
    for (const NameToken& token : names_in(expression)) {
      if (defined.count(token.name) || builtin.constants.count(token.name)) continue;
      if (builtin.functions.count(token.name) && token.adjacent) continue;
      return token;
    }
    return std::nullopt;
  };
  const auto unknown_message = [&](const NameToken& token) -> std::string {
    const std::string& name = token.name;
    if (is_digit(name[0])) return "malformed number '" + name + "'";
    if (builtin.functions.count(name))
      return token.called ? "no space is allowed between '" + name + "' and '('"
                          : "function '" + name + "' needs its arguments in parentheses: " + name + "(...)";
    if (token.called) return "unknown function '" + name + "' (muParser's functions: " + function_list() + ")";
    std::string message = "unknown name '" + name + "' " + place.known_names;
    if (name == "pi" || name == "e") message += "; muParser writes this constant as _" + name;
    return message;
  };
  const auto fail_syntax = [&](const mu::ParserError& error) {
    const std::size_t offset = std::min<std::size_t>(std::max(error.GetPos(), 0), expression.size());
    // A misspelt function reads as a syntax error to muParser; name it instead.
    if (const auto unknown = first_unknown(); unknown && unknown->offset <= offset)
      fail(unknown->offset, unknown_message(*unknown));
    fail(offset, syntax_message(error, expression, offset));
  };

  if (const auto at = assignment_position(expression))
    fail(*at, "unexpected '=': a line has one '=' (write '==' to compare)");

  std::set<std::string> used;
  try {
    parser.SetExpr(expression);
    for (const auto& entry : parser.GetUsedVar()) used.insert(entry.first);  // includes undefined names
  } catch (const mu::ParserError& error) {
    fail_syntax(error);
  }
  for (const std::string& name : used) {
    if (defined.count(name)) continue;
    if (const auto unknown = first_unknown()) fail(unknown->offset, unknown_message(*unknown));
    fail(0, unknown_message({name}));
  }

  // GetUsedVar leaves undefined names bound to zero: compile afresh.
  int results = 0;
  try {
    parser.SetExpr(expression);
    parser.Eval(results);
  } catch (const mu::ParserError& error) {
    fail_syntax(error);
  }
  if (results != 1) {
    fail(top_level_comma(expression).value_or(0),
         "expected one expression, found " + std::to_string(results) + " separated by ','");
  }
  return used;
}

constexpr const char* kConstantsOnly =
    "(param and init values are constant expressions: numbers, muParser's functions, _pi and _e)";

double constant_value(const Declaration& d) {
  mu::Parser parser;
  compile_checked(parser, d.value, {d.line, d.value_column, kConstantsOnly});
  const double value = parser.Eval();
  if (!std::isfinite(value)) {
    const std::string what = d.kind == LineKind::Parameter ? "parameter '" + d.name + "'" : "initial value of '" + d.name + "'";
    const std::string got = std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
    throw EquationError(d.line, d.value_column, what + " is not finite: " + d.value + " gives " + got);
  }
  return value;
}

std::string known_names(const Declarations& all) {
  std::string text = "(variables: " + join(names_of(all.equations));
  if (!all.parameters.empty()) text += "; parameters: " + join(names_of(all.parameters));
  return text + "; and t)";
}

}  // namespace

bool is_reserved_name(const std::string& name) {
  return name == "t" || mu_parser_names().functions.count(name) || mu_parser_names().constants.count(name);
}

ParsedEquations parse_equations(const std::string& text) {
  const Declarations all = read_declarations(text);
  check_cross_references(all);

  ParsedEquations parsed;
  for (const Declaration& d : all.parameters) parsed.parameters.push_back({d.name, constant_value(d), d.value, d.line});
  std::map<std::string, double> initial_values;
  for (const Declaration& d : all.inits) initial_values[d.name] = constant_value(d);
  for (const Declaration& d : all.equations) {
    parsed.equations.push_back({d.name, d.value, d.text, d.line, d.value_column});
    const auto init = initial_values.find(d.name);
    parsed.initial_state.push_back(init == initial_values.end() ? kDefaultInitialValue : init->second);
  }

  // ExpressionSystem evaluates all right-hand sides as one muParser expression
  // "e1, e2, ...", which muParser limits in length.
  std::size_t joined = 0;
  for (const Declaration& d : all.equations) {
    joined += (joined ? 2 : 0) + d.value.size();
    if (joined > static_cast<std::size_t>(mu::MaxLenExpression))
      throw EquationError(d.line, d.value_column,
                          "the right-hand sides are too long: together they exceed muParser's limit of " +
                              std::to_string(mu::MaxLenExpression) + " characters");
  }

  // Every right-hand side may use the variables, the parameters and t.
  mu::Parser parser;
  std::vector<double> slots(1 + all.equations.size() + all.parameters.size(), 0.0);
  std::size_t slot = 0;
  parser.DefineVar("t", &slots[slot++]);
  for (const Declaration& d : all.equations) parser.DefineVar(d.name, &slots[slot++]);
  for (const Declaration& d : all.parameters) parser.DefineVar(d.name, &slots[slot++]);
  const std::string names = known_names(all);
  for (const Declaration& d : all.equations) {
    if (compile_checked(parser, d.value, {d.line, d.value_column, names}).count("t")) parsed.uses_time = true;
  }
  return parsed;
}

}  // namespace flowscope
