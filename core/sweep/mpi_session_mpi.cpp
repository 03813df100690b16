// MpiSession over OpenMPI's C API (FLOWSCOPE_MPI=ON). The deprecated C++
// bindings would need libmpi_cxx: keep mpi.h to C.
#define OMPI_SKIP_MPICXX 1
#define MPICH_SKIP_MPICXX 1
#include <mpi.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "core/errors.h"
#include "core/sweep/mpi_session.h"

namespace flowscope {

struct MpiSession::Pending {
  std::vector<unsigned char> bytes;
  MPI_Request request = MPI_REQUEST_NULL;
};

bool built_with_mpi() { return true; }

MpiSession::MpiSession() {
  if (launcher_world_size() == 0) return;
  int provided = 0;
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS)
    throw Error("MPI could not be initialised");
  initialised_ = true;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

MpiSession::~MpiSession() {
  if (!initialised_) return;
  complete_sends(true);
  MPI_Finalize();
}

void MpiSession::complete_sends(bool wait) {
  for (auto it = pending_.begin(); it != pending_.end();) {
    int done = 1;
    if (wait)
      MPI_Wait(&(*it)->request, MPI_STATUS_IGNORE);
    else
      MPI_Test(&(*it)->request, &done, MPI_STATUS_IGNORE);
    if (done) {
      delete *it;
      it = pending_.erase(it);
    } else {
      ++it;
    }
  }
}

void MpiSession::send(int to, int tag, std::vector<unsigned char> bytes) {
  complete_sends(false);
  auto* pending = new Pending{std::move(bytes), MPI_REQUEST_NULL};
  pending_.push_back(pending);
  MPI_Isend(pending->bytes.data(), static_cast<int>(pending->bytes.size()), MPI_BYTE, to, tag, MPI_COMM_WORLD,
            &pending->request);
}

bool MpiSession::try_receive(int& from, int& tag, std::vector<unsigned char>& bytes) {
  complete_sends(false);
  int flag = 0;
  MPI_Status status;
  MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &flag, &status);
  if (!flag) return false;
  int count = 0;
  MPI_Get_count(&status, MPI_BYTE, &count);
  bytes.resize(static_cast<std::size_t>(count));
  MPI_Recv(bytes.data(), count, MPI_BYTE, status.MPI_SOURCE, status.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  from = status.MPI_SOURCE;
  tag = status.MPI_TAG;
  return true;
}

void MpiSession::receive(int& from, int& tag, std::vector<unsigned char>& bytes) {
  while (!try_receive(from, tag, bytes)) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

int MpiSession::broadcast(int value) {
  if (!initialised_) return value;
  MPI_Bcast(&value, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return value;
}

void MpiSession::abort(int code) {
  if (initialised_) MPI_Abort(MPI_COMM_WORLD, code);
  std::exit(code);
}

}  // namespace flowscope
