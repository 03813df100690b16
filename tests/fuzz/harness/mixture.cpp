// distributions/mixture_json: a target file as 'diffuse --target FILE.json'
// and the mixture editor read it; what is accepted must evaluate without NaN
// at its own means and write back to the same mixture, bit for bit.
#include <cmath>
#include <string_view>

#include "core/distributions/mixture_json.h"
#include "core/errors.h"
#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {

void fuzz_mixture(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  GaussianMixture mixture;
  try {
    mixture = mixture_from_json(parse_json(text, "fuzz input"), "fuzz input");
  } catch (const Error&) {
    return;
  }
  const int d = mixture.dimension();
  expect(d >= 1 && d <= 3 && mixture.size() > 0, "an accepted mixture has 1 to 3 dimensions and components");
  double score[3];
  for (std::size_t k = 0; k < std::min<std::size_t>(mixture.size(), 4); ++k) {
    const double* mean = mixture.component(k).mean.data();
    expect(!std::isnan(mixture.log_density(mean)), "log p at a component's mean is not NaN");
    mixture.score(mean, score);
    for (int j = 0; j < d; ++j) expect(!std::isnan(score[j]), "the score at a component's mean is not NaN");
  }
  const std::string written = mixture_to_json(mixture);
  const GaussianMixture again = mixture_from_json(parse_json(written, "written back"), "written back");
  expect(again.size() == mixture.size(), "writing back keeps the components");
  for (std::size_t k = 0; k < mixture.size(); ++k) {
    const MixtureComponent &a = mixture.component(k), &b = again.component(k);
    expect(a.weight == b.weight && a.mean == b.mean && a.form == b.form && a.scale == b.scale &&
               a.covariance == b.covariance && a.factor == b.factor,
           "writing back keeps every number bit for bit");
  }
}

}  // namespace flowscope::fuzz
