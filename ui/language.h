#pragma once
// Which language the interface speaks: English, Vietnamese, or whatever the system speaks.
// The choice is remembered (QSettings "view/language") and takes effect when the app starts.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rnnscope::ui {

// Language codes the interface is translated to ("en", "vi"); "" means the system's language.
QStringList availableLanguages();
// The language saved by the Language menu ("" when none was chosen).
QString savedLanguage();
void saveLanguage(const QString& code);
// Installs rnnscope's and Qt's own translations for `code` ("" = the system language; a
// language without a translation falls back to English). Returns the code in effect ("en"
// or "vi").
QString installTranslators(QCoreApplication& app, const QString& code);
// The language in effect after installTranslators().
QString currentLanguage();

}  // namespace rnnscope::ui
