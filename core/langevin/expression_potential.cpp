#include "core/langevin/expression_potential.h"
