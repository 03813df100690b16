#pragma once
// Scene states as JSON files (docs/scene-state.md):
//
//   {"format": "flowscope-scene", "version": 1, "kind": "langevin",
//    "name": "Double well", "settings": {"kT": 1, ...},
//    "parameters": {"a": 1}, "camera": {...},
//    "files": {"target_file": {"sha256": "..."}}}
//
// Writing is canonical (settings in schema order, shortest exact numbers), so
// a state written twice gives the same bytes. Reading checks every field and
// refuses the file at the first problem, naming the field:
// "settings.kT: is 50, above the maximum 10".
#include <string>

#include "core/scene/scene_state.h"

namespace flowscope {

inline constexpr int kSceneStateVersion = 1;
// A state file larger than this is refused before it is read.
inline constexpr std::size_t kMaxSceneFileBytes = 4u << 20;

std::string scene_state_to_json(const SceneState& state);

// Parses and checks; throws InputError "<source>: <field>: <problem>".
// Ids (systems, potentials, targets) and typed equations are checked too.
SceneState scene_state_from_json(const std::string& text, const std::string& source);

// Reads a file (size checked first). Data files a state names must exist;
// a hash that differs from the file's is reported in *warning (the file
// may have been edited on purpose) and the state keeps the file's new hash.
SceneState read_scene_file(const std::string& path, std::string* warning = nullptr);
void write_scene_file(const SceneState& state, const std::string& path);

// Fills file_hashes for every active path setting whose file exists.
void update_file_hashes(SceneState& state);

}  // namespace flowscope
