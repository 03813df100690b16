// data/csv_import: CSV trajectories as the latent window and 'embed' load them.
#include "core/data/csv_import.h"
#include "core/errors.h"
#include "tests/fuzz/harness/harnesses.h"
#include "tests/fuzz/harness/scratch_file.h"
#include "tests/fuzz/harness/trajectory_checks.h"

namespace flowscope::fuzz {

void fuzz_latent_csv(const std::uint8_t* data, std::size_t size) {
  const ScratchFile file(".csv", data, size);
  const std::string& path = file.path();
  for (const NonFinitePolicy policy : {NonFinitePolicy::Reject, NonFinitePolicy::Drop, NonFinitePolicy::Keep}) {
    try {
      ImportOptions options;
      options.non_finite = policy;
      check_trajectories(import_csv(path, options, {}), policy);
    } catch (const Error&) {
    }
  }
  try {
    const FilePreview preview = preview_csv(path, 20);
    expect(preview.rows.size() <= 20, "a preview shows at most max_rows rows");
  } catch (const Error&) {
  }
}

}  // namespace flowscope::fuzz
