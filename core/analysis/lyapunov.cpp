#include "core/analysis/lyapunov.h"
