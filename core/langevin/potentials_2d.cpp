// More built-in potentials: the triple well, Mueller-Brown, the Mexican hat,
// the tilted washboard (1-D) and a ring of coupled anharmonic oscillators (N-D).
#include <cmath>
#include <numbers>

#include "core/langevin/builtin_potentials.h"

namespace flowscope::langevin_detail {
namespace {

// Metzner, Schuette & Vanden-Eijnden, "Illustration of transition path theory
// on a collection of simple examples", J. Chem. Phys. 125, 084110 (2006), eq. (21):
// V = 3 e^{-x^2-(y-1/3)^2} - 3 e^{-x^2-(y-5/3)^2} - 5 e^{-(x-1)^2-y^2} - 5 e^{-(x+1)^2-y^2}
//     + 0.2 x^4 + 0.2 (y-1/3)^4, with b = 3 and w = 5 as parameters.
class TripleWell final : public BuiltinPotential {
 public:
  TripleWell()
      : BuiltinPotential(
            "triple-well", "Triple well", 2,
            {{"b", "b", 3.0, 0.0, 6.0, "height of the central bump and depth of the upper well"},
             {"w", "w", 5.0, 0.0, 10.0, "depth of the two lower wells"}},
            "U = b e^(-x^2-(y-1/3)^2) - b e^(-x^2-(y-5/3)^2) - w e^(-(x-1)^2-y^2) - w e^(-(x+1)^2-y^2) + 0.2 x^4 + "
            "0.2 (y-1/3)^4",
            "Two deep wells near (+-1, 0) and a shallower one near (0, 1.5): the lower channel crosses a saddle at "
            "the origin, the upper one passes the third well. Metzner, Schuette & Vanden-Eijnden, J. Chem. Phys. "
            "125, 084110 (2006).") {}
  double energy(const double* q, const double* p) const override {
    const double x = q[0], y = q[1];
    const double y1 = y - 1.0 / 3.0, y2 = y - 5.0 / 3.0;
    return p[0] * std::exp(-x * x - y1 * y1) - p[0] * std::exp(-x * x - y2 * y2) -
           p[1] * std::exp(-(x - 1) * (x - 1) - y * y) - p[1] * std::exp(-(x + 1) * (x + 1) - y * y) +
           0.2 * x * x * x * x + 0.2 * y1 * y1 * y1 * y1;
  }
  void gradient(const double* q, const double* p, double* g) const override {
    const double x = q[0], y = q[1];
    const double y1 = y - 1.0 / 3.0, y2 = y - 5.0 / 3.0;
    const double e1 = p[0] * std::exp(-x * x - y1 * y1), e2 = -p[0] * std::exp(-x * x - y2 * y2);
    const double e3 = -p[1] * std::exp(-(x - 1) * (x - 1) - y * y), e4 = -p[1] * std::exp(-(x + 1) * (x + 1) - y * y);
    g[0] = -2 * x * e1 - 2 * x * e2 - 2 * (x - 1) * e3 - 2 * (x + 1) * e4 + 0.8 * x * x * x;
    g[1] = -2 * y1 * e1 - 2 * y2 * e2 - 2 * y * e3 - 2 * y * e4 + 0.8 * y1 * y1 * y1;
  }
  std::vector<std::pair<double, double>> default_box(const double*) const override {
    return {{-2.0, 2.0}, {-1.5, 2.5}};
  }
};

// Mueller & Brown, "Location of saddle points and minimum energy paths by a
// constrained simplex optimization procedure", Theor. Chim. Acta 53, 75 (1979):
// U = s sum_k A_k exp(a_k (x-x0_k)^2 + b_k (x-x0_k)(y-y0_k) + c_k (y-y0_k)^2).
class MuellerBrown final : public BuiltinPotential {
 public:
  static constexpr double A[4] = {-200, -100, -170, 15}, a[4] = {-1, -1, -6.5, 0.7}, b[4] = {0, 0, 11, 0.6},
                          c[4] = {-10, -10, -6.5, 0.7}, x0[4] = {1, 0, -0.5, -1}, y0[4] = {0, 0.5, 1.5, 1};
  MuellerBrown()
      : BuiltinPotential(
            "muller-brown", "Müller-Brown", 2, {{"s", "s", 1.0, 0.01, 1.0, "energy scale multiplying U"}},
            "U = s sum_k A_k exp(a_k (x-x0_k)^2 + b_k (x-x0_k)(y-y0_k) + c_k (y-y0_k)^2), A = (-200, -100, -170, 15), "
            "a = (-1, -1, -6.5, 0.7), b = (0, 0, 11, 0.6), c = (-10, -10, -6.5, 0.7), x0 = (1, 0, -0.5, -1), "
            "y0 = (0, 0.5, 1.5, 1)",
            "Three minima (-0.558, 1.442), (0.623, 0.028), (-0.050, 0.467) and two saddles; energies are in the "
            "hundreds, so kT ~ 10-20 (or s ~ 0.1 at kT ~ 1) gives transitions. Mueller & Brown, Theor. Chim. Acta "
            "53, 75 (1979).") {}
  double energy(const double* q, const double* p) const override {
    double sum = 0.0;
    for (int k = 0; k < 4; ++k) {
      const double dx = q[0] - x0[k], dy = q[1] - y0[k];
      sum += A[k] * std::exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
    }
    return p[0] * sum;
  }
  void gradient(const double* q, const double* p, double* g) const override {
    double gx = 0.0, gy = 0.0;
    for (int k = 0; k < 4; ++k) {
      const double dx = q[0] - x0[k], dy = q[1] - y0[k];
      const double e = A[k] * std::exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
      gx += e * (2 * a[k] * dx + b[k] * dy);
      gy += e * (b[k] * dx + 2 * c[k] * dy);
    }
    g[0] = p[0] * gx;
    g[1] = p[0] * gy;
  }
  std::vector<std::pair<double, double>> default_box(const double*) const override {
    return {{-1.5, 1.2}, {-0.5, 2.0}};
  }
};

// U = a (x^2 + y^2 - R^2)^2: a ring of minima of radius R around a maximum a R^4.
class MexicanHat final : public BuiltinPotential {
 public:
  MexicanHat()
      : BuiltinPotential("mexican-hat", "Mexican hat", 2,
                         {{"a", "a", 1.0, 0.1, 10.0, "stiffness"}, {"R", "R", 1.0, 0.2, 3.0, "radius of the ring of minima"}},
                         "U = a (x^2 + y^2 - R^2)^2",
                         "A circular valley of minima at radius R around a central hump of height a R^4: diffusion "
                         "along the valley is free.") {}
  double energy(const double* q, const double* p) const override {
    const double s = q[0] * q[0] + q[1] * q[1] - p[1] * p[1];
    return p[0] * s * s;
  }
  void gradient(const double* q, const double* p, double* g) const override {
    const double s = 4.0 * p[0] * (q[0] * q[0] + q[1] * q[1] - p[1] * p[1]);
    g[0] = s * q[0];
    g[1] = s * q[1];
  }
  void gradient_batch(const double* const* x, std::size_t count, const double* p,
                      double* const* grad) const override {
    const double c = 4.0 * p[0], r2 = p[1] * p[1];
    const double* __restrict x0 = x[0];
    const double* __restrict x1 = x[1];
    double* __restrict g0 = grad[0];
    double* __restrict g1 = grad[1];
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i) {
      const double s = c * (x0[i] * x0[i] + x1[i] * x1[i] - r2);
      g0[i] = s * x0[i];
      g1[i] = s * x1[i];
    }
  }
  std::vector<std::pair<double, double>> default_box(const double* p) const override {
    const double half = std::fabs(p[1]) + 1.2;
    return {{-half, half}, {-half, half}};
  }
};

// 1-D tilted washboard U = -V0 cos(x) - F x: period 2 pi; for F < V0 there are
// local minima, for F > V0 the particle runs down.
class Washboard final : public BuiltinPotential {
 public:
  Washboard()
      : BuiltinPotential("washboard", "Tilted washboard (1-D)", 1,
                         {{"V0", "V₀", 1.0, 0.0, 5.0, "amplitude of the periodic part"},
                          {"F", "F", 0.2, 0.0, 3.0, "tilt: constant force along +x (locked below F = V0)"}},
                         "U = -V0 cos(x) - F x",
                         "A Brownian particle in a tilted periodic potential (one dimension): locked in its wells for "
                         "small tilt, running for F > V0, with giant diffusion near the critical tilt. Not confining "
                         "when F != 0: the default box [-3 pi, 3 pi] shows three periods.") {}
  double energy(const double* q, const double* p) const override { return -p[0] * std::cos(q[0]) - p[1] * q[0]; }
  void gradient(const double* q, const double* p, double* g) const override { g[0] = p[0] * std::sin(q[0]) - p[1]; }
  std::vector<std::pair<double, double>> default_box(const double*) const override {
    return {{-3 * std::numbers::pi, 3 * std::numbers::pi}};
  }
};

// N anharmonic oscillators on a ring, each coupled to its two neighbours:
// U = sum_i [x_i^2/2 + lambda x_i^4/4 + kappa (x_{i+1} - x_i)^2/2], x_N = x_0.
class OscillatorRing final : public BuiltinPotential {
 public:
  explicit OscillatorRing(int n)
      : BuiltinPotential("oscillator-ring", "Ring of coupled oscillators", n,
                         {{"kappa", "κ", 1.0, 0.0, 10.0, "nearest-neighbour coupling"},
                          {"lambda", "λ", 1.0, 0.0, 10.0, "quartic (anharmonic) on-site term"},
                          {"N", "N", 8.0, 2.0, 64.0, "number of oscillators", true}},
                         "U = sum_i [x_i^2/2 + lambda x_i^4/4 + kappa (x_{i+1} - x_i)^2/2], x_N = x_0",
                         "A periodic chain of N quartic (Duffing-type) oscillators with harmonic nearest-neighbour "
                         "springs: a discrete phi^4-like field whose coordinates are x_0 ... x_{N-1}.") {}
  double energy(const double* x, const double* p) const override {
    double sum = 0.0;
    for (int i = 0; i < dimension_; ++i) {
      const double d = x[(i + 1) % dimension_] - x[i];
      sum += 0.5 * x[i] * x[i] + 0.25 * p[1] * x[i] * x[i] * x[i] * x[i] + 0.5 * p[0] * d * d;
    }
    return sum;
  }
  void gradient(const double* x, const double* p, double* g) const override {
    const int n = dimension_;
    for (int i = 0; i < n; ++i) {
      const double right = x[(i + 1) % n], left = x[(i + n - 1) % n];
      g[i] = x[i] + p[1] * x[i] * x[i] * x[i] + p[0] * (2.0 * x[i] - right - left);
    }
  }
  void gradient_batch(const double* const* x, std::size_t count, const double* p,
                      double* const* grad) const override {
    const int n = dimension_;
    const double kappa = p[0], lambda = p[1];
    for (int j = 0; j < n; ++j) {
      const double* __restrict xj = x[j];
      const double* __restrict xr = x[(j + 1) % n];
      const double* __restrict xl = x[(j + n - 1) % n];
      double* __restrict gj = grad[j];
#pragma omp simd
      for (std::size_t i = 0; i < count; ++i)
        gj[i] = xj[i] + lambda * xj[i] * xj[i] * xj[i] + kappa * (2.0 * xj[i] - xr[i] - xl[i]);
    }
  }
  std::vector<std::pair<double, double>> default_box(const double*) const override {
    return std::vector<std::pair<double, double>>(dimension_, {-3.0, 3.0});
  }
  std::shared_ptr<const Potential> for_parameters(std::span<const double> p) const override {
    if (p.size() < 3) return nullptr;
    const int n = static_cast<int>(p[2]);
    return n == dimension_ ? nullptr : std::make_shared<OscillatorRing>(n);
  }
};

}  // namespace

void add_more_potentials(std::vector<std::shared_ptr<const Potential>>& list) {
  list.push_back(std::make_shared<TripleWell>());
  list.push_back(std::make_shared<MuellerBrown>());
  list.push_back(std::make_shared<MexicanHat>());
  list.push_back(std::make_shared<Washboard>());
  list.push_back(std::make_shared<OscillatorRing>(8));
}

}  // namespace flowscope::langevin_detail
