// io/csv tables: the point sets of 'diffuse' (FILE.csv targets), the clouds
// and weights of 'sinkhorn' and 'bridge', and the snapshots of 'bridge-snapshots'.
#include <cmath>

#include "core/bridge/multi_marginal.h"
#include "core/distributions/distribution.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/transport/cloud_spec.h"
#include "tests/fuzz/harness/harnesses.h"
#include "tests/fuzz/harness/scratch_file.h"

namespace flowscope::fuzz {

void fuzz_csv(const std::uint8_t* data, std::size_t size) {
  const ScratchFile file(".csv", data, size);
  const std::string& path = file.path();
  try {
    const CsvTable table = read_csv(path);
    expect(table.values.size() == table.rows * table.columns, "a table holds rows x columns values");
    expect(table.header.empty() || table.header.size() == table.columns, "one header name per column");
  } catch (const Error&) {
  }
  try {
    const Distribution d = make_distribution(path);
    expect(std::isfinite(d.bandwidth) && d.bandwidth > 0, "a point set's bandwidth is finite and positive");
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
    const Snapshots snapshots = snapshots_from_csv(path);
    validate_snapshots(snapshots);
  } catch (const Error&) {
  }
}

}  // namespace flowscope::fuzz
