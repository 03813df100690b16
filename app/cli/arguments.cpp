#include "app/cli/arguments.h"

#include <cmath>

#include "core/io/number_format.h"

namespace flowscope::cli {

Options::Options(const std::string& command, std::span<const std::string> args,
                 std::span<const OptionSpec> specs)
    : command_(command) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) != 0 || arg.size() == 2)
      throw UsageError("unexpected argument '" + arg + "' for '" + command + "' (options start with --)");
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs)
      if (s.name == name) spec = &s;
    if (!spec) {
      std::string known;
      for (const OptionSpec& s : specs) known += (known.empty() ? "--" : ", --") + s.name;
      throw UsageError("unknown option '--" + name + "' for '" + command + "' (its options: " + known + ")");
    }
    if (values_.count(name) && !spec->repeatable)
      throw UsageError("option '--" + name + "' is given more than once");
    if (spec->value_name.empty()) {
      if (inline_value) throw UsageError("option '--" + name + "' takes no value");
      values_[name].push_back("");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size())
        throw UsageError("option '--" + name + "' needs a value (" + spec->value_name + ")");
      inline_value = args[++i];
    }
    values_[name].push_back(*inline_value);
  }
}

std::optional<std::string> Options::text(const std::string& name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second.back();
}

std::string Options::required_text(const std::string& name) const {
  if (auto value = text(name)) return *value;
  throw UsageError("'" + command_ + "' needs --" + name);
}

std::vector<std::string> Options::all(const std::string& name) const {
  const auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

double parse_finite(const std::string& option, const std::string& text) {
  const auto value = parse_double(text);
  if (!value)
    throw UsageError("option '" + option + "': '" + text + "' " + (number_overflows(text) ? kOverflowPhrase : "is not a number"));
  if (!std::isfinite(*value)) throw UsageError("option '" + option + "': '" + text + "' is not finite");
  return *value;
}

double Options::number(const std::string& name, double fallback) const {
  const auto value = text(name);
  return value ? parse_finite("--" + name, *value) : fallback;
}

double Options::required_number(const std::string& name) const {
  return parse_finite("--" + name, required_text(name));
}

double Options::whole(const std::string& name, double min, double max) const {
  const double value = required_number(name);
  if (value < min || value > max || value != std::floor(value))
    throw UsageError("option '--" + name + "' must be a whole number from " + format_double(min) + " to " +
                     format_double(max) + ", got '" + required_text(name) + "'");
  return value;
}

double Options::whole(const std::string& name, double min, double max, double fallback) const {
  return has(name) ? whole(name, min, max) : fallback;
}

std::uint64_t Options::seed() const { return static_cast<std::uint64_t>(whole("seed", 0, 9007199254740992.0, 0)); }

std::optional<std::vector<double>> Options::number_list(const std::string& name) const {
  const auto value = text(name);
  if (!value) return std::nullopt;
  std::vector<double> numbers;
  std::size_t start = 0;
  while (true) {
    const auto comma = value->find(',', start);
    numbers.push_back(parse_finite("--" + name, value->substr(start, comma - start)));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return numbers;
}

std::pair<std::string, double> parse_assignment(const std::string& option, const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw UsageError("option '" + option + "' expects NAME=VALUE, got '" + text + "'");
  return {text.substr(0, eq), parse_finite(option + " " + text.substr(0, eq), text.substr(eq + 1))};
}

std::string usage_text(const std::string& command, const std::string& summary, std::span<const OptionSpec> specs) {
  std::string text = "usage: flowscope-cli " + command + " [options]\n" + summary + "\n\noptions:\n";
  for (const OptionSpec& s : specs) {
    std::string left = "  --" + s.name + (s.value_name.empty() ? "" : " " + s.value_name);
    left.resize(std::max<std::size_t>(left.size() + 2, 26), ' ');
    text += left + s.help + "\n";
  }
  return text;
}

}  // namespace flowscope::cli
