#pragma once
// Reference densities for Langevin dynamics on a regular grid: the grid, the
// Boltzmann distribution exp(-U/kT)/Z, Gaussian starts, particle histograms,
// marginals and the total-variation distance. Densities are handled as CELL
// MASSES (the probability in each cell, summing to 1) unless a name says
// "density" (mass / cell volume).
#include <array>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "core/langevin/potential.h"

namespace flowscope {

// A cell-centred regular grid over a 1-D or 2-D box. Cell (ix, iy) has its
// value at index ix * cells[1] + iy (x-major: a NumPy array of shape
// (cells[0], cells[1]) indexed a[ix, iy]); in 1-D cells[1] == 1.
struct Grid {
  int dimension = 0;                    // 1 or 2
  std::array<double, 2> lo{0.0, 0.0};   // box corner (lo[1] = 0 in 1-D)
  std::array<double, 2> hi{1.0, 1.0};   // box corner (hi[1] = 1 in 1-D)
  std::array<std::size_t, 2> cells{1, 1};

  std::size_t size() const { return cells[0] * cells[1]; }
  double width(int axis) const { return (hi[axis] - lo[axis]) / static_cast<double>(cells[axis]); }
  double center(int axis, std::size_t i) const { return lo[axis] + (static_cast<double>(i) + 0.5) * width(axis); }
  double cell_volume() const { return dimension == 2 ? width(0) * width(1) : width(0); }
  std::size_t index(std::size_t ix, std::size_t iy = 0) const { return ix * cells[1] + iy; }
};

// At most this many cells (one double per cell is 1 GiB); solvers also check
// the memory they need against the machine's.
inline constexpr std::size_t kMaxGridCells = std::size_t(1) << 27;

// box: one [lo, hi] per dimension (1 or 2), finite with lo < hi; cells: per
// dimension, or one count for every dimension. Throws InputError naming the
// problem (bad box, zero cells, more than kMaxGridCells).
Grid make_grid(std::span<const std::pair<double, double>> box, std::span<const std::size_t> cells);
Grid make_grid(std::span<const std::pair<double, double>> box, std::size_t cells_per_dimension);

// Throws InputError when bytes_per_cell * cells exceeds half the machine's
// physical memory; what names the use ("Fokker-Planck solver").
void check_grid_memory(const Grid& grid, double bytes_per_cell, const char* what);

// U at every cell centre. Throws InputError if the potential's dimension is
// not the grid's, if the parameter count is wrong, or if U is not finite at
// some centre (the message gives the point).
std::vector<double> cell_energies(const Potential& potential, std::span<const double> parameters, const Grid& grid);

struct BoltzmannDistribution {
  std::vector<double> mass;  // cell masses exp(-U_c/kT) V / Z, sum 1
  double energy_min = 0.0;   // min of U over the cell centres
  double log_partition = 0.0;  // log Z, Z = sum_c exp(-U_c/kT) V (midpoint quadrature over the cells)
};

// exp(-U/kT)/Z on the grid, U at the cell centres. The minimum of U is
// subtracted before exponentiating, so any kT > 0 gives finite masses with
// the most likely cell > 0. Throws InputError for kT not positive and finite,
// and as cell_energies does.
BoltzmannDistribution boltzmann_distribution(const Potential& potential, std::span<const double> parameters,
                                             const Grid& grid, double kT);
// The same from precomputed cell energies.
BoltzmannDistribution boltzmann_distribution(std::span<const double> energies, const Grid& grid, double kT);

// Exact cell masses of an isotropic Gaussian N(center, sigma^2 I) (products
// of erf differences), renormalised to the box. sigma = 0 puts all mass in
// the cell holding center. Throws InputError if center has the wrong size,
// sigma < 0 or not finite, or the box holds (almost) none of the Gaussian.
std::vector<double> gaussian_masses(const Grid& grid, std::span<const double> center, double sigma);
// The same with one standard deviation per axis (the Langevin ensemble's
// default blob); a zero width puts that axis's mass in one cell.
std::vector<double> gaussian_masses(const Grid& grid, std::span<const double> center, std::span<const double> sigma);

// mass / cell volume, cell by cell.
std::vector<double> densities_from_masses(const Grid& grid, std::span<const double> masses);

enum class PointLayout {
  StructureOfArrays,  // coordinate j of point i at x[j * count + i] (the Ensemble's layout)
  RowMajor,           // coordinate j of point i at x[i * dimension + j]
};

struct Histogram {
  std::vector<double> mass;  // per cell: count / total (all points, outside ones included)
  std::size_t total = 0;     // points given
  std::size_t inside = 0;    // points in the box (its upper faces included)
  std::size_t outside = 0;   // finite points outside the box
  std::size_t non_finite = 0;  // points with a NaN or infinite coordinate
};

// Points binned on the grid. Cell masses sum to inside / total, so the
// escaped fraction (outside + non_finite) / total is visible rather than
// silently renormalised away.
Histogram histogram(const Grid& grid, const double* x, std::size_t count, PointLayout layout);
// The same from one array per coordinate (y ignored on a 1-D grid).
Histogram histogram(const Grid& grid, std::span<const double> x, std::span<const double> y = {});

// 1/2 sum |p - q|, in [0, 1] for two mass vectors that each sum to 1.
// Throws InputError if the sizes differ.
double total_variation(std::span<const double> p, std::span<const double> q);

// Marginal cell masses along one axis (0 = x, 1 = y) of a 2-D mass vector
// (summed over the other axis); in 1-D, axis 0 returns the masses unchanged.
std::vector<double> marginal(const Grid& grid, std::span<const double> masses, int axis = 0);

// Mean and variance along one axis of cell masses placed at cell centres
// (the variance includes the grid's h^2/12 binning term, as a histogram's would).
std::pair<double, double> mean_variance(const Grid& grid, std::span<const double> masses, int axis = 0);

}  // namespace flowscope
