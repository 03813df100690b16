#pragma once
#include <QString>

class QCoreApplication;

namespace flowscope {

// Installs Flowscope's and Qt's own translations for language (a code such
// as "de" or "fr_FR"), or for the system locale when language is empty.
// Returns false when Flowscope has no translation for it (English is shown).
bool installTranslations(QCoreApplication& app, const QString& language);

}  // namespace flowscope
