#pragma once
// flowscope --bench: how interactive the GUI is, measured on real windows
// (run it under Xvfb or on a desktop). Prints one JSON object:
//   edit_latency_median_ms, edit_latency_p95_ms  parameter edit of the Lorenz
//       scene (50,000 RK4 steps) to the new picture rendered, over 100 edits;
//   langevin_1e6_fps  frames per second of the Langevin scene with 10^6
//       particles (one integrator step per frame, statistics on all, a
//       subset drawn);
//   max_stall_ms  the longest time the GUI thread's event loop was blocked
//       during either part (and each part's own figure).
// Goals (issue 11): median < 50 ms, >= 20 fps, no stall over 50 ms.
#include <string>

namespace flowscope {

// Runs both parts and returns the JSON text; needs a QApplication.
std::string run_interactive_bench(int edits = 100, double langevin_seconds = 6.0);

}  // namespace flowscope
