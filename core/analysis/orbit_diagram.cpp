#include "core/analysis/orbit_diagram.h"
