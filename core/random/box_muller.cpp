#include "core/random/box_muller.h"

#include <cmath>

namespace flowscope::box_muller {

const AngleTable& angle_table() {
  static const AngleTable table = [] {
    AngleTable t;
    for (std::size_t k = 0; k < kAngles; ++k) {
      const double angle = kTwoPi * (static_cast<double>(k) / kAngles);
      t.cos[k] = std::cos(angle);
      t.sin[k] = std::sin(angle);
    }
    return t;
  }();
  return table;
}

}  // namespace flowscope::box_muller
