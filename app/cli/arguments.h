#pragma once
// Options of one subcommand: "--name value", "--name=value" or a bare
// "--flag". Every mistake is a UsageError whose message names the option.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/errors.h"

namespace flowscope::cli {

struct UsageError : InputError {
  using InputError::InputError;
};

struct OptionSpec {
  std::string name;  // without the dashes
  std::string value_name;  // empty for a flag
  std::string help;
  bool repeatable = false;
};

class Options {
 public:
  // Throws UsageError for unknown options, missing values, repeats, positionals.
  Options(const std::string& command, std::span<const std::string> args, std::span<const OptionSpec> specs);

  bool has(const std::string& name) const { return values_.count(name) > 0; }
  std::optional<std::string> text(const std::string& name) const;
  std::string required_text(const std::string& name) const;
  std::vector<std::string> all(const std::string& name) const;

  // A finite number, or the fallback when the option is absent.
  double number(const std::string& name, double fallback) const;
  double required_number(const std::string& name) const;
  // A whole number in [min, max] (required, or the fallback when absent);
  // the UsageError names the option, the range and the value given.
  double whole(const std::string& name, double min, double max) const;
  double whole(const std::string& name, double min, double max, double fallback) const;
  // --seed: a whole number from 0 to 2^53 (exact in a double), 0 when absent.
  std::uint64_t seed() const;
  // A comma-separated list of finite numbers.
  std::optional<std::vector<double>> number_list(const std::string& name) const;

 private:
  std::string command_;
  std::map<std::string, std::vector<std::string>> values_;
};

// "NAME=VALUE" split at the first '='; throws UsageError naming the option.
std::pair<std::string, double> parse_assignment(const std::string& option, const std::string& text);

// A finite number; throws UsageError naming the option and the text.
double parse_finite(const std::string& option, const std::string& text);

std::string usage_text(const std::string& command, const std::string& summary, std::span<const OptionSpec> specs);

}  // namespace flowscope::cli
