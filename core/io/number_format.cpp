#include "core/io/number_format.h"

#include <charconv>
#include <cmath>

namespace flowscope {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The decimal exponent of the leading significant digit of a decimal number
// that from_chars found out of range: positive for 1e400 or 5000...0 (an
// overflow), negative for 1e-400 or 0.000...01 (an underflow). Only its sign
// matters: out-of-range magnitudes are above 1e308 or below 1e-324.
long decimal_exponent(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  long leading = 0;  // digits before the point, leading zeros skipped
  bool significant = false;
  for (; i < text.size() && is_digit(text[i]); ++i) {
    if (text[i] != '0') significant = true;
    if (significant) ++leading;
  }
  long zeros_after_point = 0;
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_digit(text[i]); ++i) {
      if (!significant && text[i] == '0') ++zeros_after_point;
      else significant = true;
    }
  }
  long exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    for (; i < text.size() && is_digit(text[i]); ++i)
      if (exponent < 1'000'000'000) exponent = exponent * 10 + (text[i] - '0');
    if (negative) exponent = -exponent;
  }
  return (leading > 0 ? leading - 1 : -(zeros_after_point + 1)) + exponent;
}

enum class Reading { Ok, NotANumber, Overflow };

Reading read(std::string_view text, double& value) {
  text = trimmed(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return Reading::NotANumber;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ptr != text.data() + text.size()) return Reading::NotANumber;
  if (result.ec == std::errc::result_out_of_range) {
    if (decimal_exponent(text) > 0) return Reading::Overflow;
    value = text.front() == '-' ? -0.0 : 0.0;  // underflow: zero of the number's sign
    return Reading::Ok;
  }
  return result.ec == std::errc() ? Reading::Ok : Reading::NotANumber;
}

}  // namespace

std::string format_double(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::optional<double> parse_double(std::string_view text) {
  double value = 0.0;
  if (read(text, value) != Reading::Ok) return std::nullopt;
  return value;
}

bool number_overflows(std::string_view text) {
  double value = 0.0;
  return read(text, value) == Reading::Overflow;
}

}  // namespace flowscope
