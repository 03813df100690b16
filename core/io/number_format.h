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
std::optional<double> parse_double(std::string_view text);

}  // namespace flowscope
