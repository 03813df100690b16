// langevin/expression_potential: 'langevin --potential-expr EXPR --param
// NAME=VALUE --dim D' and the Langevin window's typed potential. The input is
// the expression on its first line, then NAME=VALUE parameters one a line;
// its first byte, when a digit 0-3, is the dimension (0: from the variables).
#include <cmath>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/io/number_format.h"
#include "core/langevin/expression_potential.h"
#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {

void fuzz_potential(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  int dimension = 0;
  if (!text.empty() && text[0] >= '0' && text[0] <= '3') {
    dimension = text[0] - '0';
    text.erase(0, 1);
  }
  std::vector<std::string> lines;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<PotentialParameter> parameters;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::size_t equals = lines[i].find('=');
    if (equals == std::string::npos) continue;
    const auto value = parse_double(lines[i].substr(equals + 1));
    parameters.push_back({lines[i].substr(0, equals), value.value_or(1.0)});
  }
  std::shared_ptr<const ExpressionPotential> potential;
  try {
    potential = compile_potential(lines[0], parameters, dimension);
  } catch (const Error&) {
    return;
  }
  const int d = potential->dimension();
  expect(d >= 1 && d <= 3 && (dimension == 0 || d == dimension), "the dimension is the one asked for, 1 to 3");
  std::vector<double> p;
  for (const ParameterSpec& spec : potential->parameters()) p.push_back(spec.default_value);
  const double x[3] = {0.25, -0.5, 1.0};
  double gradient[3];
  potential->energy(x, p.data());
  potential->gradient(x, p.data(), gradient);
  if (d == 1) {
    const auto box = potential->default_box(p.data());
    expect(box.size() == 1 && std::isfinite(box[0].first) && box[0].first < box[0].second,
           "the automatic box is finite and not empty");
  }
}

}  // namespace flowscope::fuzz
