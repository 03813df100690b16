#include "core/bridge/schrodinger_bridge.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/random/philox.h"
#include "core/transport/sinkhorn_kernels.h"

namespace flowscope {
namespace {

using Matrix = Eigen::MatrixXd;
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Matrix matrix(const std::vector<double>& v, int d) { return Eigen::Map<const RowMatrix>(v.data(), d, d); }

// Cholesky factor of a symmetric positive semi-definite matrix (zero rows
// where it is singular, e.g. at the pinned end of a bridge).
Matrix psd_factor(const Matrix& s) {
  const Eigen::SelfAdjointEigenSolver<Matrix> es(0.5 * (s + s.transpose()));
  return es.eigenvectors() * es.eigenvalues().cwiseMax(0.0).cwiseSqrt().asDiagonal();
}

// One exact step of a reference bridge: x' = M x + N end + o + F z.
struct BridgeStep {
  Matrix m, n, f;
  Eigen::VectorXd o;
};

std::vector<BridgeStep> bridge_steps(const LinearReference& reference, double duration, int steps) {
  const int d = reference.dimension;
  const double h = duration / steps;
  std::vector<BridgeStep> out(steps);
  for (int k = 0; k < steps; ++k) {
    const double remaining = duration - k * h;
    const BridgeMarginal bm = bridge_marginal(reference, std::min(h, remaining), remaining);
    out[k].m = matrix(bm.m, d);
    out[k].n = matrix(bm.n, d);
    out[k].o = Eigen::Map<const Eigen::VectorXd>(bm.o.data(), d);
    out[k].f = k + 1 == steps ? Matrix::Zero(d, d) : psd_factor(matrix(bm.s, d));
  }
  return out;
}

}  // namespace

StaticBridge solve_static_bridge(const PointCloud& x, const PointCloud& y, const LinearReference& reference,
                                 double duration, SinkhornOptions sinkhorn_options, const RunControl& control) {
  validate_reference(reference);
  validate_cloud(x, "source cloud");
  validate_cloud(y, "target cloud");
  if (x.dimension != y.dimension)
    throw InputError("the source cloud has " + std::to_string(x.dimension) + " coordinates per point and the target " +
                     std::to_string(y.dimension) + ": both need the same dimension");
  if (x.dimension != reference.dimension)
    throw InputError("the reference process has dimension " + std::to_string(reference.dimension) +
                     ", the clouds " + std::to_string(x.dimension));
  if (!(duration > 0) || !std::isfinite(duration)) throw InputError("the bridge's duration must be a finite number > 0");
  const int d = x.dimension;
  const GaussianTransition tr = transition(reference, duration);
  const Matrix l = matrix(tr.q, d).llt().matrixL();
  const Matrix w = l.inverse();
  const Matrix wphi = w * matrix(tr.phi, d);
  const Eigen::VectorXd wc = w * Eigen::Map<const Eigen::VectorXd>(tr.c.data(), d);
  PointCloud xw = x, yw = y;
  for (std::size_t i = 0; i < x.count; ++i)
    for (int r = 0; r < d; ++r) {
      double v = wc(r);
      for (int c = 0; c < d; ++c) v += wphi(r, c) * x.at(i, c);
      xw.axis(r)[i] = v;
    }
  for (std::size_t i = 0; i < y.count; ++i)
    for (int r = 0; r < d; ++r) {
      double v = 0.0;
      for (int c = 0; c < d; ++c) v += w(r, c) * y.at(i, c);
      yw.axis(r)[i] = v;
    }
  sinkhorn_options.epsilon = 2.0;
  StaticBridge bridge;
  bridge.reference = reference;
  bridge.duration = duration;
  bridge.x = x;
  bridge.y = y;
  bridge.sinkhorn = sinkhorn(xw, yw, sinkhorn_options, control);
  bridge.coupling = std::make_shared<const Coupling>(std::move(xw), std::move(yw), bridge.sinkhorn);
  return bridge;
}

void sample_reference_bridges(const LinearReference& reference, double duration, const double* starts,
                              const double* ends, std::size_t count, int steps, std::uint64_t seed,
                              std::uint32_t stream, double* out) {
  const int d = reference.dimension;
  const std::vector<BridgeStep> plan = bridge_steps(reference, duration, steps);
#pragma omp parallel
  {
    Eigen::VectorXd x(d), end(d), z(d);
#pragma omp for schedule(static)
    for (std::size_t p = 0; p < count; ++p) {
      for (int j = 0; j < d; ++j) x(j) = starts[p * d + j], end(j) = ends[p * d + j];
      for (int j = 0; j < d; ++j) out[p * d + j] = x(j);
      for (int k = 0; k < steps; ++k) {
        const std::uint64_t key = (static_cast<std::uint64_t>(stream) << 20) + static_cast<std::uint64_t>(k);
        philox::wiener_increments(seed, static_cast<std::uint32_t>(p), key, 1.0, d, z.data());
        x = plan[k].m * x + plan[k].n * end + plan[k].o + plan[k].f * z;
        if (k + 1 == steps) x = end;  // pinned exactly, not to rounding
        double* row = out + ((static_cast<std::size_t>(k) + 1) * count + p) * d;
        for (int j = 0; j < d; ++j) row[j] = x(j);
      }
    }
  }
}

void pair_endpoints(const StaticBridge& bridge, const std::vector<IndexPair>& pairs, std::vector<double>& starts,
                    std::vector<double>& ends) {
  const int d = bridge.x.dimension;
  starts.resize(pairs.size() * d);
  ends.resize(pairs.size() * d);
  for (std::size_t p = 0; p < pairs.size(); ++p)
    for (int j = 0; j < d; ++j) {
      starts[p * d + j] = bridge.x.at(pairs[p].i, j);
      ends[p * d + j] = bridge.y.at(pairs[p].j, j);
    }
}

BridgePaths sample_bridge_paths(const StaticBridge& bridge, std::size_t count, int steps, std::uint64_t seed) {
  if (steps < 1) throw InputError("a bridge needs at least one step");
  const int d = bridge.x.dimension;
  const std::vector<IndexPair> pairs = bridge.coupling->sample_pairs(count, seed);
  std::vector<double> starts, ends;
  pair_endpoints(bridge, pairs, starts, ends);
  BridgePaths paths;
  paths.dimension = d;
  paths.count = count;
  paths.times.resize(steps + 1);
  for (int k = 0; k <= steps; ++k) paths.times[k] = bridge.duration * k / steps;
  paths.positions.resize((static_cast<std::size_t>(steps) + 1) * count * d);
  sample_reference_bridges(bridge.reference, bridge.duration, starts.data(), ends.data(), count, steps, seed + 1, 0,
                           paths.positions.data());
  return paths;
}

BridgeSdeResult simulate_bridge_sde(const StaticBridge& bridge, std::size_t count, std::size_t pool, int steps,
                                    std::uint64_t seed, const RunControl& control) {
  if (steps < 1) throw InputError("the bridge SDE needs at least one step");
  if (pool < 1) throw InputError("the bridge SDE needs at least one pair for its drift");
  const int d = bridge.x.dimension;
  const double big_t = bridge.duration, h = big_t / steps;
  const LinearReference& ref = bridge.reference;
  const Matrix a = matrix(ref.a, d);
  const Eigen::Map<const Eigen::VectorXd> b(ref.b.data(), d);
  const double sigma = ref.sigma;

  // The drift's pool of pairs, and the particles' starts.
  std::vector<double> pool_x, pool_y, starts, unused;
  pair_endpoints(bridge, bridge.coupling->sample_pairs(pool, seed + 11), pool_x, pool_y);
  pair_endpoints(bridge, bridge.coupling->sample_pairs(count, seed + 12), starts, unused);
  std::vector<std::vector<double>> y_axes(d, std::vector<double>(pool));
  for (std::size_t k = 0; k < pool; ++k)
    for (int j = 0; j < d; ++j) y_axes[j][k] = pool_y[k * d + j];
  std::vector<const double*> y_pointers(d);
  for (int j = 0; j < d; ++j) y_pointers[j] = y_axes[j].data();

  BridgeSdeResult result;
  BridgePaths& paths = result.paths;
  paths.dimension = d;
  paths.count = count;
  paths.times.resize(steps + 1);
  for (int k = 0; k <= steps; ++k) paths.times[k] = h * k;
  paths.positions.assign((static_cast<std::size_t>(steps) + 1) * count * d, 0.0);
  std::copy(starts.begin(), starts.end(), paths.positions.begin());

  std::vector<std::vector<double>> centre_axes(d, std::vector<double>(pool));
  std::vector<const double*> centre_pointers(d);
  for (int j = 0; j < d; ++j) centre_pointers[j] = centre_axes[j].data();
  const std::vector<double> zeros(pool, 0.0);
  for (int k = 0; k < steps; ++k) {
    if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
      result.status = RunStatus::Cancelled;
      break;
    }
    const double t = std::max(k * h, 0.5 * h), r = big_t - k * h;
    // The pairs' bridge marginals at t, whitened by S_t = L L^T so the
    // weights are exp(-|W x - W m_k|^2 / 2).
    const BridgeMarginal bm = bridge_marginal(ref, t, big_t);
    const Matrix s = matrix(bm.s, d);
    const Matrix w = Matrix(s.llt().matrixL()).inverse();
    const Matrix wm = w * matrix(bm.m, d), wn = w * matrix(bm.n, d);
    const Eigen::VectorXd wo = w * Eigen::Map<const Eigen::VectorXd>(bm.o.data(), d);
    for (std::size_t q = 0; q < pool; ++q)
      for (int j = 0; j < d; ++j) {
        double v = wo(j);
        for (int c = 0; c < d; ++c) v += wm(j, c) * pool_x[q * d + c] + wn(j, c) * pool_y[q * d + c];
        centre_axes[j][q] = v;
      }
    // The pull towards the end point: sigma^2 Phi_r^T Q_r^{-1} (ybar - Phi_r x - c_r).
    const GaussianTransition to_end = transition(ref, r);
    const Matrix phi_r = matrix(to_end.phi, d);
    const Matrix gain = sigma * sigma * phi_r.transpose() * matrix(to_end.q, d).inverse();
    const Eigen::Map<const Eigen::VectorXd> c_r(to_end.c.data(), d);
    const double* now = paths.positions.data() + static_cast<std::size_t>(k) * count * d;
    double* next = paths.positions.data() + (static_cast<std::size_t>(k) + 1) * count * d;
#pragma omp parallel
    {
      Eigen::VectorXd x(d), wx(d), ybar(d), z(d);
#pragma omp for schedule(static)
      for (std::size_t p = 0; p < count; ++p) {
        for (int j = 0; j < d; ++j) x(j) = now[p * d + j];
        wx = w * x;
        const double shift =
            sinkhorn_kernels::max_exponent(wx.data(), centre_pointers.data(), zeros.data(), pool, d, 0.5);
        const double sum = sinkhorn_kernels::sum_exp_weighted(wx.data(), centre_pointers.data(), zeros.data(), pool,
                                                              d, 0.5, shift, y_pointers.data(), d, ybar.data());
        ybar /= sum;
        const Eigen::VectorXd drift = a * x + b + gain * (ybar - phi_r * x - c_r);
        philox::wiener_increments(seed, static_cast<std::uint32_t>(p), static_cast<std::uint64_t>(k), h, d, z.data());
        x += h * drift + sigma * z;
        for (int j = 0; j < d; ++j) next[p * d + j] = x(j);
      }
    }
    if (control.progress) control.progress(static_cast<double>(k + 1) / steps);
  }
  return result;
}

}  // namespace flowscope
