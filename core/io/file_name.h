#pragma once
// File-name checks shared by every command that writes files.
#include <string>
#include <string_view>

namespace flowscope {

// The extension of the file name (from its last '.', lower-cased, dot
// included), or "" when the name has none: "run.NPY" -> ".npy".
std::string lower_extension(const std::string& path);

// True when path's extension is ext (given lower-case, with its dot).
inline bool has_extension(const std::string& path, std::string_view ext) { return lower_extension(path) == ext; }

}  // namespace flowscope
