#pragma once
// The density of overdamped Langevin dynamics, dx = -grad U / gamma dt +
// sqrt(2 kT / gamma) dW, on a grid: the Fokker-Planck (Smoluchowski) equation
//   dp/dt = div( (grad U / gamma) p + (kT / gamma) grad p )
// on a 1-D or 2-D box with no-flux walls.
//
// Scheme: finite volumes on the cell-centred Grid with Scharfetter-Gummel
// (exponentially fitted) fluxes. Between neighbouring cells c, c' at distance
// h along one axis, with D = kT/gamma and w = (U_c' - U_c)/kT,
//   J(c -> c') = D/h^2 [ B(w) m_c - B(-w) m_c' ],  B(w) = w / (e^w - 1) > 0,
// in cell masses m. This is a master equation (a Markov jump process): the
// rates D/h^2 B(+-w) are positive, the walls have none, and detailed balance
// m_c' / m_c = B(w)/B(-w) = e^{-w} makes the discrete Boltzmann masses
// exp(-U_c/kT)/Z (boltzmann_distribution) its exact stationary state.
//
// Time stepping: explicit Euler written as gain + loss,
//   m_c <- m_c (1 - dt r_c) + dt sum_{c'} a(c' -> c) m_c',
// with r_c the total exit rate of cell c. For dt <= 1 / max_c r_c every
// term is non-negative, so densities stay >= 0 in floating point and the
// total mass changes only by rounding (it is a stochastic matrix). The step
// used is safety / max_c r_c (safety 0.9 by default); since
// B(-|w|) = |w| + B(|w|) <= 1 + |w|, this is at least
//   safety / sum_axes 2 (D / h^2) (1 + max |U_c' - U_c| / kT),
// the diffusive bound h^2 / (2 d D) that turns into the advective one
// gamma h / |grad U| when drift dominates. Each advance is split into equal
// sub-steps no longer than that, landing exactly on the requested time.
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "core/integrate/trajectory.h"  // RunControl, RunStatus
#include "core/langevin/boltzmann.h"

namespace flowscope {

struct FokkerPlanckSpec {
  std::shared_ptr<const Potential> potential;
  std::vector<double> parameters;  // one per potential parameter
  Grid grid;                       // 1-D or 2-D, the potential's dimension
  double kT = 1.0;                 // > 0
  double gamma = 1.0;              // friction, > 0
  double max_step = 0.0;           // 0: automatic; > 0: never step longer (still capped by stability)
  double safety = 0.9;             // fraction of the positivity bound 1 / max exit rate, in (0, 1]
};

class FokkerPlanck {
 public:
  // initial_masses: one non-negative finite value per cell, not all zero
  // (e.g. gaussian_masses). They are not renormalised. Throws InputError
  // naming the problem: no potential, wrong dimension or parameter count,
  // kT, gamma, max_step or safety out of range, a grid too large for memory,
  // bad initial masses.
  FokkerPlanck(const FokkerPlanckSpec& spec, std::vector<double> initial_masses);

  const Grid& grid() const { return spec_.grid; }
  const FokkerPlanckSpec& spec() const { return spec_; }
  double time() const { return time_; }
  std::uint64_t steps() const { return steps_; }           // sub-steps taken so far
  const std::vector<double>& masses() const { return mass_; }  // cell masses at time()
  double step() const { return step_; }                    // the longest sub-step used
  double mass() const;                                     // sum of the cell masses
  // exp(-U/kT)/Z on the same grid: the scheme's exact stationary state.
  const BoltzmannDistribution& boltzmann() const { return boltzmann_; }

  // Advances to time t >= time(). Returns Success, or Cancelled when the
  // control's flag was raised (polled every ~10^6 cell updates); then time()
  // tells how far it got. Progress goes from 0 to 1 over this call.
  // Throws InputError for t < time() or not finite.
  RunStatus advance_to(double t, const RunControl& control = {});

 private:
  template <bool TwoD>
  void step_once(double dt);

  FokkerPlanckSpec spec_;
  BoltzmannDistribution boltzmann_;
  std::vector<double> mass_, next_;
  std::vector<double> exit_;            // total exit rate per cell
  std::vector<double> plus_[2], minus_[2];  // rate to the +/- neighbour along each axis (0 at walls)
  double step_ = 0.0;
  double time_ = 0.0;
  std::uint64_t steps_ = 0;
};

struct FokkerPlanckSnapshots {
  std::vector<double> times;                // the requested times reached
  std::vector<std::vector<double>> masses;  // cell masses at each of them
  RunStatus status = RunStatus::Success;    // Cancelled: fewer snapshots than asked
  std::uint64_t steps = 0;
  double step = 0.0;
};

// Runs from t = 0 and keeps the cell masses at each of times (finite,
// >= 0, non-decreasing; InputError otherwise). Progress runs over the whole
// span to the last time.
FokkerPlanckSnapshots solve_fokker_planck(const FokkerPlanckSpec& spec, std::vector<double> initial_masses,
                                          std::span<const double> times, const RunControl& control = {});

}  // namespace flowscope
