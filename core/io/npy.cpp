#include "core/io/npy.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <numeric>
#include <string_view>

#include "core/errors.h"

namespace flowscope {
namespace {

static_assert(std::endian::native == std::endian::little, "the NPY code assumes a little-endian host");

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicLength = 6;

std::string shape_text(const std::vector<std::size_t>& shape) {
  std::string text = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
  if (shape.size() == 1) text += ",";
  return text + ")";
}

// numpy's own limit (numpy.lib.format, max_header_size): a longer header is
// refused before it is read, as numpy does since 1.24.
constexpr std::size_t kMaxHeaderLength = 10000;

// The header dict, read as numpy reads it (ast.literal_eval, then exact keys):
// a Python dict literal with exactly the keys 'descr' (a string),
// 'fortran_order' (True or False) and 'shape' (a tuple of whole numbers), in
// any order, then only blanks. Anything else is refused, naming the problem.
class HeaderDict {
 public:
  HeaderDict(std::string_view text, const std::string& path) : text_(text), path_(path) {}

  void parse(std::string& descr, bool& fortran, std::vector<std::size_t>& shape) {
    bool have_descr = false, have_fortran = false, have_shape = false;
    skip_blanks();
    expect('{');
    while (true) {
      skip_blanks();
      if (peek() == '}') break;
      const std::string key = string_literal();
      skip_blanks();
      expect(':');
      skip_blanks();
      if (key == "descr") {
        if (have_descr) fail("key 'descr' is given twice");
        descr = string_literal();
        have_descr = true;
      } else if (key == "fortran_order") {
        if (have_fortran) fail("key 'fortran_order' is given twice");
        fortran = boolean_literal();
        have_fortran = true;
      } else if (key == "shape") {
        if (have_shape) fail("key 'shape' is given twice");
        shape = tuple_literal();
        have_shape = true;
      } else {
        fail("unknown key '" + key + "' (an NPY header has exactly 'descr', 'fortran_order' and 'shape')");
      }
      skip_blanks();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() != '}') fail("expected ',' or '}' after the value of '" + key + "'");
    }
    ++pos_;  // '}'
    skip_blanks();
    if (pos_ != text_.size()) fail("unexpected text after the header dict");
    if (!have_descr) fail("the header has no 'descr'");
    if (!have_fortran) fail("the header has no 'fortran_order'");
    if (!have_shape) fail("the header has no 'shape'");
  }

 private:
  std::string_view text_;
  const std::string& path_;
  std::size_t pos_ = 0;

  [[noreturn]] void fail(const std::string& problem) const {
    throw IoError("'" + path_ + "': malformed NPY header at byte " + std::to_string(pos_) + ": " + problem);
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skip_blanks() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }
  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++pos_;
  }
  // 'text' or "text"; escapes never occur in what numpy writes and are refused.
  std::string string_literal() {
    const char quote = peek();
    if (quote != '\'' && quote != '"') fail("expected a quoted string");
    const std::size_t begin = ++pos_;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (text_[pos_] == '\\' || text_[pos_] == '\n') fail("unsupported character in a string");
      ++pos_;
    }
    if (pos_ >= text_.size()) fail("unterminated string");
    return std::string(text_.substr(begin, pos_++ - begin));
  }
  bool boolean_literal() {
    if (text_.substr(pos_, 4) == "True") {
      pos_ += 4;
      return true;
    }
    if (text_.substr(pos_, 5) == "False") {
      pos_ += 5;
      return false;
    }
    fail("'fortran_order' must be True or False");
  }
  // (), (n,), (n, m), (n, m,): whole numbers, a trailing comma allowed.
  std::vector<std::size_t> tuple_literal() {
    std::vector<std::size_t> shape;
    expect('(');
    while (true) {
      skip_blanks();
      if (peek() == ')') break;
      if (peek() < '0' || peek() > '9') fail("a shape holds whole numbers");
      std::size_t value = 0;
      while (peek() >= '0' && peek() <= '9') {
        if (value > (SIZE_MAX - 9) / 10) fail("a dimension of the shape overflows");
        value = value * 10 + static_cast<std::size_t>(text_[pos_++] - '0');
      }
      shape.push_back(value);
      skip_blanks();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() != ')') fail("expected ',' or ')' in the shape");
    }
    ++pos_;  // ')'
    if (shape.size() > 32) fail("a shape has at most 32 dimensions (numpy's limit)");
    return shape;
  }
};

template <typename T>
T load_element(const char* bytes, bool swap) {
  using Bits = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
  Bits bits;
  std::memcpy(&bits, bytes, sizeof bits);
  if (swap) {
    if constexpr (sizeof(T) == 8) bits = __builtin_bswap64(bits);
    else bits = __builtin_bswap32(bits);
  }
  return std::bit_cast<T>(bits);
}

// Walks a Fortran-ordered array in file order (first index fastest) and
// keeps the C-order offset of the current element: an odometer, O(1) per step.
class FortranWalk {
 public:
  explicit FortranWalk(const std::vector<std::size_t>& shape) : shape_(shape), index_(shape.size(), 0), stride_(shape.size(), 1) {
    for (std::size_t d = shape.size(); d-- > 1;) stride_[d - 1] = stride_[d] * shape[d];
  }
  std::size_t offset() const { return offset_; }
  void next() {
    for (std::size_t d = 0; d < shape_.size(); ++d) {
      offset_ += stride_[d];
      if (++index_[d] < shape_[d]) return;
      offset_ -= stride_[d] * shape_[d];
      index_[d] = 0;
    }
  }

 private:
  std::vector<std::size_t> shape_, index_, stride_;
  std::size_t offset_ = 0;
};

}  // namespace

void write_npy(const std::string& path, const double* data, const std::vector<std::size_t>& shape) {
  std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape_text(shape) + ", }";
  // Pad with spaces and a final newline so the data starts on a 64-byte boundary.
  const std::size_t prefix = kMagicLength + 2 + 2;
  const std::size_t total = (prefix + header.size() + 1 + 63) / 64 * 64;
  header.append(total - prefix - header.size() - 1, ' ');
  header += '\n';

  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw IoError("cannot write '" + path + "': " + std::strerror(errno));
  const std::uint16_t length = static_cast<std::uint16_t>(header.size());
  file.write(kMagic, kMagicLength);
  file.put(1);
  file.put(0);
  file.put(static_cast<char>(length & 0xff));
  file.put(static_cast<char>(length >> 8));
  file.write(header.data(), static_cast<std::streamsize>(header.size()));
  const std::size_t count = std::accumulate(shape.begin(), shape.end(), std::size_t{1}, std::multiplies<>());
  file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(count * sizeof(double)));
  file.close();
  if (!file) throw IoError("writing '" + path + "' failed (disk full?)");
}

std::size_t NpyHeader::count() const {
  return std::accumulate(shape.begin(), shape.end(), std::size_t{1}, std::multiplies<>());
}

std::string NpyHeader::dtype_text() const {
  return std::string(width == 8 ? "float64" : "float32") + (big_endian ? " (big-endian, " : " (little-endian, ") +
         (fortran ? "Fortran order)" : "C order)");
}

NpyHeader read_npy_header(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  char magic[kMagicLength + 2] = {};
  file.read(magic, sizeof magic);
  if (!file || std::memcmp(magic, kMagic, kMagicLength) != 0)
    throw IoError("'" + path + "' is not an NPY file (no \\x93NUMPY magic string)");
  const int major = static_cast<unsigned char>(magic[kMagicLength]);
  std::size_t header_length = 0;
  if (major == 1) {
    unsigned char b[2] = {};
    file.read(reinterpret_cast<char*>(b), 2);
    header_length = b[0] | (std::size_t{b[1]} << 8);
  } else if (major == 2 || major == 3) {
    unsigned char b[4] = {};
    file.read(reinterpret_cast<char*>(b), 4);
    header_length = b[0] | (std::size_t{b[1]} << 8) | (std::size_t{b[2]} << 16) | (std::size_t{b[3]} << 24);
  } else {
    throw IoError("'" + path + "': unsupported NPY version " + std::to_string(major));
  }
  if (!file) throw IoError("'" + path + "': NPY header is truncated (no header length)");
  if (header_length > kMaxHeaderLength)
    throw IoError("'" + path + "': NPY header of " + std::to_string(header_length) + " bytes is longer than " +
                  std::to_string(kMaxHeaderLength) + " (numpy's limit)");
  std::string text(header_length, '\0');
  file.read(text.data(), static_cast<std::streamsize>(header_length));
  if (!file)
    throw IoError("'" + path + "': NPY header is truncated (" + std::to_string(header_length) +
                  " bytes announced)");

  NpyHeader header;
  HeaderDict(text, path).parse(header.descr, header.fortran, header.shape);
  const std::string& descr = header.descr;
  if (descr.size() != 3 || descr[1] != 'f' || (descr[2] != '4' && descr[2] != '8') ||
      (descr[0] != '<' && descr[0] != '>' && descr[0] != '='))
    throw IoError("'" + path + "': unsupported NPY dtype '" + descr + "' with shape " + shape_text(header.shape) +
                  " (float32 or float64 expected)");
  header.big_endian = descr[0] == '>';
  header.width = descr[2] == '8' ? 8 : 4;
  std::size_t count = 1;
  for (std::size_t d : header.shape) {
    if (d != 0 && count > SIZE_MAX / header.width / d) throw IoError("'" + path + "': NPY shape overflows");
    count *= d;
  }
  header.data_offset = static_cast<std::uint64_t>(file.tellg());
  file.seekg(0, std::ios::end);
  const auto available = static_cast<std::uint64_t>(file.tellg()) - header.data_offset;
  if (available < count * header.width)
    throw IoError("'" + path + "': NPY data is truncated: shape " + shape_text(header.shape) + " of " +
                  header.dtype_text() + " needs " + std::to_string(count * header.width) + " bytes, the file has " +
                  std::to_string(available));
  return header;
}

bool read_npy_values(const std::string& path, const NpyHeader& header, double* out,
                     const std::function<bool()>& keep_going, const std::function<void(double)>& progress) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError("cannot read '" + path + "': " + std::strerror(errno));
  file.seekg(static_cast<std::streamoff>(header.data_offset));
  const std::size_t count = header.count();
  const bool swap = header.big_endian;
  constexpr std::size_t kBlock = std::size_t{1} << 20;  // elements per read: 4-8 MB
  std::vector<char> raw(std::min(count, kBlock) * header.width);
  FortranWalk walk(header.shape);
  for (std::size_t first = 0; first < count; first += kBlock) {
    if (keep_going && !keep_going()) return false;
    const std::size_t n = std::min(kBlock, count - first);
    file.read(raw.data(), static_cast<std::streamsize>(n * header.width));
    if (!file) throw IoError("'" + path + "': reading the NPY data failed");
    for (std::size_t i = 0; i < n; ++i) {
      const char* bytes = raw.data() + i * header.width;
      const double value = header.width == 8 ? load_element<double>(bytes, swap) : load_element<float>(bytes, swap);
      if (header.fortran) {
        out[walk.offset()] = value;
        walk.next();
      } else {
        out[first + i] = value;
      }
    }
    if (progress) progress(static_cast<double>(first + n) / static_cast<double>(count));
  }
  return true;
}

NpyArray read_npy(const std::string& path) {
  const NpyHeader header = read_npy_header(path);
  NpyArray array;
  array.shape = header.shape;
  array.values.resize(header.count());
  read_npy_values(path, header, array.values.data());
  return array;
}

}  // namespace flowscope
