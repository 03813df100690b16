#pragma once
// Runs every cell of a sweep on this process's OpenMP threads and, under
// mpirun, on every rank, gathering the result on rank 0.
//
// Rank 0 holds the list of cells still to do. Its own threads take cells one
// at a time; other ranks ask for batches and get a share of what is left
// (about remaining / (4 ranks), at least their thread count, at most 128), and
// ask again while they still hold half a batch (at least two cells per
// thread), so they rarely wait. Cells that blow up early or need long transients
// therefore balance out. Results travel as raw cell records, so the gathered
// array is byte for byte what one thread alone would compute. Only OpenMP
// thread 0 of each rank calls MPI, between two of its cells.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/sweep/mpi_session.h"
#include "core/sweep/sweep_checkpoint.h"
#include "core/sweep/sweep_spec.h"

namespace flowscope {

struct SweepRunOptions {
  std::string checkpoint;  // a folder, or empty for none
  const std::atomic<bool>* cancel = nullptr;  // polled by rank 0 (a single-process sweep)
  // Called on rank 0 (thread 0) after cells finish: cells done so far, of the grid's total.
  std::function<void(std::size_t done, std::size_t total)> progress;
  // Called on rank 0 for every cell finished in this run (its values_per_cell
  // values), from whichever thread stored it, one call at a time: a GUI can
  // fill a map as it grows (copy the values; queue them to the GUI thread).
  std::function<void(std::size_t cell, CellStatus status, const double* values)> on_cell;
};

struct SweepRun {
  bool root = true;   // rank 0: the one that holds the result
  int exit_code = 0;  // on other ranks: nonzero when rank 0 refused to start (it throws the error)
  std::vector<double> values;        // cells x values_per_cell, C order over the axes
  std::vector<std::int32_t> status;  // CellStatus per cell
  std::vector<char> done;            // 1 for every cell with a result (all of them unless cancelled)
  std::size_t cells = 0, computed = 0, restored = 0, unstable = 0;
  std::size_t undefined = 0;  // escape-rate cells without a transition (CellStatus::Undefined)
  std::vector<SweepCheckpoint::HeldCells> held_when_stopped;  // from the checkpoint's earlier run
  std::size_t torn_bytes = 0;
  int ranks = 1;
  int threads = 1;  // rank 0's OpenMP threads
  std::vector<std::size_t> cells_per_rank;  // computed in this run
  std::vector<int> threads_per_rank;
  // Wall time all threads of all ranks spent inside cells. busy_seconds /
  // (seconds x total threads) is the share of the run the threads computed,
  // the rest being waits for work, messages and the tail: a measure of the
  // distribution that a loaded machine does not distort (both clocks slow down).
  double busy_seconds = 0.0;
  RunStatus run_status = RunStatus::Success;  // Cancelled: cells not done have done 0 and NaN values
  double seconds = 0.0;
};

// A failure after the work started (a file that cannot be written, a bad
// message between ranks). Under mpirun the other ranks may be waiting for
// this one: the caller should end the job (MpiSession::abort).
struct SweepRunFailure : Error {
  using Error::Error;
};

// Validates the spec, opens the checkpoint (rank 0), and runs. On rank 0 a
// bad spec or checkpoint throws InputError / IoError before any work; the
// other ranks then return root = false with exit_code 2 or 1. Every rank
// must call it with the same spec. Failures during the run throw SweepRunFailure.
SweepRun run_sweep(const SweepSpec& spec, MpiSession& session, const SweepRunOptions& options = {});

}  // namespace flowscope
