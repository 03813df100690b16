#pragma once
// What a scene of each kind is made of: its settings, each described once
// (key, type, default, range, text). State files are validated against
// these, panels are built from them and `flowscope-cli state` lists them.
#include <string>
#include <string_view>
#include <vector>

#include "core/scene/scene_kind.h"
#include "core/scene/setting.h"

namespace flowscope {

struct SceneSchema {
  SceneKind kind;
  std::string title;  // "Chaotic system", for window titles and lists
  std::vector<SettingSpec> settings;
  // Whether the state holds a "parameters" object (a system's or a
  // potential's own parameters, checked against that system).
  bool has_parameters = false;

  // The setting with this key, or null.
  const SettingSpec* find(std::string_view key) const;
};

const SceneSchema& scene_schema(SceneKind kind);

}  // namespace flowscope
