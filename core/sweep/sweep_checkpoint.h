#pragma once
// A sweep's checkpoint folder: settings.txt (sweep_settings_text plus the
// grid's size) and cells.log, an append-only log written by rank 0 alone.
// Each log entry is a frame {magic, kind, payload bytes, FNV-1a checksum of
// the payload} + payload: a finished cell (a cell record) or the batch of
// cells handed to a rank. A run killed at any moment (SIGKILL included)
// leaves at worst a torn last frame; opening the log again keeps every whole
// frame before it and cuts the rest, so a resumed sweep computes only the
// cells without a result. Frames reach the kernel with one write() each:
// they survive the death of the process, not of the machine (no fsync).
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "core/sweep/sweep_cell.h"

namespace flowscope {

class SweepCheckpoint {
 public:
  // Cells a rank had been given and not finished when the earlier run stopped.
  struct HeldCells {
    int rank = 0;
    std::vector<std::size_t> cells;  // ascending
  };

  // Opens (creating the folder if needed) and reads what earlier runs saved.
  // Throws InputError when the folder holds a checkpoint of other settings,
  // naming the first setting that differs, and IoError when it cannot be
  // created, read or written.
  SweepCheckpoint(const std::string& folder, const std::string& settings_text, std::size_t cells,
                  std::size_t values_per_cell);
  ~SweepCheckpoint();
  SweepCheckpoint(const SweepCheckpoint&) = delete;
  SweepCheckpoint& operator=(const SweepCheckpoint&) = delete;

  const std::string& folder() const { return folder_; }
  // Copies the saved cells into values (cells x values_per_cell), status and
  // done (1 where saved); returns how many cells were saved.
  std::size_t restore(std::vector<double>& values, std::vector<std::int32_t>& status, std::vector<char>& done) const;
  const std::vector<HeldCells>& held_when_stopped() const { return held_; }
  // Bytes cut from the end of the log because its last frame was torn.
  std::size_t torn_bytes() const { return torn_bytes_; }

  // Thread safe. Throws IoError when the log cannot be written.
  void save_cell(std::size_t cell, CellStatus status, const double* values);
  void save_cells(const std::vector<unsigned char>& records);  // whole cell records
  void save_assignment(int rank, const std::vector<std::size_t>& cells);

 private:
  void load_log();
  void append_frame(std::uint32_t kind, const unsigned char* payload, std::size_t bytes);

  std::string folder_, log_path_;
  std::size_t cells_, values_per_cell_;
  int fd_ = -1;
  std::mutex mutex_;
  std::vector<unsigned char> saved_records_;  // what earlier runs finished, one record per cell
  std::vector<HeldCells> held_;
  std::size_t torn_bytes_ = 0;
};

}  // namespace flowscope
