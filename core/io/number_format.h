#pragma once
// Locale-independent conversions between doubles and text: a German or French
// locale must never turn 0.5 into "0,5" in a file or reject "0.5" on input.
#include <optional>
#include <string>
#include <string_view>

namespace flowscope {

// Shortest text that reads back to exactly the same double.
std::string format_double(double value);

// The whole of text as a double (surrounding blanks allowed), or nothing.
// "nan", "inf" and "infinity" (any case, signed) are read as such. A decimal
// number too small for a double (1e-400) reads as zero of its sign, as strtod
// and numpy do; one too large (1e400) is refused: it is not infinity, and
// reading it as anything else would be silently wrong (see number_overflows).
std::optional<double> parse_double(std::string_view text);

// True when text is a decimal number whose magnitude is beyond the largest
// double (about 1.8e308), so that parse_double refuses it; callers say so.
bool number_overflows(std::string_view text);

// The phrase callers append after the quoted text: "is beyond the range of a
// double (largest about 1.8e308)".
inline constexpr const char* kOverflowPhrase = "is beyond the range of a double (largest about 1.8e308)";

}  // namespace flowscope
