#include "widgets/render/langevin_geometry.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace flowscope {
namespace {

constexpr double kCapQuantile = 0.95;   // walls above this quantile of U are flattened
constexpr double kReliefFraction = 0.4;  // the capped relief is this fraction of the box width
constexpr double kLiftFraction = 0.012;

}  // namespace

float HeightMap::height(double u) const {
  if (!std::isfinite(u)) return std::isnan(u) ? NAN : static_cast<float>(scale * u_cap);
  return static_cast<float>(scale * std::clamp(u - u_min, 0.0, u_cap));
}

Landscape sample_landscape(const Potential& potential, std::span<const double> parameters, double kT,
                           std::size_t samples_per_axis) {
  if (!(std::isfinite(kT) && kT > 0)) throw InputError("the temperature kT must be a finite number > 0");
  const int d = potential.dimension();
  const auto box = potential.default_box(parameters.data());
  Landscape land;
  land.dimension = d == 1 ? 1 : 2;
  land.x0 = box[0].first;
  land.x1 = box[0].second;
  if (d >= 2) {
    land.y0 = box[1].first;
    land.y1 = box[1].second;
  } else {
    land.y0 = land.y1 = 0.0;
  }
  const std::size_t n = std::max<std::size_t>(2, samples_per_axis);
  land.nx = n;
  land.ny = d == 1 ? 1 : n;
  std::vector<double> u(land.nx * land.ny);
  std::vector<double> point(static_cast<std::size_t>(d), 0.0);
  for (std::size_t ix = 0; ix < land.nx; ++ix)
    for (std::size_t iy = 0; iy < land.ny; ++iy) {
      point[0] = land.x0 + (land.x1 - land.x0) * static_cast<double>(ix) / static_cast<double>(n - 1);
      if (d >= 2) point[1] = land.y0 + (land.y1 - land.y0) * static_cast<double>(iy) / static_cast<double>(n - 1);
      u[ix * land.ny + iy] = potential.energy(point.data(), parameters.data());
    }
  std::vector<double> finite;
  for (double v : u)
    if (std::isfinite(v)) finite.push_back(v);
  if (finite.empty()) throw InputError("the potential is not finite anywhere in its default box");
  HeightMap& h = land.heights;
  h.u_min = *std::min_element(finite.begin(), finite.end());
  for (double& v : finite) v -= h.u_min;
  auto nth = finite.begin() + static_cast<std::ptrdiff_t>(kCapQuantile * static_cast<double>(finite.size() - 1));
  std::nth_element(finite.begin(), nth, finite.end());
  h.u_cap = std::max(*nth, 1e-12);
  const double width = std::max(land.x1 - land.x0, d >= 2 ? land.y1 - land.y0 : 0.0);
  h.scale = kReliefFraction * width / h.u_cap;
  h.lift = kLiftFraction * width;
  h.ribbon = d == 1 ? 0.25 * width : 0.0;
  land.z.resize(u.size());
  land.density.resize(u.size());
  land.level.resize(u.size());
  for (std::size_t i = 0; i < u.size(); ++i) {
    land.z[i] = h.height(u[i]);
    land.level[i] = std::isfinite(u[i]) ? static_cast<float>(std::clamp((u[i] - h.u_min) / h.u_cap, 0.0, 1.0)) : 1.0f;
    land.density[i] = std::isfinite(u[i]) ? static_cast<float>(std::exp(-(u[i] - h.u_min) / kT)) : 0.0f;
  }
  return land;
}

void flatten(Landscape& land) {
  if (land.dimension != 2) return;
  std::fill(land.z.begin(), land.z.end(), 0.0f);
  land.heights.scale = 0.0;
}

}  // namespace flowscope
