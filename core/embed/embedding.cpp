#include "core/embed/embedding.h"

#include "core/embed/delay_embedding.h"
#include "core/embed/smoothing.h"
#include "core/errors.h"

namespace flowscope {

EmbedMethod parse_embed_method(std::string_view name) {
  if (name == "pca") return EmbedMethod::Pca;
  if (name == "delay") return EmbedMethod::Delay;
  throw InputError("unknown embedding method '" + std::string(name) + "' (known: pca, delay)");
}

std::optional<Embedding> embed(const TrajectorySet& data, const EmbedRequest& request, const RunControl& control) {
  if (data.points() == 0) throw InputError("embedding: the data hold no points");
  const NonFiniteRows bad = find_non_finite_rows(data);
  if (bad.rows)
    throw InputError("embedding: " + std::to_string(bad.rows) + " rows hold NaN or infinite values, the first at " +
                     point_location(data, bad.first_point, bad.first_dimension) + " (drop those rows first)");
  const TrajectorySet smoothed_copy = request.smooth_sigma > 0 ? gaussian_smooth(data, request.smooth_sigma) : TrajectorySet{};
  const TrajectorySet& input = request.smooth_sigma > 0 ? smoothed_copy : data;

  Embedding result;
  result.method = request.method;
  if (request.method == EmbedMethod::Pca) {
    PcaOptions options = request.pca;
    options.components = request.dims ? request.dims : std::min<std::size_t>(3, input.dimension);
    if (options.components > input.dimension)
      throw InputError("PCA: " + std::to_string(options.components) + " dimensions requested but the data have only " +
                       std::to_string(input.dimension));
    if (input.points() <= options.components)
      throw InputError("PCA: " + std::to_string(options.components) + " dimensions need more than " +
                       std::to_string(options.components) + " time points; the data have " +
                       std::to_string(input.points()));
    result.pca = fit_pca(input.values.data(), input.points(), input.dimension, options, control);
    if (result.pca.size() == 0) return std::nullopt;
    result.dims = options.components;
    TrajectorySet& out = result.coordinates;
    out.dimension = result.dims;
    out.values = pca_transform(result.pca, input.values.data(), input.points());
    out.trial_starts = input.trial_starts;
    out.times = input.times;
    out.labels = input.labels;
    out.label_names = input.label_names;
    out.trial_ids = input.trial_ids;
    out.stacked = input.stacked;
    for (std::size_t k = 0; k < result.dims; ++k) out.column_names.push_back("PC" + std::to_string(k + 1));
    return result;
  }

  if (request.column >= input.dimension)
    throw InputError("delay embedding: column " + std::to_string(request.column) + " does not exist (the data have " +
                     std::to_string(input.dimension) + (input.dimension == 1 ? " column)" : " columns)"));
  result.delay = request.delay;
  if (result.delay == 0) {
    result.delay_choice = choose_delay(input, request.column, request.max_delay);
    result.delay = result.delay_choice.delay;
    result.delay_chosen = true;
  } else {
    std::size_t longest = 0;
    for (std::size_t r = 0; r < input.trials(); ++r) longest = std::max(longest, input.trial_length(r));
    if (result.delay >= longest)
      throw InputError("delay embedding: the delay " + std::to_string(result.delay) +
                       " is not shorter than the series (" + std::to_string(longest) + " samples)");
  }
  if (control.cancel && control.cancel->load()) return std::nullopt;
  if (control.progress) control.progress(0.3);
  result.dims = request.dims;
  if (result.dims == 0) {
    result.dimension_choice = choose_dimension(input, request.column, result.delay, request.fnn);
    result.dims = result.dimension_choice.dimension;
    result.dims_chosen = true;
  }
  result.coordinates = delay_embed(input, request.column, result.delay, result.dims);
  if (control.progress) control.progress(1.0);
  return result;
}

std::vector<std::vector<float>> coordinate_arrays(const TrajectorySet& coordinates) {
  std::vector<std::vector<float>> arrays;
  for (std::size_t j = 0; j < coordinates.dimension; ++j) arrays.push_back(coordinates.column_float(j));
  return arrays;
}

}  // namespace flowscope
