// NPY: the header and data readers, the trajectory importer and preview (the
// latent window and 'embed'), and the point and weight files of 'sinkhorn',
// 'bridge' and 'diffuse'.
#include "core/data/array_import.h"
#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "core/io/npy.h"
#include "core/transport/cloud_spec.h"
#include "tests/fuzz/harness/harnesses.h"
#include "tests/fuzz/harness/scratch_file.h"
#include "tests/fuzz/harness/trajectory_checks.h"

namespace flowscope::fuzz {

void fuzz_npy(const std::uint8_t* data, std::size_t size) {
  const ScratchFile file(".npy", data, size);
  const std::string& path = file.path();
  try {
    const NpyHeader header = read_npy_header(path);
    expect(header.count() * header.width <= size, "an accepted header's data fits in the file");
    const NpyArray array = read_npy(path);
    expect(array.values.size() == header.count(), "read_npy returns product(shape) values");
  } catch (const Error&) {
  }
  for (const NonFinitePolicy policy : {NonFinitePolicy::Reject, NonFinitePolicy::Drop, NonFinitePolicy::Keep}) {
    try {
      ImportOptions options;
      options.non_finite = policy;
      check_trajectories(import_npy(path, options, {}), policy);
    } catch (const Error&) {
    }
  }
  try {
    const FilePreview preview = preview_npy(path, 20);
    expect(preview.rows.size() <= 20, "a preview shows at most max_rows rows");
  } catch (const Error&) {
  }
  try {
    read_point_file("--from", path);
  } catch (const Error&) {
  }
  try {
    read_weight_file("--weights", path);
  } catch (const Error&) {
  }
  try {
    make_distribution(path);
  } catch (const Error&) {
  }
}

}  // namespace flowscope::fuzz
