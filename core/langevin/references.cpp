#include "core/langevin/references.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/errors.h"

namespace flowscope {

OuMoments advance_ou_moments(const OuMoments& start, double k, double kT, double gamma, double tau) {
  if (!(k > 0) || !(kT > 0) || !(gamma > 0) || !(tau >= 0))
    throw InputError("OU moments need k > 0, kT > 0, gamma > 0 and a time span >= 0");
  OuMoments end = start;
  const double decay = std::exp(-k * tau / gamma);
  const double stationary = kT / k;
  for (double& m : end.mean) m *= decay;
  for (double& v : end.variance) v = stationary + (v - stationary) * decay * decay;
  return end;
}

namespace {

constexpr int kScanPoints = 4001;  // samples of U along the x axis

struct AxisPotential {
  const Potential& potential;
  const double* p;
  int dimension;
  double energy(double x) const {
    const double point[2] = {x, 0.0};
    return potential.energy(point, p);
  }
  void gradient(double x, double g[2]) const {
    const double point[2] = {x, 0.0};
    potential.gradient(point, p, g);
  }
  // The Hessian at (x, 0) by central differences of the exact gradient.
  void hessian(double x, double h[2][2]) const {
    const double step = 1e-5 * std::max(1.0, std::fabs(x));
    for (int a = 0; a < dimension; ++a) {
      double up[2] = {x, 0.0}, down[2] = {x, 0.0}, gu[2] = {0, 0}, gd[2] = {0, 0};
      up[a] += step;
      down[a] -= step;
      potential.gradient(up, p, gu);
      potential.gradient(down, p, gd);
      for (int b = 0; b < dimension; ++b) h[b][a] = (gu[b] - gd[b]) / (2 * step);
    }
    if (dimension == 2) h[0][1] = h[1][0] = 0.5 * (h[0][1] + h[1][0]);
  }
};

// The zero of dU/dx in [a, b], where it changes sign, by bisection.
double refine_critical_point(const AxisPotential& u, double a, double b) {
  double g[2];
  u.gradient(a, g);
  const double ga = g[0];
  for (int i = 0; i < 200 && b - a > 1e-15 * std::max(1.0, std::fabs(a)); ++i) {
    const double mid = 0.5 * (a + b);
    u.gradient(mid, g);
    if ((g[0] > 0) == (ga > 0))
      a = mid;
    else
      b = mid;
  }
  return 0.5 * (a + b);
}

// Eigenvalues of the symmetric Hessian, ascending (one in 1-D).
std::vector<double> eigenvalues(const double h[2][2], int dimension) {
  if (dimension == 1) return {h[0][0]};
  const double mean = 0.5 * (h[0][0] + h[1][1]);
  const double radius = std::hypot(0.5 * (h[0][0] - h[1][1]), h[0][1]);
  return {mean - radius, mean + radius};
}

}  // namespace

std::optional<KramersEstimate> kramers_estimate(const Potential& potential, std::span<const double> parameters,
                                                double kT, double gamma, double mass) {
  const int d = potential.dimension();
  if (d > 2 || !(kT > 0) || !(gamma > 0)) return std::nullopt;
  const AxisPotential u{potential, parameters.data(), d};
  const auto box = potential.default_box(parameters.data());
  const double lo = box[0].first, hi = box[0].second;

  // Local minima and maxima of the sampled U(x, 0), bracketed by their neighbours.
  std::vector<double> xs(kScanPoints), us(kScanPoints);
  for (int i = 0; i < kScanPoints; ++i) {
    xs[i] = lo + (hi - lo) * i / (kScanPoints - 1);
    us[i] = u.energy(xs[i]);
    if (!std::isfinite(us[i])) return std::nullopt;
  }
  std::vector<int> minima, maxima;
  for (int i = 1; i + 1 < kScanPoints; ++i) {
    if (us[i] < us[i - 1] && us[i] <= us[i + 1]) minima.push_back(i);
    if (us[i] > us[i - 1] && us[i] >= us[i + 1]) maxima.push_back(i);
  }
  if (minima.size() != 2 || maxima.size() != 1 || !(minima[0] < maxima[0] && maxima[0] < minima[1]))
    return std::nullopt;

  KramersEstimate estimate;
  double* const points[3] = {&estimate.x_left, &estimate.x_saddle, &estimate.x_right};
  const int indices[3] = {minima[0], maxima[0], minima[1]};
  double gradient_scale = 0.0;
  for (int i = 0; i < kScanPoints; ++i) {
    double g[2] = {0, 0};
    u.gradient(xs[i], g);
    gradient_scale = std::max({gradient_scale, std::fabs(g[0]), d == 2 ? std::fabs(g[1]) : 0.0});
  }
  double hessians[3][2][2];
  for (int c = 0; c < 3; ++c) {
    *points[c] = refine_critical_point(u, xs[indices[c] - 1], xs[indices[c] + 1]);
    double g[2] = {0, 0};
    u.gradient(*points[c], g);
    // A critical point of U itself, not only of its restriction to the axis.
    for (int j = 0; j < d; ++j)
      if (!(std::fabs(g[j]) <= 1e-7 * std::max(1.0, gradient_scale))) return std::nullopt;
    u.hessian(*points[c], hessians[c]);
  }
  const auto left = eigenvalues(hessians[0], d), saddle = eigenvalues(hessians[1], d);
  if (!(left.front() > 0) || !(saddle.front() < 0) || (d == 2 && !(saddle.back() > 0))) return std::nullopt;

  double det_left = 1.0, det_saddle = 1.0;
  for (double l : left) det_left *= l;
  for (double l : saddle) det_saddle *= l;
  const double unstable = -saddle.front();
  double kappa = unstable / gamma;
  if (mass > 0) {
    const double g = gamma / mass;
    kappa = std::sqrt(0.25 * g * g + unstable / mass) - 0.5 * g;
  }
  estimate.barrier = u.energy(estimate.x_saddle) - u.energy(estimate.x_left);
  estimate.rate = kappa / (2 * std::numbers::pi) * std::sqrt(det_left / std::fabs(det_saddle)) *
                  std::exp(-estimate.barrier / kT);
  return estimate;
}

EscapeCounter::EscapeCounter(double x_left, double x_right, std::size_t count)
    : x_left_(x_left), x_right_(x_right), well_(count, 0) {
  if (!(x_left < x_right)) throw InputError("escape counter: the left well must lie left of the right one");
}

void EscapeCounter::observe(std::span<const double> x, double elapsed) {
  if (x.size() != well_.size()) throw InputError("escape counter: the particle count changed");
  std::size_t left = 0, right = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    left += well_[i] < 0;
    right += well_[i] > 0;
    if (x[i] <= x_left_) {
      right_to_left_ += well_[i] > 0;
      well_[i] = -1;
    } else if (x[i] >= x_right_) {
      left_to_right_ += well_[i] < 0;
      well_[i] = 1;
    }
  }
  time_left_ += elapsed * static_cast<double>(left);
  time_right_ += elapsed * static_cast<double>(right);
}

void EscapeCounter::reset_statistics() {
  left_to_right_ = right_to_left_ = 0;
  time_left_ = time_right_ = 0.0;
}

double EscapeCounter::rate_from_left() const {
  return time_left_ > 0 ? static_cast<double>(left_to_right_) / time_left_ : std::nan("");
}

double EscapeCounter::rate_error_from_left() const {
  return left_to_right_ > 0 ? rate_from_left() / std::sqrt(static_cast<double>(left_to_right_)) : std::nan("");
}

}  // namespace flowscope
