// fit_alrnn: backpropagation through time with generalised teacher forcing
// and Adam (see alrnn.h for the model and the scheme).
#include <omp.h>

#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/errors.h"
#include "core/random/philox.h"
#include "core/reconstruct/alrnn.h"
#include "core/reconstruct/sampling.h"

namespace flowscope {
namespace {

// The parameters as one vector: a (M), W (M x M), h (M), L ((M - N) x N).
struct Layout {
  std::size_t m, n, p;
  std::size_t a() const { return 0; }
  std::size_t w() const { return m; }
  std::size_t h() const { return m + m * m; }
  std::size_t l() const { return 2 * m + m * m; }
  std::size_t size() const { return l() + (m - n) * n; }
};

void unpack(const Layout& lay, const std::vector<double>& theta, AlrnnModel& model) {
  model.a.assign(theta.begin(), theta.begin() + static_cast<std::ptrdiff_t>(lay.m));
  model.w.assign(theta.begin() + static_cast<std::ptrdiff_t>(lay.w()), theta.begin() + static_cast<std::ptrdiff_t>(lay.h()));
  model.h.assign(theta.begin() + static_cast<std::ptrdiff_t>(lay.h()), theta.begin() + static_cast<std::ptrdiff_t>(lay.l()));
  model.l.assign(theta.begin() + static_cast<std::ptrdiff_t>(lay.l()), theta.end());
}

// Loss and gradient (added to grad) of one subsequence x_0..x_T (standardised,
// T + 1 rows of N). s_store keeps the forced states s_t and phi_store phi(s_t);
// the inner loops run over contiguous rows of W so that they vectorise.
double sequence_gradient(const Layout& lay, const std::vector<double>& theta, const double* x, std::size_t steps,
                         std::size_t interval, double alpha, double* grad, std::vector<double>& s_store,
                         std::vector<double>& phi_store, std::vector<double>& error) {
  const std::size_t m = lay.m, n = lay.n, first_relu = m - lay.p;
  const double* a = &theta[lay.a()];
  const double* w = &theta[lay.w()];
  const double* h = &theta[lay.h()];
  const double* l = &theta[lay.l()];
  s_store.resize((steps + 1) * m);
  phi_store.resize((steps + 1) * m);
  error.resize(steps * n);
  // z_0 = (x_0, L x_0).
  double* s0 = s_store.data();
  for (std::size_t j = 0; j < n; ++j) s0[j] = x[j];
  for (std::size_t i = n; i < m; ++i) {
    double v = 0.0;
    for (std::size_t j = 0; j < n; ++j) v += l[(i - n) * n + j] * x[j];
    s0[i] = v;
  }
  double loss = 0.0;
  const double weight = 1.0 / static_cast<double>(steps * n);
  for (std::size_t t = 0; t < steps; ++t) {
    const double* s = &s_store[t * m];
    double* phi = &phi_store[t * m];
    for (std::size_t j = 0; j < m; ++j) phi[j] = j < first_relu ? s[j] : std::max(0.0, s[j]);
    double* z = &s_store[(t + 1) * m];
    for (std::size_t i = 0; i < m; ++i) {
      const double* row = w + i * m;
      double v = 0.0;
      for (std::size_t j = 0; j < m; ++j) v += row[j] * phi[j];
      z[i] = v + a[i] * s[i] + h[i];
    }
    const double* target = x + (t + 1) * n;
    for (std::size_t j = 0; j < n; ++j) {
      const double e = z[j] - target[j];
      error[t * n + j] = e;
      loss += e * e;
    }
    // Forcing turns z_{t+1} into the s_{t+1} the next step reads.
    if ((t + 1) % interval == 0)
      for (std::size_t j = 0; j < n; ++j) z[j] = (1.0 - alpha) * z[j] + alpha * target[j];
  }

  double* ga = grad + lay.a();
  double* gw = grad + lay.w();
  double* gh = grad + lay.h();
  double* gl = grad + lay.l();
  std::vector<double> g(m, 0.0), back(m);  // dL/dz_{t+1}; W^T g
  for (std::size_t t = steps; t-- > 0;) {
    for (std::size_t j = 0; j < n; ++j) g[j] += 2.0 * weight * error[t * n + j];
    const double* s = &s_store[t * m];
    const double* phi = &phi_store[t * m];
    std::fill(back.begin(), back.end(), 0.0);
    for (std::size_t i = 0; i < m; ++i) {
      const double gi = g[i];
      ga[i] += gi * s[i];
      gh[i] += gi;
      double* grow = gw + i * m;
      const double* row = w + i * m;
      for (std::size_t j = 0; j < m; ++j) {
        grow[j] += gi * phi[j];
        back[j] += row[j] * gi;
      }
    }
    // dL/ds_t = a g + D(s_t) W^T g, D the derivative of phi (1, or the ReLU's step).
    for (std::size_t j = 0; j < m; ++j) g[j] = a[j] * g[j] + ((j < first_relu || s[j] > 0) ? back[j] : 0.0);
    // s_t = (1 - alpha) z_t + alpha x_t on the observed units when t was forced.
    if (t > 0 && t % interval == 0)
      for (std::size_t j = 0; j < n; ++j) g[j] *= 1.0 - alpha;
  }
  for (std::size_t i = n; i < m; ++i)
    for (std::size_t j = 0; j < n; ++j) gl[(i - n) * n + j] += g[i] * x[j];
  return loss * weight;
}

// Multiply-adds per batch below which the batch is done on one thread.
constexpr std::size_t kParallelWork = 20'000'000;

// The observed block starts as the best linear one-step map of the
// standardised data, x_{t+1} ~ B x_t + c by least squares (a ridge of 1e-8
// keeps it defined): diag(B) into a, the rest of B into W, c into h. Training
// then only has to add what is not linear.
void linear_start(const std::vector<double>& xs, const TrajectorySet& data, const Layout& lay, std::vector<double>& theta) {
  const std::size_t n = lay.n;
  const auto ni = static_cast<Eigen::Index>(n + 1);
  Eigen::MatrixXd zz = Eigen::MatrixXd::Zero(ni, ni), zy = Eigen::MatrixXd::Zero(ni, static_cast<Eigen::Index>(n));
  Eigen::VectorXd z(ni), y(static_cast<Eigen::Index>(n));
  for (std::size_t r = 0; r < data.trials(); ++r)
    for (std::size_t i = data.trial_starts[r]; i + 1 < data.trial_starts[r + 1]; ++i) {
      for (std::size_t j = 0; j < n; ++j) z(static_cast<Eigen::Index>(j)) = xs[i * n + j], y(static_cast<Eigen::Index>(j)) = xs[(i + 1) * n + j];
      z(ni - 1) = 1.0;
      zz.noalias() += z * z.transpose();
      zy.noalias() += z * y.transpose();
    }
  zz.diagonal().array() += 1e-8 * zz.diagonal().mean();
  const Eigen::MatrixXd beta = zz.ldlt().solve(zy);  // rows: B^T then c^T
  if (!beta.allFinite()) return;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const double b = beta(static_cast<Eigen::Index>(j), static_cast<Eigen::Index>(i));
      if (i == j) theta[lay.a() + i] = b;
      else theta[lay.w() + i * lay.m + j] = b;
    }
    theta[lay.h() + i] = beta(ni - 1, static_cast<Eigen::Index>(i));
  }
}

void validate(const AlrnnOptions& o, std::size_t n) {
  if (o.latent < 1 || o.latent > 1000) throw InputError("AL-RNN: the number of latent units must be 1 to 1000");
  if (o.latent < n)
    throw InputError("AL-RNN: " + std::to_string(o.latent) + " latent units cannot hold " + std::to_string(n) +
                     " observed dimensions (--latent must be at least the data's dimension)");
  if (o.relu > o.latent || o.relu > 31) throw InputError("AL-RNN: the ReLU units must number 0 to min(31, latent)");
  if (o.epochs < 1) throw InputError("AL-RNN: at least one epoch");
  if (o.batches_per_epoch < 1 || o.batch_size < 1) throw InputError("AL-RNN: batches and batch size must be at least 1");
  if (o.sequence_length < 2) throw InputError("AL-RNN: subsequences must be at least 2 steps long");
  if (o.forcing_interval < 1) throw InputError("AL-RNN: the forcing interval must be at least 1 step");
  if (!(o.forcing_alpha >= 0 && o.forcing_alpha <= 1)) throw InputError("AL-RNN: the forcing strength alpha must lie in [0, 1]");
  if (!(o.learning_rate > 0) || !(o.final_learning_rate > 0) || !(o.gradient_clip > 0))
    throw InputError("AL-RNN: learning rates and the gradient clip must be positive");
}

}  // namespace

double alrnn_sequence_loss(const AlrnnModel& model, const double* x, std::size_t steps, std::size_t forcing_interval,
                           double forcing_alpha, std::vector<double>* gradient) {
  const Layout lay{model.latent, model.observed, model.relu};
  std::vector<double> theta = model.a;
  theta.insert(theta.end(), model.w.begin(), model.w.end());
  theta.insert(theta.end(), model.h.begin(), model.h.end());
  theta.insert(theta.end(), model.l.begin(), model.l.end());
  std::vector<double> grad(lay.size(), 0.0), s_store, phi_store, error;
  const double loss =
      sequence_gradient(lay, theta, x, steps, forcing_interval, forcing_alpha, grad.data(), s_store, phi_store, error);
  if (gradient) *gradient = std::move(grad);
  return loss;
}

AlrnnFit fit_alrnn(const TrajectorySet& data, const AlrnnOptions& options, const RunControl& control) {
  const auto begin = std::chrono::steady_clock::now();
  const std::size_t n = data.dimension, m = options.latent;
  validate(options, n);
  const double dt = uniform_time_step(data, options.dt);
  std::size_t longest = 0;
  for (std::size_t r = 0; r < data.trials(); ++r) longest = std::max(longest, data.trial_length(r));
  const std::size_t steps = std::min(options.sequence_length, longest > 0 ? longest - 1 : 0);
  check_fit_data(data, longest, 11, "one training subsequence (the longest trial)");

  AlrnnFit fit;
  AlrnnModel& model = fit.model;
  model.latent = m;
  model.relu = options.relu;
  model.observed = n;
  model.variables = variable_names_for(data);
  model.dt = dt;
  // Standardise each column: the network works in units of the data's spread.
  model.mean.assign(n, 0.0);
  model.scale.assign(n, 0.0);
  const double count = static_cast<double>(data.points());
  for (std::size_t i = 0; i < data.points(); ++i)
    for (std::size_t j = 0; j < n; ++j) model.mean[j] += data.values[i * n + j] / count;
  for (std::size_t i = 0; i < data.points(); ++i)
    for (std::size_t j = 0; j < n; ++j) {
      const double d = data.values[i * n + j] - model.mean[j];
      model.scale[j] += d * d / count;
    }
  for (double& s : model.scale) s = std::sqrt(s);
  std::vector<double> xs(data.values.size());
  for (std::size_t i = 0; i < data.points(); ++i)
    for (std::size_t j = 0; j < n; ++j) xs[i * n + j] = (data.values[i * n + j] - model.mean[j]) / model.scale[j];

  // Where a subsequence of steps + 1 samples can start, trial by trial.
  std::vector<std::size_t> trial_first, cumulative{0};
  for (std::size_t r = 0; r < data.trials(); ++r)
    if (data.trial_length(r) > steps) {
      trial_first.push_back(data.trial_starts[r]);
      cumulative.push_back(cumulative.back() + data.trial_length(r) - steps);
    }
  const std::size_t starts = cumulative.back();

  // Initial weights: A = a0 I, W ~ N(0, w0^2 / M) off the diagonal, h = 0, L = 0.
  const Layout lay{m, n, options.relu};
  std::vector<double> theta(lay.size(), 0.0);
  for (std::size_t i = 0; i < m; ++i) theta[lay.a() + i] = options.initial_a;
  for (std::size_t k = 0; k < m * m; k += 4) {
    double z[4];
    philox::normals(options.seed, 0xA1u, k / 4, 0, z);
    for (std::size_t q = 0; q < 4 && k + q < m * m; ++q)
      if ((k + q) / m != (k + q) % m) theta[lay.w() + k + q] = options.initial_w / std::sqrt(static_cast<double>(m)) * z[q];
  }

  linear_start(xs, data, lay, theta);

  const std::size_t batch = options.batch_size, np = lay.size();
  std::vector<double> grads(batch * np), losses(batch), gradient(np), adam_m(np, 0.0), adam_v(np, 0.0);
  constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8;
  const std::size_t total_batches = static_cast<std::size_t>(options.epochs) * options.batches_per_epoch;
  const double decay = std::log(options.final_learning_rate / options.learning_rate) / static_cast<double>(total_batches);
  std::size_t iteration = 0;
  for (int epoch = 0; epoch < options.epochs && fit.status == RunStatus::Success; ++epoch) {
    double epoch_loss = 0.0;
    for (std::size_t b = 0; b < options.batches_per_epoch; ++b, ++iteration) {
      if (control.cancel && control.cancel->load()) {
        fit.status = RunStatus::Cancelled;
        fit.message = "cancelled after " + std::to_string(epoch) + " epochs";
        break;
      }
      std::fill(grads.begin(), grads.end(), 0.0);
      // Threads only pay off for big batches: with small ones the region's
      // barrier costs more than the work (and far more on a loaded machine).
#pragma omp parallel if (batch * steps * m * m > kParallelWork)
      {
        std::vector<double> s_store, phi_store, error;
#pragma omp for schedule(static)
        for (std::size_t q = 0; q < batch; ++q) {
          const philox::Block bits = philox::generate(
              {{static_cast<std::uint32_t>(q), static_cast<std::uint32_t>(iteration), static_cast<std::uint32_t>(iteration >> 32), 0xB7u}},
              static_cast<std::uint32_t>(options.seed), static_cast<std::uint32_t>(options.seed >> 32));
          const auto u = std::min(starts - 1, static_cast<std::size_t>(philox::to_unit(bits.v[0]) * static_cast<double>(starts)));
          const std::size_t r = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()) - 1;
          const std::size_t first = trial_first[r] + (u - cumulative[r]);
          losses[q] = sequence_gradient(lay, theta, &xs[first * n], steps, options.forcing_interval, options.forcing_alpha,
                                        &grads[q * np], s_store, phi_store, error);
        }
      }
      // A fixed order of summation: identical on any thread count.
      double loss = 0.0;
      std::fill(gradient.begin(), gradient.end(), 0.0);
      for (std::size_t q = 0; q < batch; ++q) {
        loss += losses[q] / static_cast<double>(batch);
        for (std::size_t k = 0; k < np; ++k) gradient[k] += grads[q * np + k] / static_cast<double>(batch);
      }
      double norm = 0.0;
      for (double g : gradient) norm += g * g;
      norm = std::sqrt(norm);
      if (!std::isfinite(loss) || !std::isfinite(norm)) {
        fit.status = RunStatus::Unstable;
        fit.message = "the training loss left the finite numbers in epoch " + std::to_string(epoch + 1) +
                      " (try a smaller learning rate or a shorter forcing interval)";
        break;
      }
      epoch_loss += loss / static_cast<double>(options.batches_per_epoch);
      const double clip = norm > options.gradient_clip ? options.gradient_clip / norm : 1.0;
      const double rate = options.learning_rate * std::exp(decay * static_cast<double>(iteration));
      const double t = static_cast<double>(iteration + 1);
      const double c1 = 1.0 - std::pow(kBeta1, t), c2 = 1.0 - std::pow(kBeta2, t);
      for (std::size_t k = 0; k < np; ++k) {
        const double g = gradient[k] * clip;
        adam_m[k] = kBeta1 * adam_m[k] + (1 - kBeta1) * g;
        adam_v[k] = kBeta2 * adam_v[k] + (1 - kBeta2) * g * g;
        theta[k] -= rate * (adam_m[k] / c1) / (std::sqrt(adam_v[k] / c2) + kEpsilon);
      }
      for (std::size_t i = 0; i < m; ++i) theta[lay.w() + i * m + i] = 0.0;  // W stays off-diagonal
    }
    if (fit.status == RunStatus::Success) fit.loss.push_back(epoch_loss);
    if (control.progress) control.progress(static_cast<double>(epoch + 1) / options.epochs);
  }
  unpack(lay, theta, model);
  fit.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  return fit;
}

}  // namespace flowscope
