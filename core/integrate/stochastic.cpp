#include "core/integrate/stochastic.h"
