#pragma once
// The fuzz harnesses: one function per reader, fed arbitrary bytes. Each
// calls the reader the way the GUI and the CLI do; an input the reader
// refuses with a flowscope::Error (a clear message) is fine. Anything else is
// a finding: a crash or a sanitizer report, an exception of another type
// (muParser's, std::bad_alloc, std::length_error...), or a broken promise of
// the reader's header, reported by throwing HarnessFailure.
//
// The same functions run under libFuzzer (tests/fuzz/fuzz_main.cpp, the
// 'fuzz' preset) and in the ordinary suite, where test_fuzz_regressions
// replays every input kept in tests/fuzz/regressions/<harness>/.
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

namespace flowscope::fuzz {

// A reader broke a promise its header makes (a check in a harness failed).
struct HarnessFailure : std::logic_error {
  using std::logic_error::logic_error;
};
inline void expect(bool condition, const std::string& promise) {
  if (!condition) throw HarnessFailure("fuzz harness: broken promise: " + promise);
}

using HarnessFunction = void (*)(const std::uint8_t* data, std::size_t size);
struct Harness {
  const char* name;  // the fuzz target is fuzz_<name>; corpus in tests/fuzz/corpus/<name>/
  HarnessFunction run;
  const char* what;  // the code it reaches
};

void fuzz_npy(const std::uint8_t* data, std::size_t size);
void fuzz_csv(const std::uint8_t* data, std::size_t size);
void fuzz_latent_csv(const std::uint8_t* data, std::size_t size);
void fuzz_hdf5(const std::uint8_t* data, std::size_t size);
void fuzz_json(const std::uint8_t* data, std::size_t size);
void fuzz_mixture(const std::uint8_t* data, std::size_t size);
void fuzz_equations(const std::uint8_t* data, std::size_t size);
void fuzz_potential(const std::uint8_t* data, std::size_t size);
void fuzz_specs(const std::uint8_t* data, std::size_t size);

// Every harness, in a fixed order.
std::span<const Harness> harnesses();

}  // namespace flowscope::fuzz
