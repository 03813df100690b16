#include "tests/fuzz/harness/scratch_file.h"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace flowscope::fuzz {
namespace {

std::string scratch_folder() {
  if (access("/dev/shm", W_OK) == 0) return "/dev/shm";
  const char* tmp = std::getenv("TMPDIR");
  return tmp && *tmp ? tmp : "/tmp";
}

}  // namespace

ScratchFile::ScratchFile(const std::string& extension, const std::uint8_t* data, std::size_t size) {
  static const std::string folder = scratch_folder();
  static std::atomic<unsigned long> counter{0};
  path_ = folder + "/flowscope-fuzz-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + extension;
  std::FILE* file = std::fopen(path_.c_str(), "wb");
  if (!file) throw std::runtime_error("fuzz harness: cannot create " + path_);
  const bool written = size == 0 || std::fwrite(data, 1, size, file) == size;
  if (std::fclose(file) != 0 || !written) {
    std::remove(path_.c_str());
    throw std::runtime_error("fuzz harness: cannot write " + path_);
  }
}

ScratchFile::~ScratchFile() { std::remove(path_.c_str()); }

}  // namespace flowscope::fuzz
