#pragma once

#include <QLocale>
#include <QString>

namespace fleetdeck {

/// Fleetdeck's translations, shared by fleetdeck and fleetdeckctl (both link fleetdeck_models,
/// which embeds every translations/fleetdeck_<lang>.qm at :/i18n/).
namespace Translations {

/// The locale for a language setting: "system" → QLocale::system(), "en" → English,
/// "de" → German (Germany).
QLocale localeFor(const QString& language);

/// Installs, on the running QCoreApplication, Qt's own translation for `locale` (qtbase_<lang>.qm
/// from Qt's translations directory, when present) and Fleetdeck's (:/i18n/fleetdeck_<lang>.qm;
/// languages without one get the English file, which holds the English plural forms), and makes
/// `locale` the default QLocale. The C/POSIX locale (LANG=C, C.UTF-8) installs nothing: the
/// messages stay exactly as written in the source, which scripts and tests rely on.
/// Returns the resource path of Fleetdeck's file that was loaded (empty: none).
/// Call once, before any window or help text is built.
QString install(const QLocale& locale);

/// The languages with a translation file, e.g. {"de", "en"}.
QStringList available();

} // namespace Translations
} // namespace fleetdeck
