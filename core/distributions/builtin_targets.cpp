// The built-in targets: two-dimensional and three-dimensional mixtures and
// point sets, each made the same way on every run (fixed parameter grids or
// a fixed Philox stream).
#include <cmath>
#include <numbers>

#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "core/random/philox.h"

namespace flowscope {
namespace {

constexpr double kPi = std::numbers::pi;

// Uniform in [0, 1) number i of a fixed stream (the point clouds' layout).
double layout_uniform(std::uint32_t i, std::uint32_t which) {
  return philox::to_unit(philox::generate({{which, 0u, 0u, i}}, 0x5EEDu, 0x7A26u).v[0]);
}

Distribution mixture_target(const std::string& id, std::string description, GaussianMixture mixture) {
  Distribution d;
  d.spec = "builtin:" + id;
  d.description = std::move(description);
  d.mixture = std::move(mixture);
  return d;
}

// Eight equal-weight isotropic Gaussians (std 0.3) on the circle of radius 4 at angles 2 pi k / 8.
Distribution ring8() {
  std::vector<MixtureComponent> c;
  for (int k = 0; k < 8; ++k) {
    const double a = 2 * kPi * k / 8;
    c.push_back(MixtureComponent::isotropic(1.0 / 8, {4 * std::cos(a), 4 * std::sin(a)}, 0.3));
  }
  return mixture_target("ring8", "eight Gaussians (std 0.3) on the circle of radius 4", GaussianMixture(2, c));
}

// Two thin low-rank components crossing at the origin, plus a round one.
Distribution cross() {
  std::vector<MixtureComponent> c;
  c.push_back(MixtureComponent::low_rank(0.4, {0, 0}, {2.0, 2.0}, 1, 0.15));
  c.push_back(MixtureComponent::low_rank(0.4, {0, 0}, {2.0, -2.0}, 1, 0.15));
  c.push_back(MixtureComponent::isotropic(0.2, {0, 3.5}, 0.4));
  return mixture_target("cross", "two low-rank Gaussians (F F^T + 0.15^2 I) crossing at the origin, one round",
                        GaussianMixture(2, c));
}

// Four Gaussians with full covariances at the vertices of a tetrahedron.
Distribution tetra() {
  const double v[4][3] = {{3, 3, 3}, {3, -3, -3}, {-3, 3, -3}, {-3, -3, 3}};
  const double w[4] = {0.4, 0.3, 0.2, 0.1};
  std::vector<MixtureComponent> c;
  for (int k = 0; k < 4; ++k)
    c.push_back(MixtureComponent::full(w[k], {v[k][0], v[k][1], v[k][2]},
                                       {0.5, 0.2, 0.0, 0.2, 0.4, 0.1, 0.0, 0.1, 0.3}));
  return mixture_target("tetra", "four 3-D Gaussians (full covariances, weights 0.4/0.3/0.2/0.1) on a tetrahedron",
                        GaussianMixture(3, c));
}

Distribution points_target(const std::string& id, const std::string& what, std::vector<double> p, int d, double h) {
  Distribution out = point_set_distribution(std::move(p), d, h, "builtin:" + id);
  out.description = what + ": " + out.description;
  return out;
}

// sklearn's two moons, scaled by 2.5 and centred: 400 points on the arcs.
Distribution two_moons() {
  std::vector<double> p;
  constexpr int kHalf = 200;
  for (int i = 0; i < kHalf; ++i) {
    const double t = kPi * i / (kHalf - 1);
    p.insert(p.end(), {2.5 * (std::cos(t) - 0.5), 2.5 * (std::sin(t) - 0.25)});
    p.insert(p.end(), {2.5 * (0.5 - std::cos(t)), 2.5 * (0.25 - std::sin(t))});
  }
  return points_target("two-moons", "two interleaved half circles", p, 2, 0.12);
}

// Archimedean spiral r = 0.35 theta, theta from pi/2 to 4 pi: 400 points.
Distribution spiral() {
  std::vector<double> p;
  constexpr int kN = 400;
  for (int i = 0; i < kN; ++i) {
    const double t = 0.5 * kPi + 3.5 * kPi * std::sqrt(static_cast<double>(i) / (kN - 1));  // evenly along the arc
    p.insert(p.end(), {0.35 * t * std::cos(t), 0.35 * t * std::sin(t)});
  }
  return points_target("spiral", "a two-turn spiral", p, 2, 0.12);
}

// Swiss roll: (t cos t, h, t sin t) / 3 for t in [1.5 pi, 4.5 pi], h in [-6, 6]: 600 points.
Distribution swiss_roll() {
  std::vector<double> p;
  constexpr std::uint32_t kN = 600;
  for (std::uint32_t i = 0; i < kN; ++i) {
    const double t = 1.5 * kPi * (1 + 2 * std::sqrt(layout_uniform(i, 0)));
    const double h = 12 * layout_uniform(i, 1) - 6;
    p.insert(p.end(), {t * std::cos(t) / 3, h / 3, t * std::sin(t) / 3});
  }
  return points_target("swiss-roll", "a rolled-up sheet in 3-D", p, 3, 0.15);
}

// Torus with radii 3 and 1: a 36 x 16 grid of angles.
Distribution torus() {
  std::vector<double> p;
  for (int i = 0; i < 36; ++i)
    for (int j = 0; j < 16; ++j) {
      const double u = 2 * kPi * i / 36, v = 2 * kPi * j / 16;
      p.insert(p.end(), {(3 + std::cos(v)) * std::cos(u), (3 + std::cos(v)) * std::sin(u), std::sin(v)});
    }
  return points_target("torus", "a torus (radii 3 and 1) in 3-D", p, 3, 0.15);
}

// sklearn's S curve scaled by 2: t = 3 pi (u - 1/2), (sin t, 2 h, sign(t)(cos t - 1)) * 2: 600 points.
Distribution s_curve() {
  std::vector<double> p;
  constexpr std::uint32_t kN = 600;
  for (std::uint32_t i = 0; i < kN; ++i) {
    const double t = 3 * kPi * (layout_uniform(i, 0) - 0.5);
    const double h = 2 * layout_uniform(i, 1) - 1;
    p.insert(p.end(), {2 * std::sin(t), 2 * h, 2 * (t < 0 ? -1.0 : 1.0) * (std::cos(t) - 1)});
  }
  return points_target("s-curve", "an S-shaped sheet in 3-D", p, 3, 0.12);
}

struct Entry {
  const char* id;
  Distribution (*make)();
};
constexpr Entry kTargets[] = {
    {"ring8", ring8}, {"cross", cross},     {"two-moons", two_moons}, {"spiral", spiral},
    {"tetra", tetra}, {"swiss-roll", swiss_roll}, {"torus", torus},   {"s-curve", s_curve},
};

}  // namespace

std::vector<BuiltinTargetInfo> builtin_targets() {
  std::vector<BuiltinTargetInfo> out;
  for (const Entry& e : kTargets) {
    const Distribution d = e.make();
    out.push_back({e.id, d.dimension(), d.point_set ? "point set" : "mixture", d.description});
  }
  return out;
}

Distribution builtin_target(const std::string& id) {
  for (const Entry& e : kTargets)
    if (id == e.id) return e.make();
  std::string known;
  for (const Entry& e : kTargets) known += (known.empty() ? "" : ", ") + std::string(e.id);
  throw InputError("unknown built-in target '" + id + "' (known: " + known + ")");
}

}  // namespace flowscope
