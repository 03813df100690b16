#include "core/integrate/recorder.h"

#include <cmath>

#include "core/io/number_format.h"

namespace flowscope {
namespace {

constexpr std::size_t kCallsBetweenPolls = 4096;

// Beyond this magnitude a state is treated as a blow-up even while finite:
// one more step would overflow squares in most vector fields.
constexpr double kBlowUpMagnitude = 1e150;

}  // namespace

TrajectoryRecorder::TrajectoryRecorder(const Problem& problem, const RunControl& control) : control_(control) {
  trajectory_.dimension = problem.system->dimension();
  const std::size_t samples = sample_count(problem);
  trajectory_.times.reserve(samples);
  trajectory_.states.reserve(samples * trajectory_.dimension);
}

bool TrajectoryRecorder::record(double t, const double* x) {
  for (int i = 0; i < trajectory_.dimension; ++i) {
    if (!(std::fabs(x[i]) < kBlowUpMagnitude)) {  // false for NaN too
      fail("the state blew up at t = " + format_double(t) + "; try a smaller time step or other parameters");
      return false;
    }
  }
  trajectory_.times.push_back(t);
  trajectory_.states.insert(trajectory_.states.end(), x, x + trajectory_.dimension);
  return true;
}

bool TrajectoryRecorder::interrupted(double fraction_done) {
  if (++polls_ % kCallsBetweenPolls != 0) return false;
  if (control_.cancel && control_.cancel->load(std::memory_order_relaxed)) {
    trajectory_.status = RunStatus::Cancelled;
    trajectory_.message = "cancelled";
    return true;
  }
  if (control_.progress) control_.progress(fraction_done);
  return false;
}

void TrajectoryRecorder::fail(std::string message) {
  trajectory_.status = RunStatus::Unstable;
  trajectory_.message = std::move(message);
}

Trajectory TrajectoryRecorder::finish() {
  if (trajectory_.status == RunStatus::Success && control_.progress) control_.progress(1.0);
  return std::move(trajectory_);
}

}  // namespace flowscope
