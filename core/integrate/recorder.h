#pragma once
// What every integration driver does besides stepping: store samples, stop
// at a blow-up (keeping what came before), poll the cancel flag, report progress.
#include <cstddef>

#include "core/integrate/trajectory.h"

namespace flowscope {

class TrajectoryRecorder {
 public:
  // Reserves room for every sample the problem asks for.
  TrajectoryRecorder(const Problem& problem, const RunControl& control);

  // Stores (t, x); on a non-finite or runaway state stores nothing, sets the
  // Unstable status and returns false.
  bool record(double t, const double* x);

  // Polls cancel and reports progress every few thousand calls; true when the
  // run must stop (status set to Cancelled).
  bool interrupted(double fraction_done);

  bool stopped() const { return trajectory_.status != RunStatus::Success; }
  void fail(std::string message);  // Unstable with this message
  Trajectory finish();

 private:
  const RunControl& control_;
  Trajectory trajectory_;
  std::size_t polls_ = 0;
};

}  // namespace flowscope
