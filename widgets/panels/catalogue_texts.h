#pragma once
// Translated display texts for what the core catalogue describes in English.
#include <QString>

#include "core/systems/system.h"

namespace flowscope {

QString translatedSystemName(const System& system);
QString translatedDescription(const ParameterSpec& spec);
QString translatedDescriptionOf(const System& system);

}  // namespace flowscope
