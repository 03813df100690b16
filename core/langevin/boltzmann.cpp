#include "core/langevin/boltzmann.h"
