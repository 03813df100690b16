#include "core/data/memory_check.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "core/errors.h"

namespace flowscope {

std::uint64_t available_memory_bytes() {
  std::ifstream meminfo("/proc/meminfo");
  std::string key;
  std::uint64_t kilobytes = 0;
  std::string unit;
  while (meminfo >> key >> kilobytes >> unit)
    if (key == "MemAvailable:") return kilobytes * 1024;
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page) : 0;
}

std::string byte_size_text(std::uint64_t bytes) {
  char text[32];
  const double b = static_cast<double>(bytes);
  if (b >= 1e9) std::snprintf(text, sizeof text, "%.1f GB", b / 1e9);
  else if (b >= 1e6) std::snprintf(text, sizeof text, "%.1f MB", b / 1e6);
  else if (b >= 1e3) std::snprintf(text, sizeof text, "%.1f kB", b / 1e3);
  else std::snprintf(text, sizeof text, "%.0f bytes", b);
  return text;
}

void check_memory(std::uint64_t needed, std::uint64_t limit, const std::string& what) {
  const std::uint64_t available = limit ? limit : available_memory_bytes();
  if (needed > available)
    throw IoError(what + " needs " + std::to_string(needed) + " bytes (" + byte_size_text(needed) +
                  ") of memory to load; " + byte_size_text(available) + " " + (limit ? "are allowed" : "are available"));
}

}  // namespace flowscope
