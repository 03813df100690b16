#pragma once
// SHA-256 (FIPS 180-4) of a byte string or a file, as 64 lowercase hex
// digits: scene states keep it beside every data file they name, so a file
// that changed is noticed.
#include <cstdint>
#include <string>
#include <string_view>

namespace flowscope {

std::string sha256_hex(std::string_view bytes);
// Reads the file in blocks; throws IoError naming the path if it cannot.
std::string sha256_file_hex(const std::string& path);

}  // namespace flowscope
