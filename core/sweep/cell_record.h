#pragma once
// The bytes of one finished cell, as ranks send them to rank 0 and as the
// checkpoint log stores them: the cell index (uint64), its status (int32),
// 4 bytes of zero, then its values (float64), all in this machine's byte order.
// Values travel as their raw bits, so a resumed or distributed sweep writes
// exactly the bytes a single run would.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/sweep/sweep_cell.h"

namespace flowscope {

inline constexpr std::size_t kCellRecordHeader = 16;
inline std::size_t cell_record_size(std::size_t values_per_cell) { return kCellRecordHeader + 8 * values_per_cell; }

// Appends one record to bytes.
void append_cell_record(std::vector<unsigned char>& bytes, std::size_t cell, CellStatus status, const double* values,
                        std::size_t values_per_cell);

struct CellRecordView {
  std::uint64_t cell = 0;
  CellStatus status = CellStatus::Success;
  const unsigned char* values = nullptr;  // values_per_cell doubles, possibly unaligned
};

// Reads the record starting at bytes (cell_record_size bytes). Returns false
// for a status this version does not know.
bool read_cell_record(const unsigned char* bytes, CellRecordView& record);

}  // namespace flowscope
