#pragma once
// The five kinds of scene Flowscope draws, and their names in state files.
#include <optional>
#include <string_view>
#include <vector>

namespace flowscope {

enum class SceneKind { Chaotic, Langevin, Diffusion, Bridge, Latent };

const std::vector<SceneKind>& all_scene_kinds();
std::string_view scene_kind_name(SceneKind kind);  // "chaotic", "langevin", "diffusion", "bridge", "latent"
std::optional<SceneKind> find_scene_kind(std::string_view name);
// "chaotic, langevin, ..." for messages.
std::string_view scene_kind_list();

}  // namespace flowscope
