#pragma once
// A small JSON reader (RFC 8259 values: null, true/false, numbers, strings,
// arrays, objects) for Flowscope's own files, such as Gaussian-mixture
// targets. Numbers are read locale-independently; errors name the line and
// column. Writing is done by the callers with number_format's exact numbers.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace flowscope {

class JsonValue {
 public:
  enum class Kind { Null, Bool, Number, String, Array, Object };

  Kind kind() const { return kind_; }
  bool is_number() const { return kind_ == Kind::Number; }
  bool is_array() const { return kind_ == Kind::Array; }
  bool is_object() const { return kind_ == Kind::Object; }
  bool is_string() const { return kind_ == Kind::String; }
  double number() const { return number_; }
  bool boolean() const { return boolean_; }
  const std::string& text() const { return text_; }
  const std::vector<JsonValue>& items() const { return items_; }
  // Object members in file order (duplicate keys are refused by the parser).
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }
  // The member named key, or null when absent (or this is not an object).
  const JsonValue* find(std::string_view key) const;
  // Line and column (1-based) where the value starts, for error messages.
  int line() const { return line_; }
  int column() const { return column_; }
  std::string where() const { return "line " + std::to_string(line_) + ", column " + std::to_string(column_); }

 private:
  friend class JsonParser;
  Kind kind_ = Kind::Null;
  bool boolean_ = false;
  double number_ = 0.0;
  std::string text_;
  std::vector<JsonValue> items_;
  std::vector<std::pair<std::string, JsonValue>> members_;
  int line_ = 1, column_ = 1;
};

// text as a JSON string literal: quoted, with ", \\ and control characters
// escaped (UTF-8 passes through). Every writer of JSON uses this one.
std::string json_quoted(std::string_view text);

// Parses the whole text (trailing blanks allowed). Throws IoError
// "<source>: line L, column C: <problem>". Nesting deeper than kMaxJsonDepth
// arrays and objects is refused (so no input can overflow the stack); a
// number beyond the range of a double is refused, not read as infinity.
inline constexpr int kMaxJsonDepth = 256;
JsonValue parse_json(std::string_view text, const std::string& source);
// Reads and parses a file; IoError names the path.
JsonValue read_json_file(const std::string& path);

}  // namespace flowscope
