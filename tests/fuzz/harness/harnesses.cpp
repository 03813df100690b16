#include "tests/fuzz/harness/harnesses.h"

namespace flowscope::fuzz {

std::span<const Harness> harnesses() {
  static const Harness all[] = {
      {"npy", fuzz_npy, "io/npy header and data, NPY trajectory import and preview, NPY point and weight files"},
      {"csv", fuzz_csv, "io/csv tables: point sets, point clouds, weight files"},
      {"latent_csv", fuzz_latent_csv, "data/csv_import: CSV trajectory import and preview"},
      {"hdf5", fuzz_hdf5, "io/hdf5_file tree, dataset info, trajectory import and preview"},
      {"json", fuzz_json, "io/json: the project's JSON reader"},
      {"mixture", fuzz_mixture, "distributions/mixture_json: Gaussian-mixture targets, written back and read again"},
      {"equations", fuzz_equations, "systems/equation_parser and expression_system: typed equations"},
      {"potential", fuzz_potential, "langevin/expression_potential: typed potentials and their parameters"},
      {"specs", fuzz_specs, "the CLI's gauss:/builtin: clouds, score errors and bridge references"},
  };
  return all;
}

}  // namespace flowscope::fuzz
