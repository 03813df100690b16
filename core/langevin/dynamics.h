#pragma once
// Langevin dynamics of N independent particles in a potential U(x; p):
//
//   overdamped   dx = (-grad U + F(t)) / gamma dt + sqrt(2 kT / gamma) dW
//   underdamped  dx = v dt,  m dv = (-grad U + F(t)) dt - gamma v dt + sqrt(2 gamma kT) dW
//
// gamma is the friction coefficient (force per velocity), so the overdamped
// equation is the underdamped one's large-friction limit and both sample the
// Boltzmann density exp(-U/kT)/Z; F(t) = A cos(omega t) e_axis is an optional
// periodic external force.
//
// Methods:
//   em              overdamped Euler-Maruyama (weak order 1).
//   lm              overdamped Leimkuhler-Matthews "non-Markovian" scheme
//                   x' = x + h (-grad U(x) + F)/gamma + sqrt(2 kT h/gamma) (xi_n + xi_{n+1})/2:
//                   weak order 1 on paths but second order for the invariant
//                   measure (exact for harmonic U). Leimkuhler, Matthews & Tretyakov,
//                   "On the long-time integration of stochastic gradient systems",
//                   Proc. R. Soc. A 470, 20140120 (2014); Leimkuhler & Matthews, Appl.
//                   Math. Res. Express 2013, 34-56.
//   baoab           underdamped BAOAB splitting (half kick, half drift, exact
//                   Ornstein-Uhlenbeck velocity step with c1 = exp(-gamma h/m),
//                   half drift, half kick): Leimkuhler & Matthews, "Rational
//                   construction of stochastic numerical methods for molecular
//                   sampling", Appl. Math. Res. Express 2013(1), 34-56 (2013).
//   em-underdamped  underdamped Euler-Maruyama, for comparison.
//
// Storage and parallelism follow Ensemble: structure-of-arrays cut into chunks
// of 256 particles, OpenMP over chunks; particle arrays are padded to whole
// chunks (64-byte aligned) so that every particle goes through the same vector
// code. Noise: the standard normals of particle i at step g are
// philox::normals(seed, i, g, block) (dimension j from block j/4), so runs are
// bitwise identical on any number of threads and do not depend on how steps
// are split into advance() calls. Initial states use steps 2^63 and 2^63 + 1.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/integrate/trajectory.h"  // RunStatus, RunControl
#include "core/langevin/potential.h"

namespace flowscope {

enum class LangevinMethod { EulerMaruyama, LeimkuhlerMatthews, Baoab, EulerMaruyamaUnderdamped };

bool is_underdamped(LangevinMethod method);
std::string_view langevin_method_name(LangevinMethod method);  // "em", "lm", "baoab", "em-underdamped"
// Throws InputError naming the known methods.
LangevinMethod parse_langevin_method(std::string_view name);

// F(t) = amplitude cos(omega t) along coordinate axis.
struct PeriodicForce {
  double amplitude = 0.0;
  double omega = 0.0;
  int axis = 0;
};

// What may change between advance() calls (live control).
struct LangevinSettings {
  double kT = 1.0;
  double gamma = 1.0;  // friction coefficient
  double mass = 1.0;   // underdamped methods only
  double dt = 1e-3;
  PeriodicForce force;
};

struct LangevinSpec {
  std::shared_ptr<const Potential> potential;  // sized for the parameters already (see sized_for)
  std::vector<double> parameters;              // empty: the potential's defaults
  LangevinMethod method = LangevinMethod::EulerMaruyama;
  LangevinSettings settings;
  std::uint64_t seed = 0;
};

struct LangevinStatus {
  RunStatus status = RunStatus::Success;
  std::uint64_t steps = 0;  // steps taken by this advance() (fewer than asked after a blow-up)
  std::string message;      // empty on success
  // Unstable: the first particle (lowest index) that left the finite numbers,
  // the step number (counted from the start of the run, 1-based) and time at
  // which it did. The ensemble is kept at the step before, where all were finite.
  std::size_t bad_particle = 0;
  std::uint64_t bad_step = 0;
  double bad_time = 0.0;
};

struct LangevinStatistics {
  std::size_t count = 0;
  int dimension = 0;
  std::vector<double> mean;        // per coordinate
  std::vector<double> covariance;  // row-major dimension x dimension, divided by N
  // Underdamped runs: <m v_j^2> per coordinate and its mean over all degrees of
  // freedom (equals kT in equilibrium); empty / NaN for overdamped runs.
  std::vector<double> kinetic_temperature_per_axis;
  double kinetic_temperature = 0.0;
};

// The default start: a Gaussian blob centred in the potential's default box,
// with standard deviation 1/10 of the box's width along each axis.
struct GaussianBlob {
  std::vector<double> centre;
  std::vector<double> sigma;
};
GaussianBlob default_blob(const Potential& potential, std::span<const double> parameters);

class LangevinEnsemble {
 public:
  static constexpr std::size_t kChunk = 256;

  // positions: SoA (dimension x count), or empty for the default blob;
  // velocities (underdamped): SoA, or empty for Maxwell-Boltzmann at kT.
  // Throws InputError for a bad spec, parameters or settings, and for a count
  // whose arrays would not fit in memory (before allocating; the message gives
  // the bytes needed).
  LangevinEnsemble(LangevinSpec spec, std::size_t count, std::vector<double> positions = {},
                   std::vector<double> velocities = {});

  // Bytes the arrays of count particles take (states, their backup, velocities).
  static double bytes_needed(std::size_t count, int dimension, bool underdamped);

  std::size_t count() const { return count_; }
  int dimension() const { return dimension_; }
  LangevinMethod method() const { return spec_.method; }
  const LangevinSpec& spec() const { return spec_; }
  const Potential& potential() const { return *spec_.potential; }
  // Time since the start: the steps since the last change of dt, times dt,
  // plus the time reached at that change (so splitting a run into several
  // advance() calls does not change a single bit of the forcing's phase).
  double time() const { return time_at(steps_done_); }
  std::uint64_t steps_done() const { return steps_done_; }

  // Advances every particle by `steps` steps of settings().dt. A particle
  // leaving the finite numbers stops the run: status Unstable, message naming
  // the particle, step and time; all particles are kept at the last step where
  // every one was finite. Cancel (polled between chunks) leaves the state as
  // it was before the call.
  LangevinStatus advance(std::uint64_t steps, const RunControl& control = {});

  // Live control between advances; throw InputError and change nothing when invalid.
  const LangevinSettings& settings() const { return spec_.settings; }
  void set_settings(const LangevinSettings& settings);
  void set_parameters(std::vector<double> parameters);  // same structural values only

  // Coordinate j of every particle (count values).
  std::span<const double> positions(int j) const { return {x_.data + j * stride_, count_}; }
  std::span<const double> velocities(int j) const;  // empty for overdamped runs
  // Positions as rows: particle i's coordinates at [i * dimension + j].
  std::vector<double> position_rows() const;

  // Over all particles; deterministic (fixed summation order).
  LangevinStatistics statistics() const;

 private:
  struct AlignedBuffer {
    double* data = nullptr;
    std::size_t size = 0;
    void resize(std::size_t n);
    ~AlignedBuffer();
    AlignedBuffer() = default;
    AlignedBuffer(const AlignedBuffer&) = delete;
    AlignedBuffer& operator=(const AlignedBuffer&) = delete;
  };
  struct Workspace;

  // Advances chunk c by steps; returns {0, 0}, or the 1-based run step at
  // which a particle of the chunk first left the finite numbers and the lowest
  // such particle (the chunk then stops there).
  std::pair<std::uint64_t, std::size_t> advance_chunk(std::size_t c, std::uint64_t steps, Workspace& work);
  static void fill_noise(std::uint64_t seed, std::uint32_t first, std::uint64_t step, int n, double* const* storage,
                         const double** z, Workspace& work);
  void save_chunk(std::size_t c);
  void restore_chunk(std::size_t c);

  LangevinSpec spec_;
  int dimension_ = 0;
  std::size_t count_ = 0;
  std::size_t stride_ = 0;  // count rounded up to whole chunks
  bool underdamped_ = false;
  AlignedBuffer x_, v_;                // SoA, stride_ per coordinate
  AlignedBuffer x_saved_, v_saved_;  // the state at the start of advance()
  double time_at(std::uint64_t step) const {
    return time_base_ + static_cast<double>(step - step_base_) * spec_.settings.dt;
  }
  double time_base_ = 0.0;       // the time at step_base_
  std::uint64_t step_base_ = 0;  // the step of the last change of dt
  std::uint64_t steps_done_ = 0;
};

void validate_settings(const LangevinSettings& settings, int dimension);

// Total-variation distance between the histogram of points and the Boltzmann
// distribution exp(-U/kT)/Z on a grid of `cells` cells per axis over the
// potential's default box (1-D and 2-D only). The Boltzmann cell masses come
// from direct quadrature (4 x 4 midpoints per cell in 2-D, 16 in 1-D); points
// outside the box count as mass the Boltzmann side does not have. A helper of
// this file, independent of boltzmann.h.
struct BoltzmannComparison {
  double tv = 0.0;
  double outside_fraction = 0.0;  // particles outside the box (or not finite)
  std::size_t cells = 0;          // per axis
  std::vector<std::pair<double, double>> box;
};
BoltzmannComparison compare_to_boltzmann(const Potential& potential, std::span<const double> parameters, double kT,
                                         const LangevinEnsemble& ensemble, std::size_t cells);

}  // namespace flowscope
