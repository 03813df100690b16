// io/json: the project's JSON reader (mixture targets today, sessions later).
#include <string_view>

#include "core/errors.h"
#include "core/io/json.h"
#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {
namespace {

void check_value(const JsonValue& value, int depth) {
  expect(value.line() >= 1 && value.column() >= 1, "values carry 1-based lines and columns");
  expect(depth <= 257, "nesting deeper than the documented 256 levels is refused");
  for (const JsonValue& item : value.items()) check_value(item, depth + 1);
  for (const auto& [key, member] : value.members()) check_value(member, depth + 1);
}

}  // namespace

void fuzz_json(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    check_value(parse_json(text, "fuzz input"), 0);
  } catch (const Error&) {
  }
}

}  // namespace flowscope::fuzz
