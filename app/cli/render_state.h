#pragma once
// flowscope-cli render --state: builds the scene window of the state's kind
// (the same code as the GUI) under an X display, waits until the state's
// computation is drawn, and renders its view(s) off-screen to PNG, side by
// side when a scene has two.
#include <string>

namespace flowscope::cli {

void render_state(const std::string& state_path, const std::string& out, int width, int height);

}  // namespace flowscope::cli
