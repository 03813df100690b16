#include "core/langevin/fokker_planck.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <string>

#include "core/errors.h"

namespace flowscope {
namespace {

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

// B(w) = w / (e^w - 1): positive, B(0) = 1, B(w) - B(-w) = -w.
double bernoulli(double w) {
  if (std::fabs(w) < 1e-8) return 1.0 - 0.5 * w;
  return w / std::expm1(w);  // expm1 overflows to inf for w > ~709: B -> 0, as it should
}

void require_positive(const char* name, double value) {
  if (!(value > 0) || !std::isfinite(value)) {
    std::string message = "Fokker-Planck: ";
    message += name;
    message += " must be positive and finite, got ";
    message += number_text(value);
    throw InputError(message);
  }
}

// Cells updated between polls of the cancel flag and progress reports.
constexpr double kPollCells = 1 << 20;

}  // namespace

FokkerPlanck::FokkerPlanck(const FokkerPlanckSpec& spec, std::vector<double> initial_masses)
    : spec_(spec), mass_(std::move(initial_masses)) {
  if (!spec_.potential) throw InputError("Fokker-Planck: no potential");
  require_positive("kT", spec_.kT);
  require_positive("gamma", spec_.gamma);
  if (!(spec_.max_step >= 0) || !std::isfinite(spec_.max_step)) {
    std::string message = "Fokker-Planck: the time step limit must be positive (or 0 for automatic), got ";
    message += number_text(spec_.max_step);
    throw InputError(message);
  }
  if (!(spec_.safety > 0 && spec_.safety <= 1)) {
    std::string message = "Fokker-Planck: safety factor must lie in (0, 1], got ";
    message += number_text(spec_.safety);
    throw InputError(message);
  }
  const Grid& grid = spec_.grid;
  if (grid.dimension != 1 && grid.dimension != 2)
    throw InputError("Fokker-Planck: the grid must be 1-D or 2-D (see make_grid)");
  // mass, next, exit, energies + Boltzmann masses, and two rates per axis.
  check_grid_memory(grid, 8.0 * (5 + 2 * grid.dimension), "Fokker-Planck solver");
  // Dimension, parameter count and finite energies first: they name the potential.
  const std::vector<double> energy = cell_energies(*spec_.potential, spec_.parameters, grid);
  boltzmann_ = boltzmann_distribution(energy, grid, spec_.kT);
  const std::size_t n = grid.size();
  if (mass_.size() != n) {
    std::string message = "Fokker-Planck: ";
    message += std::to_string(mass_.size());
    message += " initial masses for a grid of ";
    message += std::to_string(n);
    message += " cells";
    throw InputError(message);
  }
  double total = 0.0;
  for (double m : mass_) {
    if (!(m >= 0) || !std::isfinite(m))
      throw InputError("Fokker-Planck: initial masses must be finite and non-negative");
    total += m;
  }
  if (!(total > 0)) throw InputError("Fokker-Planck: the initial masses are all zero");


  const double diffusion = spec_.kT / spec_.gamma;
  exit_.assign(n, 0.0);
  const std::size_t ny = grid.cells[1];
  for (int axis = 0; axis < grid.dimension; ++axis) {
    const double h = grid.width(axis);
    const double scale = diffusion / (h * h);
    const std::size_t stride = axis == 0 ? ny : 1;
    plus_[axis].assign(n, 0.0);
    minus_[axis].assign(n, 0.0);
    for (std::size_t ix = 0; ix < grid.cells[0]; ++ix)
      for (std::size_t iy = 0; iy < ny; ++iy) {
        const std::size_t along = axis == 0 ? ix : iy;
        if (along + 1 == grid.cells[axis]) continue;  // wall: no flux
        const std::size_t c = grid.index(ix, iy), d = c + stride;
        const double w = (energy[d] - energy[c]) / spec_.kT;
        plus_[axis][c] = scale * bernoulli(w);    // c -> d
        minus_[axis][d] = scale * bernoulli(-w);  // d -> c
      }
    for (std::size_t c = 0; c < n; ++c) exit_[c] += plus_[axis][c] + minus_[axis][c];
  }
  const double max_exit = *std::max_element(exit_.begin(), exit_.end());
  step_ = max_exit > 0 ? spec_.safety / max_exit : std::numeric_limits<double>::infinity();
  if (spec_.max_step > 0) step_ = std::min(step_, spec_.max_step);
  if (!std::isfinite(step_)) step_ = 1.0;  // a single cell: nothing moves
  next_.assign(n, 0.0);
}

double FokkerPlanck::mass() const {
  double total = 0.0;
  for (double m : mass_) total += m;
  return total;
}

template <bool TwoD>
void FokkerPlanck::step_once(double dt) {
  const std::size_t n = mass_.size();
  const std::size_t sx = TwoD ? spec_.grid.cells[1] : 1;  // stride along x
  const double* m = mass_.data();
  const double* exit = exit_.data();
  const double* px = plus_[0].data();
  const double* mx = minus_[0].data();
  const double* py = TwoD ? plus_[1].data() : nullptr;
  const double* my = TwoD ? minus_[1].data() : nullptr;
  double* out = next_.data();
  // Every term is >= 0 (dt * exit <= safety <= 1); the rates into a wall
  // cell from outside are 0, so out-of-row neighbours contribute nothing
  // and only the array ends need guards.
  auto cell = [&](std::size_t c) {
    double gain = 0.0;
    if (c >= sx) gain += px[c - sx] * m[c - sx];
    if (c + sx < n) gain += mx[c + sx] * m[c + sx];
    if constexpr (TwoD) {
      if (c >= 1) gain += py[c - 1] * m[c - 1];
      if (c + 1 < n) gain += my[c + 1] * m[c + 1];
    }
    out[c] = m[c] * (1.0 - dt * exit[c]) + dt * gain;
  };
  const std::size_t lo = std::min(n, sx), hi = n > sx ? n - sx : 0;
  for (std::size_t c = 0; c < lo; ++c) cell(c);
  const auto begin = static_cast<std::ptrdiff_t>(lo), end = static_cast<std::ptrdiff_t>(std::max(lo, hi));
#pragma omp parallel for schedule(static) if (n > 32768)
  for (std::ptrdiff_t k = begin; k < end; ++k) {
    const auto c = static_cast<std::size_t>(k);
    double gain = px[c - sx] * m[c - sx] + mx[c + sx] * m[c + sx];
    if constexpr (TwoD) gain += py[c - 1] * m[c - 1] + my[c + 1] * m[c + 1];
    out[c] = m[c] * (1.0 - dt * exit[c]) + dt * gain;
  }
  for (std::size_t c = std::max(lo, hi); c < n; ++c) cell(c);
  mass_.swap(next_);
}

RunStatus FokkerPlanck::advance_to(double t, const RunControl& control) {
  if (!std::isfinite(t) || t < time_) {
    std::string message = "Fokker-Planck: cannot advance to t = ";
    message += number_text(t);
    message += " from t = ";
    message += number_text(time_);
    throw InputError(message);
  }
  const double start = time_, span = t - time_;
  if (span == 0) {
    if (control.progress) control.progress(1.0);
    return RunStatus::Success;
  }
  const double count = std::ceil(span / step_);
  if (count > 1e15) throw InputError("Fokker-Planck: t_end / step is too large (" + number_text(count) + " steps)");
  const auto substeps = static_cast<std::uint64_t>(count);
  const double dt = span / static_cast<double>(substeps);
  const auto poll = static_cast<std::uint64_t>(std::max(1.0, kPollCells / static_cast<double>(mass_.size())));
  for (std::uint64_t k = 0; k < substeps; ++k) {
    if (k % poll == 0) {
      if (control.cancel && control.cancel->load(std::memory_order_relaxed)) return RunStatus::Cancelled;
      if (control.progress && k > 0) control.progress(static_cast<double>(k) / static_cast<double>(substeps));
    }
    if (spec_.grid.dimension == 2)
      step_once<true>(dt);
    else
      step_once<false>(dt);
    ++steps_;
    time_ = k + 1 == substeps ? t : start + static_cast<double>(k + 1) * dt;
  }
  if (control.progress) control.progress(1.0);
  return RunStatus::Success;
}

FokkerPlanckSnapshots solve_fokker_planck(const FokkerPlanckSpec& spec, std::vector<double> initial_masses,
                                          std::span<const double> times, const RunControl& control) {
  double previous = 0.0;
  for (double t : times) {
    if (!std::isfinite(t) || t < previous) {
      std::string message = "Fokker-Planck: snapshot times must be finite, >= 0 and non-decreasing; got ";
      message += number_text(t);
      message += " after ";
      message += number_text(previous);
      throw InputError(message);
    }
    previous = t;
  }
  FokkerPlanck solver(spec, std::move(initial_masses));
  FokkerPlanckSnapshots result;
  result.step = solver.step();
  const double t_last = times.empty() ? 0.0 : times.back();
  for (double t : times) {
    RunControl inner;
    inner.cancel = control.cancel;
    if (control.progress && t_last > 0) {
      const double from = solver.time() / t_last, to = t / t_last;
      inner.progress = [&control, from, to](double f) { control.progress(from + f * (to - from)); };
    }
    result.status = solver.advance_to(t, inner);
    result.steps = solver.steps();
    if (result.status != RunStatus::Success) return result;
    result.times.push_back(t);
    result.masses.push_back(solver.masses());
  }
  if (control.progress) control.progress(1.0);
  return result;
}

}  // namespace flowscope
