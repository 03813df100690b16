#pragma once
// The almost-linear recurrent network (AL-RNN; Brenner, Hemmer, Monfared and
// Durstewitz, NeurIPS 2024), a piecewise-linear map of M latent units:
//
//   z_{t+1} = A z_t + W phi(z_t) + h,   phi(z) = (z_1, ..., z_{M-P}, max(0, z_{M-P+1}), ..., max(0, z_M))
//
// with A diagonal, W off-diagonal (M x M), and ReLUs on only the last P
// units, so the latent space splits into at most 2^P linear subregions (one
// per sign pattern of those units): their sequence along a trajectory is the
// model's symbolic code. The first N units are the observations (identity
// read-out, in standardised units: each data column's mean and standard
// deviation are kept in the model). A sequence starts at z_0 = (x_0, L x_0)
// with L (M - N) x N learnt.
//
// Training (alrnn_training.cpp): backpropagation through time on
// subsequences with generalised teacher forcing (Hess et al., ICML 2023):
// every `forcing_interval` steps the observed units are pulled to the data,
// z <- (1 - alpha) z + alpha x (alpha = 1: sparse teacher forcing, Mikhaeil
// et al., NeurIPS 2022). The loss is the mean squared one-step error of the
// observed units before forcing. Gradients are written out by hand (the map
// is piecewise linear: its Jacobian is diag(a) + W D(z) with D the ReLU
// mask), and Adam takes the steps with an exponentially decaying rate. The
// observed block of (A, W, h) starts from the least-squares linear one-step
// map of the data, the rest from small random weights.
// Sequence starts and the initial weights come from Philox keyed by the
// seed, and each batch's gradients are summed in a fixed order, so a fit is
// identical for any number of threads.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"
#include "core/integrate/trajectory.h"  // RunControl, RunStatus

namespace flowscope {

struct AlrnnModel {
  std::size_t latent = 0;    // M
  std::size_t relu = 0;      // P: the last P units
  std::size_t observed = 0;  // N: the first N units
  std::vector<double> a;     // M: the diagonal of A
  std::vector<double> w;     // M x M row-major, zero diagonal
  std::vector<double> h;     // M
  std::vector<double> l;     // (M - N) x N row-major: the unobserved part of z_0
  std::vector<double> mean, scale;  // N: the data's standardisation
  std::vector<std::string> variables;
  double dt = 1.0;

  // One step of the map in latent space, z -> next (both M values).
  void step(const double* z, double* next) const;
  // z_0 for an observation x_0 given in data units.
  std::vector<double> initial_latent(const double* x0) const;
};

struct AlrnnOptions {
  std::size_t latent = 20;
  std::size_t relu = 2;
  int epochs = 300;
  std::size_t batches_per_epoch = 50;
  std::size_t batch_size = 16;
  std::size_t sequence_length = 100;  // steps predicted per subsequence
  std::size_t forcing_interval = 30;  // teacher forcing every this many steps
  double forcing_alpha = 1.0;         // its strength
  double learning_rate = 2e-3;        // at the start
  double final_learning_rate = 1e-4;  // at the end (exponential decay between)
  double gradient_clip = 10.0;        // the batch gradient's norm is clipped to this
  double initial_a = 0.99;            // A starts as this times I (a finely sampled flow is near the identity map)
  double initial_w = 0.1;             // W starts N(0, initial_w^2 / M) off the diagonal
  std::uint64_t seed = 0;
  double dt = 0.0;                    // 0: the data's time step
};

struct AlrnnFit {
  AlrnnModel model;
  std::vector<double> loss;  // mean loss per epoch
  RunStatus status = RunStatus::Success;  // Cancelled: the model so far; Unstable: a loss left the finite numbers
  std::string message;
  double seconds = 0.0;
};

// progress(fraction) is called once per epoch; cancel is polled between batches.
// Throws InputError for bad options or data (too short for one subsequence, NaN, constant columns).
AlrnnFit fit_alrnn(const TrajectorySet& data, const AlrnnOptions& options = {}, const RunControl& control = {});

// The training loss of one subsequence x_0..x_T (steps + 1 rows of N,
// standardised) and, when gradient is not null, its gradient with respect to
// (a, W, h, L) in that order, W and L row-major. For tests of the gradient.
double alrnn_sequence_loss(const AlrnnModel& model, const double* x, std::size_t steps, std::size_t forcing_interval,
                           double forcing_alpha, std::vector<double>* gradient);

// A free run of `steps` steps from z_0 = initial_latent(x0): the observed
// units in data units, (steps + 1) x N row-major, and the latent states.
struct AlrnnRun {
  std::vector<double> observations;
  std::vector<double> latents;          // (steps + 1) x M
  std::vector<std::uint32_t> symbols;   // per state: bit k set when ReLU unit k is active
  RunStatus status = RunStatus::Success;  // Unstable: diverged (|z| > bound); the run stops there
  std::string message;
};
AlrnnRun alrnn_free_run(const AlrnnModel& model, const double* x0, std::size_t steps, double bound = 1e6);

// The linear subregions a run visits: how often, and the fixed point of each
// region's affine map, z* = (I - diag(a) - W D)^{-1} h, which is real (an
// actual fixed point of the AL-RNN) when its own sign pattern is the region's.
struct AlrnnSubregion {
  std::uint32_t symbol = 0;
  std::size_t visits = 0;
  bool has_fixed_point = false;          // I - diag(a) - W D is invertible
  bool fixed_point_is_real = false;
  std::vector<double> fixed_point;       // observed units, data units
  double spectral_radius = 0.0;          // of diag(a) + W D: < 1 means the region's map contracts
};
std::vector<AlrnnSubregion> alrnn_subregions(const AlrnnModel& model, const AlrnnRun& run);

// The largest Lyapunov exponent of the map along a free run from x0 after a
// transient, per unit time (divided by dt): the mean log growth of one tangent
// vector under J_t = diag(a) + W D(z_t). Nothing when the run diverges.
std::optional<double> alrnn_max_lyapunov(const AlrnnModel& model, const double* x0, std::size_t transient,
                                         std::size_t steps);

}  // namespace flowscope
