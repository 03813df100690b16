#include "core/langevin/boltzmann.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/errors.h"

namespace flowscope {
namespace {

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

double physical_memory_bytes() {
  const long pages = sysconf(_SC_PHYS_PAGES);
  const long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return 8e9;  // unknown: assume a small machine
  return static_cast<double>(pages) * static_cast<double>(page_size);
}

// Gaussian mass of [a, b] for N(mu, sigma^2), sigma > 0.
double interval_mass(double a, double b, double mu, double sigma) {
  const double s = sigma * std::sqrt(2.0);
  const double za = (a - mu) / s, zb = (b - mu) / s;
  // erfc on the far side keeps tails accurate.
  if (za > 0) return 0.5 * (std::erfc(za) - std::erfc(zb));
  if (zb < 0) return 0.5 * (std::erfc(-zb) - std::erfc(-za));
  return 0.5 * (std::erf(zb) - std::erf(za));
}

// Cell of coordinate v on one axis, or -1 outside [lo, hi].
long cell_of(const Grid& grid, int axis, double v) {
  if (!(v >= grid.lo[axis] && v <= grid.hi[axis])) return -1;
  const double f = (v - grid.lo[axis]) / grid.width(axis);
  const auto n = static_cast<long>(grid.cells[axis]);
  return std::clamp(static_cast<long>(f), 0L, n - 1);
}

}  // namespace

Grid make_grid(std::span<const std::pair<double, double>> box, std::span<const std::size_t> cells) {
  if (box.size() != 1 && box.size() != 2)
    throw InputError("grids are 1-D or 2-D; got a box of dimension " + std::to_string(box.size()));
  if (cells.size() != 1 && cells.size() != box.size())
    throw InputError("grid: " + std::to_string(cells.size()) + " cell counts for a box of dimension " +
                     std::to_string(box.size()));
  Grid grid;
  grid.dimension = static_cast<int>(box.size());
  double total = 1.0;
  for (int d = 0; d < grid.dimension; ++d) {
    const auto [lo, hi] = box[d];
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi)) {
      std::string message = "grid: box side ";
      message += std::to_string(d + 1);
      message += " is [";
      message += number_text(lo);
      message += ", ";
      message += number_text(hi);
      message += "]; it needs finite lo < hi";
      throw InputError(message);
    }
    const std::size_t n = cells.size() == 1 ? cells[0] : cells[d];
    if (n < 1) throw InputError("grid: needs at least one cell per dimension");
    grid.lo[d] = lo;
    grid.hi[d] = hi;
    grid.cells[d] = n;
    total *= static_cast<double>(n);
  }
  if (total > static_cast<double>(kMaxGridCells)) {
    std::string message = "grid of ";
    message += number_text(total);
    message += " cells is too large (at most ";
    message += std::to_string(kMaxGridCells);
    message += " cells)";
    throw InputError(message);
  }
  return grid;
}

Grid make_grid(std::span<const std::pair<double, double>> box, std::size_t cells_per_dimension) {
  const std::size_t cells[1] = {cells_per_dimension};
  return make_grid(box, std::span<const std::size_t>(cells, 1));
}

void check_grid_memory(const Grid& grid, double bytes_per_cell, const char* what) {
  const double needed = bytes_per_cell * static_cast<double>(grid.size());
  const double available = 0.5 * physical_memory_bytes();
  if (needed > available) {
    std::string message = "grid of ";
    message += std::to_string(grid.size());
    message += " cells needs ";
    message += number_text(needed / 1e9);
    message += " GB for the ";
    message += what;
    message += ", more than the ";
    message += number_text(available / 1e9);
    message += " GB (half the memory) allowed";
    throw InputError(message);
  }
}

std::vector<double> cell_energies(const Potential& potential, std::span<const double> parameters, const Grid& grid) {
  if (potential.dimension() != grid.dimension) {
    std::string message = "potential '";
    message += potential.id();
    message += "' has dimension ";
    message += std::to_string(potential.dimension());
    message += " but the grid has dimension ";
    message += std::to_string(grid.dimension);
    throw InputError(message);
  }
  if (parameters.size() != potential.parameters().size()) {
    std::string message = "potential '";
    message += potential.id();
    message += "' takes ";
    message += std::to_string(potential.parameters().size());
    message += " parameters, got ";
    message += std::to_string(parameters.size());
    throw InputError(message);
  }
  std::vector<double> energy(grid.size());
  for (std::size_t ix = 0; ix < grid.cells[0]; ++ix)
    for (std::size_t iy = 0; iy < grid.cells[1]; ++iy) {
      const double x[2] = {grid.center(0, ix), grid.center(1, iy)};
      const double u = potential.energy(x, parameters.data());
      if (!std::isfinite(u)) {
        std::string message = "potential '";
        message += potential.id();
        message += "' is not finite at (";
        message += number_text(x[0]);
        if (grid.dimension == 2) {
          message += ", ";
          message += number_text(x[1]);
        }
        message += ")";
        throw InputError(message);
      }
      energy[grid.index(ix, iy)] = u;
    }
  return energy;
}

BoltzmannDistribution boltzmann_distribution(std::span<const double> energies, const Grid& grid, double kT) {
  if (!(kT > 0) || !std::isfinite(kT)) {
    std::string message = "kT must be positive and finite, got ";
    message += number_text(kT);
    throw InputError(message);
  }
  if (energies.size() != grid.size()) throw InputError("Boltzmann distribution: energies do not match the grid");
  BoltzmannDistribution result;
  result.energy_min = *std::min_element(energies.begin(), energies.end());
  result.mass.resize(energies.size());
  double sum = 0.0;
  for (std::size_t c = 0; c < energies.size(); ++c) {
    // exponent <= 0, and 0 at the minimum: the sum is >= 1, never 0 or NaN.
    result.mass[c] = std::exp(-(energies[c] - result.energy_min) / kT);
    sum += result.mass[c];
  }
  for (double& m : result.mass) m /= sum;
  result.log_partition = -result.energy_min / kT + std::log(sum * grid.cell_volume());
  return result;
}

BoltzmannDistribution boltzmann_distribution(const Potential& potential, std::span<const double> parameters,
                                             const Grid& grid, double kT) {
  if (!(kT > 0) || !std::isfinite(kT)) return boltzmann_distribution(std::span<const double>(), grid, kT);  // throws
  const std::vector<double> energies = cell_energies(potential, parameters, grid);
  return boltzmann_distribution(energies, grid, kT);
}

std::vector<double> gaussian_masses(const Grid& grid, std::span<const double> center, double sigma) {
  const std::vector<double> widths(center.size(), sigma);
  return gaussian_masses(grid, center, widths);
}

std::vector<double> gaussian_masses(const Grid& grid, std::span<const double> center, std::span<const double> sigma) {
  if (center.size() != static_cast<std::size_t>(grid.dimension) || sigma.size() != center.size())
    throw InputError("Gaussian start: " + std::to_string(center.size()) + " coordinates and " +
                     std::to_string(sigma.size()) + " widths for a grid of dimension " + std::to_string(grid.dimension));
  for (double s : sigma)
    if (!(s >= 0) || !std::isfinite(s)) {
      std::string message = "Gaussian start: width must be >= 0 and finite, got ";
      message += number_text(s);
      throw InputError(message);
    }
  for (double c : center)
    if (!std::isfinite(c)) throw InputError("Gaussian start: the centre is not finite");
  std::array<std::vector<double>, 2> axis_mass;
  for (int d = 0; d < 2; ++d) {
    axis_mass[d].assign(grid.cells[d], 1.0);
    if (d >= grid.dimension) continue;
    if (sigma[d] == 0) {  // all of this axis's mass in the cell holding the centre
      const long i = cell_of(grid, d, center[d]);
      if (i < 0) throw InputError("Gaussian start: the centre lies outside the box");
      std::fill(axis_mass[d].begin(), axis_mass[d].end(), 0.0);
      axis_mass[d][static_cast<std::size_t>(i)] = 1.0;
      continue;
    }
    for (std::size_t i = 0; i < grid.cells[d]; ++i) {
      const double a = grid.lo[d] + static_cast<double>(i) * grid.width(d);
      axis_mass[d][i] = interval_mass(a, a + grid.width(d), center[d], sigma[d]);
    }
  }
  std::vector<double> mass(grid.size(), 0.0);
  double sum = 0.0;
  for (std::size_t ix = 0; ix < grid.cells[0]; ++ix)
    for (std::size_t iy = 0; iy < grid.cells[1]; ++iy) sum += mass[grid.index(ix, iy)] = axis_mass[0][ix] * axis_mass[1][iy];
  if (!(sum > 1e-12)) throw InputError("Gaussian start: the box holds almost none of the Gaussian (mass " + number_text(sum) + ")");
  for (double& m : mass) m /= sum;
  return mass;
}

std::vector<double> densities_from_masses(const Grid& grid, std::span<const double> masses) {
  if (masses.size() != grid.size()) throw InputError("densities: the masses do not match the grid");
  const double volume = grid.cell_volume();
  std::vector<double> density(masses.begin(), masses.end());
  for (double& d : density) d /= volume;
  return density;
}

namespace {

// Bins count points; coordinate(i, j) gives coordinate j of point i.
template <class Coordinate>
Histogram bin_points(const Grid& grid, std::size_t count, Coordinate coordinate) {
  Histogram h;
  h.mass.assign(grid.size(), 0.0);
  h.total = count;
  std::vector<std::size_t> counts(grid.size(), 0);
  const auto dim = static_cast<std::size_t>(grid.dimension);
  for (std::size_t i = 0; i < count; ++i) {
    double point[2] = {0.0, 0.0};
    bool finite = true;
    for (std::size_t j = 0; j < dim; ++j) {
      point[j] = coordinate(i, j);
      finite = finite && std::isfinite(point[j]);
    }
    if (!finite) {
      ++h.non_finite;
      continue;
    }
    const long ix = cell_of(grid, 0, point[0]);
    const long iy = dim == 2 ? cell_of(grid, 1, point[1]) : 0;
    if (ix < 0 || iy < 0) {
      ++h.outside;
      continue;
    }
    ++h.inside;
    ++counts[grid.index(static_cast<std::size_t>(ix), static_cast<std::size_t>(iy))];
  }
  if (count > 0)
    for (std::size_t c = 0; c < counts.size(); ++c) h.mass[c] = static_cast<double>(counts[c]) / static_cast<double>(count);
  return h;
}

}  // namespace

Histogram histogram(const Grid& grid, const double* x, std::size_t count, PointLayout layout) {
  const auto dim = static_cast<std::size_t>(grid.dimension);
  if (layout == PointLayout::StructureOfArrays)
    return bin_points(grid, count, [&](std::size_t i, std::size_t j) { return x[j * count + i]; });
  return bin_points(grid, count, [&](std::size_t i, std::size_t j) { return x[i * dim + j]; });
}

Histogram histogram(const Grid& grid, std::span<const double> x, std::span<const double> y) {
  if (grid.dimension == 2 && y.size() != x.size())
    throw InputError("histogram: a 2-D grid needs as many y as x coordinates");
  return bin_points(grid, x.size(), [&](std::size_t i, std::size_t j) { return j == 0 ? x[i] : y[i]; });
}

double total_variation(std::span<const double> p, std::span<const double> q) {
  if (p.size() != q.size())
    throw InputError("total variation: mass vectors of different sizes (" + std::to_string(p.size()) + " and " +
                     std::to_string(q.size()) + ")");
  double sum = 0.0;
  for (std::size_t i = 0; i < p.size(); ++i) sum += std::fabs(p[i] - q[i]);
  return 0.5 * sum;
}

std::vector<double> marginal(const Grid& grid, std::span<const double> masses, int axis) {
  if (masses.size() != grid.size()) throw InputError("marginal: the masses do not match the grid");
  if (axis < 0 || axis >= grid.dimension) throw InputError("marginal: no axis " + std::to_string(axis) + " on this grid");
  std::vector<double> out(grid.cells[axis], 0.0);
  for (std::size_t ix = 0; ix < grid.cells[0]; ++ix)
    for (std::size_t iy = 0; iy < grid.cells[1]; ++iy) out[axis == 0 ? ix : iy] += masses[grid.index(ix, iy)];
  return out;
}

std::pair<double, double> mean_variance(const Grid& grid, std::span<const double> masses, int axis) {
  const std::vector<double> m = marginal(grid, masses, axis);
  double total = 0.0, mean = 0.0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    total += m[i];
    mean += m[i] * grid.center(axis, i);
  }
  if (!(total > 0)) return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  mean /= total;
  double variance = 0.0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    const double d = grid.center(axis, i) - mean;
    variance += m[i] * d * d;
  }
  return {mean, variance / total};
}

}  // namespace flowscope
