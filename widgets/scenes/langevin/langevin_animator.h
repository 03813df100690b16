#pragma once
// Animates a Langevin ensemble: at each tick a worker advances every particle
// a few steps, then measures the ensemble (total-variation distance to the
// Boltzmann density, mean energies, the references of ReferenceTracker) and packs a float32 frame of at most
// kMaxDrawn particles; the frame arrives on the GUI thread. Settings (kT,
// gamma, m, dt) and non-structural parameters apply live between advances; a
// tick that finds the worker busy is skipped.
#include <QObject>
#include <QTimer>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "widgets/render/langevin_geometry.h"
#include "core/langevin/dynamics.h"
#include "core/langevin/reference_tracker.h"
#include "widgets/panels/job_runner.h"

namespace flowscope {

struct LangevinFrame {
  std::vector<float> xyz;  // drawn particles x 3, interleaved (x, y, height)
  std::size_t drawn = 0;
  std::size_t count = 0;  // all particles
  double time = 0.0;
  std::uint64_t steps = 0;
  double tv = -1.0;  // < 0: not measured (dimension above 2)
  double mean_energy = 0.0;
  double kinetic_per_dof = -1.0;  // <m v^2>/2 per degree of freedom; < 0 for overdamped runs
  std::vector<double> phase_x, phase_v;  // underdamped: (x, v_x) of a subset
  LangevinSettings settings;              // the ensemble's settings after the advance
  ReferenceReadings references;  // Fokker-Planck, OU and Kramers beside the ensemble
  bool unstable = false;
  QString message;  // the blow-up, when unstable
};

class LangevinAnimator : public QObject {
  Q_OBJECT

 public:
  static constexpr int kFrameIntervalMs = 33;
  static constexpr std::size_t kMaxDrawn = 20'000;
  static constexpr std::size_t kMaxPhasePoints = 2'000;
  static constexpr std::size_t kCells2d = 40, kCells1d = 100;

  explicit LangevinAnimator(QObject* parent = nullptr);

  // A new ensemble at t = 0 (throws InputError for a bad spec or count); the
  // height map is how particles are lifted onto the drawn potential.
  void restart(const LangevinSpec& spec, std::size_t count, const HeightMap& heights);
  // Live changes, applied on the worker before the next advance.
  void setSettings(const LangevinSettings& settings) { pending_settings_ = settings; }
  void setParameters(std::vector<double> parameters, const HeightMap& heights);
  // How particles are lifted onto the drawn landscape (surface or flat map);
  // a paused ensemble is redrawn at once, a running one with its next frame.
  void setHeights(const HeightMap& heights);
  void setStepsPerFrame(int steps) { steps_per_frame_ = std::max(1, steps); }
  int stepsPerFrame() const { return steps_per_frame_; }
  void setRunning(bool running);
  bool isRunning() const { return timer_.isActive(); }
  bool isBusy() const { return runner_.isRunning(); }
  bool hasEnsemble() const { return ensemble_ != nullptr; }
  // One frame's worth of steps now (if the worker is free); false if busy.
  bool step();

 signals:
  void frameReady(std::shared_ptr<const flowscope::LangevinFrame> frame);
  void failed(const QString& message);

 private:
  void tick();

  QTimer timer_;
  JobRunner runner_;
  std::shared_ptr<LangevinEnsemble> ensemble_;
  std::shared_ptr<ReferenceTracker> references_;  // touched by the worker only, one job at a time
  std::optional<LangevinSettings> pending_settings_;
  std::optional<std::vector<double>> pending_parameters_;
  HeightMap heights_;
  int steps_per_frame_ = 10;
};

}  // namespace flowscope
