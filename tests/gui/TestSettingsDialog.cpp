#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "style/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdeck;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

/// Tabs from the current focus widget until focus comes back; returns every objectName reached.
QSet<QString> tabCycle(QWidget* window, int maxSteps = 200)
{
    QSet<QString> reached;
    QWidget* first = QApplication::focusWidget();
    for (int i = 0; i < maxSteps; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == first)
            break;
    }
    Q_UNUSED(window);
    return reached;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEverySettingFromTheTable()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.set(SettingKeys::restartMode, QStringLiteral("immediate"));
        settings.set(SettingKeys::restartPauseSeconds, 12);
        settings.set(SettingKeys::knownHostsFile, QStringLiteral("/srv/ops/known_hosts"));
        settings.set(SettingKeys::useKeychain, true);
        settings.set(SettingKeys::theme, QStringLiteral("light"));
        settings.set(SettingKeys::language, QStringLiteral("de"));
        settings.set(SettingKeys::memoryHeadroomPercent, 40);
        ui::SettingsDialog dialog(&settings);
        QCOMPARE(child<QSpinBox>(&dialog, "memoryHeadroomSpinBox")->value(), 40);
        QCOMPARE(child<QComboBox>(&dialog, "restartModeComboBox")->currentData().toString(),
                 QStringLiteral("immediate"));
        QCOMPARE(child<QSpinBox>(&dialog, "restartPauseSpinBox")->value(), 12);
        QCOMPARE(child<QLineEdit>(&dialog, "knownHostsLineEdit")->text(),
                 QStringLiteral("/srv/ops/known_hosts"));
        QVERIFY(child<QCheckBox>(&dialog, "keychainCheckBox")->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, "themeComboBox")->currentData().toString(),
                 QStringLiteral("light"));
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(),
                 QStringLiteral("de"));
        QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentText(), QStringLiteral("Deutsch"));
        // The dialog says when a new language applies.
        QVERIFY(child<QLabel>(&dialog, "languageNoteLabel")->text().contains(QStringLiteral("next time")));
    }

    void savesWhatWasChosenAndRestoresDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        Settings settings(path);
        ui::Theme::apply(false);
        {
            ui::SettingsDialog dialog(&settings);
            auto* mode = child<QComboBox>(&dialog, "restartModeComboBox");
            QCOMPARE(mode->currentData().toString(), QStringLiteral("drain")); // the table's default
            QCOMPARE(child<QSpinBox>(&dialog, "restartPauseSpinBox")->value(), 5);
            QVERIFY(!child<QCheckBox>(&dialog, "keychainCheckBox")->isChecked()); // opt-in
            QCOMPARE(child<QComboBox>(&dialog, "themeComboBox")->currentData().toString(),
                     QStringLiteral("system"));
            QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(),
                     QStringLiteral("system"));

            mode->setCurrentIndex(mode->findData(QStringLiteral("immediate")));
            child<QSpinBox>(&dialog, "restartPauseSpinBox")->setValue(30);
            child<QLineEdit>(&dialog, "knownHostsLineEdit")->setText(QStringLiteral("  /tmp/kh  "));
            child<QCheckBox>(&dialog, "keychainCheckBox")->setChecked(true);
            auto* theme = child<QComboBox>(&dialog, "themeComboBox");
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            auto* language = child<QComboBox>(&dialog, "languageComboBox");
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            child<QSpinBox>(&dialog, "pollIntervalSpinBox")->setValue(2000);
            QCOMPARE(child<QSpinBox>(&dialog, "memoryHeadroomSpinBox")->value(), 50); // default
            child<QSpinBox>(&dialog, "memoryHeadroomSpinBox")->setValue(60);
            dialog.save();
        }
        Settings reread(path);
        QCOMPARE(reread.restartMode(), QStringLiteral("immediate"));
        QCOMPARE(reread.restartPauseSeconds(), 30);
        QCOMPARE(reread.get(SettingKeys::knownHostsFile), QStringLiteral("/tmp/kh"));
        QVERIFY(reread.get(SettingKeys::useKeychain));
        QCOMPARE(reread.theme(), QStringLiteral("dark"));
        QCOMPARE(reread.language(), QStringLiteral("en"));
        QCOMPARE(reread.pollIntervalMs(), 2000);
        QCOMPARE(reread.memoryHeadroomPercent(), 60);
        QVERIFY(ui::Theme::isDark(QApplication::palette())); // the theme applies at once

        ui::SettingsDialog again(&reread);
        QCOMPARE(child<QComboBox>(&again, "themeComboBox")->currentData().toString(), QStringLiteral("dark"));
        auto* buttons = child<QDialogButtonBox>(&again, "settingsButtonBox");
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(child<QComboBox>(&again, "restartModeComboBox")->currentData().toString(),
                 QStringLiteral("drain"));
        QCOMPARE(child<QSpinBox>(&again, "restartPauseSpinBox")->value(), 5);
        QCOMPARE(child<QSpinBox>(&again, "memoryHeadroomSpinBox")->value(), 50);
        QVERIFY(child<QLineEdit>(&again, "knownHostsLineEdit")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(&again, "keychainCheckBox")->isChecked());
        QCOMPARE(child<QComboBox>(&again, "themeComboBox")->currentData().toString(),
                 QStringLiteral("system"));
        QCOMPARE(child<QComboBox>(&again, "languageComboBox")->currentData().toString(),
                 QStringLiteral("system"));
        ui::Theme::apply(false);
    }

    void olderDarkThemeFlagStillCounts()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        settings.set(SettingKeys::darkTheme, true); // View › Dark theme before the theme key existed
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        settings.set(SettingKeys::theme, QStringLiteral("system"));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        settings.set(SettingKeys::language, QStringLiteral("fr"));
        QCOMPARE(settings.language(), QStringLiteral("system"));
        settings.set(SettingKeys::restartMode, QStringLiteral("yolo"));
        QCOMPARE(settings.restartMode(), QStringLiteral("drain"));
    }

    void everyFieldIsReachableByKeyboard()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = child<QTabWidget>(&dialog, "settingsTabWidget");
        const QList<QStringList> pages{{"pollIntervalSpinBox", "utilizationWarningSpinBox",
                                        "utilizationCriticalSpinBox", "staleAfterSpinBox",
                                        "unreachableAfterSpinBox", "memoryHeadroomSpinBox"},
                                       {"restartModeComboBox", "restartPauseSpinBox", "knownHostsLineEdit",
                                        "knownHostsBrowseButton", "keychainCheckBox"},
                                       {"themeComboBox", "languageComboBox"}};
        for (int page = 0; page < pages.size(); ++page) {
            tabs->setCurrentIndex(page);
            tabs->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tabs->tabBar()));
            const QSet<QString> reached = tabCycle(&dialog);
            for (const QString& name : pages[page])
                QVERIFY2(reached.contains(name),
                         qPrintable(QStringLiteral("page %1: Tab never reaches %2 (reached: %3)")
                                        .arg(page)
                                        .arg(name, QStringList(reached.begin(), reached.end()).join(','))));
        }
        // Ctrl+Tab switches pages; the mnemonics reach fields directly.
        tabs->setCurrentIndex(0);
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        tabs->setCurrentIndex(2);
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("languageComboBox"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
