// flowscope-cli state: the default scene state of a kind, as JSON, so that a
// user can start from it; --set changes settings on the way (checked against
// the same descriptions as state files), --describe lists every setting.
#include <cstdio>

#include "app/cli/commands.h"
#include "core/scene/scene_json.h"
#include "core/scene/scene_schema.h"

namespace flowscope::cli {
namespace {

std::string range_text(const SettingSpec& s) {
  switch (s.type) {
    case SettingType::Number:
    case SettingType::Integer: return setting_text(SettingValue(s.min)) + " .. " + setting_text(SettingValue(s.max));
    case SettingType::Choice: {
      std::string list;
      for (const std::string& c : s.choices) list += (list.empty() ? "" : "|") + c;
      return list;
    }
    case SettingType::Flag: return "true|false";
    case SettingType::Text: return s.is_path ? "file" : "text";
  }
  return {};
}

void describe(const SceneSchema& schema) {
  std::printf("%s scene (%s): settings\n", std::string(scene_kind_name(schema.kind)).c_str(), schema.title.c_str());
  for (const SettingSpec& s : schema.settings) {
    std::printf("  %-24s %-28s default %-10s %s", s.key.c_str(), range_text(s).c_str(),
                setting_text(s.default_value).empty() ? "''" : setting_text(s.default_value).c_str(), s.text.c_str());
    if (s.active_when) {
      std::string values;
      for (const std::string& v : s.active_when->values) values += (values.empty() ? "" : "|") + v;
      std::printf(" (when %s is %s)", s.active_when->key.c_str(), values.c_str());
    }
    std::printf("\n");
  }
  if (schema.has_parameters) std::printf("  plus \"parameters\": the system's or potential's own, by name\n");
}

}  // namespace

int run_state(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"kind", "KIND", "chaotic, langevin, diffusion, bridge or latent"},
      {"set", "KEY=VALUE", "change a setting (repeatable); --describe lists them", true},
      {"out", "FILE.json", "write the state to a file instead of standard output"},
      {"describe", "", "list the kind's settings with their types, ranges and defaults"},
      {"help", "", "show this help"},
  };
  const Options options("state", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("state", "Print the default scene state of a kind as JSON (docs/scene-state.md).", specs).c_str(),
               stdout);
    return kExitOk;
  }
  const std::string kind_name = options.required_text("kind");
  const auto kind = find_scene_kind(kind_name);
  if (!kind)
    throw UsageError("option '--kind': '" + kind_name + "' is not a kind of scene (" + std::string(scene_kind_list()) + ")");
  const SceneSchema& schema = scene_schema(*kind);
  if (options.has("describe")) {
    describe(schema);
    return kExitOk;
  }
  SceneState state = default_scene_state(*kind);
  for (const std::string& assignment : options.all("set")) {
    const auto eq = assignment.find('=');
    if (eq == std::string::npos) throw UsageError("option '--set' expects KEY=VALUE, got '" + assignment + "'");
    const std::string key = assignment.substr(0, eq);
    const SettingSpec* spec = schema.find(key);
    if (!spec) throw UsageError("option '--set': '" + key + "' is not a setting of a " + kind_name + " scene (--describe lists them)");
    state.set(key, parse_setting(*spec, assignment.substr(eq + 1)));
  }
  const std::string json = scene_state_to_json(state);
  // The result must read back: the same checks as a file opened later.
  scene_state_from_json(json, "the state");
  if (const auto out = options.text("out")) {
    check_writable(*out);
    write_scene_file(state, *out);
  } else {
    std::fputs(json.c_str(), stdout);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
