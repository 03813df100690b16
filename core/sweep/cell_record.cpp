#include "core/sweep/cell_record.h"

#include <cstring>

namespace flowscope {

void append_cell_record(std::vector<unsigned char>& bytes, std::size_t cell, CellStatus status, const double* values,
                        std::size_t values_per_cell) {
  const std::size_t start = bytes.size();
  bytes.resize(start + cell_record_size(values_per_cell), 0);
  const std::uint64_t index = cell;
  const auto code = static_cast<std::int32_t>(status);
  std::memcpy(bytes.data() + start, &index, 8);
  std::memcpy(bytes.data() + start + 8, &code, 4);
  std::memcpy(bytes.data() + start + kCellRecordHeader, values, 8 * values_per_cell);
}

bool read_cell_record(const unsigned char* bytes, CellRecordView& record) {
  std::int32_t code = 0;
  std::memcpy(&record.cell, bytes, 8);
  std::memcpy(&code, bytes + 8, 4);
  if (code < static_cast<std::int32_t>(CellStatus::Success) || code > static_cast<std::int32_t>(CellStatus::Undefined))
    return false;
  record.status = static_cast<CellStatus>(code);
  record.values = bytes + kCellRecordHeader;
  return true;
}

}  // namespace flowscope
