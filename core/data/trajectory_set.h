#pragma once
// A set of latent trajectories: trials, each a sequence of points in D
// dimensions, with optional per-point times and labels. Trials may differ in
// length (a CSV with a trial column); an array of trials x T x D gives equal ones.
//
// Storage is one row-major block (point i's coordinates at values[i*D + j]),
// trials one after another, so the importers fill it in file order and the
// numerics read it as an N x D matrix.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace flowscope {

struct TrajectorySet {
  std::size_t dimension = 0;
  std::vector<double> values;                // points x dimension, row-major
  std::vector<std::size_t> trial_starts{0};  // trial r holds points [trial_starts[r], trial_starts[r + 1])
  std::vector<double> times;                 // one per point, or empty: the sample index within its trial
  std::vector<std::int32_t> labels;          // one per point (index into label_names), or empty
  std::vector<std::string> label_names;
  std::vector<std::string> column_names;     // one per dimension
  std::vector<double> trial_ids;             // the file's trial value per trial, or empty: 0, 1, ...
  bool stacked = false;                      // read from a trials x T x D array (written back the same way)

  std::size_t points() const { return dimension ? values.size() / dimension : 0; }
  std::size_t trials() const { return trial_starts.size() - 1; }
  std::size_t trial_length(std::size_t r) const { return trial_starts[r + 1] - trial_starts[r]; }
  bool equal_lengths() const;
  const double* point(std::size_t i) const { return values.data() + i * dimension; }
  double time_of(std::size_t i) const;  // times[i], or i's index within its trial
  // The trial index of every point (for colouring by trial).
  std::vector<std::int32_t> point_trials() const;
  // Coordinate j of every point (structure-of-arrays, for drawing).
  std::vector<double> column(std::size_t j) const;
  std::vector<float> column_float(std::size_t j) const;
};

// One trial of T points (or trials x T when stacked) from row-major values;
// names the columns x0, x1, ...
TrajectorySet make_trajectory_set(std::vector<double> values, std::size_t trials, std::size_t length,
                                  std::size_t dimension, bool stacked);

// Rows (points) holding a NaN or an infinity.
struct NonFiniteRows {
  std::size_t rows = 0;          // how many
  std::size_t first_point = 0;   // the first such point and one bad coordinate of it
  std::size_t first_dimension = 0;
};
NonFiniteRows find_non_finite_rows(const TrajectorySet& set);

// Removes every point with a NaN or an infinite coordinate (and its time and
// label); trials left empty are removed. Returns how many points were dropped.
std::size_t drop_non_finite_rows(TrajectorySet& set);

// "x0", "x1", ...: the name of an unnamed dimension.
std::string default_column_name(std::size_t j);

// "trial 3, sample 17, dimension 2" for a point of the set (0-based, as numpy indexes).
std::string point_location(const TrajectorySet& set, std::size_t point, std::size_t dimension);

}  // namespace flowscope
