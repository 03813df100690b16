#include <chrono>
#include <cmath>
#include <cstdio>

#include "app/cli/commands.h"
#include "core/analysis/lyapunov.h"

namespace flowscope::cli {
namespace {

constexpr double kDefaultAveragingTime = 1000.0;
constexpr double kDefaultTransient = 100.0;

// The published values only describe the system at its default parameters.
bool has_default_parameters(const Problem& problem) {
  return problem.parameters == default_parameters(*problem.system);
}

std::string references_json(const Problem& problem) {
  const auto references = problem.system->references();
  if (references.empty() || !has_default_parameters(problem)) return "null";
  std::string text = "{";
  for (std::size_t i = 0; i < references.size(); ++i) {
    if (i) text += ',';
    text += json_string(references[i].quantity) + ":{\"values\":" + json_array(references[i].values) +
            ",\"source\":" + json_string(references[i].source) + "}";
  }
  return text + "}";
}

const ReferenceValue* find_reference(const Problem& problem, const std::string& quantity) {
  if (!has_default_parameters(problem)) return nullptr;
  for (const ReferenceValue& reference : problem.system->references())
    if (reference.quantity == quantity) return &reference;
  return nullptr;
}

// With only the largest exponents, D_KY is known only once their sum turns
// negative; before that it is merely at least their number.
bool dimension_is_known(const Problem& problem, const LyapunovResult& result) {
  const auto count = static_cast<double>(result.exponents.size());
  return result.exponents.size() == static_cast<std::size_t>(problem.system->dimension()) ||
         result.kaplan_yorke < count;
}

void print_table(const Problem& problem, const LyapunovOptions& settings, const LyapunovResult& result,
                 double seconds) {
  const System& system = *problem.system;
  std::string parameters;
  const auto specs = system.parameters();
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (i) parameters += ", ";
    parameters += specs[i].name + "=" + json_number(problem.parameters[i]);
  }
  std::printf("Lyapunov spectrum of %s (%s)\n", std::string(system.name()).c_str(), parameters.c_str());
  std::printf("averaged over t = %s after a transient of %s, dt = %s\n\n", json_number(result.averaged_time).c_str(),
              json_number(settings.transient).c_str(), json_number(problem.dt).c_str());
  const ReferenceValue* spectrum = find_reference(problem, "lyapunov_spectrum");
  std::printf("  %-10s %12s %12s\n", "exponent", "value", spectrum ? "published" : "");
  double sum = 0.0;
  for (std::size_t i = 0; i < result.exponents.size(); ++i) {
    sum += result.exponents[i];
    const std::string name = "lambda_" + std::to_string(i + 1);
    if (spectrum && i < spectrum->values.size())
      std::printf("  %-10s %12.4f %12.4f\n", name.c_str(), result.exponents[i], spectrum->values[i]);
    else
      std::printf("  %-10s %12.4f\n", name.c_str(), result.exponents[i]);
  }
  std::printf("  %-10s %12.4f\n\n", "sum", sum);
  const ReferenceValue* dimension = find_reference(problem, "kaplan_yorke");
  if (dimension_is_known(problem, result))
    std::printf("Kaplan-Yorke dimension %.4f", result.kaplan_yorke);
  else
    std::printf("Kaplan-Yorke dimension at least %zu (more exponents are needed)", result.exponents.size());
  if (dimension && !dimension->values.empty()) std::printf(" (published %.4f)", dimension->values[0]);
  std::printf("\n");
  if (spectrum) std::printf("published values: %s\n", spectrum->source.c_str());
  std::printf("%.2f s\n", seconds);
}

}  // namespace

int run_lyapunov(std::span<const std::string> args) {
  auto specs = problem_options("averaging time after the transient (default 1000)");
  specs.push_back({"transient", "T", "time run first and discarded (default 100)"});
  specs.push_back({"renormalise", "T", "time between QR re-orthonormalisations (default: every 10 steps)"});
  specs.push_back({"exponents", "K", "how many exponents, the largest ones (default: all)"});
  specs.push_back({"json", "", "print one JSON object instead of a table"});
  specs.push_back({"help", "", "show this help"});
  const Options options("lyapunov", args, specs);
  if (options.has("help")) {
    std::fputs(usage_text("lyapunov", "Lyapunov spectrum (Benettin et al. 1980) and Kaplan-Yorke dimension.", specs)
                   .c_str(),
               stdout);
    return kExitOk;
  }
  const Problem problem = problem_from_options(options, kDefaultAveragingTime);
  LyapunovOptions settings;
  settings.transient = options.number("transient", kDefaultTransient);
  if (settings.transient < 0) throw UsageError("option '--transient' must not be negative");
  settings.renormalisation_interval = options.number("renormalise", 0.0);
  if (options.has("renormalise") && !(settings.renormalisation_interval > 0))
    throw UsageError("option '--renormalise' must be positive");
  const int dimension = problem.system->dimension();
  settings.count = options.has("exponents") ? static_cast<int>(options.whole("exponents", 1, dimension)) : 0;

  const auto begin = std::chrono::steady_clock::now();
  const LyapunovResult result = lyapunov_spectrum(problem, settings);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  if (result.status != RunStatus::Success) throw Error(result.message);

  if (options.has("json")) {
    double sum = 0.0;
    for (const double e : result.exponents) sum += e;
    std::printf("{\"system\":%s,\"exponents\":%s,\"kaplan_yorke\":%s,\"sum\":%s,\"t_end\":%s,\"transient\":%s,"
                "\"dt\":%s,\"seconds\":%s,\"reference\":%s}\n",
                json_string(std::string(problem.system->id())).c_str(), json_array(result.exponents).c_str(),
                dimension_is_known(problem, result) ? json_number(result.kaplan_yorke).c_str() : "null",
                json_number(sum).c_str(),
                json_number(result.averaged_time).c_str(), json_number(settings.transient).c_str(),
                json_number(problem.dt).c_str(), json_number(seconds).c_str(), references_json(problem).c_str());
  } else {
    print_table(problem, settings, result, seconds);
  }
  return kExitOk;
}

}  // namespace flowscope::cli
