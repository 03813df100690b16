#pragma once
// Follows a running Langevin ensemble with the references that apply to it,
// so that every frame can show the ensemble next to an exact answer:
//  - the Fokker-Planck density from the same initial density (1-D and 2-D,
//    overdamped methods, no periodic force), with the total-variation distance
//    between the ensemble's histogram and it on the same grid;
//  - for 'harmonic' (overdamped): the exact OU mean and variance along x;
//  - for two wells along x (1-D and 2-D): Kramers' escape rate beside the rate
//    an EscapeCounter measures.
// Live changes of kT, gamma, mass or the potential's parameters are followed:
// the solver restarts from its current density with the new values, and the
// escape statistics start afresh. Not thread-safe: one worker at a time.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/langevin/dynamics.h"
#include "core/langevin/fokker_planck.h"
#include "core/langevin/references.h"

namespace flowscope {

struct ReferenceReadings {
  double time = 0.0;
  // Densities along x (probability per unit length) at the grid's x cell centres.
  std::vector<double> x_centres;
  std::vector<double> ensemble_density, boltzmann_density;
  std::vector<double> fokker_planck_density;  // empty when the solver does not apply
  double tv_to_fokker_planck = -1.0;          // < 0: not available
  // OU: along x, measured over all particles and exact.
  bool has_ou = false;
  double ou_mean = 0.0, ou_variance = 0.0, measured_mean = 0.0, measured_variance = 0.0;
  // Kramers: the formula and the measured rate from the left well.
  std::optional<KramersEstimate> kramers;
  double escape_rate = 0.0, escape_rate_error = 0.0;  // NaN until a transition is seen
  std::uint64_t escapes = 0;
  double barrier_over_kT = 0.0;
  // Why a reference is missing (e.g. "no Fokker-Planck reference with a periodic force").
  std::vector<std::string> notes;
};

class ReferenceTracker {
 public:
  static constexpr std::size_t kCells1d = 100, kCells2d = 40;

  // Starts the references from the ensemble as it is (normally t = 0 with the
  // default blob, whose exact cell masses start the Fokker-Planck solver).
  explicit ReferenceTracker(const LangevinEnsemble& ensemble);

  // Call after the ensemble's settings or parameters changed (before advancing).
  void settings_changed(const LangevinEnsemble& ensemble);
  // Call after every advance: brings every reference to ensemble.time().
  ReferenceReadings observe(const LangevinEnsemble& ensemble);

 private:
  void rebuild_solver(const LangevinEnsemble& ensemble, std::vector<double> masses);
  void find_kramers(const LangevinEnsemble& ensemble);

  int dimension_;
  bool overdamped_;
  LangevinSettings settings_;
  std::vector<double> parameters_;
  std::optional<Grid> grid_;
  std::unique_ptr<FokkerPlanck> solver_;
  double solver_start_ = 0.0;  // ensemble time at which the solver's clock started
  std::vector<std::string> notes_;
  std::optional<std::size_t> ou_k_;  // index of 'k' for the harmonic potential
  OuMoments ou_;
  std::optional<KramersEstimate> kramers_;
  std::unique_ptr<EscapeCounter> escapes_;
  double last_time_ = 0.0;
  bool switched_off_ = false;  // a periodic force was turned on: no references until a reset
};

}  // namespace flowscope
