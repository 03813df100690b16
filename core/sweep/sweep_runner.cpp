#include "core/sweep/sweep_runner.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/errors.h"
#include "core/sweep/cell_record.h"
#include "core/sweep/sweep_cell.h"

namespace flowscope {
namespace {

// Message tags. A request carries [threads u32][wants reply u32] and then
// the cell records finished since the last message.
constexpr int kTagRequest = 1;
constexpr int kTagFinished = 2;
constexpr int kTagBatch = 3;  // u64 cell indices; none: no work is left
constexpr std::size_t kMaxBatch = 128;
constexpr double kResultFlushSeconds = 1.0;

void pause() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

std::vector<unsigned char> encode_cells(const std::vector<std::size_t>& cells) {
  std::vector<unsigned char> bytes(8 * cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::uint64_t cell = cells[i];
    std::memcpy(bytes.data() + 8 * i, &cell, 8);
  }
  return bytes;
}

// The cells still to do, shared by rank 0's threads (one cell each) and the
// other ranks (batches, handed out by thread 0).
class Dispatcher {
 public:
  explicit Dispatcher(std::vector<std::size_t> cells) : cells_(std::move(cells)) {}
  bool take_one(std::size_t& cell) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (next_ == cells_.size()) return false;
    cell = cells_[next_++];
    return true;
  }
  std::vector<std::size_t> take_batch(int ranks, int threads) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const std::size_t remaining = cells_.size() - next_;
    std::size_t n = remaining / (4 * static_cast<std::size_t>(ranks));
    n = std::max(std::min(n, kMaxBatch), static_cast<std::size_t>(std::max(1, threads)));
    n = std::min(n, remaining);
    std::vector<std::size_t> batch(cells_.begin() + static_cast<std::ptrdiff_t>(next_),
                                   cells_.begin() + static_cast<std::ptrdiff_t>(next_ + n));
    next_ += n;
    return batch;
  }
  void close() {
    const std::lock_guard<std::mutex> lock(mutex_);
    next_ = cells_.size();
  }

 private:
  std::mutex mutex_;
  std::vector<std::size_t> cells_;
  std::size_t next_ = 0;
};

// Exceptions must not leave an OpenMP region: the first is kept and rethrown.
class FirstFailure {
 public:
  void keep() {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (!failure_) failure_ = std::current_exception();
  }
  bool failed() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return static_cast<bool>(failure_);
  }
  void rethrow() {
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  mutable std::mutex mutex_;
  std::exception_ptr failure_;
};

// Rank 0: computes cells, serves the other ranks, records everything.
class Root {
 public:
  Root(const SweepSpec& spec, MpiSession& session, const SweepRunOptions& options, SweepRun& run,
       SweepCheckpoint* checkpoint, std::vector<std::size_t> todo)
      : spec_(spec), session_(session), options_(options), run_(run), checkpoint_(checkpoint),
        values_per_cell_(values_per_cell(spec)), dispatcher_(std::move(todo)) {}

  void run() {
    const int threads = omp_get_max_threads();
    run_.threads = threads;
    run_.threads_per_rank[0] = threads;
    std::atomic<int> computing{threads};
    std::atomic<bool> cancelled{false};
    FirstFailure failure;
#pragma omp parallel num_threads(threads)
    {
      const bool is_main = omp_get_thread_num() == 0;
      std::vector<double> values(values_per_cell_);
      bool working = true;
      while (true) {
        std::size_t cell = 0;
        const bool stop = cancelled.load() || failure.failed() ||
                          (options_.cancel && options_.cancel->load(std::memory_order_relaxed));
        const bool got = working && !stop && dispatcher_.take_one(cell);
        if (got) {
          try {
            CellStatus status;
            const auto begin = std::chrono::steady_clock::now();
            const bool finished = compute_sweep_cell(spec_, cell, values.data(), status, options_.cancel);
            add_busy(std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
            if (finished)
              store(cell, status, values.data(), true, 0);
            else
              cancelled = true;
          } catch (...) {
            failure.keep();
          }
        } else if (working) {
          working = false;
          --computing;
        }
        if (is_main) {
          try {
            if (stop) dispatcher_.close();
            serve();
          } catch (...) {
            failure.keep();
            dispatcher_.close();
          }
          if (!got && computing.load() == 0) break;
          if (!got) pause();
        } else if (!got) {
          break;
        }
      }
    }
    failure.rethrow();
    // The other ranks finish their batches and say so.
    while (finished_ < session_.size() - 1) {
      int from, tag;
      session_.receive(from, tag, message_);
      handle(from, tag);
    }
    if (cancelled.load() || (options_.cancel && options_.cancel->load())) run_.run_status = RunStatus::Cancelled;
  }

 private:
  void add_busy(double seconds) {
    const std::lock_guard<std::mutex> lock(count_mutex_);
    run_.busy_seconds += seconds;
  }

  // A finished cell, from this rank (values) or from a record of another.
  void store(std::size_t cell, CellStatus status, const double* values, bool save, int rank) {
    std::memcpy(run_.values.data() + cell * values_per_cell_, values, 8 * values_per_cell_);
    run_.status[cell] = static_cast<std::int32_t>(status);
    run_.done[cell] = 1;
    if (save && checkpoint_) checkpoint_->save_cell(cell, status, values);
    const std::lock_guard<std::mutex> lock(count_mutex_);
    if (options_.on_cell) options_.on_cell(cell, status, values);
    ++run_.computed;
    ++run_.cells_per_rank[static_cast<std::size_t>(rank)];
    if (status == CellStatus::Unstable) ++run_.unstable;
    if (status == CellStatus::Undefined) ++run_.undefined;
  }

  void serve() {
    int from, tag;
    while (session_.distributed() && session_.try_receive(from, tag, message_)) handle(from, tag);
    if (options_.progress) {
      std::size_t done;
      {
        const std::lock_guard<std::mutex> lock(count_mutex_);
        done = run_.restored + run_.computed;
      }
      if (done != reported_) {
        reported_ = done;
        options_.progress(done, run_.cells);
      }
    }
  }

  void handle(int from, int tag) {
    if (tag == kTagFinished) {
      ++finished_;
      double busy = 0.0;  // the rank's time inside cells
      if (message_.size() == 8) std::memcpy(&busy, message_.data(), 8);
      add_busy(busy);
      return;
    }
    if (tag != kTagRequest || message_.size() < 8) throw Error("rank " + std::to_string(from) + " sent a bad message");
    std::uint32_t threads, wants_reply;
    std::memcpy(&threads, message_.data(), 4);
    std::memcpy(&wants_reply, message_.data() + 4, 4);
    run_.threads_per_rank[static_cast<std::size_t>(from)] = static_cast<int>(threads);
    const std::size_t record = cell_record_size(values_per_cell_);
    if ((message_.size() - 8) % record != 0) throw Error("rank " + std::to_string(from) + " sent a bad message");
    std::vector<double> values(values_per_cell_);
    for (std::size_t at = 8; at < message_.size(); at += record) {
      CellRecordView view;
      if (!read_cell_record(message_.data() + at, view) || view.cell >= run_.cells)
        throw Error("rank " + std::to_string(from) + " sent a cell this grid does not have");
      std::memcpy(values.data(), view.values, 8 * values_per_cell_);
      store(view.cell, view.status, values.data(), false, from);
    }
    if (checkpoint_ && message_.size() > 8)
      checkpoint_->save_cells(std::vector<unsigned char>(message_.begin() + 8, message_.end()));
    if (wants_reply) {
      const auto batch = dispatcher_.take_batch(session_.size(), static_cast<int>(threads));
      if (checkpoint_ && !batch.empty()) checkpoint_->save_assignment(from, batch);
      session_.send(from, kTagBatch, encode_cells(batch));
    }
  }

  const SweepSpec& spec_;
  MpiSession& session_;
  const SweepRunOptions& options_;
  SweepRun& run_;
  SweepCheckpoint* checkpoint_;
  const std::size_t values_per_cell_;
  Dispatcher dispatcher_;
  std::mutex count_mutex_;
  std::vector<unsigned char> message_;
  int finished_ = 0;
  std::size_t reported_ = std::numeric_limits<std::size_t>::max();
};

// Any other rank: asks rank 0 for batches, computes them, sends the records.
class Worker {
 public:
  Worker(const SweepSpec& spec, MpiSession& session)
      : spec_(spec), session_(session), values_per_cell_(values_per_cell(spec)) {}

  void run() {
    const int threads = omp_get_max_threads();
    threads_ = threads;
    std::atomic<int> computing{threads};
    FirstFailure failure;
#pragma omp parallel num_threads(threads)
    {
      const bool is_main = omp_get_thread_num() == 0;
      std::vector<double> values(values_per_cell_);
      std::vector<unsigned char> record;
      while (true) {
        std::optional<std::size_t> cell = failure.failed() ? std::nullopt : take();
        if (cell) {
          try {
            CellStatus status;
            const auto begin = std::chrono::steady_clock::now();
            compute_sweep_cell(spec_, *cell, values.data(), status);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
            record.clear();
            append_cell_record(record, *cell, status, values.data(), values_per_cell_);
            const std::lock_guard<std::mutex> lock(mutex_);
            results_.insert(results_.end(), record.begin(), record.end());
            busy_ += seconds;
          } catch (...) {
            failure.keep();
          }
        }
        const bool finished = !cell && (no_more_work_.load() || failure.failed());
        if (is_main) {
          try {
            serve(threads);
          } catch (...) {
            failure.keep();
          }
          if (finished && computing.load() == 1) break;
        } else if (finished) {
          --computing;
          break;
        }
        if (!cell) pause();
      }
    }
    failure.rethrow();
    flush(false);
    std::vector<unsigned char> busy(8);
    std::memcpy(busy.data(), &busy_, 8);
    session_.send(0, kTagFinished, std::move(busy));
  }

 private:
  std::optional<std::size_t> take() {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (queue_.empty()) return std::nullopt;
    const std::size_t cell = queue_.front();
    queue_.pop_front();
    return cell;
  }

  void serve(int threads) {
    int from, tag;
    while (session_.try_receive(from, tag, message_)) {
      if (tag != kTagBatch || message_.size() % 8 != 0) throw Error("rank 0 sent a bad message");
      waiting_ = false;
      if (message_.empty()) no_more_work_ = true;
      last_batch_ = message_.size() / 8;
      const std::lock_guard<std::mutex> lock(mutex_);
      for (std::size_t at = 0; at < message_.size(); at += 8) {
        std::uint64_t cell;
        std::memcpy(&cell, message_.data() + at, 8);
        queue_.push_back(cell);
      }
    }
    std::size_t queued;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      queued = queue_.size();
    }
    const auto now = std::chrono::steady_clock::now();
    // Ask again with half a batch (at least two cells per thread) still queued:
    // the answer then arrives long before the queue runs dry, even when rank 0
    // is in the middle of a long cell of its own.
    const std::size_t low_water = std::max(2 * static_cast<std::size_t>(threads), last_batch_ / 2);
    if (!waiting_ && !no_more_work_ && queued <= low_water) {
      flush(true);
      waiting_ = true;
    } else if (std::chrono::duration<double>(now - last_flush_).count() > kResultFlushSeconds) {
      flush(false);
    }
  }

  // Sends the records finished so far; with a request for more work when asked.
  void flush(bool request) {
    std::vector<unsigned char> bytes(8);
    const std::uint32_t threads = static_cast<std::uint32_t>(threads_), wants = request ? 1 : 0;
    std::memcpy(bytes.data(), &threads, 4);
    std::memcpy(bytes.data() + 4, &wants, 4);
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!request && results_.empty()) return;
      bytes.insert(bytes.end(), results_.begin(), results_.end());
      results_.clear();
    }
    session_.send(0, kTagRequest, std::move(bytes));
    last_flush_ = std::chrono::steady_clock::now();
  }

  const SweepSpec& spec_;
  MpiSession& session_;
  const std::size_t values_per_cell_;
  int threads_ = 1;
  std::mutex mutex_;
  std::deque<std::size_t> queue_;
  std::vector<unsigned char> results_, message_;
  bool waiting_ = false;  // a request is out and not yet answered
  double busy_ = 0.0;     // time inside cells, all threads
  std::size_t last_batch_ = 0;
  std::atomic<bool> no_more_work_{false};
  std::chrono::steady_clock::time_point last_flush_ = std::chrono::steady_clock::now();
};

}  // namespace

SweepRun run_sweep(const SweepSpec& spec, MpiSession& session, const SweepRunOptions& options) {
  const auto begin = std::chrono::steady_clock::now();
  SweepRun run;
  run.ranks = session.size();
  run.root = session.rank() == 0;
  // Every rank validates (the same spec fails the same way everywhere); rank 0
  // alone opens the checkpoint and tells the others whether to go on.
  int code = 0;
  std::exception_ptr refusal;
  std::unique_ptr<SweepCheckpoint> checkpoint;
  try {
    validate(spec);
    if (run.root && !options.checkpoint.empty())
      checkpoint = std::make_unique<SweepCheckpoint>(options.checkpoint, sweep_settings_text(spec), cell_count(spec),
                                                     values_per_cell(spec));
  } catch (const InputError&) {
    code = 2;
    refusal = std::current_exception();
  } catch (const Error&) {
    code = 1;
    refusal = std::current_exception();
  }
  code = session.broadcast(code);
  if (code != 0) {
    if (refusal && run.root) std::rethrow_exception(refusal);
    run.exit_code = code;
    return run;
  }
  if (!run.root) {
    try {
      Worker(spec, session).run();
    } catch (const std::exception& e) {
      throw SweepRunFailure(e.what());
    }
    return run;
  }

  run.cells = cell_count(spec);
  run.values.assign(run.cells * values_per_cell(spec), std::numeric_limits<double>::quiet_NaN());
  run.status.assign(run.cells, static_cast<std::int32_t>(CellStatus::Success));
  run.done.assign(run.cells, 0);
  run.cells_per_rank.assign(static_cast<std::size_t>(session.size()), 0);
  run.threads_per_rank.assign(static_cast<std::size_t>(session.size()), 0);
  if (checkpoint) {
    run.restored = checkpoint->restore(run.values, run.status, run.done);
    run.held_when_stopped = checkpoint->held_when_stopped();
    run.torn_bytes = checkpoint->torn_bytes();
  }
  std::vector<std::size_t> todo;
  todo.reserve(run.cells - run.restored);
  for (std::size_t cell = 0; cell < run.cells; ++cell) {
    if (!run.done[cell]) todo.push_back(cell);
    else if (run.status[cell] == static_cast<std::int32_t>(CellStatus::Unstable)) ++run.unstable;
    else if (run.status[cell] == static_cast<std::int32_t>(CellStatus::Undefined)) ++run.undefined;
  }
  try {
    Root(spec, session, options, run, checkpoint.get(), std::move(todo)).run();
  } catch (const std::exception& e) {
    throw SweepRunFailure(e.what());
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  return run;
}

}  // namespace flowscope
