#include "core/ensemble/ensemble.h"
