#pragma once
// The readers take paths, as the GUI and the CLI call them: a fuzz input is
// written to a scratch file (in /dev/shm when there is one, so no disk is
// touched) with the extension the reader dispatches on, and removed after.
#include <cstddef>
#include <cstdint>
#include <string>

namespace flowscope::fuzz {

class ScratchFile {
 public:
  ScratchFile(const std::string& extension, const std::uint8_t* data, std::size_t size);
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace flowscope::fuzz
