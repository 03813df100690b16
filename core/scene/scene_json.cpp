#include "core/scene/scene_json.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/sha256.h"
#include "core/errors.h"
#include "core/io/json.h"
#include "core/io/number_format.h"
#include "core/scene/scene_schema.h"
#include "core/scene/scene_validation.h"

namespace flowscope {
namespace {

std::string quoted(const std::string& s) { return json_quoted(s); }

std::string json_value(const SettingValue& v) {
  if (std::holds_alternative<std::string>(v)) return quoted(std::get<std::string>(v));
  return setting_text(v);
}

std::string triple(const std::array<double, 3>& a) {
  std::string out = "[";
  for (int i = 0; i < 3; ++i) out += (i ? ", " : "") + format_double(a[i]);
  return out + "]";
}

[[noreturn]] void refuse(const std::string& source, const std::string& field, const std::string& problem) {
  throw InputError(source + ": " + field + ": " + problem);
}

std::string kind_name(JsonValue::Kind k) {
  switch (k) {
    case JsonValue::Kind::Null: return "null";
    case JsonValue::Kind::Bool: return "true or false";
    case JsonValue::Kind::Number: return "a number";
    case JsonValue::Kind::String: return "a string";
    case JsonValue::Kind::Array: return "an array";
    case JsonValue::Kind::Object: return "an object";
  }
  return "?";
}

// The JSON value as the setting's type, or a message.
SettingValue to_setting(const SettingSpec& spec, const JsonValue& v, const std::string& source,
                        const std::string& field) {
  auto expect = [&](JsonValue::Kind k, const char* what) {
    if (v.kind() != k) refuse(source, field, std::string("must be ") + what + ", not " + kind_name(v.kind()));
  };
  switch (spec.type) {
    case SettingType::Number:
      expect(JsonValue::Kind::Number, "a number");
      return v.number();
    case SettingType::Integer: {
      expect(JsonValue::Kind::Number, "a whole number");
      const double d = v.number();
      if (d != std::floor(d) || std::fabs(d) > 9.0e15)
        refuse(source, field, "must be a whole number, not " + format_double(d));
      return static_cast<long long>(d);
    }
    case SettingType::Flag:
      expect(JsonValue::Kind::Bool, "true or false");
      return v.boolean();
    case SettingType::Choice:
    case SettingType::Text:
      expect(JsonValue::Kind::String, "a string");
      return v.text();
  }
  return 0.0;
}

std::array<double, 3> read_triple(const JsonValue& v, const std::string& source, const std::string& field) {
  if (!v.is_array() || v.items().size() != 3) refuse(source, field, "must be an array of three numbers");
  std::array<double, 3> out{};
  for (int i = 0; i < 3; ++i) {
    const JsonValue& x = v.items()[i];
    if (!x.is_number() || !std::isfinite(x.number())) refuse(source, field, "must be an array of three finite numbers");
    out[i] = x.number();
  }
  return out;
}

CameraState read_camera(const JsonValue& v, const std::string& source) {
  if (!v.is_object()) refuse(source, "camera", "must be an object");
  CameraState c;
  bool seen[4] = {};
  for (const auto& [key, value] : v.members()) {
    if (key == "position") c.position = read_triple(value, source, "camera.position"), seen[0] = true;
    else if (key == "focal_point") c.focal_point = read_triple(value, source, "camera.focal_point"), seen[1] = true;
    else if (key == "view_up") c.view_up = read_triple(value, source, "camera.view_up"), seen[2] = true;
    else if (key == "view_angle") {
      if (!value.is_number() || !(value.number() > 0.0 && value.number() < 180.0))
        refuse(source, "camera.view_angle", "must be a number of degrees between 0 and 180");
      c.view_angle = value.number();
      seen[3] = true;
    } else {
      refuse(source, "camera." + key, "is not a camera field (position, focal_point, view_up, view_angle)");
    }
  }
  const char* names[4] = {"position", "focal_point", "view_up", "view_angle"};
  for (int i = 0; i < 4; ++i)
    if (!seen[i]) refuse(source, std::string("camera.") + names[i], "is missing");
  return c;
}

void read_settings(SceneState& state, const JsonValue& v, const std::string& source) {
  if (!v.is_object()) refuse(source, "settings", "must be an object");
  const SceneSchema& schema = scene_schema(state.kind);
  for (const auto& [key, value] : v.members()) {
    const std::string field = "settings." + key;
    const SettingSpec* spec = schema.find(key);
    if (!spec) refuse(source, field, "is not a setting of a " + std::string(scene_kind_name(state.kind)) + " scene");
    SettingValue setting = to_setting(*spec, value, source, field);
    if (const std::string why = check_setting(*spec, setting); !why.empty()) refuse(source, field, why);
    state.settings[key] = std::move(setting);
  }
}

void read_parameters(SceneState& state, const JsonValue& v, const std::string& source) {
  if (!scene_schema(state.kind).has_parameters)
    refuse(source, "parameters", "a " + std::string(scene_kind_name(state.kind)) + " scene has no parameters");
  if (!v.is_object()) refuse(source, "parameters", "must be an object of numbers");
  for (const auto& [key, value] : v.members()) {
    if (!value.is_number() || !std::isfinite(value.number()))
      refuse(source, "parameters." + key, "must be a finite number");
    state.parameters[key] = value.number();
  }
}

void read_files(SceneState& state, const JsonValue& v, const std::string& source) {
  if (!v.is_object()) refuse(source, "files", "must be an object");
  for (const auto& [key, value] : v.members()) {
    const SettingSpec* spec = scene_schema(state.kind).find(key);
    if (!spec || !spec->is_path) refuse(source, "files." + key, "is not a data-file setting");
    const JsonValue* hash = value.is_object() ? value.find("sha256") : nullptr;
    if (!hash || !hash->is_string() || hash->text().size() != 64 || value.members().size() != 1)
      refuse(source, "files." + key, "must be {\"sha256\": 64 hex digits}");
    state.file_hashes[key] = hash->text();
  }
}

}  // namespace

std::string scene_state_to_json(const SceneState& state) {
  const SceneSchema& schema = scene_schema(state.kind);
  std::ostringstream out;
  out << "{\n  \"format\": \"flowscope-scene\",\n  \"version\": " << kSceneStateVersion << ",\n  \"kind\": "
      << quoted(std::string(scene_kind_name(state.kind))) << ",\n  \"name\": " << quoted(state.name)
      << ",\n  \"settings\": {";
  bool first = true;
  for (const SettingSpec& s : schema.settings) {
    const auto it = state.settings.find(s.key);
    if (it == state.settings.end()) continue;
    out << (first ? "\n" : ",\n") << "    " << quoted(s.key) << ": " << json_value(it->second);
    first = false;
  }
  out << "\n  }";
  if (schema.has_parameters) {
    out << ",\n  \"parameters\": {";
    first = true;
    for (const auto& [key, value] : state.parameters) {
      out << (first ? "" : ", ") << quoted(key) << ": " << format_double(value);
      first = false;
    }
    out << "}";
  }
  if (state.camera) {
    const CameraState& c = *state.camera;
    out << ",\n  \"camera\": {\"position\": " << triple(c.position) << ", \"focal_point\": " << triple(c.focal_point)
        << ", \"view_up\": " << triple(c.view_up) << ", \"view_angle\": " << format_double(c.view_angle) << "}";
  }
  if (!state.file_hashes.empty()) {
    out << ",\n  \"files\": {";
    first = true;
    for (const auto& [key, hash] : state.file_hashes) {
      out << (first ? "" : ", ") << quoted(key) << ": {\"sha256\": " << quoted(hash) << "}";
      first = false;
    }
    out << "}";
  }
  out << "\n}\n";
  return out.str();
}

SceneState scene_state_from_json(const std::string& text, const std::string& source) {
  JsonValue root;
  try {
    root = parse_json(text, source);
  } catch (const IoError& e) {
    throw InputError(std::string(e.what()) + " (not a scene state: the file is not valid JSON)");
  }
  if (!root.is_object()) refuse(source, "(top level)", "a scene state is a JSON object, not " + kind_name(root.kind()));
  const JsonValue* format = root.find("format");
  if (!format || !format->is_string() || format->text() != "flowscope-scene")
    refuse(source, "format", "must be \"flowscope-scene\"");
  const JsonValue* version = root.find("version");
  if (!version || !version->is_number() || version->number() != std::floor(version->number()) ||
      version->number() < 1)
    refuse(source, "version", "must be a whole number from 1");
  if (version->number() > kSceneStateVersion)
    refuse(source, "version", "is " + format_double(version->number()) + ", newer than this Flowscope reads (" +
                                  std::to_string(kSceneStateVersion) + "): update Flowscope to open it");
  const JsonValue* kind = root.find("kind");
  if (!kind || !kind->is_string()) refuse(source, "kind", "must be a string");
  const auto scene_kind = find_scene_kind(kind->text());
  if (!scene_kind)
    refuse(source, "kind", "'" + kind->text() + "' is not a kind of scene (" + std::string(scene_kind_list()) + ")");

  SceneState state = default_scene_state(*scene_kind);
  for (const auto& [key, value] : root.members()) {
    if (key == "format" || key == "version" || key == "kind") continue;
    if (key == "name") {
      if (!value.is_string()) refuse(source, "name", "must be a string");
      state.name = value.text();
    } else if (key == "settings") {
      read_settings(state, value, source);
    } else if (key == "parameters") {
      read_parameters(state, value, source);
    } else if (key == "camera") {
      state.camera = read_camera(value, source);
    } else if (key == "files") {
      read_files(state, value, source);
    } else {
      refuse(source, key, "is not a field of a scene state (format, version, kind, name, settings, parameters, "
                          "camera, files)");
    }
  }
  if (const std::string why = check_scene_references(state); !why.empty()) {
    const auto colon = why.find(": ");
    refuse(source, why.substr(0, colon), why.substr(colon + 2));
  }
  return state;
}

void update_file_hashes(SceneState& state) {
  for (const SettingSpec& s : scene_schema(state.kind).settings) {
    if (!s.is_path) continue;
    const auto it = state.settings.find(s.key);
    const std::string path = it == state.settings.end() ? std::string() : std::get<std::string>(it->second);
    std::error_code ec;
    if (!path.empty() && state.is_active(s.key) && std::filesystem::is_regular_file(path, ec))
      state.file_hashes[s.key] = sha256_file_hex(path);
    else
      state.file_hashes.erase(s.key);
  }
}

SceneState read_scene_file(const std::string& path, std::string* warning) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw InputError(path + ": cannot be read (" + ec.message() + ")");
  if (size > kMaxSceneFileBytes)
    throw InputError(path + ": is " + std::to_string(size) + " bytes; a scene state is at most " +
                     std::to_string(kMaxSceneFileBytes) + " bytes");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot be opened");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  SceneState state = scene_state_from_json(text, path);
  // Relative data paths are relative to the state file.
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  std::string notes;
  for (const SettingSpec& s : scene_schema(state.kind).settings) {
    if (!s.is_path || !state.is_active(s.key)) continue;
    std::string file = std::get<std::string>(state.settings[s.key]);
    if (file.empty()) continue;
    if (std::filesystem::path(file).is_relative() && !folder.empty()) file = (folder / file).lexically_normal().string();
    if (!std::filesystem::is_regular_file(file, ec))
      throw InputError(path + ": settings." + s.key + ": the data file '" + file + "' does not exist");
    state.settings[s.key] = file;
    const std::string now = sha256_file_hex(file);
    const auto kept = state.file_hashes.find(s.key);
    if (kept != state.file_hashes.end() && kept->second != now)
      notes += (notes.empty() ? "" : "; ") + file + " changed since the state was saved (its SHA-256 differs)";
    state.file_hashes[s.key] = now;
  }
  if (warning) *warning = notes;
  return state;
}

void write_scene_file(const SceneState& state, const std::string& path) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw IoError(path + ": cannot be written");
    out << scene_state_to_json(state);
    out.flush();
    if (!out) throw IoError(path + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);  // atomic on one file system: never a half-written state
  if (ec) throw IoError(path + ": cannot be replaced (" + ec.message() + ")");
}

}  // namespace flowscope
