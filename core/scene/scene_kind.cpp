#include "core/scene/scene_kind.h"

namespace flowscope {

const std::vector<SceneKind>& all_scene_kinds() {
  static const std::vector<SceneKind> kinds = {SceneKind::Chaotic, SceneKind::Langevin, SceneKind::Diffusion,
                                               SceneKind::Bridge, SceneKind::Latent};
  return kinds;
}

std::string_view scene_kind_name(SceneKind kind) {
  switch (kind) {
    case SceneKind::Chaotic: return "chaotic";
    case SceneKind::Langevin: return "langevin";
    case SceneKind::Diffusion: return "diffusion";
    case SceneKind::Bridge: return "bridge";
    case SceneKind::Latent: return "latent";
  }
  return "?";
}

std::optional<SceneKind> find_scene_kind(std::string_view name) {
  for (SceneKind kind : all_scene_kinds())
    if (scene_kind_name(kind) == name) return kind;
  return std::nullopt;
}

std::string_view scene_kind_list() { return "chaotic, langevin, diffusion, bridge, latent"; }

}  // namespace flowscope
