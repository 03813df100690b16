#pragma once
// One small exception tree for misuse and I/O failures. Expected numerical
// failures (a blow-up, a cancelled run) are status values, not exceptions.
#include <stdexcept>

namespace flowscope {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Input a user typed or passed: an unknown id, a bad number, a wrong dimension.
struct InputError : Error {
  using Error::Error;
};

// A file that cannot be read, written or parsed.
struct IoError : Error {
  using Error::Error;
};

}  // namespace flowscope
