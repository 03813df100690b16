#include "core/langevin/fokker_planck.h"
