#include "widgets/panels/axis_ticks.h"

#include <cmath>
#include <utility>

namespace flowscope {

std::vector<double> axis_ticks(double lo, double hi) {
  if (lo > hi) std::swap(lo, hi);
  const double span = hi - lo;
  if (!(span > 0)) return {lo};
  const double raw = span / 5.0;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double step = raw / power < 2 ? 2 * power : raw / power < 5 ? 5 * power : 10 * power;
  std::vector<double> out;
  const double first = std::ceil(lo / step);
  for (int k = 0; k <= 12; ++k) {
    const double v = (first + k) * step;
    if (v > hi + 1e-9 * span) break;
    out.push_back(std::fabs(v) < 1e-12 * span ? 0.0 : v);
  }
  return out;
}

}  // namespace flowscope
