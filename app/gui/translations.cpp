#include "app/gui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace flowscope {

bool installTranslations(QCoreApplication& app, const QString& language) {
  if (!language.isEmpty()) QLocale::setDefault(QLocale(language));
  const QLocale locale;  // the default: the system's, or the one just set
  if (locale.language() == QLocale::English || locale.language() == QLocale::C) return true;

  // Qt's own strings (standard buttons, file dialogs), where Debian ships them.
  auto* qt_translator = new QTranslator(&app);
  if (qt_translator->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qt_translator);

  // Ours, compiled by qt_add_translations into the resource prefix /i18n.
  auto* translator = new QTranslator(&app);
  if (!translator->load(locale, "flowscope", "_", ":/i18n")) return false;
  app.installTranslator(translator);
  return true;
}

}  // namespace flowscope
