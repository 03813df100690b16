#include "core/io/json.h"

#include <cstdio>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, value] : members_)
    if (name == key) return &value;
  return nullptr;
}

class JsonParser {
 public:
  JsonParser(std::string_view text, const std::string& source) : text_(text), source_(source) {}

  JsonValue parse_document() {
    skip_blanks();
    JsonValue value = parse_value(0);
    skip_blanks();
    if (pos_ < text_.size()) fail("unexpected text after the JSON value");
    return value;
  }

 private:
  static constexpr int kMaxDepth = kMaxJsonDepth;  // deeper nesting is refused, not a stack overflow
  std::string_view text_;
  const std::string& source_;
  std::size_t pos_ = 0;
  int line_ = 1, column_ = 1;

  [[noreturn]] void fail(const std::string& problem) const {
    throw IoError(source_ + ": line " + std::to_string(line_) + ", column " + std::to_string(column_) + ": " +
                  problem);
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void advance() {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
    ++pos_;
  }
  void skip_blanks() {
    while (pos_ < text_.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) advance();
  }
  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    advance();
  }
  void expect_word(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) fail("unknown word (expected " + std::string(word) + ")");
    for (std::size_t i = 0; i < word.size(); ++i) advance();
  }

  JsonValue start_value(JsonValue::Kind kind) const {
    JsonValue v;
    v.kind_ = kind;
    v.line_ = line_;
    v.column_ = column_;
    return v;
  }

  JsonValue parse_value(int depth) {
    if (depth > kMaxDepth) fail("nesting deeper than 256 levels");
    if (pos_ >= text_.size()) fail("unexpected end of the text");
    const char c = peek();
    if (c == '{') return parse_object(depth);
    if (c == '[') return parse_array(depth);
    if (c == '"') {
      JsonValue v = start_value(JsonValue::Kind::String);
      v.text_ = parse_string();
      return v;
    }
    if (c == 't' || c == 'f') {
      JsonValue v = start_value(JsonValue::Kind::Bool);
      v.boolean_ = c == 't';
      expect_word(c == 't' ? "true" : "false");
      return v;
    }
    if (c == 'n') {
      JsonValue v = start_value(JsonValue::Kind::Null);
      expect_word("null");
      return v;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number();
    fail(std::string("unexpected character '") + c + "'");
  }

  JsonValue parse_number() {
    JsonValue v = start_value(JsonValue::Kind::Number);
    const std::size_t begin = pos_;
    while (pos_ < text_.size()) {
      const char c = peek();
      if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
        advance();
      else
        break;
    }
    const std::string_view token = text_.substr(begin, pos_ - begin);
    const auto value = parse_double(token);
    // parse_double accepts what strtod does; JSON's grammar is stricter about
    // leading zeros and '+', which do no harm here.
    if (!value) {
      line_ = v.line_;
      column_ = v.column_;
      fail("'" + std::string(token) + "' " + (number_overflows(token) ? kOverflowPhrase : "is not a number"));
    }
    v.number_ = *value;
    return v;
  }

  std::string parse_string() {
    expect('"');
    std::string out;
    while (true) {
      if (pos_ >= text_.size()) fail("unterminated string");
      const char c = peek();
      if (c == '"') {
        advance();
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
      if (c != '\\') {
        out += c;
        advance();
        continue;
      }
      advance();
      const char e = peek();
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned code = 0;
          for (int i = 0; i < 4; ++i) {
            advance();
            const char h = peek();
            code *= 16;
            if (h >= '0' && h <= '9') code += static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') code += static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') code += static_cast<unsigned>(h - 'A' + 10);
            else fail("bad \\u escape");
          }
          // UTF-8 of a basic-plane code point (surrogate pairs are not joined: names only).
          if (code < 0x80) {
            out += static_cast<char>(code);
          } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
          } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
          }
          break;
        }
        default: fail("bad escape in a string");
      }
      advance();
    }
  }

  JsonValue parse_array(int depth) {
    JsonValue v = start_value(JsonValue::Kind::Array);
    expect('[');
    skip_blanks();
    if (peek() == ']') {
      advance();
      return v;
    }
    while (true) {
      skip_blanks();
      v.items_.push_back(parse_value(depth + 1));
      skip_blanks();
      if (peek() == ',') {
        advance();
        continue;
      }
      expect(']');
      return v;
    }
  }

  JsonValue parse_object(int depth) {
    JsonValue v = start_value(JsonValue::Kind::Object);
    expect('{');
    skip_blanks();
    if (peek() == '}') {
      advance();
      return v;
    }
    while (true) {
      skip_blanks();
      if (peek() != '"') fail("expected a member name in quotes");
      std::string key = parse_string();
      if (v.find(key)) fail("member '" + key + "' is given twice");
      skip_blanks();
      expect(':');
      skip_blanks();
      JsonValue member = parse_value(depth + 1);
      v.members_.emplace_back(std::move(key), std::move(member));
      skip_blanks();
      if (peek() == ',') {
        advance();
        continue;
      }
      expect('}');
      return v;
    }
  }
};

JsonValue parse_json(std::string_view text, const std::string& source) {
  return JsonParser(text, source).parse_document();
}

JsonValue read_json_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << file.rdbuf();
  if (file.bad()) throw IoError("reading '" + path + "' failed");
  return parse_json(buffer.str(), "'" + path + "'");
}

std::string json_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace flowscope
