// One libFuzzer target: FLOWSCOPE_FUZZ_HARNESS names the harness function
// (tests/fuzz/harness/harnesses.h) this executable feeds.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/harness/harnesses.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  flowscope::fuzz::FLOWSCOPE_FUZZ_HARNESS(data, size);
  return 0;
}
