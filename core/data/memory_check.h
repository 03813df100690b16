#pragma once
// Refusing files that would not fit: the importers compute the bytes a load
// needs before allocating and compare them with the memory available.
#include <cstdint>
#include <string>

namespace flowscope {

// MemAvailable from /proc/meminfo (what can be allocated without swapping),
// or physical memory when that is unknown.
std::uint64_t available_memory_bytes();

// Throws IoError "'what' needs N bytes (X GB) of memory to load; Y GB are
// available" when needed > limit; limit 0 means available_memory_bytes().
void check_memory(std::uint64_t needed, std::uint64_t limit, const std::string& what);

// "1.5 GB", "320 MB", "12 kB": a size for messages.
std::string byte_size_text(std::uint64_t bytes);

}  // namespace flowscope
