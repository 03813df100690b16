#include "core/systems/equation_parser.h"
