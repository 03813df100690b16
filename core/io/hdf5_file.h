#pragma once
// HDF5 files through the C API, without HDF5 types in this header: a writer of
// float64 datasets (with scalar attributes on the root), the tree of a file's
// groups and datasets, and a reader of one dataset converted to double in
// blocks of leading-axis slices (so large reads show progress and can stop).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace flowscope {

struct Hdf5Dataset {
  std::string path;  // "latents" or "group/sub/name"; groups are created as needed
  std::vector<std::size_t> shape;
  const double* data = nullptr;  // C order, product(shape) values
};

struct Hdf5Attribute {
  std::string name;
  std::string text;    // a string attribute when not empty
  double number = 0.0;  // otherwise a float64 scalar
};

// Creates (or truncates) path. Throws IoError naming the path and dataset.
void write_hdf5(const std::string& path, const std::vector<Hdf5Dataset>& datasets,
                const std::vector<Hdf5Attribute>& root_attributes = {});

// One node of a file's tree. Types: "group", or a dataset's element type such
// as "float64 (little-endian)", "float32 (big-endian)", "int32", "string", "compound".
struct Hdf5Node {
  std::string name;  // "" for the root
  std::string path;  // "/" for the root, "/group/name" below it
  bool is_group = false;
  std::vector<std::size_t> shape;  // datasets only
  std::string type;
  bool numeric = false;  // an integer or float dataset that can be read as double
  std::vector<Hdf5Node> children;  // groups only, in name order
  // Datasets only: what the file declares and what it stores, for the size
  // checks that run before anything is allocated (check_hdf5_storage).
  std::uint64_t element_bytes = 0;   // size of one value in the file
  std::uint64_t stored_bytes = 0;    // bytes of data the file holds for it (H5Dget_storage_size)
  std::uint64_t chunk_bytes = 0;     // chunked layout: bytes of one chunk, 0 otherwise
  bool filtered = false;             // compressed or otherwise filtered chunks
  bool chunk_beyond_extent = false;  // a chunk longer than a fixed-size axis: HDF5 never writes one
};

// Compression ratio above which a filtered dataset's declared size is not
// believed: deflate, the filter HDF5 builds in, compresses at most ~1032:1.
inline constexpr std::uint64_t kMaxHdf5CompressionRatio = 2048;
// A chunk larger than this is refused: reading one allocates it whole.
inline constexpr std::uint64_t kMaxHdf5ChunkBytes = std::uint64_t{256} << 20;

// Refuses, before any read allocates, a dataset whose declared size the file
// cannot back: a size that overflows, a chunk over kMaxHdf5ChunkBytes,
// unfiltered data with fewer bytes stored than declared (missing or
// unwritten chunks would be read as fill values) or more than the file holds,
// a chunk longer than a fixed-size axis (HDF5 refuses to create one; reading
// one made HDF5 1.10.8 read past its own chunk buffer),
// filtered data claiming more than kMaxHdf5CompressionRatio times its stored
// bytes. Throws IoError naming the dataset and both sizes. read_hdf5_rows
// and read_hdf5_dataset call it; importers call it before they allocate.
void check_hdf5_storage(const std::string& path, const Hdf5Node& dataset, std::uint64_t file_bytes);
// The same, opening the file to learn its size.
void check_hdf5_storage(const std::string& path, const Hdf5Node& dataset);

// The whole tree of groups and datasets. Throws IoError when path is not a readable HDF5 file.
Hdf5Node hdf5_tree(const std::string& path);

// The node at dataset_path ("/a/b" or "a/b"); throws IoError naming the path
// and the datasets the file does have when there is no such dataset.
Hdf5Node hdf5_dataset_info(const std::string& path, const std::string& dataset_path);

// Reads rows [first, first + count) along the first axis of a numeric dataset
// into out (C order, count x product(shape[1..]) doubles; a 0-D dataset is one row).
// Throws IoError naming the dataset.
void read_hdf5_rows(const std::string& path, const std::string& dataset_path, std::size_t first, std::size_t count,
                    double* out);

// Reads the whole numeric dataset into out (product(shape) doubles) in blocks;
// progress(fraction) after each block; returns false (out partly filled) when
// keep_going() says stop between blocks.
bool read_hdf5_dataset(const std::string& path, const std::string& dataset_path, double* out,
                       const std::function<bool()>& keep_going = {},
                       const std::function<void(double)>& progress = {});

}  // namespace flowscope
