// MpiSession in a build without MPI (FLOWSCOPE_MPI=OFF): always one rank.
#include <algorithm>
#include <cstdlib>

#include "core/errors.h"
#include "core/sweep/mpi_session.h"

namespace flowscope {

struct MpiSession::Pending {};

bool built_with_mpi() { return false; }

int launcher_world_size() {
  // OpenMPI's mpirun sets OMPI_COMM_WORLD_SIZE; PMIx and PMI-2 launchers (srun
  // --mpi=pmix / pmi2, MPICH's mpiexec) set a rank and usually a size.
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_SIZE", "PMI_SIZE"})
    if (const char* value = std::getenv(name)) return std::max(1, std::atoi(value));
  if (std::getenv("PMIX_RANK") || std::getenv("PMI_RANK")) {
    const char* tasks = std::getenv("SLURM_NTASKS");
    return tasks ? std::max(1, std::atoi(tasks)) : 1;
  }
  return 0;
}

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
