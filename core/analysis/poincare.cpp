#include "core/analysis/poincare.h"
