#include "core/langevin/dynamics.h"
