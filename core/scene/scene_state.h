#pragma once
// Everything that decides what a scene shows and how it was computed, as a
// plain value: its kind, its settings (described in scene_schema.h), the
// system's or potential's own parameters, the camera, and the content hash
// of every data file it names. Windows draw from it, state files hold it,
// lessons and undo will change it.
#include <array>
#include <map>
#include <optional>
#include <string>

#include "core/scene/scene_kind.h"
#include "core/scene/setting.h"

namespace flowscope {

struct CameraState {
  std::array<double, 3> position{0, 0, 1};
  std::array<double, 3> focal_point{0, 0, 0};
  std::array<double, 3> view_up{0, 1, 0};
  double view_angle = 30.0;  // degrees
  // Equal to 1e-9 relative: VTK recomputes a camera's vectors when it is put
  // on a view, which can change the last bits but never the picture.
  bool operator==(const CameraState& other) const;
};

struct SceneState {
  SceneKind kind = SceneKind::Chaotic;
  std::string name;  // shown in the window title; not part of the picture
  std::map<std::string, SettingValue> settings;
  std::map<std::string, double> parameters;  // the system's or potential's, by name
  std::optional<CameraState> camera;         // none: the scene frames itself
  std::map<std::string, std::string> file_hashes;  // path setting key -> SHA-256 (hex)

  // Typed access; throws InputError when the key is not in the kind's
  // schema or holds another type (a programming error, not user input).
  double number(const std::string& key) const;
  long long integer(const std::string& key) const;
  bool flag(const std::string& key) const;
  const std::string& text(const std::string& key) const;  // Choice and Text

  // Sets a setting after checking it against the schema; throws InputError
  // "key is 50, above the maximum 10" naming the key.
  void set(const std::string& key, SettingValue value);

  // Whether the setting matters for the picture (its active_when holds).
  bool is_active(const std::string& key) const;
};

// Every setting at its default, a name, no camera, no parameters (the
// system's defaults apply).
SceneState default_scene_state(SceneKind kind);

// Same picture: kind, active settings, parameters (a parameter left out is
// at its default), camera and file hashes agree. The name and inactive
// settings do not count.
bool same_picture(const SceneState& a, const SceneState& b);
inline bool operator==(const SceneState& a, const SceneState& b) { return same_picture(a, b); }

}  // namespace flowscope
