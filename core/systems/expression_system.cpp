#include "core/systems/expression_system.h"
