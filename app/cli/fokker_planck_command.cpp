#include "app/cli/commands.h"

namespace flowscope::cli {

int run_fokker_planck(std::span<const std::string>) { throw Error("this command is being written"); }

}  // namespace flowscope::cli
