#pragma once
// JSON pieces shared by the diffuse and interpolate commands.
#include <string>

#include "core/diffusion/metrics.h"

namespace flowscope::cli {

// "sliced_w2":..,"energy_distance":..,"energy_distance_points":..,"mean_loglik":..,
// "target_mean_loglik":..,"mode_weights":[..]|null,"target_mode_weights":[..]|null (no braces).
std::string metrics_json_members(const TargetMetrics& metrics);
// The metric settings as JSON members ("sliced_w2_projections", "energy_distance_max_points", "reference_samples").
std::string metric_settings_json_members(const MetricSettings& settings, std::size_t reference_count);

}  // namespace flowscope::cli
