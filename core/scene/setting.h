#pragma once
// One scene setting described once: its key in state files and on the command
// line, what the GUI shows, its type, default and range. Panels, CLI options
// and the validation of state files are all generated from these
// descriptions, so a range is written in exactly one place.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace flowscope {

enum class SettingType { Number, Integer, Flag, Choice, Text };

// A setting's value: Flag is bool, Integer is long long, Number is double,
// Choice and Text are strings.
using SettingValue = std::variant<bool, long long, double, std::string>;

// A setting that only matters while another has a given value (the
// interpolant's epsilon only in interpolant mode). Inactive settings are kept
// in files but ignored when two states are compared.
struct SettingCondition {
  std::string key;
  std::vector<std::string> values;  // active when the key's value (as text) is one of these
};

struct SettingSpec {
  std::string key;    // ASCII id: "kT", "particles"
  std::string label;  // what a panel shows, UTF-8: "kT", "γ"
  SettingType type = SettingType::Number;
  SettingValue default_value = 0.0;
  double min = 0.0;  // Number and Integer: the allowed closed range
  double max = 0.0;
  std::vector<std::string> choices;  // Choice: the allowed values
  std::string unit;                  // "" when dimensionless
  std::string text;                  // one line for tooltips and --help
  bool logarithmic = false;          // a slider spaced evenly in log(value)
  int decimals = 3;                  // digits a spin box shows
  bool is_path = false;              // Text naming a data file: its content hash is kept beside it
  std::optional<SettingCondition> active_when;
};

// Why value does not fit spec ("must be a number", "is 3e6, above the
// maximum 2e6", "is 'rk9', not one of rk4, dopri5"), or "" when it does.
std::string check_setting(const SettingSpec& spec, const SettingValue& value);

// The value as text for messages, conditions and the command line.
std::string setting_text(const SettingValue& value);

// Parses text (a command-line option) into spec's type; throws InputError
// naming the key when it does not parse or fails check_setting.
SettingValue parse_setting(const SettingSpec& spec, const std::string& text);

const char* setting_type_name(SettingType type);

}  // namespace flowscope
