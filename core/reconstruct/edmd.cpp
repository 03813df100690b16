#include "core/reconstruct/edmd.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/errors.h"
#include "core/reconstruct/function_library.h"
#include "core/reconstruct/sampling.h"

namespace flowscope {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// The dictionary at the sample `current` points to, earlier samples of the
// same trial (or history) lying before it in the same row-major buffer.
class Dictionary {
 public:
  Dictionary(const EdmdOptions& options, std::vector<std::string> variables)
      : options_(options), d_(variables.size()),
        library_(variables, options.dictionary == EdmdDictionary::Monomials ? options.degree : 1, false) {
    if (options.dictionary == EdmdDictionary::Monomials) {
      for (std::size_t k = 0; k < library_.size(); ++k) terms_.push_back(library_.term_text(k));
    } else {
      terms_.push_back("1");
      for (int k = 0; k <= options.delays; ++k)
        for (const std::string& v : variables)
          terms_.push_back(k == 0 ? v : v + "(t-" + std::to_string(k * options.lag) + ")");
    }
  }
  std::size_t size() const { return terms_.size(); }
  const std::vector<std::string>& terms() const { return terms_; }
  std::size_t window() const {
    return options_.dictionary == EdmdDictionary::Delays ? static_cast<std::size_t>(options_.delays * options_.lag) + 1 : 1;
  }
  // Both dictionaries hold the constant first and then the present state.
  std::size_t state_term(std::size_t j) const { return 1 + j; }

  void lift(const double* current, double* out) const {
    if (options_.dictionary == EdmdDictionary::Monomials) {
      library_.evaluate(current, out);
      return;
    }
    out[0] = 1.0;
    for (int k = 0; k <= options_.delays; ++k) {
      const double* x = current - static_cast<std::ptrdiff_t>(k * options_.lag) * static_cast<std::ptrdiff_t>(d_);
      for (std::size_t j = 0; j < d_; ++j) out[1 + static_cast<std::size_t>(k) * d_ + j] = x[j];
    }
  }

 private:
  EdmdOptions options_;
  std::size_t d_;
  FunctionLibrary library_;
  std::vector<std::string> terms_;
};

void validate(const EdmdOptions& o) {
  if (o.dictionary == EdmdDictionary::Monomials && (o.degree < 1 || o.degree > 8))
    throw InputError("EDMD: the monomial degree must be 1 to 8, not " + std::to_string(o.degree));
  if (o.dictionary == EdmdDictionary::Delays && (o.delays < 0 || o.delays > 2000))
    throw InputError("EDMD: the number of delays must be 0 to 2000, not " + std::to_string(o.delays));
  if (o.dictionary == EdmdDictionary::Delays && (o.lag < 1 || o.lag > 100000))
    throw InputError("EDMD: the lag must be 1 to 100000 samples, not " + std::to_string(o.lag));
}

}  // namespace

EdmdDictionary parse_edmd_dictionary(const std::string& name) {
  if (name == "monomials") return EdmdDictionary::Monomials;
  if (name == "delays") return EdmdDictionary::Delays;
  throw InputError("EDMD: unknown dictionary '" + name + "' (known: monomials, delays)");
}

std::size_t EdmdModel::window() const {
  return options.dictionary == EdmdDictionary::Delays ? static_cast<std::size_t>(options.delays * options.lag) + 1 : 1;
}

EdmdModel fit_edmd(const TrajectorySet& data, const EdmdOptions& options) {
  validate(options);
  EdmdModel model;
  model.options = options;
  model.dt = uniform_time_step(data, options.dt);
  model.variables = variable_names_for(data);
  model.dimension = data.dimension;
  const Dictionary dictionary(options, model.variables);
  model.terms = dictionary.terms();
  const std::size_t p = dictionary.size(), window = dictionary.window();
  std::size_t pairs = 0;
  for (std::size_t r = 0; r < data.trials(); ++r) pairs += data.trial_length(r) > window ? data.trial_length(r) - window : 0;
  check_fit_data(data, pairs, 2 * p, "a dictionary of " + std::to_string(p) + " functions");
  model.pairs = pairs;

  // Normal equations G = Psi_X^T Psi_X, C = Psi_X^T Psi_Y, and what the residual needs.
  const auto pi = static_cast<Index>(p);
  MatrixXd g = MatrixXd::Zero(pi, pi), c = MatrixXd::Zero(pi, pi);
  VectorXd x(pi), y(pi), y_sum = VectorXd::Zero(pi), y_squares = VectorXd::Zero(pi);
  for (std::size_t r = 0; r < data.trials(); ++r)
    for (std::size_t i = data.trial_starts[r] + window - 1; i + 1 < data.trial_starts[r + 1]; ++i) {
      dictionary.lift(data.point(i), x.data());
      dictionary.lift(data.point(i + 1), y.data());
      g.selfadjointView<Eigen::Lower>().rankUpdate(x);
      c.noalias() += x * y.transpose();
      y_sum += y;
      y_squares += y.cwiseProduct(y);
    }
  g = g.selfadjointView<Eigen::Lower>();
  VectorXd scale = (g.diagonal() / static_cast<double>(pairs)).cwiseSqrt();
  for (Index k = 0; k < pi; ++k)
    if (!(scale(k) > 0)) scale(k) = 1.0;
  const MatrixXd gs = scale.cwiseInverse().asDiagonal() * g * scale.cwiseInverse().asDiagonal();
  const MatrixXd cs = scale.cwiseInverse().asDiagonal() * c * scale.cwiseInverse().asDiagonal();
  const Eigen::SelfAdjointEigenSolver<MatrixXd> eigen(gs);
  if (eigen.info() != Eigen::Success) throw Error("EDMD: the eigendecomposition of the normal matrix did not converge");
  const double largest = eigen.eigenvalues().maxCoeff();
  VectorXd inverse = VectorXd::Zero(pi);
  for (Index k = 0; k < pi; ++k)
    if (eigen.eigenvalues()(k) > kEdmdRankTolerance * largest) {
      inverse(k) = 1.0 / eigen.eigenvalues()(k);
      ++model.rank;
    }
  const MatrixXd k_scaled = eigen.eigenvectors() * inverse.asDiagonal() * eigen.eigenvectors().transpose() * cs;
  const MatrixXd k = scale.cwiseInverse().asDiagonal() * k_scaled * scale.asDiagonal();
  model.koopman.resize(p * p);
  for (Index a = 0; a < pi; ++a)
    for (Index b = 0; b < pi; ++b) model.koopman[static_cast<std::size_t>(a) * p + static_cast<std::size_t>(b)] = k(a, b);

  // Residual over the non-constant terms: tr(Y^T Y) - 2 tr(K^T C) + tr(K^T G K), per term.
  double residual = 0.0, total = 0.0;
  const MatrixXd gk = g * k;
  for (Index t = 1; t < pi; ++t) {
    residual += y_squares(t) - 2.0 * k.col(t).dot(c.col(t)) + k.col(t).dot(gk.col(t));
    total += y_squares(t) - y_sum(t) * y_sum(t) / static_cast<double>(pairs);
  }
  model.residual = total > 0 ? std::max(0.0, residual) / total : 0.0;

  const Eigen::EigenSolver<MatrixXd> spectrum(k, true);
  if (spectrum.info() != Eigen::Success) throw Error("EDMD: the eigendecomposition of K did not converge");
  std::vector<Index> order(static_cast<std::size_t>(pi));
  std::iota(order.begin(), order.end(), Index{0});
  const auto& lambdas = spectrum.eigenvalues();
  std::sort(order.begin(), order.end(), [&](Index a, Index b) {
    const double ma = std::abs(lambdas(a)), mb = std::abs(lambdas(b));
    return ma != mb ? ma > mb : lambdas(a).imag() > lambdas(b).imag();
  });
  for (Index j : order) {
    const std::complex<double> lambda = lambdas(j);
    const std::complex<double> mu = std::log(lambda) / model.dt;
    model.eigenvalues.push_back({lambda, mu.real(), mu.imag() / (2.0 * M_PI)});
  }

  // The leading eigenfunctions on the data.
  const std::size_t count = std::min(options.eigenfunctions, p);
  for (std::size_t m = 0; m < count; ++m)
    for (Index a = 0; a < pi; ++a) model.eigenvectors.push_back(spectrum.eigenvectors()(a, order[m]));
  std::vector<double> psi(p);
  for (std::size_t r = 0; r < data.trials() && count; ++r)
    for (std::size_t i = data.trial_starts[r] + window - 1; i < data.trial_starts[r + 1]; ++i) {
      dictionary.lift(data.point(i), psi.data());
      model.eigenfunction_points.push_back(i);
      for (std::size_t m = 0; m < count; ++m) {
        std::complex<double> value = 0.0;
        for (std::size_t a = 0; a < p; ++a) value += psi[a] * model.eigenvectors[m * p + a];
        model.eigenfunction_values.push_back(value);
      }
    }
  for (std::size_t m = 0; m < count; ++m) {
    double peak = 0.0;
    for (std::size_t row = 0; row < model.eigenfunction_points.size(); ++row)
      peak = std::max(peak, std::abs(model.eigenfunction_values[row * count + m]));
    if (peak > 0)
      for (std::size_t row = 0; row < model.eigenfunction_points.size(); ++row) model.eigenfunction_values[row * count + m] /= peak;
  }
  return model;
}

std::vector<double> edmd_free_run(const EdmdModel& model, const std::vector<double>& history, std::size_t steps,
                                  double bound) {
  const Dictionary dictionary(model.options, model.variables);
  const std::size_t d = model.dimension, p = dictionary.size(), window = dictionary.window();
  if (history.size() != window * d)
    throw InputError("EDMD free run: the history must hold " + std::to_string(window) + " states of dimension " +
                     std::to_string(d));
  std::vector<double> states = history, psi(p);
  states.reserve((window + steps) * d);
  for (std::size_t s = 0; s < steps; ++s) {
    dictionary.lift(states.data() + states.size() - d, psi.data());
    bool finite = true;
    for (std::size_t j = 0; j < d; ++j) {
      double next = 0.0;
      for (std::size_t a = 0; a < p; ++a) next += psi[a] * model.koopman[a * p + dictionary.state_term(j)];
      finite = finite && std::isfinite(next) && std::fabs(next) <= bound;
      states.push_back(next);
    }
    if (!finite) {
      states.resize(states.size() - d);
      break;
    }
  }
  states.erase(states.begin(), states.begin() + static_cast<std::ptrdiff_t>((window - 1) * d));
  return states;
}

}  // namespace flowscope
