#pragma once
// Problem -> integrate -> Trajectory: an immutable problem, a stepper run to
// the end, and a solution that carries its samples and a status.
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

enum class Method { Rk4 };

// "rk4" -> Method::Rk4; throws InputError naming the known methods.
Method parse_method(std::string_view name);

struct Problem {
  const System* system = nullptr;
  std::vector<double> parameters;
  std::vector<double> initial_state;
  double t_end = 0.0;
  double dt = 0.0;
};

// A problem with the system's defaults and its recommended time step.
Problem default_problem(const System& system, double t_end);

// A run longer than this many samples is refused before it starts: at three
// doubles per sample it would need gigabytes.
inline constexpr std::size_t kMaxSamples = 20'000'000;

// Number of samples (initial state included) a run of this problem stores.
std::size_t sample_count(const Problem& problem);

// Throws InputError naming what is wrong: no system, non-finite or
// non-positive t_end or dt, a wrong-sized initial state, too many samples.
void validate(const Problem& problem);

enum class RunStatus {
  Success,
  Cancelled,  // the cancel flag was raised; samples so far are kept
  Unstable,   // the state left the finite numbers; samples up to the blow-up are kept
};

struct Trajectory {
  int dimension = 0;
  std::vector<double> times;
  std::vector<double> states;  // row-major: sample i is states[i*dimension .. +dimension)
  RunStatus status = RunStatus::Success;
  std::string message;  // why a run did not succeed

  std::size_t samples() const { return times.size(); }
  const double* state(std::size_t i) const { return states.data() + i * dimension; }
};

struct RunControl {
  const std::atomic<bool>* cancel = nullptr;       // polled every few thousand steps
  std::function<void(double fraction)> progress;  // called from the running thread
};

// Integrates from t = 0 to t_end with steps of dt (the last one shortened to
// land on t_end), storing every step. Validates the problem first.
Trajectory integrate(const Problem& problem, Method method, const RunControl& control = {});

// |f(t, x)| at every sample: the speed along the trajectory.
std::vector<double> speeds(const Problem& problem, const Trajectory& trajectory);

}  // namespace flowscope
