#pragma once
// A parameter sweep: one measure of a system computed at every cell of a 1-D
// or 2-D grid over its parameters. A cell's values depend only on the spec and
// the cell's index, never on which thread or rank computed it, so a sweep gives
// the same bytes however it is split.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/lyapunov.h"
#include "core/analysis/orbit_diagram.h"
#include "core/integrate/trajectory.h"
#include "core/langevin/dynamics.h"
#include "core/langevin/references.h"

namespace flowscope {

// count values of one parameter, linearly spaced from 'from' to 'to' (both
// included; count 1 means just 'from'). from > to is allowed: the axis runs down.
struct SweepAxis {
  std::string name;
  std::size_t parameter = 0;  // index into the system's parameters
  double from = 0.0;
  double to = 0.0;
  std::size_t count = 0;

  double value(std::size_t i) const;
  std::vector<double> values() const;
};

// "NAME=FROM:TO:COUNT[,NAME=FROM:TO:COUNT]" against system's parameters.
// For an escape-rate sweep the names are kT, gamma, mass or the potential's
// parameters (parse_escape_grid); SweepAxis::parameter then indexes that list.
// Throws InputError naming the piece that is wrong: not three fields, a bound
// that is not a finite number, COUNT not a whole number from 1 to 1e7, an
// unknown or structural parameter, the same parameter twice, more than two axes.
std::vector<SweepAxis> parse_sweep_grid(std::string_view text, const System& system);
std::vector<SweepAxis> parse_escape_grid(std::string_view text, const Potential& potential);
// The names an escape-rate axis can take, in the order SweepAxis::parameter counts them.
std::vector<std::string> escape_axis_names(const Potential& potential);

enum class SweepMeasure {
  LyapunovMax,       // lambda_1 alone (one tangent vector)
  LyapunovSpectrum,  // all exponents (or the largest lyapunov.count), descending
  KaplanYorke,       // the Kaplan-Yorke dimension of the full spectrum
  OrbitDiagram,      // the local maxima of one variable, in time order, NaN after the last
  EscapeRate,        // Langevin well-to-well rate: measured, its Poisson error, Kramers' rate
};

// The escape-rate measure: N particles in a two-well potential (wells on the
// x axis, as kramers_estimate needs), a transient, then `steps` steps observed
// every observe_every steps by an EscapeCounter; the values are its left ->
// right rate, the rate's standard error, and Kramers' (or Kramers-Langer's)
// rate at the cell's kT, gamma (and mass for underdamped methods).
struct EscapeSweep {
  std::shared_ptr<const Potential> potential;
  std::vector<double> parameters;  // the potential's, in its order (not on the grid: these values)
  LangevinMethod method = LangevinMethod::EulerMaruyama;
  LangevinSettings settings;       // kT, gamma, mass, dt (not on the grid: these values)
  std::size_t particles = 1000;
  double transient = 1.0;          // time run before counting
  std::uint64_t steps = 100'000;   // steps counted after the transient
  std::uint64_t observe_every = 10;
  std::uint64_t seed = 0;
};

// "lyapunov-max", "lyapunov-spectrum", "kaplan-yorke", "orbit-diagram";
// throws InputError naming the known measures.
SweepMeasure parse_sweep_measure(std::string_view name);
std::string_view sweep_measure_name(SweepMeasure measure);
// The names parse_sweep_measure knows, comma-separated.
std::string sweep_measure_names();

struct SweepSpec {
  // The system, the parameters not on the grid, the initial state of every
  // cell, dt, and t_end: the averaging time of the Lyapunov measures (the
  // orbit diagram runs orbit.transient + orbit.sample instead).
  Problem problem;
  std::vector<SweepAxis> axes;  // one or two; the first is the slow (row) index
  SweepMeasure measure = SweepMeasure::LyapunovMax;
  LyapunovOptions lyapunov;     // transient, renormalisation interval, count (spectrum)
  OrbitDiagramOptions orbit;    // variable, transient, sample, max_maxima (the range comes from the axis)
  EscapeSweep escape;           // the escape-rate measure: problem.system is then not used
};

// Throws InputError for a bad spec: the problem (validate()), no or more than
// two axes, an axis over a structural parameter, an orbit diagram with more than
// 100000 maxima per cell, a grid of more than 1e9 cells or of more than 1e10 values.
void validate(const SweepSpec& spec);

std::size_t cell_count(const SweepSpec& spec);
// Values stored per cell: 1, the exponent count, or orbit.max_maxima.
std::size_t values_per_cell(const SweepSpec& spec);
// Shape of the result array: the axis counts, then values_per_cell when it is not 1.
std::vector<std::size_t> result_shape(const SweepSpec& spec);
// The grid indices (one per axis) of a cell, the first axis slowest.
std::vector<std::size_t> cell_indices(const SweepSpec& spec, std::size_t cell);
// The problem at a cell: the spec's problem with the axes' values set.
Problem cell_problem(const SweepSpec& spec, std::size_t cell);

// The Langevin run at a cell of an escape-rate sweep: kT, gamma, mass and the
// potential's parameters with the axes' values set.
LangevinSpec cell_langevin(const SweepSpec& spec, std::size_t cell);
// Kramers' estimate for a Langevin run (underdamped methods use its mass); nullopt without two wells.
std::optional<KramersEstimate> langevin_kramers(const LangevinSpec& langevin);

// Every setting that changes a cell's values, one "key = value" line each
// (numbers in their exact shortest form). Two sweeps with the same text give
// the same values at every cell: a checkpoint stores it to refuse a resume
// with other settings.
std::string sweep_settings_text(const SweepSpec& spec);

}  // namespace flowscope
