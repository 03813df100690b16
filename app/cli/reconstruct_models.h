#pragma once
// flowscope-cli reconstruct: each model family fitted, run freely and
// described in one shape the command writes out.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/arguments.h"
#include "core/data/trajectory_set.h"
#include "core/integrate/trajectory.h"

namespace flowscope::cli {

struct Reconstruction {
  std::string model;               // "sindy", "edmd", "al-rnn"
  double dt = 0.0;
  double fit_seconds = 0.0;
  std::vector<double> generated;   // the free run, samples x D (data units)
  RunStatus run_status = RunStatus::Success;
  std::string run_message;         // why the free run stopped early
  std::optional<double> max_lyapunov;  // of the fitted model, per unit time
  std::string lyapunov_missing;        // why it is empty
  std::optional<double> horizon_steps, horizon_time;  // median prediction horizon (comparison.h)
  std::size_t horizon_starts = 0, horizon_window = 0;
  std::string horizon_missing;
  std::string model_text;          // the model file: typed equations (SINDy) or JSON
  std::string details_json;        // ",\"key\":value..." added to the report
};

// The model options of every family (--degree, --threshold, --latent, ...).
std::vector<OptionSpec> model_options();

// Fits options' --model to data and runs it freely for `steps` steps from
// the first trial's start. Throws InputError for bad options or data.
Reconstruction reconstruct(const std::string& model, const TrajectorySet& data, const Options& options,
                           std::size_t steps);

}  // namespace flowscope::cli
