#include "core/reconstruct/alrnn.h"

#include <Eigen/Dense>
#include <cmath>
#include <map>

#include "core/errors.h"

namespace flowscope {

void AlrnnModel::step(const double* z, double* next) const {
  const std::size_t m = latent, first_relu = latent - relu;
  for (std::size_t i = 0; i < m; ++i) {
    double s = a[i] * z[i] + h[i];
    const double* row = &w[i * m];
    for (std::size_t j = 0; j < first_relu; ++j) s += row[j] * z[j];
    for (std::size_t j = first_relu; j < m; ++j) s += row[j] * std::max(0.0, z[j]);
    next[i] = s;
  }
}

std::vector<double> AlrnnModel::initial_latent(const double* x0) const {
  std::vector<double> z(latent, 0.0);
  for (std::size_t j = 0; j < observed; ++j) z[j] = (x0[j] - mean[j]) / scale[j];
  for (std::size_t i = observed; i < latent; ++i)
    for (std::size_t j = 0; j < observed; ++j) z[i] += l[(i - observed) * observed + j] * z[j];
  return z;
}

namespace {

std::uint32_t symbol_of(const AlrnnModel& model, const double* z) {
  std::uint32_t s = 0;
  for (std::size_t k = 0; k < model.relu; ++k)
    if (z[model.latent - model.relu + k] > 0) s |= 1u << k;
  return s;
}

// diag(a) + W D for the region `symbol`.
Eigen::MatrixXd region_matrix(const AlrnnModel& model, std::uint32_t symbol) {
  const auto m = static_cast<Eigen::Index>(model.latent);
  Eigen::MatrixXd j(m, m);
  for (Eigen::Index r = 0; r < m; ++r)
    for (Eigen::Index c = 0; c < m; ++c) {
      const auto cu = static_cast<std::size_t>(c);
      const bool relu = cu >= model.latent - model.relu;
      const bool active = !relu || ((symbol >> (cu - (model.latent - model.relu))) & 1u);
      j(r, c) = active ? model.w[static_cast<std::size_t>(r) * model.latent + cu] : 0.0;
    }
  j.diagonal() += Eigen::Map<const Eigen::VectorXd>(model.a.data(), m);
  return j;
}

}  // namespace

AlrnnRun alrnn_free_run(const AlrnnModel& model, const double* x0, std::size_t steps, double bound) {
  AlrnnRun run;
  const std::size_t m = model.latent, n = model.observed;
  std::vector<double> z = model.initial_latent(x0), next(m);
  run.latents.reserve((steps + 1) * m);
  run.observations.reserve((steps + 1) * n);
  for (std::size_t t = 0;; ++t) {
    run.latents.insert(run.latents.end(), z.begin(), z.end());
    for (std::size_t j = 0; j < n; ++j) run.observations.push_back(model.mean[j] + model.scale[j] * z[j]);
    run.symbols.push_back(symbol_of(model, z.data()));
    if (t == steps) break;
    model.step(z.data(), next.data());
    double largest = 0.0;
    for (double v : next) largest = std::isfinite(v) ? std::max(largest, std::fabs(v)) : 1e300;
    if (!(largest <= bound)) {
      run.status = RunStatus::Unstable;
      run.message = "the AL-RNN diverged in free run after " + std::to_string(t + 1) + " steps (|z| > " +
                    std::to_string(bound) + ")";
      break;
    }
    z.swap(next);
  }
  return run;
}

std::vector<AlrnnSubregion> alrnn_subregions(const AlrnnModel& model, const AlrnnRun& run) {
  std::map<std::uint32_t, std::size_t> visits;
  for (std::uint32_t s : run.symbols) ++visits[s];
  std::vector<AlrnnSubregion> regions;
  const auto m = static_cast<Eigen::Index>(model.latent);
  for (const auto& [symbol, count] : visits) {
    AlrnnSubregion region;
    region.symbol = symbol;
    region.visits = count;
    const Eigen::MatrixXd j = region_matrix(model, symbol);
    region.spectral_radius = j.eigenvalues().cwiseAbs().maxCoeff();
    const Eigen::MatrixXd system = Eigen::MatrixXd::Identity(m, m) - j;
    const Eigen::FullPivLU<Eigen::MatrixXd> lu(system);
    if (lu.isInvertible()) {
      const Eigen::VectorXd z = lu.solve(Eigen::Map<const Eigen::VectorXd>(model.h.data(), m));
      region.has_fixed_point = z.allFinite();
      region.fixed_point_is_real = region.has_fixed_point && symbol_of(model, z.data()) == symbol;
      for (std::size_t k = 0; k < model.observed; ++k)
        region.fixed_point.push_back(model.mean[k] + model.scale[k] * z(static_cast<Eigen::Index>(k)));
    }
    regions.push_back(std::move(region));
  }
  return regions;
}

std::optional<double> alrnn_max_lyapunov(const AlrnnModel& model, const double* x0, std::size_t transient,
                                         std::size_t steps) {
  const std::size_t m = model.latent, first_relu = m - model.relu;
  std::vector<double> z = model.initial_latent(x0), next(m), v(m, 1.0 / std::sqrt(static_cast<double>(m))), u(m);
  double sum = 0.0;
  for (std::size_t t = 0; t < transient + steps; ++t) {
    // u = J(z) v with J = diag(a) + W D(z).
    for (std::size_t i = 0; i < m; ++i) {
      double s = model.a[i] * v[i];
      for (std::size_t j = 0; j < m; ++j)
        if (j < first_relu || z[j] > 0) s += model.w[i * m + j] * v[j];
      u[i] = s;
    }
    double norm = 0.0;
    for (double e : u) norm += e * e;
    norm = std::sqrt(norm);
    if (!(norm > 0) || !std::isfinite(norm)) return std::nullopt;
    for (std::size_t i = 0; i < m; ++i) v[i] = u[i] / norm;
    if (t >= transient) sum += std::log(norm);
    model.step(z.data(), next.data());
    z.swap(next);
    for (double e : z)
      if (!std::isfinite(e) || std::fabs(e) > 1e6) return std::nullopt;
  }
  return sum / (static_cast<double>(steps) * model.dt);
}

}  // namespace flowscope
