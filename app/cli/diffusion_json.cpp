#include "app/cli/diffusion_json.h"

#include "app/cli/commands.h"

namespace flowscope::cli {

std::string metrics_json_members(const TargetMetrics& m) {
  std::string s = "\"sliced_w2\":" + json_number(m.sliced_w2);
  s += ",\"energy_distance\":" + json_number(m.energy_distance);
  s += ",\"energy_distance_points\":" + std::to_string(m.energy_points);
  s += ",\"mean_loglik\":" + json_number(m.mean_loglik);
  s += ",\"target_mean_loglik\":" + json_number(m.target_mean_loglik);
  s += ",\"mode_weights\":" + (m.mode_weights.empty() ? std::string("null") : json_array(m.mode_weights));
  s += ",\"target_mode_weights\":" +
       (m.target_mode_weights.empty() ? std::string("null") : json_array(m.target_mode_weights));
  return s;
}

std::string metric_settings_json_members(const MetricSettings& settings, std::size_t reference_count) {
  std::string s = "\"sliced_w2_projections\":" + std::to_string(settings.projections);
  s += ",\"energy_distance_max_points\":" + std::to_string(settings.energy_max_points);
  s += ",\"reference_samples\":" + std::to_string(reference_count);
  return s;
}

}  // namespace flowscope::cli
