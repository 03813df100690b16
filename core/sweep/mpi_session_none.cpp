// MpiSession in a build without MPI (FLOWSCOPE_MPI=OFF): always one rank.

#include "core/errors.h"
#include "core/sweep/mpi_session.h"

namespace flowscope {

struct MpiSession::Pending {};

bool built_with_mpi() { return false; }

MpiSession::MpiSession() {
  if (launcher_world_size() > 1)
    throw Error("this flowscope was built without MPI (FLOWSCOPE_MPI=OFF): under mpirun every rank would compute "
                "the whole sweep; rebuild with -DFLOWSCOPE_MPI=ON or run without mpirun");
}

MpiSession::~MpiSession() = default;

void MpiSession::complete_sends(bool) {}
void MpiSession::send(int, int, std::vector<unsigned char>) { throw Error("MPI send in a build without MPI"); }
bool MpiSession::try_receive(int&, int&, std::vector<unsigned char>&) { return false; }
void MpiSession::receive(int&, int&, std::vector<unsigned char>&) { throw Error("MPI receive in a build without MPI"); }
int MpiSession::broadcast(int value) { return value; }
void MpiSession::abort(int code) { std::exit(code); }

}  // namespace flowscope
