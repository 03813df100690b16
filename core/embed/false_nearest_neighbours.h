#pragma once
// False nearest neighbours (Kennel, Brown & Abarbanel, "Determining embedding
// dimension for phase-space reconstruction using a geometrical construction",
// Phys. Rev. A 45, 3403, 1992): a neighbour in m dimensions is false when the
// (m+1)-th delay coordinate moves it far away, |x_{i+mL} - x_{j+mL}| / R_m >
// R_tol, or when the distance in m+1 dimensions exceeds A_tol times the
// series' standard deviation. The embedding dimension is the smallest m whose
// fraction of false neighbours falls below a threshold.
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

struct FnnOptions {
  std::size_t max_dimension = 10;
  double r_tolerance = 15.0;   // Kennel et al.'s R_tol
  double a_tolerance = 2.0;    // Kennel et al.'s A_tol
  double threshold = 0.01;     // the fraction counted as "no false neighbours left"
  std::size_t queries = 4000;  // points tested per dimension (evenly spaced)
  std::size_t theiler = 0;     // temporal neighbours |i - j| <= theiler are not neighbours; 0: the delay
};

struct DimensionChoice {
  std::size_t dimension = 1;
  std::vector<double> false_fraction;  // for m = 1 .. tested
  std::string reason;
};

// Fraction of false nearest neighbours of coordinate column for m = 1 .. max_dimension
// (stops early at the first fraction below the threshold). Throws InputError
// when the series is too short for the delay.
DimensionChoice choose_dimension(const TrajectorySet& data, std::size_t column, std::size_t delay,
                                 const FnnOptions& options = {});

}  // namespace flowscope
