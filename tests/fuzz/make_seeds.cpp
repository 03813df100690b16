// Writes the seed corpora of the fuzz targets into DIR/<harness>/ (run once by
// hand: fuzz_make_seeds tests/fuzz/corpus). Seeds are small valid files of every
// form a reader accepts, made with Flowscope's own writers (and the HDF5 C API
// for the types Flowscope does not write), so mutations start from files that
// reach deep into each reader.
#include <hdf5.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/io/hdf5_file.h"
#include "core/io/npy.h"

namespace fs = std::filesystem;
using namespace flowscope;

namespace {

fs::path root;

void text(const std::string& harness, const std::string& name, const std::string& content) {
  fs::create_directories(root / harness);
  std::ofstream(root / harness / name, std::ios::binary) << content;
}

std::string npy_bytes(const std::string& header_dict, const std::string& payload, int version = 1) {
  std::string header = header_dict;
  const std::size_t prefix = version == 1 ? 10 : 12;
  while ((prefix + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY";
  out += static_cast<char>(version);
  out += '\0';
  const std::size_t n = header.size();
  out += static_cast<char>(n & 0xff);
  out += static_cast<char>((n >> 8) & 0xff);
  if (version != 1) out += std::string(2, '\0');
  return out + header + payload;
}

template <typename T>
std::string raw(const std::vector<T>& values, bool swap = false) {
  std::string bytes(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  if (swap)
    for (std::size_t i = 0; i < bytes.size(); i += sizeof(T)) std::reverse(bytes.begin() + i, bytes.begin() + i + sizeof(T));
  return bytes;
}

void npy_seeds() {
  fs::create_directories(root / "npy");
  const std::vector<double> a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  write_npy((root / "npy" / "series.npy").string(), a.data(), {12});
  write_npy((root / "npy" / "points_4x3.npy").string(), a.data(), {4, 3});
  write_npy((root / "npy" / "points_6x2.npy").string(), a.data(), {6, 2});
  write_npy((root / "npy" / "trials_2x3x2.npy").string(), a.data(), {2, 3, 2});
  const std::vector<float> f = {0.5f, 1.5f, -2.0f, 3.25f, 4.0f, 5.0f};
  text("npy", "float32_be_3x2.npy", npy_bytes("{'descr': '>f4', 'fortran_order': False, 'shape': (3, 2), }", raw(f, true)));
  text("npy", "fortran_3x2.npy", npy_bytes("{'descr': '<f4', 'fortran_order': True, 'shape': (3, 2), }", raw(f)));
  const std::vector<double> nan = {1, 2, 0.0 / 0.0, 4, 5, 6};
  text("npy", "nan_3x2_v2.npy", npy_bytes("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }", raw(nan), 2));
}

void csv_seeds() {
  text("csv", "points.csv", "x,y\n0,1\n2,3\n-1.5,0.25\n");
  text("csv", "points3.csv", "0,1,2\n3,4,5\n6,7,8\n9,10,11\n");
  text("csv", "weights.csv", "w\n0.25\n0.75\n");
  text("csv", "snapshots.csv", "time,x,y\n0,0,0\n0,1,1\n0,2,0\n1,3,1\n1,4,2\n1,5,1\n");
  text("csv", "special.csv", "x,y\r\n1e-3,nan\r\ninf,-2\r\n");
}

void latent_csv_seeds() {
  text("latent_csv", "plain.csv", "x,y,z\n0,1,2\n1,2,3\n2,3,4\n");
  text("latent_csv", "trials.csv",
       "trial,time,x,y,label\n0,0.0,1,2,left\n0,0.1,1.5,2.5,left\n1,0.0,3,4,right\n1,0.1,3.5,4.5,right\n");
  text("latent_csv", "tabs.tsv", "# a comment\nTime\tA\tB\n0\t1\t2\n1\t,3\t4\n");
  text("latent_csv", "semicolon.csv", "a;b\n1;2\n\n3;\"4\"\n5;nan\n");
  text("latent_csv", "no_header.csv", "1,2\n3,4\n5,6\n");
}

void hdf5_seeds() {
  fs::create_directories(root / "hdf5");
  const std::vector<double> a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  write_hdf5((root / "hdf5" / "flowscope.h5").string(),
             {{"latents", {4, 3}, a.data()}, {"group/trials", {2, 3, 2}, a.data()}, {"series", {12}, a.data()}},
             {{"source", "fuzz seed", 0.0}, {"dt", "", 0.01}});
  // Types and layouts Flowscope does not write: chunked + deflate, int32, big-endian float32, a string, a scalar.
  const std::string other = (root / "hdf5" / "types.h5").string();
  const hid_t file = H5Fcreate(other.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  const hsize_t dims[2] = {6, 2}, chunk[2] = {3, 2};
  const hid_t space = H5Screate_simple(2, dims, nullptr);
  const hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
  H5Pset_chunk(dcpl, 2, chunk);
  H5Pset_deflate(dcpl, 6);
  hid_t d = H5Dcreate2(file, "chunked", H5T_IEEE_F64LE, space, H5P_DEFAULT, dcpl, H5P_DEFAULT);
  H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.data());
  H5Dclose(d);
  const std::vector<int> ints = {1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12};
  d = H5Dcreate2(file, "spikes", H5T_STD_I32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  H5Dwrite(d, H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, ints.data());
  H5Dclose(d);
  const std::vector<float> f(a.begin(), a.end());
  d = H5Dcreate2(file, "big_endian", H5T_IEEE_F32BE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  H5Dwrite(d, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, f.data());
  H5Dclose(d);
  const hid_t scalar = H5Screate(H5S_SCALAR);
  const double one = 1.0;
  d = H5Dcreate2(file, "scalar", H5T_IEEE_F64LE, scalar, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, &one);
  H5Dclose(d);
  const hid_t string_type = H5Tcopy(H5T_C_S1);
  H5Tset_size(string_type, 5);
  d = H5Dcreate2(file, "name", string_type, scalar, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  H5Dwrite(d, string_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, "hello");
  H5Dclose(d);
  H5Tclose(string_type);
  H5Sclose(scalar);
  H5Pclose(dcpl);
  H5Sclose(space);
  H5Fclose(file);
}

void json_seeds() {
  text("json", "object.json", R"({"a": [1, -2.5e3, true, false, null], "b": {"c": "d\n\u00e9\"", "e": []}})");
  text("json", "array.json", "[[[[1]]], {}, \"x\", 0.125, -0]\n");
  text("json", "lines.json", "{\n  \"dimension\": 2,\n  \"list\": [\n    1,\n    2\n  ]\n}\n");
}

void mixture_seeds() {
  text("mixture", "isotropic_2d.json",
       R"({"dimension": 2, "components": [{"weight": 0.5, "mean": [0, 0], "std": 0.3}, {"weight": 0.5, "mean": [1, 2], "std": 1}]})");
  text("mixture", "forms_2d.json",
       "{\"dimension\": 2,\n \"components\": [\n"
       "  {\"weight\": 0.5, \"mean\": [0, 0], \"std\": 0.3},\n"
       "  {\"weight\": 0.3, \"mean\": [1, 2], \"covariance\": [[1, 0.2], [0.2, 0.5]]},\n"
       "  {\"weight\": 0.2, \"mean\": [0, 3], \"factor\": [[1.5], [0.5]], \"std\": 0.1}\n ]}\n");
  text("mixture", "full_3d.json",
       R"({"dimension": 3, "components": [{"weight": 1, "mean": [0, 1, 2], "covariance": [[2, 0.5, 0], [0.5, 1, 0.1], [0, 0.1, 0.5]], "name": "one"}]})");
  text("mixture", "lowrank_3d.json",
       R"({"dimension": 3, "components": [{"weight": 0.25, "mean": [0, 0, 0], "factor": [[1, 0], [0, 1], [1, 1]], "std": 0.05}, {"weight": 0.75, "mean": [3, 3, 3], "std": 2}]})");
  text("mixture", "line_1d.json", R"({"dimension": 1, "components": [{"weight": 0.4, "mean": [-1], "std": 0.2}, {"weight": 0.6, "mean": [1], "covariance": [[0.09]]}]})");
}

void equations_seeds() {
  text("equations", "lorenz.txt",
       "# Lorenz, typed by hand\nparam sigma = 10\nparam rho = 28\nparam beta = 8/3\n"
       "dx/dt = sigma*(y - x)\ndy/dt = x*(rho - z) - y   # trailing comment\ndz/dt = x*y - beta*z\ninit x = 1\n");
  text("equations", "forced.txt", "param w = 2*_pi\ndx/dt = v\ndv/dt = -x + 0.3*cos(w*t) - 0.1*v^3\ninit v = sin(_pi/4)\n");
  text("equations", "functions.txt",
       "dx_1/dt = min(x_1, 2) + abs(x_2) - sqrt(exp(-x_1^2)) + tanh(x_2) + (x_1 > 0 ? 1 : -1)\n"
       "dx_2/dt = log(1 + x_1^2) + sum(x_1, x_2, 3) + avg(1,2) + rint(x_2)\n");
}

void potential_seeds() {
  text("potential", "double_well.txt", "2(x^2-1)^2 + y^2/2");
  text("potential", "parameters.txt", "0a*(x^2-1)^2 + b*y^2/2 + c*z^2\na=1\nb=2.5\nc=0.5");
  text("potential", "quartic.txt", "1x^4 - x^2 + 0.1*x");
  text("potential", "functions.txt", "3exp(-(x^2+y^2)) - 2*cos(z) + sqrt(1 + x^2) + (y > 0 ? y : -y)");
}

void specs_seeds() {
  text("specs", "gauss_2d.txt", std::string("\0", 1) + "4,1;2,0.5,0.5,1");
  text("specs", "gauss_1d.txt", std::string("\0", 1) + "0;0.25");
  text("specs", "builtin.txt", "\x01ring8");
  text("specs", "score_scale.txt", "\x02scale:0.8");
  text("specs", "score_weights.txt", "\x02weights:1,2,3,4,5,6,7,8");
  text("specs", "reference_ou.txt", "\x03ou:0.5");
  text("specs", "reference_brownian.txt", "\x03" "brownian");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fuzz_make_seeds DIR (writes DIR/<harness>/ seed files)\n");
    return 2;
  }
  root = argv[1];
  npy_seeds();
  csv_seeds();
  latent_csv_seeds();
  hdf5_seeds();
  json_seeds();
  mixture_seeds();
  equations_seeds();
  potential_seeds();
  specs_seeds();
  return 0;
}
