#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rnnscope::ui {

namespace {
QString& inEffect() {
  static QString code = QStringLiteral("en");
  return code;
}
}  // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("vi")}; }

QString savedLanguage() {
  const QString code = QSettings().value(QStringLiteral("view/language")).toString();
  return availableLanguages().contains(code) ? code : QString();
}

void saveLanguage(const QString& code) {
  QSettings settings;
  if (code.isEmpty())
    settings.remove(QStringLiteral("view/language"));
  else
    settings.setValue(QStringLiteral("view/language"), code);
}

QString installTranslators(QCoreApplication& app, const QString& code) {
  const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
  auto* ours = new QTranslator(&app);
  // English is the source language: no catalogue needed.
  if (locale.language() != QLocale::English &&
      ours->load(locale, QStringLiteral("rnnscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
    QCoreApplication::installTranslator(ours);
    inEffect() = QLocale(ours->language()).name().section(QLatin1Char('_'), 0, 0);
  } else {
    delete ours;
    inEffect() = QStringLiteral("en");
  }
  // Qt's own dialogs (Yes/Cancel buttons, file dialogs) in the same language.
  if (inEffect() != QLatin1String("en")) {
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(inEffect()), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(qt);
    else
      delete qt;
  }
  return inEffect();
}

QString currentLanguage() { return inEffect(); }

}  // namespace rnnscope::ui
