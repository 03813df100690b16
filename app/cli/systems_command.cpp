#include <cstdio>

#include "app/cli/commands.h"
#include "core/systems/catalogue.h"

namespace flowscope::cli {

int run_systems(std::span<const std::string> args) {
  const std::vector<OptionSpec> specs = {{"json", "", "print the catalogue as a JSON array"}};
  const Options options("systems", args, specs);
  const auto& systems = all_systems();
  if (!options.has("json")) {
    for (const auto& s : systems) {
      std::printf("%-12s %-20s dimension %d, parameters:", std::string(s->id()).c_str(),
                  std::string(s->name()).c_str(), s->dimension());
      for (const ParameterSpec& p : s->parameters())
        std::printf(" %s=%s", p.name.c_str(), json_number(p.default_value).c_str());
      std::printf("\n");
    }
    return kExitOk;
  }
  std::string json = "[";
  for (std::size_t i = 0; i < systems.size(); ++i) {
    const System& s = *systems[i];
    if (i) json += ',';
    json += "{\"id\":" + json_string(std::string(s.id())) +
            ",\"name\":" + json_string(std::string(s.name())) + ",\"dimension\":" + std::to_string(s.dimension()) +
            ",\"parameters\":[";
    const auto params = s.parameters();
    for (std::size_t j = 0; j < params.size(); ++j) {
      const ParameterSpec& p = params[j];
      if (j) json += ',';
      json += "{\"name\":" + json_string(p.name) +
              ",\"default\":" + json_number(p.default_value) + ",\"min\":" + json_number(p.min) +
              ",\"max\":" + json_number(p.max) + ",\"description\":" + json_string(p.description) + "}";
    }
    // Published values keyed by quantity: {"max_lyapunov": {"values": [...], "source": "..."}}.
    json += "],\"reference\":{";
    const auto references = s.references();
    for (std::size_t r = 0; r < references.size(); ++r) {
      if (r) json += ',';
      json += json_string(references[r].quantity);
      json += ":{\"values\":[";
      for (std::size_t v = 0; v < references[r].values.size(); ++v) {
        if (v) json += ',';
        json += json_number(references[r].values[v]);
      }
      json += "],\"source\":";
      json += json_string(references[r].source);
      json += '}';
    }
    json += "},\"equations\":";
    json += json_string(std::string(s.equations()));
    json += ",\"autonomous\":";
    json += s.is_autonomous() ? "true" : "false";
    json += '}';
  }
  std::printf("%s]\n", json.c_str());
  return kExitOk;
}

}  // namespace flowscope::cli
