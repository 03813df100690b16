#include "core/embed/flow_field.h"

#include <Eigen/Dense>
#include <algorithm>
#include <atomic>
#include <cmath>

#include "core/errors.h"

namespace flowscope {
namespace {
// At most 3 + 1 unknowns per coordinate: storage on the stack, no allocation per point.
using Small = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, 0, 4, 4>;
using SmallVector = Eigen::Matrix<double, Eigen::Dynamic, 1, 0, 4, 1>;
}  // namespace

std::vector<double> finite_difference_velocities(const TrajectorySet& data) {
  // Second-order differences on possibly uneven times: the derivative at t_i
  // of the parabola through three neighbouring samples (centred inside a
  // trial, one-sided at its ends); two-point differences for trials of two.
  const std::size_t d = data.dimension;
  std::vector<double> v(data.values.size(), NAN);
  for (std::size_t r = 0; r < data.trials(); ++r) {
    const std::size_t begin = data.trial_starts[r], end = data.trial_starts[r + 1];
    if (end - begin < 2) continue;
    for (std::size_t i = begin; i < end; ++i) {
      if (end - begin == 2) {
        const double dt = data.time_of(begin + 1) - data.time_of(begin);
        for (std::size_t j = 0; j < d; ++j) v[i * d + j] = (data.values[(begin + 1) * d + j] - data.values[begin * d + j]) / dt;
        continue;
      }
      const std::size_t a = i == begin ? i : (i + 1 == end ? i - 2 : i - 1);  // the three samples a, a+1, a+2
      const double t0 = data.time_of(a), t1 = data.time_of(a + 1), t2 = data.time_of(a + 2), t = data.time_of(i);
      // Derivatives of the Lagrange basis polynomials at t.
      const double w0 = ((t - t1) + (t - t2)) / ((t0 - t1) * (t0 - t2));
      const double w1 = ((t - t0) + (t - t2)) / ((t1 - t0) * (t1 - t2));
      const double w2 = ((t - t0) + (t - t1)) / ((t2 - t0) * (t2 - t1));
      for (std::size_t j = 0; j < d; ++j)
        v[i * d + j] = w0 * data.values[a * d + j] + w1 * data.values[(a + 1) * d + j] + w2 * data.values[(a + 2) * d + j];
    }
  }
  return v;
}

std::vector<double> FlowField::node_position(std::size_t node) const {
  std::vector<double> x(dimension);
  for (std::size_t c = 0; c < dimension; ++c) {
    const std::size_t index = node % resolution;
    node /= resolution;
    x[c] = lower[c] + (upper[c] - lower[c]) * static_cast<double>(index) / static_cast<double>(resolution - 1);
  }
  return x;
}

FlowField estimate_flow_field(const TrajectorySet& projected, const FlowFieldOptions& options,
                              const RunControl& control) {
  const std::size_t d = projected.dimension, n = projected.points();
  if (d != 2 && d != 3)
    throw InputError("flow field: the projected space must have 2 or 3 dimensions, not " + std::to_string(d));
  if (options.resolution < 2 || options.resolution > 512)
    throw InputError("flow field: the grid needs 2 to 512 nodes per axis, not " + std::to_string(options.resolution));
  const std::vector<double> velocity = finite_difference_velocities(projected);

  FlowField field;
  field.dimension = d;
  field.resolution = options.resolution;
  field.lower.assign(d, INFINITY);
  field.upper.assign(d, -INFINITY);
  std::size_t usable = 0;
  for (std::size_t i = 0; i < n; ++i) {
    bool ok = true;
    for (std::size_t c = 0; c < d; ++c) ok = ok && std::isfinite(projected.values[i * d + c]) && std::isfinite(velocity[i * d + c]);
    if (!ok) continue;
    ++usable;
    for (std::size_t c = 0; c < d; ++c) {
      field.lower[c] = std::min(field.lower[c], projected.values[i * d + c]);
      field.upper[c] = std::max(field.upper[c], projected.values[i * d + c]);
    }
  }
  if (usable < 2) throw InputError("flow field: fewer than 2 points with a finite velocity (trials of 2 or more points needed)");
  double spacing = 0.0;
  for (std::size_t c = 0; c < d; ++c) {
    const double width = std::max(field.upper[c] - field.lower[c], 1e-12);
    field.lower[c] -= options.margin * width;
    field.upper[c] += options.margin * width;
    spacing = std::max(spacing, (field.upper[c] - field.lower[c]) / static_cast<double>(options.resolution - 1));
  }
  const double h = options.bandwidth > 0 ? options.bandwidth : 1.5 * spacing;
  field.bandwidth = h;
  const double radius = 3.0 * h;

  // Points sorted into cells of side `radius`: a node's neighbours lie in the 3^d cells around its own.
  const std::size_t r = options.resolution;
  std::vector<std::size_t> cells_per_axis(d);
  std::size_t cell_count = 1;
  for (std::size_t c = 0; c < d; ++c) {
    cells_per_axis[c] = std::max<std::size_t>(1, static_cast<std::size_t>((field.upper[c] - field.lower[c]) / radius) + 1);
    cell_count *= cells_per_axis[c];
  }
  const auto cell_of = [&](const double* x) {
    std::size_t cell = 0, stride = 1;
    for (std::size_t c = 0; c < d; ++c) {
      const auto k = std::min(cells_per_axis[c] - 1, static_cast<std::size_t>(std::max(0.0, (x[c] - field.lower[c]) / radius)));
      cell += k * stride;
      stride *= cells_per_axis[c];
    }
    return cell;
  };
  std::vector<std::size_t> start(cell_count + 1, 0);
  std::vector<std::size_t> point_cell(n, cell_count);
  for (std::size_t i = 0; i < n; ++i) {
    bool ok = true;
    for (std::size_t c = 0; c < d; ++c) ok = ok && std::isfinite(projected.values[i * d + c]) && std::isfinite(velocity[i * d + c]);
    if (ok) ++start[(point_cell[i] = cell_of(projected.point(i))) + 1];
  }
  for (std::size_t c = 0; c < cell_count; ++c) start[c + 1] += start[c];
  std::vector<double> sorted_x(usable * d), sorted_v(usable * d);
  {
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
      if (point_cell[i] == cell_count) continue;
      const std::size_t at = fill[point_cell[i]]++;
      for (std::size_t c = 0; c < d; ++c) {
        sorted_x[at * d + c] = projected.values[i * d + c];
        sorted_v[at * d + c] = velocity[i * d + c];
      }
    }
  }

  std::size_t nodes = 1;
  for (std::size_t c = 0; c < d; ++c) nodes *= r;
  field.velocity.assign(nodes * d, NAN);
  field.support.assign(nodes, 0.0);
  std::atomic<bool> stop{false};
  const auto m = static_cast<Eigen::Index>(d + 1);
#pragma omp parallel for schedule(dynamic, 16)
  for (std::size_t node = 0; node < nodes; ++node) {
    if (stop.load(std::memory_order_relaxed)) continue;
    if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
      stop = true;
      continue;
    }
    const std::vector<double> g = field.node_position(node);
    // The node's cell and its neighbours (3^d of them, clipped to the grid).
    std::vector<std::size_t> centre(d);
    for (std::size_t c = 0; c < d; ++c)
      centre[c] = std::min(cells_per_axis[c] - 1, static_cast<std::size_t>(std::max(0.0, (g[c] - field.lower[c]) / radius)));
    Small normal = Small::Zero(m, m), rhs = Small::Zero(m, m - 1);
    SmallVector z(m);
    double sum_w = 0.0, sum_w2 = 0.0;
    const std::size_t neighbours = d == 2 ? 9 : 27;
    for (std::size_t k = 0; k < neighbours; ++k) {
      std::size_t cell = 0, stride = 1, rest = k;
      bool inside = true;
      for (std::size_t c = 0; c < d; ++c) {
        const auto offset = static_cast<std::ptrdiff_t>(rest % 3) - 1;
        rest /= 3;
        const auto index = static_cast<std::ptrdiff_t>(centre[c]) + offset;
        if (index < 0 || index >= static_cast<std::ptrdiff_t>(cells_per_axis[c])) inside = false;
        cell += static_cast<std::size_t>(std::max<std::ptrdiff_t>(index, 0)) * stride;
        stride *= cells_per_axis[c];
      }
      if (!inside) continue;
      for (std::size_t p = start[cell]; p < start[cell + 1]; ++p) {
        z(0) = 1.0;
        double d2 = 0.0;
        for (std::size_t c = 0; c < d; ++c) {
          z(static_cast<Eigen::Index>(c + 1)) = sorted_x[p * d + c] - g[c];
          d2 += z(static_cast<Eigen::Index>(c + 1)) * z(static_cast<Eigen::Index>(c + 1));
        }
        if (d2 > radius * radius) continue;
        const double w = std::exp(-0.5 * d2 / (h * h));
        sum_w += w;
        sum_w2 += w * w;
        normal.noalias() += w * z * z.transpose();
        for (std::size_t c = 0; c < d; ++c) rhs.col(static_cast<Eigen::Index>(c)) += w * sorted_v[p * d + c] * z;
      }
    }
    const double support = sum_w2 > 0 ? sum_w * sum_w / sum_w2 : 0.0;
    field.support[node] = support;
    if (support < options.min_support) continue;
    const Eigen::LDLT<Small> ldlt(normal);
    // Reciprocal condition estimate: a design of points on a line (one trajectory) is singular.
    const bool linear_ok = ldlt.info() == Eigen::Success && ldlt.isPositive() &&
                           ldlt.vectorD().minCoeff() > 1e-9 * ldlt.vectorD().maxCoeff();
    for (std::size_t c = 0; c < d; ++c) {
      const double value = linear_ok ? ldlt.solve(rhs.col(static_cast<Eigen::Index>(c)))(0) : rhs(0, static_cast<Eigen::Index>(c)) / sum_w;
      field.velocity[node * d + c] = value;
    }
  }
  if (stop) return {};
  if (control.progress) control.progress(1.0);
  return field;
}

std::vector<double> sample_flow(const FlowField& field, const double* point) {
  const std::size_t d = field.dimension, r = field.resolution;
  std::vector<double> out(d, NAN);
  std::vector<std::size_t> base(d);
  std::vector<double> frac(d);
  for (std::size_t c = 0; c < d; ++c) {
    const double u = (point[c] - field.lower[c]) / (field.upper[c] - field.lower[c]) * static_cast<double>(r - 1);
    if (!(u >= 0) || !(u <= static_cast<double>(r - 1))) return out;
    base[c] = std::min(r - 2, static_cast<std::size_t>(u));
    frac[c] = u - static_cast<double>(base[c]);
  }
  std::fill(out.begin(), out.end(), 0.0);
  for (std::size_t corner = 0; corner < (std::size_t{1} << d); ++corner) {
    double weight = 1.0;
    std::size_t node = 0, stride = 1;
    for (std::size_t c = 0; c < d; ++c) {
      const bool up = (corner >> c) & 1;
      weight *= up ? frac[c] : 1.0 - frac[c];
      node += (base[c] + (up ? 1 : 0)) * stride;
      stride *= r;
    }
    for (std::size_t c = 0; c < d; ++c) out[c] += weight * field.velocity[node * d + c];  // NaN spreads: no data nearby
  }
  return out;
}

std::vector<double> streamline(const FlowField& field, const double* start, double step, std::size_t max_steps) {
  const std::size_t d = field.dimension;
  std::vector<double> line(start, start + d), x(start, start + d), mid(d);
  const auto direction = [&](const double* p, std::vector<double>& out) {
    out = sample_flow(field, p);
    double norm = 0.0;
    for (double v : out) norm += v * v;
    norm = std::sqrt(norm);
    if (!(norm > 0) || !std::isfinite(norm)) return false;
    for (double& v : out) v /= norm;
    return true;
  };
  std::vector<double> k1, k2;
  for (std::size_t s = 0; s < max_steps; ++s) {
    if (!direction(x.data(), k1)) break;
    for (std::size_t c = 0; c < d; ++c) mid[c] = x[c] + 0.5 * step * k1[c];
    if (!direction(mid.data(), k2)) break;
    for (std::size_t c = 0; c < d; ++c) x[c] += step * k2[c];
    line.insert(line.end(), x.begin(), x.end());
  }
  return line;
}

}  // namespace flowscope
