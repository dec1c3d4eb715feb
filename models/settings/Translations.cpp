#include "settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace fleetdeck::Translations {

namespace {
const QString ResourceDir = QStringLiteral(":/i18n");
}

QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    return QLocale::system();
}

QString install(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    QLocale::setDefault(locale);
    // The C/POSIX locale (LANG=C, C.UTF-8: CI, scripts) means the messages as written in the
    // source, as with gettext: no translator at all.
    if (locale.language() == QLocale::C)
        return {};
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(app);
    QString loaded;
    for (const QString& lang : locale.uiLanguages()) {
        // "de-DE" → fleetdeck_de_DE.qm, then fleetdeck_de.qm
        QString name = lang;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        while (!name.isEmpty()) {
            const QString path = ResourceDir + QStringLiteral("/fleetdeck_") + name + QStringLiteral(".qm");
            if (QFile::exists(path) && own->load(path)) {
                loaded = path;
                break;
            }
            const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
            name = cut > 0 ? name.left(cut) : QString();
        }
        if (!loaded.isEmpty())
            break;
    }
    if (loaded.isEmpty()) {
        const QString english = ResourceDir + QStringLiteral("/fleetdeck_en.qm");
        if (own->load(english))
            loaded = english;
    }
    if (loaded.isEmpty())
        delete own;
    else
        QCoreApplication::installTranslator(own);
    return loaded;
}

QStringList available()
{
    QStringList langs;
    const QStringList files =
        QDir(ResourceDir).entryList({QStringLiteral("fleetdeck_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        langs << f.mid(10, f.size() - 13);
    return langs;
}

} // namespace fleetdeck::Translations
