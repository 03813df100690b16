#pragma once
// The CSV importer behind load_trajectories and preview_file (see import.h
// for the format). Every error names the file, the line and the column.
#include <optional>
#include <string>

#include "core/data/import.h"

namespace flowscope {

std::optional<ImportResult> import_csv(const std::string& path, const ImportOptions& options,
                                       const RunControl& control);
FilePreview preview_csv(const std::string& path, std::size_t max_rows);

}  // namespace flowscope
