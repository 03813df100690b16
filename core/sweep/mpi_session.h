#pragma once
// MPI for the sweeps, without MPI types in this header. A process started by
// an MPI launcher (mpirun, mpiexec, srun) is one rank of MPI_COMM_WORLD; any
// other process is rank 0 of 1 and never touches MPI, so flowscope-cli starts
// as fast as ever without mpirun. Built with FLOWSCOPE_MPI=OFF, every process
// is one rank and a launch by mpirun is refused (each rank would compute the
// whole grid).
//
// Only the thread that built the session may call its members
// (MPI_THREAD_FUNNELED): the sweeps call them from OpenMP thread 0.
#include <cstddef>
#include <string>
#include <vector>

namespace flowscope {

// True when this flowscope was built with MPI (FLOWSCOPE_MPI=ON).
bool built_with_mpi();

// The world size an MPI launcher announced in the environment
// (OMPI_COMM_WORLD_SIZE, PMIX_SIZE, PMI_SIZE; with only PMIX_RANK or PMI_RANK,
// SLURM_NTASKS or 1), 0 without one.
int launcher_world_size();

class MpiSession {
 public:
  // Initialises MPI when launcher_world_size() > 0. Throws Error when built
  // without MPI but launched with more than one rank.
  MpiSession();
  ~MpiSession();  // waits for this rank's sends, then finalises MPI
  MpiSession(const MpiSession&) = delete;
  MpiSession& operator=(const MpiSession&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }
  bool distributed() const { return size_ > 1; }

  // Queues bytes for rank 'to' (copied; a non-blocking send: two ranks
  // sending to each other at once cannot deadlock).
  void send(int to, int tag, std::vector<unsigned char> bytes);
  // A message that has arrived from any rank, if any (never blocks).
  bool try_receive(int& from, int& tag, std::vector<unsigned char>& bytes);
  // Waits for a message, sleeping a millisecond between polls instead of
  // spinning (ranks may share cores with computing threads).
  void receive(int& from, int& tag, std::vector<unsigned char>& bytes);
  // Rank 0's value on every rank (a collective: all ranks must call it).
  int broadcast(int value);
  // Ends every rank of the job (after a failure that some ranks cannot see).
  [[noreturn]] void abort(int code);

 private:
  void complete_sends(bool wait);

  int rank_ = 0, size_ = 1;
  bool initialised_ = false;
  struct Pending;
  std::vector<Pending*> pending_;
};

}  // namespace flowscope
