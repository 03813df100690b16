#include "core/integrate/dopri5.h"
