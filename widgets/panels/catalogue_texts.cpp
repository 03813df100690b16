#include "widgets/panels/catalogue_texts.h"

#include <QCoreApplication>

namespace flowscope {
namespace {

// The core is free of Qt, so lupdate cannot see its strings there: they are
// listed here, word for word, for the translators.
[[maybe_unused]] constexpr const char* kCatalogueTexts[] = {
    QT_TRANSLATE_NOOP("Catalogue", "Lorenz"),
    QT_TRANSLATE_NOOP("Catalogue", "Prandtl number: how fast x relaxes towards y"),
    QT_TRANSLATE_NOOP("Catalogue", "Rayleigh number: the driving; chaos above about 24.74"),
    QT_TRANSLATE_NOOP("Catalogue", "geometric factor of the convection cell"),
};

}  // namespace

QString translatedSystemName(const System& system) {
  return QCoreApplication::translate("Catalogue", std::string(system.name()).c_str());
}

QString translatedDescriptionOf(const System& system) {
  return QCoreApplication::translate("Catalogue", std::string(system.description()).c_str());
}

QString translatedDescription(const ParameterSpec& spec) {
  return QCoreApplication::translate("Catalogue", spec.description.c_str());
}

}  // namespace flowscope
