#pragma once
// Problem -> integrate -> Trajectory: an immutable problem, a stepper run to
// the end, and a solution that carries its samples and a status.
#include <atomic>
#include <cstdint>
#include <memory>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/systems/system.h"

namespace flowscope {

enum class Method {
  Rk4,            // classical Runge-Kutta, fixed step dt
  Dopri5,         // Dormand-Prince 5(4), adaptive (rtol, atol), sampled every dt by dense output
  EulerMaruyama,  // stochastic, strong order 1/2 (1 for additive noise)
  Heun,           // stochastic Heun (Stratonovich), strong order 1 for diagonal noise
};

// "rk4", "dopri5", "em", "heun"; throws InputError naming the known methods.
Method parse_method(std::string_view name);
std::string_view method_name(Method method);
bool is_stochastic(Method method);

struct Problem {
  std::shared_ptr<const System> system;
  std::vector<double> parameters;
  std::vector<double> initial_state;
  double t_end = 0.0;
  double dt = 0.0;     // the step (fixed-step methods) or the output interval (dopri5)
  double rtol = 1e-8;  // dopri5 tolerances
  double atol = 1e-10;
  // Stochastic methods: additive noise of this strength on every component,
  // used when the system has no diffusion of its own.
  double noise = 0.0;
  std::uint64_t seed = 0;
};

// A problem with the system's defaults and its recommended time step.
Problem default_problem(std::shared_ptr<const System> system, double t_end);

// After a structural parameter changed (Lorenz-96's N): swaps in the system
// of the right size and, if the size changed, its default initial state.
void apply_structure(Problem& problem);

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
