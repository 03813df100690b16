#pragma once
// Round tick values for a plot axis, shared by the QPainter plots.
#include <vector>

namespace flowscope {

// About five round values (1, 2 or 5 times a power of ten) across [lo, hi]
// (either order); just lo when the range is empty. Counted, not accumulated:
// a step below the values' resolution cannot loop forever.
std::vector<double> axis_ticks(double lo, double hi);

}  // namespace flowscope
