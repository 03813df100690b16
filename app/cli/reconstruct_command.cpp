// flowscope-cli reconstruct: fits SINDy, EDMD or an AL-RNN to trajectories
// (CSV, NPY or an HDF5 dataset), runs the fitted model freely, and reports
// the reconstruction measures against the data (core/reconstruct/comparison.h).
#include <cstdio>
#include <fstream>

#include "app/cli/commands.h"
#include "app/cli/reconstruct_models.h"
#include "core/data/import.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"
#include "core/reconstruct/comparison.h"

namespace flowscope::cli {
namespace {

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw IoError("cannot write '" + path + "'");
}

}  // namespace

int run_reconstruct(std::span<const std::string> args) {
  std::vector<OptionSpec> specs = {
      {"input", "FILE", "trajectories: .csv, .npy (T x D or trials x T x D) or .h5/.hdf5 (also --in)"},
      {"in", "FILE", "the same as --input"},
      {"dataset", "PATH", "HDF5: the dataset's path in the file"},
      {"model", "NAME", "sindy, edmd or al-rnn (also --method)"},
      {"method", "NAME", "the same as --model"},
      {"dt", "H", "the sampling interval (default: from the file's times, else 1); checked against the times"},
      {"generate", "STEPS", "steps of the free run compared with the data (default: the data's length)"},
      {"discard", "STEPS", "free-run steps left out of the measures as a transient (default 0)"},
      {"reference-lyapunov", "L", "the true largest Lyapunov exponent, reported beside the model's"},
      {"out-model", "FILE", "the fitted model: typed equations (.txt, SINDy) or JSON (.json)"},
      {"out-trajectory", "FILE.npy", "the free run, (STEPS + 1) x D"},
      {"report", "FILE.json", "the report (measures, model summary) as a file"},
      {"drop-non-finite", "", "drop rows with NaN or infinite values instead of refusing the file"},
      {"json", "", "print the report on stdout"},
      {"help", "", "show this help"},
  };
  for (const OptionSpec& spec : model_options()) specs.push_back(spec);
  const Options options("reconstruct", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("reconstruct", "Fit SINDy, EDMD or an AL-RNN to trajectories and compare its free run with them.",
                          specs).c_str(), stdout);
    return kExitOk;
  }
  if (options.has("input") == options.has("in")) throw UsageError("give the trajectories with exactly one of --input or --in");
  if (options.has("model") == options.has("method")) throw UsageError("choose the model with exactly one of --model or --method");
  const std::string input = options.required_text(options.has("input") ? "input" : "in");
  const std::string model = options.required_text(options.has("model") ? "model" : "method");
  const std::string out_model = options.text("out-model").value_or("");
  const std::string out_trajectory = options.text("out-trajectory").value_or("");
  const std::string report_path = options.text("report").value_or("");
  if (!out_trajectory.empty() && !has_extension(out_trajectory, ".npy"))
    throw UsageError("option '--out-trajectory': '" + out_trajectory + "' is not a .npy file name");
  if (!out_model.empty() && !has_extension(out_model, ".json") && !(model == "sindy" && has_extension(out_model, ".txt")))
    throw UsageError("option '--out-model': '" + out_model + "' must end in .json" +
                     (model == "sindy" ? " or .txt (typed equations)" : ""));
  for (const std::string& path : {out_model, out_trajectory, report_path})
    if (!path.empty()) check_writable(path);
  ImportOptions import;
  import.dataset = options.text("dataset").value_or("");
  if (import.dataset.empty() && detect_format(input) == FileFormat::Hdf5)
    throw UsageError("'" + input + "' is an HDF5 file: choose a dataset with --dataset PATH");
  import.non_finite = options.has("drop-non-finite") ? NonFinitePolicy::Drop : NonFinitePolicy::Reject;

  const ImportResult loaded = load_trajectories(input, import).value();
  const TrajectorySet& data = loaded.data;
  const auto steps = static_cast<std::size_t>(
      options.whole("generate", 16, 1e8, static_cast<double>(std::max<std::size_t>(data.points(), 17) - 1)));
  const auto discard = static_cast<std::size_t>(options.whole("discard", 0, 1e8, 0));
  if (discard >= steps) throw UsageError("option '--discard': must be fewer than the --generate steps");
  const Reconstruction r = reconstruct(model, data, options, steps);

  const std::size_t d = data.dimension;
  const std::vector<double> compared(
      r.generated.begin() + static_cast<std::ptrdiff_t>(std::min(r.generated.size(), discard * d)), r.generated.end());
  const ReconstructionMeasures measures = compare_with_data(data, compared);
  std::vector<std::string> missing = measures.missing;
  if (!r.max_lyapunov) missing.push_back("max_lyapunov: " + r.lyapunov_missing);
  if (!r.horizon_steps) missing.push_back("prediction_horizon: " + r.horizon_missing);

  if (!out_model.empty()) {
    // SINDy to .json: the equations inside a JSON object.
    const bool wrap = model == "sindy" && has_extension(out_model, ".json");
    write_text(out_model, wrap ? "{\"model\":\"sindy\",\"equations\":" + json_string(r.model_text) + "}\n" : r.model_text);
  }
  if (!out_trajectory.empty() && !r.generated.empty()) write_npy(out_trajectory, r.generated.data(), {r.generated.size() / d, d});

  std::string json = "{\"model\":" + json_string(r.model) + ",\"input\":" + json_string(input);
  json += ",\"points\":" + std::to_string(data.points()) + ",\"trials\":" + std::to_string(data.trials());
  json += ",\"dimension\":" + std::to_string(d) + ",\"dt\":" + json_number(r.dt);
  json += ",\"dropped_rows\":" + std::to_string(loaded.dropped_rows);
  json += ",\"fit_seconds\":" + json_number(r.fit_seconds);
  json += ",\"generated_steps\":" + std::to_string(r.generated.size() / d - (r.generated.empty() ? 0 : 1));
  json += ",\"free_run_status\":" + json_string(r.run_status == RunStatus::Success ? "success" : "diverged");
  json += ",\"free_run_message\":" + json_string(r.run_message);
  json += ",\"measures\":{\"d_stsp\":" + (measures.state_space_divergence ? json_number(*measures.state_space_divergence) : "null");
  json += ",\"d_stsp_method\":" + json_string(measures.state_space_method);
  json += ",\"d_h\":" + (measures.hellinger ? json_number(*measures.hellinger) : "null");
  json += ",\"max_lyapunov\":" + (r.max_lyapunov ? json_number(*r.max_lyapunov) : "null");
  json += ",\"max_lyapunov_reference\":" +
          (options.has("reference-lyapunov") ? json_number(options.number("reference-lyapunov", 0.0)) : "null");
  json += ",\"prediction_horizon\":";
  json += r.horizon_steps ? "{\"steps\":" + json_number(*r.horizon_steps) + ",\"time\":" + json_number(*r.horizon_time) +
                                ",\"threshold\":" + json_number(kHorizonThreshold) + ",\"starts\":" + std::to_string(r.horizon_starts) +
                                ",\"window\":" + std::to_string(r.horizon_window) + "}"
                          : std::string("null");
  json += ",\"missing\":[";
  for (std::size_t k = 0; k < missing.size(); ++k) {
    if (k) json += ',';
    json += json_string(missing[k]);
  }
  json += "]}" + r.details_json + "}\n";
  if (!report_path.empty()) write_text(report_path, json);
  if (options.has("json")) std::fputs(json.c_str(), stdout);
  if (r.run_status != RunStatus::Success)
    std::fprintf(stderr, "flowscope-cli reconstruct: %s; the measures use the steps before it\n", r.run_message.c_str());
  return kExitOk;
}

}  // namespace flowscope::cli
