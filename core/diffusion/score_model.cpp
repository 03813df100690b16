#include "core/diffusion/score_model.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

// Cholesky of a d x d SPD matrix (d <= 3) into l; returns log det.
double small_cholesky(const double* a, int d, double* l) {
  for (int i = 0; i < d * d; ++i) l[i] = 0.0;
  double log_det = 0.0;
  for (int j = 0; j < d; ++j) {
    double pivot = a[j * d + j];
    for (int k = 0; k < j; ++k) pivot -= l[j * d + k] * l[j * d + k];
    l[j * d + j] = std::sqrt(pivot);
    log_det += std::log(pivot);
    for (int i = j + 1; i < d; ++i) {
      double v = a[i * d + j];
      for (int k = 0; k < j; ++k) v -= l[i * d + k] * l[j * d + k];
      l[i * d + j] = v / l[j * d + j];
    }
  }
  return log_det;
}

void small_inverse(const double* l, int d, double* inv) {
  double linv[9] = {};
  for (int j = 0; j < d; ++j) {
    linv[j * d + j] = 1.0 / l[j * d + j];
    for (int i = j + 1; i < d; ++i) {
      double v = 0.0;
      for (int k = j; k < i; ++k) v -= l[i * d + k] * linv[k * d + j];
      linv[i * d + j] = v / l[i * d + i];
    }
  }
  for (int r = 0; r < d; ++r)
    for (int c = 0; c < d; ++c) {
      double v = 0.0;
      for (int k = r > c ? r : c; k < d; ++k) v += linv[k * d + r] * linv[k * d + c];
      inv[r * d + c] = v;
    }
}

}  // namespace

void noised_score_table(const GaussianMixture& base, double alpha, double sigma, FieldTable& table) {
  const int d = base.dimension();
  const std::size_t K = base.size();
  if (table.count != K || table.dimension != d || table.isotropic != base.isotropic())
    table.resize(d, K, base.isotropic(), false);
  const double log_two_pi = std::log(2.0 * std::numbers::pi);
  const double a2 = alpha * alpha, s2 = sigma * sigma;
  for (std::size_t k = 0; k < K; ++k) {
    const MixtureComponent& c = base.component(k);
    for (int j = 0; j < d; ++j) table.mean[j * K + k] = alpha * c.mean[j];
    const double log_w = std::log(c.weight);
    if (base.isotropic()) {
      const double var = a2 * c.scale * c.scale + s2;
      table.precision[k] = 1.0 / var;
      table.log_coefficient[k] = log_w - 0.5 * d * (log_two_pi + std::log(var));
      continue;
    }
    // alpha^2 Sigma + sigma^2 I from the unnoised covariance (Sigma from the
    // base's Cholesky factor: no allocation).
    const double* l0 = base.tables().cholesky.data() + k * d * d;
    double cov[9], l[9], inv[9];
    for (int r = 0; r < d; ++r)
      for (int q = 0; q < d; ++q) {
        double v = 0.0;
        for (int m = 0; m <= (r < q ? r : q); ++m) v += l0[r * d + m] * l0[q * d + m];
        cov[r * d + q] = a2 * v + (r == q ? s2 : 0.0);
      }
    const double log_det = small_cholesky(cov, d, l);
    small_inverse(l, d, inv);
    for (int e = 0; e < d * d; ++e) table.precision[e * K + k] = inv[e];
    table.log_coefficient[k] = log_w - 0.5 * (d * log_two_pi + log_det);
  }
}

std::string ScoreError::text() const {
  switch (kind) {
    case Kind::None: return "none";
    case Kind::Scale: return "scale:" + format_double(value);
    case Kind::Blur: return "blur:" + format_double(value);
    case Kind::Bias: return "bias:" + format_double(value);
    case Kind::Weights: {
      std::string s = "weights:";
      for (std::size_t i = 0; i < weights.size(); ++i) {
        if (i) s += ",";
        s += format_double(weights[i]);
      }
      return s;
    }
  }
  return "none";
}

ScoreError parse_score_error(std::string_view spec) {
  const std::string text(spec);
  ScoreError e;
  if (text == "none") return e;
  const auto colon = text.find(':');
  const std::string kind = text.substr(0, colon);
  const std::string rest = colon == std::string::npos ? "" : text.substr(colon + 1);
  auto fail = [&](const std::string& why) -> ScoreError {
    throw InputError("score error '" + text + "': " + why);
  };
  if (colon == std::string::npos)
    return fail("expected scale:F, blur:S, bias:F, weights:W1,W2,... or none");
  if (kind == "scale" || kind == "blur" || kind == "bias") {
    const auto v = parse_double(rest);
    if (!v || !std::isfinite(*v)) return fail("'" + rest + "' is not a finite number");
    if (kind == "blur" && *v < 0) return fail("the blur S must be >= 0");
    e.kind = kind == "scale" ? ScoreError::Kind::Scale : kind == "blur" ? ScoreError::Kind::Blur : ScoreError::Kind::Bias;
    e.value = *v;
    return e;
  }
  if (kind == "weights") {
    e.kind = ScoreError::Kind::Weights;
    std::size_t begin = 0;
    while (true) {
      const auto comma = rest.find(',', begin);
      const std::string item = rest.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
      const auto v = parse_double(item);
      if (!v || !std::isfinite(*v) || !(*v > 0))
        return fail("weight " + std::to_string(e.weights.size() + 1) + " ('" + item + "') must be a number > 0");
      e.weights.push_back(*v);
      if (comma == std::string::npos) break;
      begin = comma + 1;
    }
    return e;
  }
  return fail("unknown kind '" + kind + "' (known: scale, blur, bias, weights)");
}

ScoreModel::ScoreModel(const GaussianMixture& target, const ForwardProcess& process, const ScoreError& error)
    : model_(target), process_(process) {
  switch (error.kind) {
    case ScoreError::Kind::None: break;
    case ScoreError::Kind::Scale: scale_ = error.value; break;
    case ScoreError::Kind::Bias: bias_ = error.value; break;
    case ScoreError::Kind::Blur: model_ = target.widened(error.value); break;
    case ScoreError::Kind::Weights:
      if (error.weights.size() != target.size())
        throw InputError("score error '" + error.text() + "': " + std::to_string(error.weights.size()) +
                         " weights given; the target has " + std::to_string(target.size()) + " components");
      model_ = target.reweighted(error.weights);
      break;
  }
}

FieldTable ScoreModel::make_table() const {
  FieldTable t;
  t.resize(model_.dimension(), model_.size(), model_.isotropic(), false);
  return t;
}

void ScoreModel::table_at(double t, FieldTable& table) const {
  noised_score_table(model_, process_.alpha(t), process_.sigma(t), table);
}

void ScoreModel::score(double t, const double* x, std::size_t count, std::size_t stride, double* out) const {
  FieldTable table = make_table();
  table_at(t, table);
  const int d = dimension();
  const double* xs[3];
  double* outs[3];
  for (int j = 0; j < d; ++j) {
    xs[j] = x + j * stride;
    outs[j] = out + j * stride;
  }
  mixture_field(table, xs, count, outs, nullptr);
  for (int j = 0; j < d; ++j)
    for (std::size_t i = 0; i < count; ++i) outs[j][i] = scale_ * outs[j][i] + bias_;
}

}  // namespace flowscope

