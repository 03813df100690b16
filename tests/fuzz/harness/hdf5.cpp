// HDF5 through the wrapper the GUI uses: the tree of the open dialog, then
// for each dataset in it the preview and the import of the latent window
// (and of 'embed --dataset').
#include "core/data/array_import.h"
#include "core/errors.h"
#include "core/io/hdf5_file.h"
#include "tests/fuzz/harness/harnesses.h"
#include "tests/fuzz/harness/scratch_file.h"
#include "tests/fuzz/harness/trajectory_checks.h"

namespace flowscope::fuzz {
namespace {

void collect(const Hdf5Node& node, std::vector<std::string>& datasets) {
  for (const Hdf5Node& child : node.children) {
    if (child.is_group) collect(child, datasets);
    else datasets.push_back(child.path);
  }
}

}  // namespace

void fuzz_hdf5(const std::uint8_t* data, std::size_t size) {
  const ScratchFile file(".h5", data, size);
  const std::string& path = file.path();
  std::vector<std::string> datasets;
  try {
    collect(hdf5_tree(path), datasets);
  } catch (const Error&) {
    return;
  }
  datasets.resize(std::min<std::size_t>(datasets.size(), 8));
  for (const std::string& dataset : datasets) {
    try {
      const FilePreview preview = preview_hdf5(path, dataset, 20);
      expect(preview.rows.size() <= 20, "a preview shows at most max_rows rows");
    } catch (const Error&) {
    }
    try {
      ImportOptions options;
      options.dataset = dataset;
      options.non_finite = NonFinitePolicy::Drop;
      check_trajectories(import_hdf5(path, options, {}), options.non_finite);
    } catch (const Error&) {
    }
  }
}

}  // namespace flowscope::fuzz
