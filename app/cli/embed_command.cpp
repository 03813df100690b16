// flowscope-cli embed: loads latent trajectories (CSV, NPY or an HDF5
// dataset), optionally smooths them, and writes PCA or delay-embedding
// coordinates to .npy in the input's order (T x K, or trials x T x K).
#include <chrono>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/data/import.h"
#include "core/embed/embedding.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"

namespace flowscope::cli {

int run_embed(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {
      {"input", "FILE", "trajectories: .csv, .npy (T x D or trials x T x D) or .h5/.hdf5"},
      {"dataset", "PATH", "HDF5: the dataset's path in the file, e.g. /spikes"},
      {"method", "NAME", "pca or delay"},
      {"dims", "K", "PCA: components (default 3, at most D); delay: dimension (default: false nearest neighbours)"},
      {"delay", "L", "delay: the delay in samples (default: first minimum of mutual information)"},
      {"column", "J", "delay: the column (dimension) embedded, from 0 (default 0)"},
      {"max-delay", "L", "delay: the largest delay searched (default min(T/4, 500))"},
      {"smooth", "SIGMA", "Gaussian smoothing along time first, sigma in samples (default 0: none)"},
      {"pca", "NAME", "PCA: auto (default), exact or randomized"},
      {"seed", "K", "randomized PCA: seed of the test matrix (default 0)"},
      {"drop-non-finite", "", "drop rows with NaN or infinite values instead of refusing the file"},
      {"out", "FILE.npy", "the coordinates, T x K or trials x T x K (delay: each trial shortened by (K-1) L)"},
      {"json", "", "print a JSON summary on stdout"},
      {"help", "", "show this help"},
  };
  const Options options("embed", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("embed", "Project latent trajectories by PCA or embed a scalar series by delays.", specs)
                   .c_str(),
               stdout);
    return kExitOk;
  }
  const std::string input = options.required_text("input");
  const std::string out = options.required_text("out");
  if (!has_extension(out, ".npy")) throw UsageError("option '--out': '" + out + "' is not a .npy file name");
  EmbedRequest request;
  request.method = parse_embed_method(options.required_text("method"));
  request.dims = options.has("dims") ? static_cast<std::size_t>(options.whole("dims", 1, 1e6)) : 0;
  request.smooth_sigma = options.number("smooth", 0.0);
  if (!(request.smooth_sigma >= 0))
    throw UsageError("option '--smooth': sigma must be >= 0, not " + json_number(request.smooth_sigma));
  if (request.method == EmbedMethod::Pca) {
    for (const char* name : {"delay", "column", "max-delay"})
      if (options.has(name)) throw UsageError("option '--" + std::string(name) + "' is for --method delay");
    request.pca.method = parse_pca_method(options.text("pca").value_or("auto"));
    request.pca.seed = options.seed();
  } else {
    if (options.has("pca")) throw UsageError("option '--pca' is for --method pca");
    request.delay = options.has("delay") ? static_cast<std::size_t>(options.whole("delay", 1, 1e12)) : 0;
    request.column = static_cast<std::size_t>(options.whole("column", 0, 1e6, 0));
    request.max_delay = options.has("max-delay") ? static_cast<std::size_t>(options.whole("max-delay", 2, 1e9)) : 0;
  }
  ImportOptions import;
  import.dataset = options.text("dataset").value_or("");
  if (!import.dataset.empty() && detect_format(input) != FileFormat::Hdf5)
    throw UsageError("option '--dataset' is for HDF5 files; '" + input + "' is not one");
  if (import.dataset.empty() && detect_format(input) == FileFormat::Hdf5)
    throw UsageError("'" + input + "' is an HDF5 file: choose a dataset with --dataset PATH");
  import.non_finite = options.has("drop-non-finite") ? NonFinitePolicy::Drop : NonFinitePolicy::Reject;
  check_writable(out);

  const auto begin = std::chrono::steady_clock::now();
  const ImportResult loaded = load_trajectories(input, import).value();
  const TrajectorySet& data = loaded.data;
  if (loaded.dropped_rows)
    std::fprintf(stderr, "flowscope-cli embed: dropped %zu rows with NaN or infinite values\n", loaded.dropped_rows);
  const Embedding embedding = embed(data, request).value();
  const TrajectorySet& c = embedding.coordinates;
  std::vector<std::size_t> shape = {c.points(), c.dimension};
  if (c.stacked && c.equal_lengths()) shape = {c.trials(), c.trial_length(0), c.dimension};
  write_npy(out, c.values.data(), shape);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();

  if (options.has("json")) {
    std::string json = "{\"input\":" + json_string(input);
    json += ",\"dataset\":" + (import.dataset.empty() ? std::string("null") : json_string(import.dataset));
    json += ",\"method\":" + json_string(request.method == EmbedMethod::Pca ? "pca" : "delay");
    json += ",\"points\":" + std::to_string(data.points());
    json += ",\"trials\":" + std::to_string(data.trials());
    json += ",\"input_dimension\":" + std::to_string(data.dimension);
    json += ",\"dropped_rows\":" + std::to_string(loaded.dropped_rows);
    json += ",\"smooth\":" + json_number(request.smooth_sigma);
    json += ",\"dims\":" + std::to_string(embedding.dims);
    std::vector<double> shape_numbers(shape.begin(), shape.end());
    json += ",\"shape\":" + json_array(shape_numbers);
    if (request.method == EmbedMethod::Pca) {
      json += ",\"pca_method\":" + json_string(embedding.pca.randomized ? "randomized" : "exact");
      json += ",\"explained_variance_ratio\":" + json_array(embedding.pca.explained_variance_ratio);
      json += ",\"explained_variance\":" + json_array(embedding.pca.explained_variance);
      json += ",\"total_variance\":" + json_number(embedding.pca.total_variance);
    } else {
      json += ",\"column\":" + std::to_string(request.column);
      json += ",\"delay\":" + std::to_string(embedding.delay);
      json += ",\"dimension\":" + std::to_string(embedding.dims);
      json += ",\"delay_chosen_by\":" +
              json_string(embedding.delay_chosen ? embedding.delay_choice.reason : std::string("--delay"));
      json += ",\"dimension_chosen_by\":" +
              json_string(embedding.dims_chosen ? embedding.dimension_choice.reason : std::string("--dims"));
      json += ",\"mutual_information\":" + json_array(embedding.delay_choice.mutual_information);
      json += ",\"false_nearest_neighbour_fraction\":" + json_array(embedding.dimension_choice.false_fraction);
    }
    json += ",\"seconds\":" + json_number(seconds);
    json += ",\"out\":" + json_string(out) + "}\n";
    std::fputs(json.c_str(), stdout);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
