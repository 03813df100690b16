#include "app/cli/render_state.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <memory>

#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

#include "app/cli/x_display.h"
#include "core/errors.h"
#include "core/scene/scene_json.h"
#include "widgets/render/image_output.h"
#include "widgets/scenes/common/scene_frame.h"
#include "widgets/scenes/scene_factory.h"

namespace flowscope::cli {
namespace {

constexpr int kDrawTimeoutMs = 180'000;

// The images side by side (same height).
vtkSmartPointer<vtkImageData> side_by_side(const std::vector<vtkSmartPointer<vtkImageData>>& parts) {
  if (parts.size() == 1) return parts.front();
  int width = 0, height = 0;
  for (const auto& p : parts) {
    width += p->GetDimensions()[0];
    height = p->GetDimensions()[1];
  }
  auto out = vtkSmartPointer<vtkImageData>::New();
  out->SetDimensions(width, height, 1);
  out->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
  auto* dst = static_cast<unsigned char*>(out->GetScalarPointer());
  int x0 = 0;
  for (const auto& p : parts) {
    const int w = p->GetDimensions()[0];
    const auto* src = static_cast<const unsigned char*>(p->GetScalarPointer());
    for (int y = 0; y < height; ++y) std::memcpy(dst + 3 * (y * width + x0), src + 3 * y * w, 3 * static_cast<std::size_t>(w));
    x0 += w;
  }
  return out;
}

}  // namespace

void render_state(const std::string& state_path, const std::string& out, int width, int height) {
  std::string warning;
  const SceneState state = read_scene_file(state_path, &warning);  // refused before any window exists
  if (!warning.empty()) std::fprintf(stderr, "flowscope-cli render: warning: %s\n", warning.c_str());

  const auto display = XDisplay::acquire();
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "xcb");
  int argc = 1;
  char name[] = "flowscope-cli";
  char* argv[] = {name, nullptr};
  QApplication app(argc, argv);
  std::setlocale(LC_NUMERIC, "C");

  std::unique_ptr<SceneFrame> window(create_scene_window(state.kind));
  QString error;
  if (!window->applySceneState(state, &error)) throw InputError(state_path + ": " + error.toStdString());
  // Drawn once and idle: every run the state started has come back.
  int drawn = 0;
  QObject::connect(window.get(), &SceneFrame::sceneDrawn, [&drawn] { ++drawn; });
  QEventLoop loop;
  QTimer poll;
  QElapsedTimer clock;
  clock.start();
  bool timed_out = false;
  QObject::connect(&poll, &QTimer::timeout, [&] {
    if (drawn > 0 && !window->isBusy()) loop.quit();
    if (clock.elapsed() > kDrawTimeoutMs) {
      timed_out = true;
      loop.quit();
    }
  });
  poll.start(20);
  loop.exec();
  if (timed_out)
    throw Error("the scene was not drawn within " + std::to_string(kDrawTimeoutMs / 1000) + " s (" +
                window->statusText().toStdString() + ")");
  const auto renderers = window->sceneRenderers();
  std::vector<vtkSmartPointer<vtkImageData>> parts;
  const int part_width = width / static_cast<int>(renderers.size());
  for (vtkRenderer* r : renderers) parts.push_back(render_offscreen(r, part_width, height));
  write_png(side_by_side(parts), out);
  const QString status = window->statusText();
  if (status.startsWith("Error") || status.startsWith("Cannot"))
    std::fprintf(stderr, "flowscope-cli render: the scene reports: %s\n", qPrintable(status));
}

}  // namespace flowscope::cli
