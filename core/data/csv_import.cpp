#include "core/data/csv_import.h"

#include <algorithm>
#include <cerrno>
#include <cctype>
#include <cmath>
#include <limits>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/data/memory_check.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

constexpr std::size_t kCancelEvery = 1 << 15;  // lines between cancel checks

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

void split(std::string_view line, char separator, std::vector<std::string_view>& cells) {
  cells.clear();
  std::size_t start = 0;
  while (true) {
    const std::size_t end = line.find(separator, start);
    cells.push_back(trim(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

// A number, NaN and infinities included ("nan", "inf", "-Infinity"); an empty
// cell is a missing value, read as NaN. Nothing for text that is not a number
// and for a number beyond the range of a double (the caller names it with
// not_a_number_text), never an infinity the file did not write.
std::optional<double> parse_cell(std::string_view cell) {
  if (cell.empty()) return std::numeric_limits<double>::quiet_NaN();
  return parse_double(cell);
}

// Why a cell is not a number, after the quoted cell: "is not a number" or the overflow phrase.
std::string not_a_number_text(std::string_view cell) {
  return number_overflows(cell) ? kOverflowPhrase : "is not a number";
}

bool is_blank_or_comment(std::string_view line) {
  const std::string_view t = trim(line);
  return t.empty() || t.front() == '#';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kShown = 40;
  std::string out(1, '\'');
  out.append(text.substr(0, kShown));
  return out.append(text.size() > kShown ? "...'" : "'");
}

struct Layout {
  char separator = ',';
  bool header = false;
  std::size_t header_line = 0;  // 1-based line of the header (or of the first data row)
  std::vector<std::string> names;
  int trial = -1, time = -1, label = -1;
  std::vector<std::size_t> dims;  // the columns that are dimensions
};

std::string separator_name(char c) { return c == ',' ? "comma" : c == '\t' ? "tab" : "semicolon"; }

// From the first non-comment line: the separator, a header or not, the special columns.
Layout read_layout(const std::string& path, std::string_view first, std::size_t line) {
  Layout layout;
  layout.header_line = line;
  layout.separator = first.find(',') != std::string_view::npos    ? ','
                     : first.find('\t') != std::string_view::npos ? '\t'
                     : first.find(';') != std::string_view::npos  ? ';'
                                                                  : ',';
  std::vector<std::string_view> cells;
  split(first, layout.separator, cells);
  for (std::size_t c = 0; c < cells.size(); ++c)
    if (number_overflows(cells[c]))  // a number, but not one a double holds: neither a name nor a value
      throw IoError("'" + path + "', line " + std::to_string(line) + ", column " + std::to_string(c + 1) + ": '" +
                    std::string(cells[c]) + "' " + kOverflowPhrase);
  layout.header = std::any_of(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty() && !parse_cell(c); });
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const std::string name = layout.header ? std::string(cells[c]) : default_column_name(c);
    const std::string key = lower(name);
    const int index = static_cast<int>(c);
    if (layout.header && key == "trial" && layout.trial < 0) layout.trial = index;
    else if (layout.header && key == "time" && layout.time < 0) layout.time = index;
    else if (layout.header && key == "label" && layout.label < 0) layout.label = index;
    else layout.dims.push_back(c);
    layout.names.push_back(name);
  }
  if (layout.dims.empty())
    throw IoError("'" + path + "', line " + std::to_string(line) +
                  ": no data columns (only trial, time or label columns)");
  return layout;
}

std::string cell_place(const Layout& layout, std::size_t line, std::size_t column) {
  std::string text = "line " + std::to_string(line) + ", column " + std::to_string(column + 1);
  if (layout.header) text += " ('" + layout.names[column] + "')";
  return text;
}

class LineReader {
 public:
  explicit LineReader(const std::string& path) : file_(path, std::ios::binary) {
    if (!file_) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  }
  bool next(std::string& line) {
    if (!std::getline(file_, line)) return false;
    bytes_ += line.size() + 1;
    ++number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
  }
  std::size_t number() const { return number_; }
  std::uint64_t bytes() const { return bytes_; }

 private:
  std::ifstream file_;
  std::size_t number_ = 0;
  std::uint64_t bytes_ = 0;
};

std::uint64_t file_size(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  return static_cast<std::uint64_t>(file.tellg());
}

// Newlines in the file (an upper bound on its data rows), counted in blocks.
std::optional<std::uint64_t> count_lines(const std::string& path, std::uint64_t size, const RunControl& control) {
  std::ifstream file(path, std::ios::binary);
  // Blocks of 4 MB, or the whole of a smaller file (no 4 MB buffer for a 1 kB file).
  std::vector<char> block(static_cast<std::size_t>(std::min<std::uint64_t>(size + 1, std::uint64_t{1} << 22)));
  std::uint64_t lines = 1, read = 0;
  while (file) {
    if (control.cancel && control.cancel->load()) return std::nullopt;
    file.read(block.data(), static_cast<std::streamsize>(block.size()));
    const auto n = static_cast<std::size_t>(file.gcount());
    lines += static_cast<std::uint64_t>(std::count(block.data(), block.data() + n, '\n'));
    read += n;
    if (control.progress && size) control.progress(0.1 * static_cast<double>(read) / static_cast<double>(size));
  }
  return lines;
}

}  // namespace

std::optional<ImportResult> import_csv(const std::string& path, const ImportOptions& options,
                                       const RunControl& control) {
  const std::uint64_t size = file_size(path);
  LineReader reader(path);
  std::string line;
  while (reader.next(line) && is_blank_or_comment(line)) {
  }
  if (size == 0 || is_blank_or_comment(line)) throw IoError("'" + path + "' is empty (no header and no data rows)");
  const Layout layout = read_layout(path, line, reader.number());
  const std::size_t columns = layout.names.size(), d = layout.dims.size();

  const std::optional<std::uint64_t> lines = count_lines(path, size, control);
  if (!lines) return std::nullopt;
  // Per row: the dimensions, and a time and a label when the file has them.
  const std::uint64_t per_row = 8 * d + (layout.time >= 0 ? 8 : 0) + (layout.label >= 0 ? 4 : 0);
  check_memory(*lines * per_row, options.memory_limit, "'" + path + "' (" + std::to_string(*lines) + " lines x " +
                                                           std::to_string(d) + " columns)");

  ImportResult result;
  TrajectorySet& set = result.data;
  set.dimension = d;
  for (std::size_t c : layout.dims) set.column_names.push_back(layout.names[c]);
  set.values.reserve(*lines * d);
  if (layout.time >= 0) set.times.reserve(*lines);
  if (layout.label >= 0) set.labels.reserve(*lines);
  std::unordered_map<std::string, std::int32_t> label_index;
  std::set<double> finished_trials;
  std::optional<double> current_trial;

  std::vector<std::string_view> cells;
  std::vector<double> row(d);
  std::size_t non_finite_rows = 0, data_rows = 0;
  std::string first_non_finite;
  bool first = !layout.header;  // without a header the line already read is the first data row
  while (first || reader.next(line)) {
    first = false;
    const std::size_t number = reader.number();
    if (number % kCancelEvery == 0) {
      if (control.cancel && control.cancel->load()) return std::nullopt;
      if (control.progress && size)
        control.progress(0.1 + 0.9 * static_cast<double>(reader.bytes()) / static_cast<double>(size));
    }
    if (is_blank_or_comment(line)) continue;
    split(line, layout.separator, cells);
    if (cells.size() != columns)
      throw IoError("'" + path + "', line " + std::to_string(number) + ": " + std::to_string(cells.size()) +
                    (cells.size() == 1 ? " value" : " values") + ", expected " + std::to_string(columns) + " (as " +
                    (layout.header ? "in the header" : "on the first row") + " at line " +
                    std::to_string(layout.header_line) + ")");
    ++data_rows;
    bool finite = true;
    for (std::size_t k = 0; k < d; ++k) {
      const std::size_t c = layout.dims[k];
      const std::optional<double> value = parse_cell(cells[c]);
      if (!value)
        throw IoError("'" + path + "', " + cell_place(layout, number, c) + ": " + quoted(cells[c]) + " " +
                      not_a_number_text(cells[c]));
      row[k] = *value;
      if (finite && !std::isfinite(*value)) {
        finite = false;
        if (non_finite_rows == 0)
          first_non_finite = cell_place(layout, number, c) + ": " +
                             (cells[c].empty() ? std::string("an empty (missing) value") : quoted(cells[c]));
      }
    }
    if (!finite) ++non_finite_rows;
    if (!finite && options.non_finite != NonFinitePolicy::Keep) continue;  // Reject counts all before throwing

    if (layout.trial >= 0) {
      const std::optional<double> trial = parse_cell(cells[static_cast<std::size_t>(layout.trial)]);
      if (!trial || !std::isfinite(*trial))
        throw IoError("'" + path + "', " + cell_place(layout, number, static_cast<std::size_t>(layout.trial)) +
                      ": trial " + quoted(cells[static_cast<std::size_t>(layout.trial)]) + " " +
                      (trial ? "is not finite" : not_a_number_text(cells[static_cast<std::size_t>(layout.trial)])));
      if (!current_trial || *trial != *current_trial) {
        if (finished_trials.count(*trial))
          throw IoError("'" + path + "', line " + std::to_string(number) + ": trial " +
                        std::string(cells[static_cast<std::size_t>(layout.trial)]) +
                        " appears again after other trials; the rows of one trial must be contiguous");
        if (current_trial) {
          finished_trials.insert(*current_trial);
          set.trial_starts.push_back(set.points());
        }
        current_trial = *trial;
        set.trial_ids.push_back(*trial);
      }
    }
    if (layout.time >= 0) {
      const std::optional<double> t = parse_cell(cells[static_cast<std::size_t>(layout.time)]);
      if (!t || !std::isfinite(*t))
        throw IoError("'" + path + "', " + cell_place(layout, number, static_cast<std::size_t>(layout.time)) +
                      ": time " + quoted(cells[static_cast<std::size_t>(layout.time)]) + " " +
                      (t ? "is not finite" : not_a_number_text(cells[static_cast<std::size_t>(layout.time)])));
      set.times.push_back(*t);
    }
    if (layout.label >= 0) {
      const std::string label(cells[static_cast<std::size_t>(layout.label)]);
      const auto [it, added] = label_index.emplace(label, static_cast<std::int32_t>(set.label_names.size()));
      if (added) set.label_names.push_back(label);
      set.labels.push_back(it->second);
    }
    set.values.insert(set.values.end(), row.begin(), row.end());
  }
  if (data_rows == 0) throw IoError("'" + path + "' has a header but no data rows");
  if (non_finite_rows > 0 && options.non_finite == NonFinitePolicy::Reject)
    throw NonFiniteError("'" + path + "': " + std::to_string(non_finite_rows) + " of " + std::to_string(data_rows) +
                             (non_finite_rows == 1 ? " rows holds" : " rows hold") +
                             " NaN, infinite or missing values, the first at " + first_non_finite,
                         non_finite_rows);
  if (set.points() == 0)
    throw IoError("'" + path + "': every one of its " + std::to_string(data_rows) +
                  " rows holds NaN, infinite or missing values");
  set.trial_starts.push_back(set.points());
  if (options.non_finite == NonFinitePolicy::Drop) result.dropped_rows = non_finite_rows;
  set.values.shrink_to_fit();
  if (control.progress) control.progress(1.0);
  return result;
}

FilePreview preview_csv(const std::string& path, std::size_t max_rows) {
  FilePreview preview;
  preview.format = FileFormat::Csv;
  const std::uint64_t size = file_size(path);
  LineReader reader(path);
  std::string line;
  while (reader.next(line) && is_blank_or_comment(line)) {
  }
  if (size == 0 || is_blank_or_comment(line)) throw IoError("'" + path + "' is empty (no header and no data rows)");
  const Layout layout = read_layout(path, line, reader.number());
  preview.columns = layout.names;
  std::vector<std::string_view> cells;
  bool first = !layout.header;
  while (preview.rows.size() < max_rows && (first || reader.next(line))) {
    first = false;
    if (is_blank_or_comment(line)) continue;
    split(line, layout.separator, cells);
    preview.rows.emplace_back(cells.begin(), cells.end());
  }
  // Rows estimated from the bytes per line seen so far.
  const double per_line = reader.number() ? static_cast<double>(reader.bytes()) / reader.number() : 1.0;
  const auto rows = static_cast<std::size_t>(static_cast<double>(size) / std::max(per_line, 1.0) + 0.5) -
                    (layout.header ? 1 : 0);
  preview.rows_estimated = reader.bytes() < size;
  preview.shape = {preview.rows_estimated ? rows : preview.rows.size(), layout.dims.size()};
  preview.bytes_needed = preview.shape[0] * (8 * layout.dims.size() + (layout.time >= 0 ? 8 : 0));
  preview.type = "CSV, " + separator_name(layout.separator) + " separated, " + (layout.header ? "header" : "no header");
  std::string special;
  if (layout.trial >= 0) special += " trial";
  if (layout.time >= 0) special += " time";
  if (layout.label >= 0) special += " label";
  preview.summary = (preview.rows_estimated ? "about " : "") + std::to_string(preview.shape[0]) + " rows x " +
                    std::to_string(layout.dims.size()) + " dimensions" +
                    (special.empty() ? "" : ", columns:" + special) + "; needs about " +
                    byte_size_text(preview.bytes_needed);
  return preview;
}

}  // namespace flowscope
