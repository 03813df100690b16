#include "core/langevin/potential.h"

#include <string>

#include "core/errors.h"

namespace flowscope {

void Potential::gradient_batch(const double* const* x, std::size_t count, const double* p, double* const* grad) const {
  const int n = dimension();
  std::vector<double> point(n), g(n);
  for (std::size_t i = 0; i < count; ++i) {
    for (int j = 0; j < n; ++j) point[j] = x[j][i];
    gradient(point.data(), p, g.data());
    for (int j = 0; j < n; ++j) grad[j][i] = g[j];
  }
}

const std::vector<std::shared_ptr<const Potential>>& all_potentials() {
  static const std::vector<std::shared_ptr<const Potential>> list;  // filled by the potentials' author
  return list;
}

std::shared_ptr<const Potential> find_potential(std::string_view id) {
  std::string known;
  for (const auto& potential : all_potentials()) {
    if (potential->id() == id) return potential;
    if (!known.empty()) known += ", ";
    known += potential->id();
  }
  throw InputError("unknown potential '" + std::string(id) + "' (known potentials: " + known + ")");
}

}  // namespace flowscope
