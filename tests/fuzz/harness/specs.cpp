// The CLI's specification strings: 'gauss:MEAN;COVARIANCE' and 'builtin:ID'
// clouds (sinkhorn, bridge), score errors ('scale:F', 'weights:W1,W2,...',
// diffuse --score-error) and bridge references ('brownian', 'ou:THETA'). The
// first byte picks the parser; no input names a file (only these prefixes).
#include <cmath>
#include <string>

#include "core/bridge/linear_reference.h"
#include "core/diffusion/score_model.h"
#include "core/errors.h"
#include "core/transport/cloud_spec.h"
#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {

void fuzz_specs(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 4) {
      case 0:
      case 1: {
        const CloudSource source = parse_cloud_spec("--from", (data[0] % 4 == 0 ? "gauss:" : "builtin:") + text);
        expect(source.dimension >= 1, "a cloud has a dimension");
        const PointCloud cloud = cloud_from_source(source, 16, 1, 0);
        expect(cloud.count == 16 && cloud.dimension == source.dimension, "16 points of the source's dimension");
        for (int j = 0; j < cloud.dimension; ++j)
          for (std::size_t i = 0; i < cloud.count; ++i)
            expect(std::isfinite(cloud.at(i, j)), "sampled points are finite");
        break;
      }
      case 2: {
        const ScoreError error = parse_score_error(text);
        expect(parse_score_error(error.text()).kind == error.kind, "a score error reads back from its text");
        break;
      }
      case 3: {
        const LinearReference reference = parse_reference("--reference", text, 2, 0.5);
        validate_reference(reference);
        break;
      }
    }
  } catch (const Error&) {
  }
}

}  // namespace flowscope::fuzz
