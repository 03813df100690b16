#include "core/scene/setting.h"

#include <cmath>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

const char* setting_type_name(SettingType type) {
  switch (type) {
    case SettingType::Number: return "a number";
    case SettingType::Integer: return "a whole number";
    case SettingType::Flag: return "true or false";
    case SettingType::Choice: return "one of the listed names";
    case SettingType::Text: return "a string";
  }
  return "?";
}

std::string setting_text(const SettingValue& value) {
  if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const long long* i = std::get_if<long long>(&value)) return std::to_string(*i);
  if (const double* d = std::get_if<double>(&value)) return format_double(*d);
  return std::get<std::string>(value);
}

namespace {

std::string check_range(const SettingSpec& spec, double v) {
  if (!std::isfinite(v)) return "is " + format_double(v) + ", not a finite number";
  if (v < spec.min) return "is " + format_double(v) + ", below the minimum " + format_double(spec.min);
  if (v > spec.max) return "is " + format_double(v) + ", above the maximum " + format_double(spec.max);
  return {};
}

}  // namespace

std::string check_setting(const SettingSpec& spec, const SettingValue& value) {
  switch (spec.type) {
    case SettingType::Number:
      if (!std::holds_alternative<double>(value)) return "must be a number";
      return check_range(spec, std::get<double>(value));
    case SettingType::Integer:
      if (!std::holds_alternative<long long>(value)) return "must be a whole number";
      return check_range(spec, static_cast<double>(std::get<long long>(value)));
    case SettingType::Flag:
      return std::holds_alternative<bool>(value) ? std::string() : "must be true or false";
    case SettingType::Choice: {
      if (!std::holds_alternative<std::string>(value)) return "must be a string";
      const std::string& s = std::get<std::string>(value);
      std::string list;
      for (const std::string& c : spec.choices) {
        if (c == s) return {};
        list += (list.empty() ? "" : ", ") + c;
      }
      return "is '" + s + "', not one of " + list;
    }
    case SettingType::Text:
      return std::holds_alternative<std::string>(value) ? std::string() : "must be a string";
  }
  return "has an unknown type";
}

SettingValue parse_setting(const SettingSpec& spec, const std::string& text) {
  SettingValue value;
  switch (spec.type) {
    case SettingType::Number: {
      const auto d = parse_double(text);
      if (!d) throw InputError(spec.key + ": '" + text + "' is not a number");
      value = *d;
      break;
    }
    case SettingType::Integer: {
      const auto d = parse_double(text);
      if (!d || *d != std::floor(*d) || std::fabs(*d) > 9.0e15)
        throw InputError(spec.key + ": '" + text + "' is not a whole number");
      value = static_cast<long long>(*d);
      break;
    }
    case SettingType::Flag:
      if (text == "true" || text == "on" || text == "1") value = true;
      else if (text == "false" || text == "off" || text == "0") value = false;
      else throw InputError(spec.key + ": '" + text + "' is not true or false");
      break;
    case SettingType::Choice:
    case SettingType::Text:
      value = text;
      break;
  }
  if (const std::string why = check_setting(spec, value); !why.empty())
    throw InputError(spec.key + " " + why);
  return value;
}

}  // namespace flowscope
