#include "app/gui/interactive_bench.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "app/gui/main_window.h"
#include "core/io/number_format.h"
#include "widgets/panels/parameter_panel.h"
#include "widgets/scenes/langevin/langevin_window.h"

namespace flowscope {
namespace {

// The longest gap between ticks of a fast timer: how long the event loop
// was kept from running (minus the tick itself).
class StallMonitor {
 public:
  StallMonitor() {
    timer_.setInterval(kTickMs);
    QObject::connect(&timer_, &QTimer::timeout, [this] {
      if (clock_.isValid()) max_gap_ = std::max(max_gap_, clock_.nsecsElapsed() * 1e-6 - kTickMs);
      clock_.start();
    });
  }
  void start() {
    max_gap_ = 0.0;
    clock_.invalidate();
    timer_.start();
  }
  double stop() {
    timer_.stop();
    return std::max(0.0, max_gap_);
  }

 private:
  static constexpr int kTickMs = 2;
  QTimer timer_;
  QElapsedTimer clock_;
  double max_gap_ = 0.0;
};

// Runs the event loop until the signal fires (or the timeout passes).
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, int timeout_ms) {
  QEventLoop loop;
  bool fired = false;
  auto connection = QObject::connect(sender, signal, &loop, [&] {
    fired = true;
    loop.quit();
  });
  QTimer::singleShot(timeout_ms, &loop, &QEventLoop::quit);
  loop.exec();
  QObject::disconnect(connection);
  return fired;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const double pos = p * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(pos);
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (pos - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

std::string number(double v) { return format_double(std::round(v * 1000.0) / 1000.0); }

}  // namespace

std::string run_interactive_bench(int edits, double langevin_seconds) {
  StallMonitor stalls;

  // (a) Lorenz: each edit of rho to the new picture rendered.
  std::vector<double> latencies;
  double lorenz_stall = 0.0;
  {
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    waitFor(&window, &ChaoticWindow::trajectoryShown, 60'000);
    ParameterPanel* panel = window.parameterPanel();
    const int rho_row = 1;  // sigma, rho, beta
    stalls.start();
    for (int i = 0; i < edits; ++i) {
      QElapsedTimer clock;
      clock.start();
      panel->setValue(rho_row, 24.0 + 8.0 * (i % 10) / 10.0 + 0.01 * i);  // a new value every time
      if (!waitFor(&window, &ChaoticWindow::trajectoryShown, 30'000)) break;
      latencies.push_back(clock.nsecsElapsed() * 1e-6);
      QTest::qWait(5);  // a user's edits are not back to back
    }
    lorenz_stall = stalls.stop();
  }

  // (b) Langevin with 10^6 particles, one step per frame.
  double fps = 0.0, langevin_stall = 0.0;
  {
    LangevinWindow window;
    window.resize(1400, 900);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    SceneState state = window.sceneState();
    state.set("particles", 1'000'000LL);
    state.set("steps_per_frame", 1LL);
    state.camera.reset();
    QString error;
    window.applySceneState(state, &error);
    waitFor(&window, &SceneFrame::sceneDrawn, 60'000);
    int frames = 0;
    QObject::connect(&window, &LangevinWindow::frameShown, [&frames] { ++frames; });
    stalls.start();
    window.play();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < langevin_seconds * 1000.0) QTest::qWait(20);
    const double seconds = clock.nsecsElapsed() * 1e-9;
    window.pause();
    langevin_stall = stalls.stop();
    fps = frames / seconds;
  }

  const double median = latencies.empty() ? 0.0 : percentile(latencies, 0.5);
  const double p95 = latencies.empty() ? 0.0 : percentile(latencies, 0.95);
  std::string json = "{\n";
  json += "  \"edit_latency_median_ms\": " + number(median) + ",\n";
  json += "  \"edit_latency_p95_ms\": " + number(p95) + ",\n";
  json += "  \"edits\": " + std::to_string(latencies.size()) + ",\n";
  json += "  \"langevin_1e6_fps\": " + number(fps) + ",\n";
  json += "  \"max_stall_ms\": " + number(std::max(lorenz_stall, langevin_stall)) + ",\n";
  json += "  \"lorenz_max_stall_ms\": " + number(lorenz_stall) + ",\n";
  json += "  \"langevin_max_stall_ms\": " + number(langevin_stall) + ",\n";
  json += "  \"goals\": {\"edit_latency_median_ms\": 50, \"langevin_1e6_fps\": 20, \"max_stall_ms\": 50}\n}\n";
  return json;
}

}  // namespace flowscope
