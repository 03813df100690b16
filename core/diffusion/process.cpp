#include "core/diffusion/process.h"

#include <cmath>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {

std::string_view process_name(ProcessKind kind) { return kind == ProcessKind::VP ? "vp" : "ve"; }

ProcessKind parse_process(std::string_view name) {
  if (name == "vp") return ProcessKind::VP;
  if (name == "ve") return ProcessKind::VE;
  throw InputError("unknown process '" + std::string(name) + "' (known: vp, ve)");
}

double ForwardProcess::alpha(double t) const {
  if (kind == ProcessKind::VE) return 1.0;
  return std::exp(-0.5 * (beta_min * t + 0.5 * (beta_max - beta_min) * t * t));
}

double ForwardProcess::sigma(double t) const {
  if (kind == ProcessKind::VP) {
    // 1 - alpha^2 = -expm1(-integral of beta): accurate near t = 0.
    return std::sqrt(-std::expm1(-(beta_min * t + 0.5 * (beta_max - beta_min) * t * t)));
  }
  return sigma_min * std::sqrt(std::expm1(2.0 * t * std::log(sigma_max / sigma_min)));
}

double ForwardProcess::f(double t) const {
  return kind == ProcessKind::VP ? -0.5 * (beta_min + t * (beta_max - beta_min)) : 0.0;
}

double ForwardProcess::g2(double t) const {
  if (kind == ProcessKind::VP) return beta_min + t * (beta_max - beta_min);
  const double ratio = std::log(sigma_max / sigma_min);
  return 2.0 * sigma_min * sigma_min * std::exp(2.0 * t * ratio) * ratio;
}

void ForwardProcess::validate() const {
  auto check = [](bool ok, const std::string& what, double v) {
    if (!ok) throw InputError(what + ", not " + format_double(v));
  };
  if (kind == ProcessKind::VP) {
    check(std::isfinite(beta_min) && beta_min >= 0, "beta_min must be a finite number >= 0", beta_min);
    check(std::isfinite(beta_max) && beta_max > beta_min, "beta_max must be finite and > beta_min", beta_max);
  } else {
    check(std::isfinite(sigma_min) && sigma_min > 0, "sigma_min must be a finite number > 0", sigma_min);
    check(std::isfinite(sigma_max) && sigma_max > sigma_min, "sigma_max must be finite and > sigma_min", sigma_max);
  }
  check(t_min > 0 && t_min < 1, "t_min must lie in (0, 1)", t_min);
}

GaussianMixture noised_marginal(const GaussianMixture& target, const ForwardProcess& process, double t) {
  return target.noised(process.alpha(t), process.sigma(t));
}

}  // namespace flowscope
