#include "core/langevin/reference_tracker.h"

#include <cmath>
#include <string>

#include "core/errors.h"

namespace flowscope {
namespace {

std::vector<double> parameters_of(const LangevinEnsemble& ensemble) {
  const auto& p = ensemble.spec().parameters;
  return p.empty() ? default_parameters(ensemble.potential()) : p;
}

bool forced(const LangevinSettings& s) { return s.force.amplitude != 0.0; }

// Cell masses along x as a density (per unit length).
std::vector<double> density_along_x(const Grid& grid, std::span<const double> masses) {
  std::vector<double> density = marginal(grid, masses, 0);
  for (double& d : density) d /= grid.width(0);
  return density;
}

}  // namespace

ReferenceTracker::ReferenceTracker(const LangevinEnsemble& ensemble)
    : dimension_(ensemble.dimension()),
      overdamped_(!is_underdamped(ensemble.method())),
      settings_(ensemble.settings()),
      parameters_(parameters_of(ensemble)),
      last_time_(ensemble.time()) {
  const Potential& potential = ensemble.potential();
  if (dimension_ > 2) {
    notes_.push_back("densities and escape rates are drawn for 1-D and 2-D potentials only");
    return;
  }
  const auto box = potential.default_box(parameters_.data());
  grid_ = make_grid(box, dimension_ == 1 ? kCells1d : kCells2d);
  if (forced(settings_)) {
    notes_.push_back("no Fokker-Planck, OU or Kramers reference with a periodic force");
  } else if (!overdamped_) {
    notes_.push_back("the Fokker-Planck (Smoluchowski) reference is for overdamped methods");
  } else {
    // The ensemble's default start is this blob; its exact cell masses start the solver.
    std::vector<double> masses;
    if (ensemble.steps_done() == 0) {
      const GaussianBlob blob = default_blob(potential, parameters_);
      masses = gaussian_masses(*grid_, blob.centre, blob.sigma);
    } else {
      const auto y = dimension_ == 2 ? ensemble.positions(1) : std::span<const double>{};
      masses = histogram(*grid_, ensemble.positions(0), y).mass;
    }
    try {
      rebuild_solver(ensemble, std::move(masses));
    } catch (const InputError& e) {  // e.g. a typed U that is infinite somewhere in the box
      notes_.push_back(std::string("no Fokker-Planck reference: ") + e.what());
    }
  }
  if (potential.id() == "harmonic" && !forced(settings_)) {
    if (overdamped_) {
      ou_k_ = parameter_index(potential, "k");
      const LangevinStatistics stats = ensemble.statistics();
      for (int j = 0; j < dimension_; ++j) {
        ou_.mean.push_back(stats.mean[static_cast<std::size_t>(j)]);
        ou_.variance.push_back(stats.covariance[static_cast<std::size_t>(j * dimension_ + j)]);
      }
    } else {
      notes_.push_back("exact OU moments are drawn for overdamped methods");
    }
  }
  if (forced(settings_))
    switched_off_ = true;
  else
    find_kramers(ensemble);
}

void ReferenceTracker::rebuild_solver(const LangevinEnsemble& ensemble, std::vector<double> masses) {
  FokkerPlanckSpec spec;
  spec.potential = ensemble.spec().potential;
  spec.parameters = parameters_;
  spec.grid = *grid_;
  spec.kT = settings_.kT;
  spec.gamma = settings_.gamma;
  solver_ = std::make_unique<FokkerPlanck>(spec, std::move(masses));
  solver_start_ = ensemble.time();
}

void ReferenceTracker::find_kramers(const LangevinEnsemble& ensemble) {
  kramers_ = kramers_estimate(ensemble.potential(), parameters_, settings_.kT, settings_.gamma,
                              overdamped_ ? 0.0 : settings_.mass);
  if (!kramers_) {
    escapes_.reset();
    return;
  }
  if (escapes_)
    escapes_->reset_statistics();  // the particles keep their wells
  else
    escapes_ = std::make_unique<EscapeCounter>(kramers_->x_left, kramers_->x_right, ensemble.count());
}

void ReferenceTracker::settings_changed(const LangevinEnsemble& ensemble) {
  const LangevinSettings& now = ensemble.settings();
  const std::vector<double> parameters = parameters_of(ensemble);
  const bool physics_changed = now.kT != settings_.kT || now.gamma != settings_.gamma || now.mass != settings_.mass ||
                               parameters != parameters_;
  settings_ = now;
  parameters_ = parameters;
  if (forced(now) && !switched_off_) {
    // The references solve the unforced dynamics; they cannot pick up again
    // exactly once the force has acted, so they stay off until a reset.
    switched_off_ = true;
    solver_.reset();
    ou_k_.reset();
    kramers_.reset();
    escapes_.reset();
    notes_.push_back("the periodic force switched the Fokker-Planck, OU and Kramers references off (reset to get them back)");
  }
  if (!physics_changed || switched_off_) return;
  if (solver_) {
    try {
      rebuild_solver(ensemble, solver_->masses());  // the solver stands at the ensemble's time
    } catch (const InputError& e) {
      solver_.reset();
      notes_.push_back(std::string("no Fokker-Planck reference: ") + e.what());
    }
  }
  find_kramers(ensemble);
}

ReferenceReadings ReferenceTracker::observe(const LangevinEnsemble& ensemble) {
  ReferenceReadings r;
  r.time = ensemble.time();
  const double elapsed = r.time - last_time_;
  last_time_ = r.time;
  r.notes = notes_;
  const auto x = ensemble.positions(0);

  if (grid_) {
    const auto y = dimension_ == 2 ? ensemble.positions(1) : std::span<const double>{};
    const Histogram h = histogram(*grid_, x, y);
    for (std::size_t i = 0; i < grid_->cells[0]; ++i) r.x_centres.push_back(grid_->center(0, i));
    r.ensemble_density = density_along_x(*grid_, h.mass);
    try {
      const BoltzmannDistribution boltzmann =
          boltzmann_distribution(ensemble.potential(), parameters_, *grid_, settings_.kT);
      r.boltzmann_density = density_along_x(*grid_, boltzmann.mass);
    } catch (const InputError&) {  // U not finite somewhere: no Boltzmann curve
    }
    if (solver_) {
      solver_->advance_to(r.time - solver_start_);
      r.fokker_planck_density = density_along_x(*grid_, solver_->masses());
      // Particles outside the box are mass the solver does not have.
      const double escaped = static_cast<double>(h.outside + h.non_finite) / static_cast<double>(std::max<std::size_t>(h.total, 1));
      r.tv_to_fokker_planck = total_variation(h.mass, solver_->masses()) + 0.5 * escaped;
    }
  }
  if (ou_k_) {
    ou_ = advance_ou_moments(ou_, parameters_[*ou_k_], settings_.kT, settings_.gamma, elapsed);
    r.has_ou = true;
    r.ou_mean = ou_.mean[0];
    r.ou_variance = ou_.variance[0];
    double sum = 0.0, squares = 0.0;
    for (double v : x) sum += v;
    const double mean = sum / static_cast<double>(x.size());
    for (double v : x) squares += (v - mean) * (v - mean);
    r.measured_mean = mean;
    r.measured_variance = squares / static_cast<double>(x.size());
  }
  if (kramers_ && escapes_) {
    escapes_->observe(x, elapsed);
    r.kramers = kramers_;
    r.escape_rate = escapes_->rate_from_left();
    r.escape_rate_error = escapes_->rate_error_from_left();
    r.escapes = escapes_->left_to_right();
    r.barrier_over_kT = kramers_->barrier / settings_.kT;
  }
  return r;
}

}  // namespace flowscope
