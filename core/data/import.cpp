#include "core/data/import.h"

#include "core/data/array_import.h"
#include "core/data/csv_import.h"
#include "core/io/file_name.h"

namespace flowscope {

FileFormat detect_format(const std::string& path) {
  const std::string ext = lower_extension(path);
  if (ext == ".csv" || ext == ".txt" || ext == ".tsv") return FileFormat::Csv;
  if (ext == ".npy") return FileFormat::Npy;
  if (ext == ".h5" || ext == ".hdf5" || ext == ".hdf" || ext == ".he5") return FileFormat::Hdf5;
  throw InputError("'" + path + "': unknown file type '" + ext +
                   "' (known: .csv, .txt, .tsv, .npy, .h5, .hdf5, .hdf, .he5)");
}

std::optional<ImportResult> load_trajectories(const std::string& path, const ImportOptions& options,
                                              const RunControl& control) {
  switch (detect_format(path)) {
    case FileFormat::Csv: return import_csv(path, options, control);
    case FileFormat::Npy: return import_npy(path, options, control);
    case FileFormat::Hdf5: return import_hdf5(path, options, control);
  }
  return std::nullopt;
}

FilePreview preview_file(const std::string& path, const ImportOptions& options, std::size_t max_rows) {
  switch (detect_format(path)) {
    case FileFormat::Csv: return preview_csv(path, max_rows);
    case FileFormat::Npy: return preview_npy(path, max_rows);
    case FileFormat::Hdf5: return preview_hdf5(path, options.dataset, max_rows);
  }
  return {};
}

}  // namespace flowscope
