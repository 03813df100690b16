#include "core/sweep/sweep_checkpoint.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/errors.h"
#include "core/sweep/cell_record.h"

namespace flowscope {
namespace {

constexpr std::uint32_t kFrameMagic = 0x52435346;  // "FSCR"
constexpr std::uint32_t kKindCells = 1;
constexpr std::uint32_t kKindAssignment = 2;
constexpr std::size_t kFrameHeader = 24;

std::uint64_t fnv1a(const unsigned char* bytes, std::size_t n) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (std::size_t i = 0; i < n; ++i) hash = (hash ^ bytes[i]) * 0x100000001b3ull;
  return hash;
}

// "key = value" lines as a map (key order kept by the caller's text).
std::vector<std::pair<std::string, std::string>> settings_lines(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto equals = line.find(" = ");
    if (equals == std::string::npos) continue;
    lines.emplace_back(line.substr(0, equals), line.substr(equals + 3));
  }
  return lines;
}

// The first difference between a checkpoint's settings and this sweep's, in words.
std::string first_difference(const std::string& saved, const std::string& current) {
  const auto old_lines = settings_lines(saved), new_lines = settings_lines(current);
  std::map<std::string, std::string> old_map(old_lines.begin(), old_lines.end());
  for (const auto& [key, value] : new_lines) {
    const auto it = old_map.find(key);
    if (it == old_map.end()) return key + " is " + value + " here and not set in the checkpoint";
    if (it->second != value) return key + " is " + it->second + " there and " + value + " here";
  }
  std::map<std::string, std::string> new_map(new_lines.begin(), new_lines.end());
  for (const auto& [key, value] : old_lines)
    if (!new_map.count(key)) return key + " is " + value + " there and not set here";
  return "the settings differ";
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

SweepCheckpoint::SweepCheckpoint(const std::string& folder, const std::string& settings_text, std::size_t cells,
                                 std::size_t values_per_cell)
    : folder_(folder), log_path_((std::filesystem::path(folder) / "cells.log").string()), cells_(cells),
      values_per_cell_(values_per_cell) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(folder, ec) && !fs::is_directory(folder, ec))
    throw IoError("checkpoint '" + folder + "' exists and is not a folder");
  fs::create_directories(folder, ec);
  if (ec) throw IoError("cannot create checkpoint folder '" + folder + "': " + ec.message());
  const std::string settings = settings_text + "cells = " + std::to_string(cells) +
                               "\nvalues_per_cell = " + std::to_string(values_per_cell) + "\n";
  const std::string settings_path = (fs::path(folder) / "settings.txt").string();
  if (fs::exists(settings_path, ec)) {
    const std::string saved = read_text(settings_path);
    if (saved != settings)
      throw InputError("checkpoint '" + folder + "' was made with other settings: " +
                       first_difference(saved, settings) + " (use another folder, or delete this one to start over)");
  } else {
    if (fs::exists(log_path_, ec))
      throw IoError("checkpoint '" + folder + "' has a cells.log but no settings.txt; delete it to start over");
    const std::string temporary = settings_path + ".part";
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out << settings;
      if (!out.flush()) throw IoError("cannot write '" + temporary + "'");
    }
    fs::rename(temporary, settings_path, ec);
    if (ec) throw IoError("cannot write '" + settings_path + "': " + ec.message());
  }
  load_log();
  fd_ = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw IoError("cannot write '" + log_path_ + "': " + std::strerror(errno));
}

SweepCheckpoint::~SweepCheckpoint() {
  if (fd_ >= 0) ::close(fd_);
}

void SweepCheckpoint::load_log() {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(log_path_, ec)) return;
  const std::string log = read_text(log_path_);
  const auto* bytes = reinterpret_cast<const unsigned char*>(log.data());
  const std::size_t record = cell_record_size(values_per_cell_);
  std::vector<std::size_t> saved_at(cells_, SIZE_MAX);    // offset of each cell's record in saved_records_
  std::map<std::size_t, int> assigned_to;                 // cell -> rank of its last assignment
  std::size_t offset = 0;
  while (offset + kFrameHeader <= log.size()) {
    std::uint32_t magic, kind;
    std::uint64_t length, checksum;
    std::memcpy(&magic, bytes + offset, 4);
    std::memcpy(&kind, bytes + offset + 4, 4);
    std::memcpy(&length, bytes + offset + 8, 8);
    std::memcpy(&checksum, bytes + offset + 16, 8);
    if (magic != kFrameMagic || length > log.size() - offset - kFrameHeader) break;
    const unsigned char* payload = bytes + offset + kFrameHeader;
    if (fnv1a(payload, length) != checksum) break;
    if (kind == kKindCells) {
      if (length % record != 0)
        throw IoError("checkpoint log '" + log_path_ + "' holds cells of another size; delete the folder to start over");
      for (std::size_t at = 0; at < length; at += record) {
        CellRecordView view;
        if (!read_cell_record(payload + at, view) || view.cell >= cells_)
          throw IoError("checkpoint log '" + log_path_ + "' holds a cell this grid does not have");
        if (saved_at[view.cell] == SIZE_MAX) {
          saved_at[view.cell] = saved_records_.size();
          saved_records_.insert(saved_records_.end(), payload + at, payload + at + record);
        }
        assigned_to.erase(view.cell);
      }
    } else if (kind == kKindAssignment && length >= 8) {
      std::int32_t rank;
      std::memcpy(&rank, payload, 4);
      for (std::size_t at = 8; at + 8 <= length; at += 8) {
        std::uint64_t cell;
        std::memcpy(&cell, payload + at, 8);
        if (cell < cells_ && saved_at[cell] == SIZE_MAX) assigned_to[cell] = rank;
      }
    }
    offset += kFrameHeader + length;
  }
  if (offset < log.size()) {
    torn_bytes_ = log.size() - offset;
    fs::resize_file(log_path_, offset, ec);
    if (ec) throw IoError("cannot repair checkpoint log '" + log_path_ + "': " + ec.message());
  }
  std::map<int, std::vector<std::size_t>> by_rank;
  for (const auto& [cell, rank] : assigned_to) by_rank[rank].push_back(cell);
  for (auto& [rank, cells] : by_rank) held_.push_back({rank, std::move(cells)});
}

std::size_t SweepCheckpoint::restore(std::vector<double>& values, std::vector<std::int32_t>& status,
                                     std::vector<char>& done) const {
  const std::size_t record = cell_record_size(values_per_cell_);
  std::size_t restored = 0;
  for (std::size_t at = 0; at < saved_records_.size(); at += record) {
    CellRecordView view;
    read_cell_record(saved_records_.data() + at, view);
    std::memcpy(values.data() + view.cell * values_per_cell_, view.values, 8 * values_per_cell_);
    status[view.cell] = static_cast<std::int32_t>(view.status);
    done[view.cell] = 1;
    ++restored;
  }
  return restored;
}

void SweepCheckpoint::append_frame(std::uint32_t kind, const unsigned char* payload, std::size_t bytes) {
  std::vector<unsigned char> frame(kFrameHeader + bytes);
  const std::uint64_t length = bytes, checksum = fnv1a(payload, bytes);
  std::memcpy(frame.data(), &kFrameMagic, 4);
  std::memcpy(frame.data() + 4, &kind, 4);
  std::memcpy(frame.data() + 8, &length, 8);
  std::memcpy(frame.data() + 16, &checksum, 8);
  std::memcpy(frame.data() + kFrameHeader, payload, bytes);
  const std::lock_guard<std::mutex> lock(mutex_);
  std::size_t written = 0;
  while (written < frame.size()) {
    const ssize_t n = ::write(fd_, frame.data() + written, frame.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw IoError("cannot write checkpoint log '" + log_path_ + "': " + std::strerror(errno));
    written += static_cast<std::size_t>(n);
  }
}

void SweepCheckpoint::save_cell(std::size_t cell, CellStatus status, const double* values) {
  std::vector<unsigned char> record;
  append_cell_record(record, cell, status, values, values_per_cell_);
  append_frame(kKindCells, record.data(), record.size());
}

void SweepCheckpoint::save_cells(const std::vector<unsigned char>& records) {
  if (!records.empty()) append_frame(kKindCells, records.data(), records.size());
}

void SweepCheckpoint::save_assignment(int rank, const std::vector<std::size_t>& cells) {
  std::vector<unsigned char> payload(8 + 8 * cells.size(), 0);
  const auto r = static_cast<std::int32_t>(rank);
  std::memcpy(payload.data(), &r, 4);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::uint64_t cell = cells[i];
    std::memcpy(payload.data() + 8 + 8 * i, &cell, 8);
  }
  append_frame(kKindAssignment, payload.data(), payload.size());
}

}  // namespace flowscope
