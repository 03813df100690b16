#pragma once
// Gaussian mixtures as JSON files:
//
//   {"dimension": 2,
//    "components": [
//      {"weight": 0.5, "mean": [0, 0], "std": 0.3},                          isotropic
//      {"weight": 0.3, "mean": [1, 2], "covariance": [[1, 0.2], [0.2, 0.5]]}, full
//      {"weight": 0.2, "mean": [0, 3], "factor": [[1.5], [0.5]], "std": 0.1}  low-rank F F^T + std^2 I
//    ]}
//
// Numbers are written in their shortest exact form, so write then read gives
// back the same mixture bit for bit.
#include <string>

#include "core/distributions/gaussian_mixture.h"
#include "core/io/json.h"

namespace flowscope {

// Throws IoError for malformed JSON (line, column) and InputError for a bad
// mixture, naming the component (1-based) and the member.
GaussianMixture mixture_from_json(const JsonValue& document, const std::string& source);
GaussianMixture read_mixture_json(const std::string& path);

std::string mixture_to_json(const GaussianMixture& mixture);
void write_mixture_json(const std::string& path, const GaussianMixture& mixture);

}  // namespace flowscope
