#include "core/scene/scene_state.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/scene/scene_schema.h"
#include "core/scene/scene_validation.h"

namespace flowscope {
namespace {

const SettingValue& value_of(const SceneState& state, const std::string& key) {
  const auto it = state.settings.find(key);
  if (it == state.settings.end())
    throw InputError(std::string(scene_kind_name(state.kind)) + " scene has no setting '" + key + "'");
  return it->second;
}

template <typename T>
const T& typed(const SceneState& state, const std::string& key) {
  const SettingValue& v = value_of(state, key);
  if (const T* p = std::get_if<T>(&v)) return *p;
  throw InputError("setting '" + key + "' holds another type");
}

bool close(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

}  // namespace

bool CameraState::operator==(const CameraState& o) const {
  for (int i = 0; i < 3; ++i)
    if (!close(position[i], o.position[i]) || !close(focal_point[i], o.focal_point[i]) ||
        !close(view_up[i], o.view_up[i]))
      return false;
  return close(view_angle, o.view_angle);
}

double SceneState::number(const std::string& key) const { return typed<double>(*this, key); }
long long SceneState::integer(const std::string& key) const { return typed<long long>(*this, key); }
bool SceneState::flag(const std::string& key) const { return typed<bool>(*this, key); }
const std::string& SceneState::text(const std::string& key) const { return typed<std::string>(*this, key); }

void SceneState::set(const std::string& key, SettingValue value) {
  const SettingSpec* spec = scene_schema(kind).find(key);
  if (!spec) throw InputError(std::string(scene_kind_name(kind)) + " scene has no setting '" + key + "'");
  // Whole numbers are accepted for Number settings (1 means 1.0).
  if (spec->type == SettingType::Number)
    if (const long long* i = std::get_if<long long>(&value)) value = static_cast<double>(*i);
  if (const std::string why = check_setting(*spec, value); !why.empty()) throw InputError(key + " " + why);
  settings[key] = std::move(value);
}

bool SceneState::is_active(const std::string& key) const {
  const SettingSpec* spec = scene_schema(kind).find(key);
  if (!spec || !spec->active_when) return spec != nullptr;
  const auto it = settings.find(spec->active_when->key);
  if (it == settings.end()) return false;
  const std::string current = setting_text(it->second);
  for (const std::string& v : spec->active_when->values)
    if (v == current) return is_active(spec->active_when->key);
  return false;
}

SceneState default_scene_state(SceneKind kind) {
  const SceneSchema& schema = scene_schema(kind);
  SceneState state;
  state.kind = kind;
  state.name = schema.title;
  for (const SettingSpec& s : schema.settings) state.settings[s.key] = s.default_value;
  return state;
}

bool same_picture(const SceneState& a, const SceneState& b) {
  if (a.kind != b.kind || a.camera != b.camera) return false;
  if (a.parameters != b.parameters && parameters_with_defaults(a) != parameters_with_defaults(b)) return false;
  for (const SettingSpec& s : scene_schema(a.kind).settings) {
    const bool on_a = a.is_active(s.key), on_b = b.is_active(s.key);
    if (on_a != on_b) return false;
    if (!on_a) continue;
    const auto ia = a.settings.find(s.key), ib = b.settings.find(s.key);
    if ((ia == a.settings.end()) != (ib == b.settings.end())) return false;
    if (ia != a.settings.end() && ia->second != ib->second) return false;
    if (s.is_path) {
      const auto ha = a.file_hashes.find(s.key), hb = b.file_hashes.find(s.key);
      const std::string none;
      if ((ha == a.file_hashes.end() ? none : ha->second) != (hb == b.file_hashes.end() ? none : hb->second))
        return false;
    }
  }
  return true;
}

}  // namespace flowscope
