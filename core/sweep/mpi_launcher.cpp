// How many ranks the launcher started, read from its environment: the same
// in builds with and without MPI (the latter refuses to run under mpirun).
#include <algorithm>
#include <cstdlib>

#include "core/sweep/mpi_session.h"

namespace flowscope {

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

}  // namespace flowscope
