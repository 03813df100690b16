#pragma once
// One call from loaded trajectories to projected coordinates, shared by the
// CLI's embed command and the GUI: optional Gaussian smoothing, then PCA or a
// delay embedding (delay and dimension chosen automatically when not given).
// The result keeps the trial structure, times and labels of the input.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/trajectory_set.h"
#include "core/embed/false_nearest_neighbours.h"
#include "core/embed/mutual_information.h"
#include "core/embed/pca.h"
#include "core/integrate/trajectory.h"  // RunControl

namespace flowscope {

enum class EmbedMethod { Pca, Delay };
EmbedMethod parse_embed_method(std::string_view name);  // "pca", "delay"; throws InputError

struct EmbedRequest {
  EmbedMethod method = EmbedMethod::Pca;
  std::size_t dims = 0;       // PCA: components (0: min(3, D)); delay: dimension (0: false nearest neighbours)
  std::size_t delay = 0;      // delay: samples (0: first minimum of mutual information)
  double smooth_sigma = 0.0;  // Gaussian smoothing in samples before embedding (0: none)
  std::size_t column = 0;     // delay: the coordinate embedded
  PcaOptions pca;             // method, oversampling, seed (components come from dims)
  std::size_t max_delay = 0;  // delay search range (0: automatic)
  FnnOptions fnn;
};

struct Embedding {
  TrajectorySet coordinates;  // points x dims, the input's trials (delay: each shortened by (m-1) L)
  EmbedMethod method = EmbedMethod::Pca;
  PcaResult pca;              // PCA only
  std::size_t delay = 0, dims = 0;
  bool delay_chosen = false, dims_chosen = false;
  DelayChoice delay_choice;          // when the delay was chosen
  DimensionChoice dimension_choice;  // when the dimension was chosen
};

// Throws InputError for requests the data cannot satisfy (more dimensions
// than the data, fewer time points than dimensions, a delay longer than the
// series, NaN in the data). Returns nothing when cancelled.
std::optional<Embedding> embed(const TrajectorySet& data, const EmbedRequest& request, const RunControl& control = {});

// Coordinates as structure-of-arrays floats for drawing: dims arrays of points values.
std::vector<std::vector<float>> coordinate_arrays(const TrajectorySet& coordinates);

}  // namespace flowscope
