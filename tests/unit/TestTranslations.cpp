// The translations check (label unit): lupdate runs over ui/, models/ and app/ into a
// TEMPORARY copy of every translations/fleetdeck_<lang>.ts, exactly as the
// update_translations target would, and the test fails when a message is unfinished,
// vanished or obsolete, when the copy gained messages the committed file lacks, when a
// tr() call cannot be extracted, or when a translation drops a %1/%n placeholder. It prints
// every offending source string. Then the embedded .qm files are loaded the way fleetdeck and
// fleetdeckctl load them (Translations::install).
#include "config/EnvFileEditor.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "items/FleetTreeModel.h"
#include "items/ServerColumns.h"
#include "plan/PlanDocument.h"
#include "settings/Translations.h"

// fleetdeckctl is an executable, not a library: its argument checks are compiled in here so
// that its messages are translated through the code that prints them.
#include "../../app/fleetdeckctl/ChangeArgs.cpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace fleetdeck;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; ///< translation type: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context,
                                {},
                                {},
                                {},
                                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString lupdatePath()
{
    const QString bin = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    return QFile::exists(bin) ? bin : QStringLiteral("/usr/lib/qt6/bin/lupdate");
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString key(const TsMessage& m)
{
    return m.context + QStringLiteral(" | ") + m.source;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFilesAreCompleteAndUpToDate_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QDir dir(QStringLiteral(FLEETDECK_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("fleetdeck_*.ts")}, QDir::Files, QDir::Name);
        QVERIFY2(files.contains(QStringLiteral("fleetdeck_de.ts")),
                 "translations/fleetdeck_de.ts is missing");
        QVERIFY2(files.contains(QStringLiteral("fleetdeck_en.ts")),
                 "translations/fleetdeck_en.ts is missing");
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void tsFilesAreCompleteAndUpToDate()
    {
        QFETCH(QString, tsFile);
        const bool pluralOnly = tsFile.endsWith(QLatin1String("_en.ts"));
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same options as the update_translations target (ui/CMakeLists.txt), except that
        // vanished messages are kept (and reported) instead of dropped.
        QStringList args{QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-locations"),
                         QStringLiteral("none")};
        if (pluralOnly)
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral("ui") << QStringLiteral("models") << QStringLiteral("app")
             << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(FLEETDECK_SOURCE_DIR));
        lupdate.start(lupdatePath(), args);
        QVERIFY2(lupdate.waitForFinished(60000),
                 qPrintable(lupdatePath() + QStringLiteral(": ") + lupdate.errorString()));
        const QString log =
            QString::fromUtf8(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
        QCOMPARE(lupdate.exitCode(), 0);

        QStringList problems;
        for (const QString& line : log.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("cannot be called without context")))
                problems << QStringLiteral(
                                "not extractable (tr() outside a class: use QCoreApplication::translate "
                                "or a Q_DECLARE_TR_FUNCTIONS class): ") +
                                line.trimmed();

        QString error;
        const QList<TsMessage> committed = readTs(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<TsMessage> updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!updated.isEmpty());

        QSet<QString> known;
        for (const TsMessage& m : committed)
            known.insert(key(m));
        for (const TsMessage& m : updated) {
            if (!known.contains(key(m)))
                problems << QStringLiteral("new in the sources, missing from the committed file: ") + key(m);
            else if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(": ") + key(m);
            if (!m.type.isEmpty())
                continue;
            if (m.numerus && m.forms.size() != 2)
                problems << QStringLiteral("needs 2 plural forms, has %1: ").arg(m.forms.size()) + key(m);
            const QSet<QString> wanted = placeholders(m.source) - QSet<QString>{QStringLiteral("%n")};
            for (const QString& form : m.forms)
                if (!(placeholders(form) - QSet<QString>{QStringLiteral("%n")}).contains(wanted) ||
                    (!m.numerus && form.isEmpty()))
                    problems << QStringLiteral("placeholder lost or empty in \"%1\": ").arg(form) + key(m);
        }
        for (const QString& p : std::as_const(problems))
            qWarning().noquote() << QFileInfo(tsFile).fileName() << p;
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s) in %2 (listed above). Update with: "
                                      "cmake --build BUILD --target update_translations, then translate.")
                           .arg(problems.size())
                           .arg(QFileInfo(tsFile).fileName())));
    }

    void cLocaleInstallsNothing()
    {
        // Scripts and tests read fleetdeckctl's output under LANG=C: the messages as written.
        QVERIFY(Translations::install(QLocale::c()).isEmpty());
        QCOMPARE(QCoreApplication::translate("fleetdeck::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void bothLanguagesAreEmbedded()
    {
        const QStringList langs = Translations::available();
        QVERIFY2(langs.contains(QStringLiteral("de")) && langs.contains(QStringLiteral("en")),
                 qPrintable(langs.join(',')));
        QCOMPARE(Translations::localeFor(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(Translations::localeFor(QStringLiteral("en")).language(), QLocale::English);
        QCOMPARE(Translations::localeFor(QStringLiteral("system")), QLocale::system());
    }

    void englishPluralForms()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/fleetdeck_en.qm")));
        QVERIFY(!en.isEmpty()); // the .qm was read
        // (QTranslator returns the form; QCoreApplication::translate puts the number in.)
        QCOMPARE(en.translate("fleetdeck::ui::WallWindow", "▲ %n warning(s)", nullptr, 1),
                 QStringLiteral("▲ %n warning"));
        QCOMPARE(en.translate("fleetdeck::ui::WallWindow", "▲ %n warning(s)", nullptr, 3),
                 QStringLiteral("▲ %n warnings"));
        QCOMPARE(en.translate("fleetdeck::ui::ServerPage", "%n s ago", nullptr, 1),
                 QStringLiteral("%n s ago"));
        // Only plural forms: everything else falls through to the source text.
        QVERIFY(en.translate("fleetdeck::ui::MainWindow", "&File").isNull());
    }

    /// The German .qm through a plain QTranslator (no context fallback): every message must be
    /// asked for under the context lupdate filed it in. Fails when a file-local tr() helper or a
    /// Q_DECLARE_TR_FUNCTIONS context drifts from what lupdate extracts.
    void germanUnderTheContextsLupdateExtracts()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/fleetdeck_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&de));
        const auto cleanup = qScopeGuard([&de] { QCoreApplication::removeTranslator(&de); });

        // fleetdeckctl: a Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::ChangeArgs) member.
        QCommandLineParser parser;
        ctl::ChangeArgs::addOptions(parser);
        QVERIFY(
            parser.parse({QStringLiteral("fleetdeckctl"), QStringLiteral("plan"), QStringLiteral("restart"),
                          QStringLiteral("fleet-uk-1"), QStringLiteral("--to"), QStringLiteral("3")}));
        ctl::ChangeArgs args;
        QCOMPARE(args.parsePlan(parser.positionalArguments().mid(1), parser),
                 QStringLiteral("restart nimmt kein --to"));

        // A class member (fleetdeck::EnvFileEditor) and a free function (context "fleetdeck").
        const ConfigResult<int> missing =
            EnvFileEditor::readInt("VOXCORE_WORKERS=16\n", QStringLiteral("OTHER"), QString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("OTHER ist in die .env-Datei nicht gesetzt"));

        // A struct's Q_DECLARE_TR_FUNCTIONS(fleetdeck::PlanDocument).
        QString error;
        PlanDocument::fromJson("{\"fleetdeck_plan\": 7}", &error);
        QCOMPARE(error, QStringLiteral("keine Plandatei im Format 1"));

        // The fleet tree's State column (free functions in fleetdeck::ServerColumns).
        const QByteArray json =
            "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}],"
            " \"servers\": [{\"name\": \"uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"}]}";
        FleetState state(*InventoryParser::parse(json).inventory);
        state.applyFailure(0, QStringLiteral("Connection refused"));
        FleetTreeModel tree(&state);
        const QModelIndex server = tree.index(0, ServerColumns::Status, tree.index(0, 0));
        QCOMPARE(server.data().toString(), QStringLiteral("unerreichbar"));
        QCOMPARE(server.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("unerreichbar: noch keine Antwort, 1 fehlgeschlagener Versuch"));
    }

    void germanThroughTheInstalledTranslator()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral(":/i18n/fleetdeck_de.qm"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("fleetdeck::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("fleetdeck::ui::WallWindow", "▲ %n warning(s)", nullptr, 1),
                 QStringLiteral("▲ 1 Warnung"));
        QCOMPARE(QCoreApplication::translate("fleetdeck::ui::WallWindow", "▲ %n warning(s)", nullptr, 4),
                 QStringLiteral("▲ 4 Warnungen"));
        QCOMPARE(QCoreApplication::translate("fleetdeck::ServerColumns", "Utilization"),
                 QStringLiteral("Auslastung"));
        QCOMPARE(
            QCoreApplication::translate("fleetdeck::PlanWaits", "forced: %n call(s) dropped", nullptr, 2),
            QStringLiteral("erzwungen: 2 Anrufe abgebrochen"));
        // A free function in models/remote asks under its namespace, where lupdate files it.
        QVERIFY(QCoreApplication::translate("fleetdeck", "The request was cancelled before it ran.") !=
                QStringLiteral("The request was cancelled before it ran."));
        // Not Fleetdeck's: untouched.
        QCOMPARE(QCoreApplication::translate("nowhere", "no such message"),
                 QStringLiteral("no such message"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
