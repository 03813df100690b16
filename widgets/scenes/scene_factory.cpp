#include "widgets/scenes/scene_factory.h"

#include "widgets/scenes/bridge/bridge_window.h"
#include "widgets/scenes/chaotic/chaotic_window.h"
#include "widgets/scenes/diffusion/diffusion_window.h"
#include "widgets/scenes/langevin/langevin_window.h"
#include "widgets/scenes/latent/latent_window.h"

namespace flowscope {

SceneFrame* create_scene_window(SceneKind kind, QWidget* parent) {
  SceneFrame* window = nullptr;
  switch (kind) {
    case SceneKind::Chaotic: window = new ChaoticWindow(parent); break;
    case SceneKind::Langevin: window = new LangevinWindow(parent); break;
    case SceneKind::Diffusion: window = new DiffusionWindow(parent); break;
    case SceneKind::Bridge: window = new BridgeWindow(parent); break;
    case SceneKind::Latent: window = new LatentWindow(parent); break;
  }
  const std::string_view name = scene_kind_name(kind);
  window->setObjectName(QString::fromLatin1(name.data(), static_cast<int>(name.size())) + QStringLiteral("Window"));
  return window;
}

}  // namespace flowscope
