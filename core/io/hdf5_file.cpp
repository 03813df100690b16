#include "core/io/hdf5_file.h"

#include <hdf5.h>

#include <algorithm>
#include <numeric>

#include "core/errors.h"

namespace flowscope {
namespace {

// Owns one HDF5 identifier and closes it with the matching H5?close.
class Handle {
 public:
  using Closer = herr_t (*)(hid_t);
  Handle(hid_t id, Closer close) : id_(id), close_(close) {}
  ~Handle() {
    if (id_ >= 0) close_(id_);
  }
  Handle(Handle&& other) noexcept : id_(other.id_), close_(other.close_) { other.id_ = -1; }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle& operator=(Handle&&) = delete;
  hid_t get() const { return id_; }
  bool valid() const { return id_ >= 0; }

 private:
  hid_t id_;
  Closer close_;
};

// HDF5 prints its error stack on stderr by default; Flowscope reports its own
// messages instead. Called before every public entry point (cheap).
// The kind of object a link names, or H5O_TYPE_UNKNOWN (dangling link, no such name).
H5O_type_t object_type(hid_t location, const char* name) {
#if H5_VERSION_GE(1, 12, 0)
  H5O_info2_t info;
  if (H5Oget_info_by_name3(location, name, &info, H5O_INFO_BASIC, H5P_DEFAULT) < 0) return H5O_TYPE_UNKNOWN;
#else
  H5O_info_t info;
  if (H5Oget_info_by_name2(location, name, &info, H5O_INFO_BASIC, H5P_DEFAULT) < 0) return H5O_TYPE_UNKNOWN;
#endif
  return info.type;
}

void silence_hdf5() { H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); }

std::string shape_text(const std::vector<std::size_t>& shape) {
  std::string text = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
  if (shape.size() == 1) text += ",";
  return text + ")";
}

std::string normalised(const std::string& dataset_path) {
  std::string p = dataset_path;
  if (p.empty() || p.front() != '/') p = "/" + p;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p;
}

Handle open_file(const std::string& path) {
  silence_hdf5();
  if (H5Fis_hdf5(path.c_str()) <= 0) {
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
      std::fclose(f);
      throw IoError("'" + path + "' is not an HDF5 file");
    }
    throw IoError("cannot read '" + path + "': no such file or no permission");
  }
  Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
  if (!file.valid()) throw IoError("cannot open HDF5 file '" + path + "'");
  return file;
}

std::string type_text(hid_t type, bool& numeric) {
  numeric = false;
  const H5T_class_t cls = H5Tget_class(type);
  const std::size_t bytes = H5Tget_size(type);
  const bool big = H5Tget_order(type) == H5T_ORDER_BE;
  const std::string order = big ? " (big-endian)" : " (little-endian)";
  switch (cls) {
    case H5T_FLOAT:
      numeric = true;
      return "float" + std::to_string(8 * bytes) + order;
    case H5T_INTEGER:
      numeric = true;
      return std::string(H5Tget_sign(type) == H5T_SGN_NONE ? "uint" : "int") + std::to_string(8 * bytes) + order;
    case H5T_STRING: return "string";
    case H5T_COMPOUND: return "compound";
    case H5T_ENUM: return "enum";
    case H5T_ARRAY: return "array";
    case H5T_VLEN: return "variable-length";
    case H5T_OPAQUE: return "opaque";
    case H5T_REFERENCE: return "reference";
    default: return "unknown";
  }
}

std::vector<std::size_t> dataspace_shape(hid_t dataset) {
  Handle space(H5Dget_space(dataset), H5Sclose);
  const int rank = H5Sget_simple_extent_ndims(space.get());
  std::vector<hsize_t> dims(static_cast<std::size_t>(std::max(rank, 0)));
  if (rank > 0) H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
  return {dims.begin(), dims.end()};
}

Hdf5Node describe_dataset(hid_t dataset, const std::string& name, const std::string& path) {
  Hdf5Node node;
  node.name = name;
  node.path = path;
  node.shape = dataspace_shape(dataset);
  Handle type(H5Dget_type(dataset), H5Tclose);
  node.type = type_text(type.get(), node.numeric);
  node.element_bytes = type.valid() ? H5Tget_size(type.get()) : 0;
  node.stored_bytes = H5Dget_storage_size(dataset);
  Handle create(H5Dget_create_plist(dataset), H5Pclose);
  if (create.valid() && H5Pget_layout(create.get()) == H5D_CHUNKED) {
    const int rank = H5Pget_chunk(create.get(), 0, nullptr);
    if (rank > 0 && rank <= H5S_MAX_RANK) {
      hsize_t chunk[H5S_MAX_RANK];
      H5Pget_chunk(create.get(), rank, chunk);
      // Saturating product: a damaged chunk size must not wrap around to a small one.
      std::uint64_t bytes = node.element_bytes;
      for (int d = 0; d < rank; ++d)
        bytes = chunk[d] != 0 && bytes > UINT64_MAX / chunk[d] ? UINT64_MAX : bytes * chunk[d];
      node.chunk_bytes = bytes;
      Handle space(H5Dget_space(dataset), H5Sclose);
      if (space.valid() && H5Sget_simple_extent_ndims(space.get()) == rank) {
        hsize_t dims[H5S_MAX_RANK], max_dims[H5S_MAX_RANK];
        H5Sget_simple_extent_dims(space.get(), dims, max_dims);
        for (int d = 0; d < rank; ++d)
          if (max_dims[d] != H5S_UNLIMITED && chunk[d] > max_dims[d]) node.chunk_beyond_extent = true;
      }
    }
    node.filtered = H5Pget_nfilters(create.get()) > 0;
  }
  return node;
}

std::uint64_t file_size_of(hid_t file) {
  hsize_t size = 0;
  return H5Fget_filesize(file, &size) < 0 ? 0 : size;
}

void fill_group(hid_t group, Hdf5Node& node, int depth) {
  if (depth > 64) return;  // links can make cycles; no real file nests this deep
  H5G_info_t info;
  if (H5Gget_info(group, &info) < 0) return;
  for (hsize_t i = 0; i < info.nlinks; ++i) {
    const ssize_t length = H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT);
    if (length < 0) continue;
    std::string name(static_cast<std::size_t>(length), '\0');
    H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, name.data(), name.size() + 1, H5P_DEFAULT);
    const std::string child_path = (node.path == "/" ? "" : node.path) + "/" + name;
    const H5O_type_t kind = object_type(group, name.c_str());
    if (kind == H5O_TYPE_GROUP) {
      Handle child(H5Gopen2(group, name.c_str(), H5P_DEFAULT), H5Gclose);
      if (!child.valid()) continue;
      Hdf5Node sub;
      sub.name = name;
      sub.path = child_path;
      sub.is_group = true;
      sub.type = "group";
      fill_group(child.get(), sub, depth + 1);
      node.children.push_back(std::move(sub));
    } else if (kind == H5O_TYPE_DATASET) {
      Handle child(H5Dopen2(group, name.c_str(), H5P_DEFAULT), H5Dclose);
      if (child.valid()) node.children.push_back(describe_dataset(child.get(), name, child_path));
    }
  }
}

void collect_datasets(const Hdf5Node& node, std::vector<std::string>& out) {
  for (const Hdf5Node& child : node.children) {
    if (child.is_group) collect_datasets(child, out);
    else out.push_back(child.path);
  }
}

Handle open_dataset(hid_t file, const std::string& path, const std::string& dataset_path) {
  const std::string p = normalised(dataset_path);
  // H5Lexists fails (rather than returning 0) when an intermediate group is missing: check each level.
  bool exists = true;
  for (std::size_t slash = p.find('/', 1);; slash = p.find('/', slash + 1)) {
    const std::string prefix = slash == std::string::npos ? p : p.substr(0, slash);
    if (H5Lexists(file, prefix.c_str(), H5P_DEFAULT) <= 0) {
      exists = false;
      break;
    }
    if (slash == std::string::npos) break;
  }
  if (exists && object_type(file, p.c_str()) == H5O_TYPE_DATASET) {
    Handle dataset(H5Dopen2(file, p.c_str(), H5P_DEFAULT), H5Dclose);
    if (dataset.valid()) return dataset;
  }
  Hdf5Node root;
  root.path.assign(1, '/');
  root.is_group = true;
  fill_group(file, root, 0);
  std::vector<std::string> names;
  collect_datasets(root, names);
  std::string known;
  for (const std::string& name : names) known += (known.empty() ? "" : ", ") + name;
  throw IoError("'" + path + "' has no dataset '" + p + "'" + (exists ? " (that is a group)" : "") +
                (known.empty() ? "; the file holds no datasets" : "; its datasets: " + known));
}

}  // namespace

void check_hdf5_storage(const std::string& path, const Hdf5Node& info, std::uint64_t file_bytes) {
  const std::string what = "'" + path + "': dataset '" + info.path + "' (shape " + shape_text(info.shape) + " of " +
                           info.type + ")";
  if (info.element_bytes == 0) throw IoError(what + " has values of no size (damaged file?)");
  std::uint64_t declared = info.element_bytes;
  for (std::size_t n : info.shape) {
    if (n != 0 && declared > UINT64_MAX / n)
      throw IoError(what + " declares more bytes than a 64-bit size can count (damaged file?)");
    declared *= n;
  }
  if (info.chunk_bytes > kMaxHdf5ChunkBytes)
    throw IoError(what + " is stored in chunks of " + std::to_string(info.chunk_bytes) +
                  " bytes; at most " + std::to_string(kMaxHdf5ChunkBytes) + " are read (damaged file?)");
  if (info.chunk_beyond_extent)
    throw IoError(what + " has chunks longer than its fixed extent, which HDF5 never writes (damaged file?)");
  if (declared == 0) return;
  const std::string sizes = " declares " + std::to_string(declared) + " bytes of data";
  if (!info.filtered) {
    if (info.stored_bytes < declared)
      throw IoError(what + sizes + " but stores " + std::to_string(info.stored_bytes) +
                    " (unwritten or missing data, or a damaged file)");
    // Compact data lives inside the object header, which is in the file too.
    if (declared > file_bytes)
      throw IoError(what + sizes + ", more than the whole file (" + std::to_string(file_bytes) +
                    " bytes): the file is damaged or truncated");
    return;
  }
  if (info.stored_bytes > file_bytes)
    throw IoError(what + " stores " + std::to_string(info.stored_bytes) + " compressed bytes, more than the whole file (" +
                  std::to_string(file_bytes) + " bytes): the file is damaged or truncated");
  if (info.stored_bytes == 0 || declared / info.stored_bytes > kMaxHdf5CompressionRatio)
    throw IoError(what + sizes + " from " + std::to_string(info.stored_bytes) +
                  " compressed bytes, a ratio no compression reaches (unwritten chunks or a damaged file)");
}

void check_hdf5_storage(const std::string& path, const Hdf5Node& info) {
  Handle file = open_file(path);
  check_hdf5_storage(path, info, file_size_of(file.get()));
}

void write_hdf5(const std::string& path, const std::vector<Hdf5Dataset>& datasets,
                const std::vector<Hdf5Attribute>& root_attributes) {
  silence_hdf5();
  Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose);
  if (!file.valid()) throw IoError("cannot write '" + path + "' (no such folder or no permission)");
  Handle link_properties(H5Pcreate(H5P_LINK_CREATE), H5Pclose);
  H5Pset_create_intermediate_group(link_properties.get(), 1);
  for (const Hdf5Dataset& d : datasets) {
    std::vector<hsize_t> dims(d.shape.begin(), d.shape.end());
    Handle space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), H5Sclose);
    Handle dataset(H5Dcreate2(file.get(), normalised(d.path).c_str(), H5T_IEEE_F64LE, space.get(),
                              link_properties.get(), H5P_DEFAULT, H5P_DEFAULT),
                   H5Dclose);
    if (!space.valid() || !dataset.valid())
      throw IoError("'" + path + "': cannot create dataset '" + d.path + "' of shape " + shape_text(d.shape));
    const std::size_t count = std::accumulate(d.shape.begin(), d.shape.end(), std::size_t{1}, std::multiplies<>());
    if (count > 0 && H5Dwrite(dataset.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, d.data) < 0)
      throw IoError("writing dataset '" + d.path + "' to '" + path + "' failed (disk full?)");
  }
  for (const Hdf5Attribute& a : root_attributes) {
    Handle space(H5Screate(H5S_SCALAR), H5Sclose);
    if (!a.text.empty()) {
      Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
      H5Tset_size(type.get(), a.text.size());
      Handle attribute(H5Acreate2(file.get(), a.name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                       H5Aclose);
      if (!attribute.valid() || H5Awrite(attribute.get(), type.get(), a.text.data()) < 0)
        throw IoError("'" + path + "': cannot write attribute '" + a.name + "'");
    } else {
      Handle attribute(
          H5Acreate2(file.get(), a.name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose);
      if (!attribute.valid() || H5Awrite(attribute.get(), H5T_NATIVE_DOUBLE, &a.number) < 0)
        throw IoError("'" + path + "': cannot write attribute '" + a.name + "'");
    }
  }
  if (H5Fflush(file.get(), H5F_SCOPE_GLOBAL) < 0) throw IoError("writing '" + path + "' failed (disk full?)");
}

Hdf5Node hdf5_tree(const std::string& path) {
  Handle file = open_file(path);
  Hdf5Node root;
  root.path.assign(1, '/');
  root.is_group = true;
  root.type = "group";
  fill_group(file.get(), root, 0);
  return root;
}

Hdf5Node hdf5_dataset_info(const std::string& path, const std::string& dataset_path) {
  Handle file = open_file(path);
  Handle dataset = open_dataset(file.get(), path, dataset_path);
  const std::string p = normalised(dataset_path);
  return describe_dataset(dataset.get(), p.substr(p.rfind('/') + 1), p);
}

void read_hdf5_rows(const std::string& path, const std::string& dataset_path, std::size_t first, std::size_t count,
                    double* out) {
  Handle file = open_file(path);
  Handle dataset = open_dataset(file.get(), path, dataset_path);
  const Hdf5Node info = describe_dataset(dataset.get(), "", normalised(dataset_path));
  if (!info.numeric)
    throw IoError("'" + path + "': dataset '" + info.path + "' holds " + info.type +
                  " values, not numbers (integer or floating point expected)");
  if (count == 0) return;
  check_hdf5_storage(path, info, file_size_of(file.get()));
  if (info.shape.empty()) {
    if (first != 0 || count != 1) throw IoError("'" + path + "': dataset '" + info.path + "' is a single value");
    if (H5Dread(dataset.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, out) < 0)
      throw IoError("'" + path + "': reading dataset '" + info.path + "' failed");
    return;
  }
  if (first + count > info.shape[0])
    throw IoError("'" + path + "': rows " + std::to_string(first) + " to " + std::to_string(first + count) +
                  " are outside dataset '" + info.path + "' of shape " + shape_text(info.shape));
  std::vector<hsize_t> start(info.shape.size(), 0), block(info.shape.begin(), info.shape.end());
  start[0] = first;
  block[0] = count;
  Handle file_space(H5Dget_space(dataset.get()), H5Sclose);
  H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start.data(), nullptr, block.data(), nullptr);
  Handle memory_space(H5Screate_simple(static_cast<int>(block.size()), block.data(), nullptr), H5Sclose);
  // The library converts any integer or float type, of either byte order, to native double.
  if (H5Dread(dataset.get(), H5T_NATIVE_DOUBLE, memory_space.get(), file_space.get(), H5P_DEFAULT, out) < 0)
    throw IoError("'" + path + "': reading dataset '" + info.path + "' failed (damaged file?)");
}

bool read_hdf5_dataset(const std::string& path, const std::string& dataset_path, double* out,
                       const std::function<bool()>& keep_going, const std::function<void(double)>& progress) {
  const Hdf5Node info = hdf5_dataset_info(path, dataset_path);
  if (info.shape.empty()) {
    read_hdf5_rows(path, dataset_path, 0, 1, out);
    return true;
  }
  std::size_t row = 1;
  for (std::size_t d = 1; d < info.shape.size(); ++d) row *= info.shape[d];
  // Blocks of about 8 MB: progress every few milliseconds, little overhead.
  const std::size_t rows_per_block = std::max<std::size_t>(1, (std::size_t{1} << 20) / std::max<std::size_t>(row, 1));
  const std::size_t rows = info.shape[0];
  for (std::size_t first = 0; first < rows; first += rows_per_block) {
    if (keep_going && !keep_going()) return false;
    const std::size_t count = std::min(rows_per_block, rows - first);
    read_hdf5_rows(path, dataset_path, first, count, out + first * row);
    if (progress) progress(static_cast<double>(first + count) / static_cast<double>(rows));
  }
  return true;
}

}  // namespace flowscope
