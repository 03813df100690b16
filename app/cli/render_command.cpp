#include <cstdio>

#include <vtkImageData.h>

#include "app/cli/commands.h"
#include "core/io/file_name.h"
#include "app/cli/render_state.h"
#include "app/cli/x_display.h"
#include "widgets/render/image_output.h"
#include "widgets/render/trajectory_scene.h"

namespace flowscope::cli {
namespace {

constexpr double kDefaultTEnd = 100.0;
constexpr int kMinSide = 16, kMaxSide = 8192;

std::pair<int, int> parse_size(const std::string& text) {
  const auto x = text.find('x');
  if (x == std::string::npos) throw UsageError("option '--size' expects WIDTHxHEIGHT, got '" + text + "'");
  const double w = parse_finite("--size", text.substr(0, x));
  const double h = parse_finite("--size", text.substr(x + 1));
  if (w != static_cast<int>(w) || h != static_cast<int>(h) || w < kMinSide || h < kMinSide || w > kMaxSide ||
      h > kMaxSide)
    throw UsageError("option '--size': '" + text + "' must be whole numbers of pixels from " +
                     std::to_string(kMinSide) + " to " + std::to_string(kMaxSide));
  return {static_cast<int>(w), static_cast<int>(h)};
}

}  // namespace

int run_render(std::span<const std::string> args) {
  auto specs = problem_options("end time of the run (default 100)");
  specs.push_back({"state", "FILE.json", "render this scene state (any kind) instead of a system"});
  specs.push_back({"out", "FILE.png", "the image to write"});
  specs.push_back({"size", "WxH", "image size in pixels (default 1280x720)"});
  specs.push_back({"help", "", "show this help"});
  const Options options("render", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("render", "Integrate a system and render its trajectory to PNG, off-screen; or render any scene state (--state).", specs).c_str(),
               stdout);
    return kExitOk;
  }
  const auto [width, height] = parse_size(options.text("size").value_or("1280x720"));
  const std::string out = options.required_text("out");
  if (!has_extension(out, ".png")) throw UsageError("option '--out': '" + out + "' must end in .png");
  check_writable(out);
  if (const auto state = options.text("state")) {
    for (const char* other : {"system", "equations", "param", "ic", "t-end", "dt"})
      if (options.has(other)) throw UsageError(std::string("option '--") + other + "' does not go with '--state'");
    render_state(*state, out, width, height);
    return kExitOk;
  }
  const Problem problem = problem_from_options(options, kDefaultTEnd);

  const Trajectory trajectory = integrate(problem, Method::Rk4);
  if (trajectory.status != RunStatus::Success) throw Error(trajectory.message + "; nothing was rendered");
  const std::vector<double> speed = speeds(problem, trajectory);

  const auto display = XDisplay::acquire();
  TrajectoryScene scene;
  scene.set_trajectory(trajectory.states.data(), trajectory.samples(), trajectory.dimension, speed.data());
  const auto names = problem.system->variable_names();
  scene.set_labels(SceneLabels{"Speed", {names.at(0), names.size() > 1 ? names[1] : "", names.size() > 2 ? names[2] : ""}});
  scene.reset_camera();
  write_png(render_offscreen(scene.renderer(), width, height), out);
  return kExitOk;
}

}  // namespace flowscope::cli
