// SSH key passphrases asked in the GUI: the provider is called on another thread (as a libssh
// session thread does), the dialog opens on the GUI thread with the key path, and the thread gets
// exactly what the operator typed; Cancel, no answer in time, a destroyed prompter or the
// application quitting release the thread with std::nullopt. One dialog per key; an answer is
// reused from memory; "Remember" is offered only when the keychain setting is on.
#include "passphrase/PassphraseDialog.h"
#include "passphrase/PassphrasePrompter.h"
#include "remote/PassphraseStore.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <thread>

using namespace fleetdeck;
using ui::PassphraseDialog;
using ui::PassphrasePrompter;

namespace {

const QString kKey = QStringLiteral("/home/op/.ssh/id_fleet");

/// Calls the provider on its own thread. Declare it BEFORE the prompter: the prompter goes
/// first and releases the thread, so a failing test never hangs in join().
struct Asker
{
    std::thread thread;
    std::atomic_bool finished = false;
    std::mutex mutex;
    std::optional<PassphraseReply> reply;

    void start(PassphraseProvider provider, const QString& key = kKey, int attempt = 1)
    {
        thread = std::thread([this, provider, key, attempt] {
            auto r = provider(key, attempt);
            {
                std::lock_guard lock(mutex);
                reply = r;
            }
            finished = true;
        });
    }
    std::optional<PassphraseReply> result()
    {
        std::lock_guard lock(mutex);
        return reply;
    }
    ~Asker()
    {
        if (thread.joinable())
            thread.join();
    }
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

PassphraseDialog* dialogAt(const QSignalSpy& opened, int i)
{
    return opened.at(i).first().value<PassphraseDialog*>();
}

void type(PassphraseDialog* dialog, const QString& text)
{
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseLineEdit"), text);
}

void clickOk(PassphraseDialog* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
}

} // namespace

class TestPassphrasePrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyIsDelivered()
    {
        Asker asker;
        QWidget window;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(30000);
        prompter.setWindow(&window);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        asker.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QPointer<PassphraseDialog> dialog = dialogAt(opened, 0);
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), &window);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal() || dialog->windowModality() == Qt::WindowModal); // open(), not exec()
        QCOMPARE(child<QLabel>(dialog, "keyPathLabel")->text(), kKey);
        QVERIFY(!child<QLabel>(dialog, "wrongPassphraseLabel")->isVisibleTo(dialog));
        auto* edit = child<QLineEdit>(dialog, "passphraseLineEdit");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled()); // nothing typed yet
        QTest::qWait(100);
        QVERIFY(!asker.finished); // waiting for the operator
        type(dialog, QStringLiteral("s3cret pass phrase"));
        clickOk(dialog);
        QVERIFY(dialog);                 // still alive until the event loop deletes it…
        QVERIFY(edit->text().isEmpty()); // …but the passphrase is no longer in it
        QTRY_VERIFY_WITH_TIMEOUT(asker.finished, 5000);
        QCOMPARE(asker.result()->passphrase, QStringLiteral("s3cret pass phrase"));
        QCOMPARE(asker.result()->remember, false);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5000); // deleted on close
    }

    void cancelGivesUp()
    {
        Asker asker;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(30000);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        asker.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        PassphraseDialog* dialog = dialogAt(opened, 0);
        type(dialog, QStringLiteral("typed, then cancelled"));
        auto* edit = child<QLineEdit>(dialog, "passphraseLineEdit");
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(edit->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(asker.finished, 5000);
        QCOMPARE(asker.result(), std::nullopt);
        // Nothing kept: the next ask opens a dialog again.
        Asker again;
        again.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 5000);
        QTest::keyClick(dialogAt(opened, 1), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(again.finished, 5000);
        QCOMPARE(again.result(), std::nullopt);
    }

    void secondAttemptSaysWrongPassphrase()
    {
        Asker asker;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(30000);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        asker.start(prompter.provider(), kKey, 2);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        PassphraseDialog* dialog = dialogAt(opened, 0);
        QCOMPARE(dialog->attempt(), 2);
        auto* wrong = child<QLabel>(dialog, "wrongPassphraseLabel");
        QVERIFY(wrong->isVisible());
        QVERIFY2(wrong->text().contains(QStringLiteral("Wrong passphrase, try again")),
                 qPrintable(wrong->text()));
        type(dialog, QStringLiteral("second try"));
        QTest::keyClick(child<QLineEdit>(dialog, "passphraseLineEdit"), Qt::Key_Return); // Enter = OK
        QTRY_VERIFY_WITH_TIMEOUT(asker.finished, 5000);
        QCOMPARE(asker.result()->passphrase, QStringLiteral("second try"));
    }

    void rememberOnlyWithTheKeychainSetting()
    {
        Asker off, on;
        std::atomic_bool keychainSetting = false;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(30000);
        auto store = std::make_shared<PassphraseStore>(QStringLiteral("fleetdeck-gui-test")); // not used here
        prompter.setKeychain(store, [&keychainSetting] { return keychainSetting.load(); });
        QCOMPARE(prompter.keychain(), nullptr); // setting off: sessions get no keychain
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);

        off.start(prompter.provider(), QStringLiteral("/keys/a"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        PassphraseDialog* dialog = dialogAt(opened, 0);
        auto* remember = child<QCheckBox>(dialog, "rememberCheckBox");
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isVisibleTo(dialog));
        auto* hint = child<QLabel>(dialog, "keychainHintLabel");
        QVERIFY(hint->isVisibleTo(dialog));
        QVERIFY(hint->text().contains(QStringLiteral("Settings")));
        remember->setChecked(true); // even if something ticks it, it does not count
        type(dialog, QStringLiteral("a"));
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(off.finished, 5000);
        QCOMPARE(off.result()->remember, false);

        keychainSetting = true; // takes effect without a restart
        QCOMPARE(prompter.keychain(), store);
        on.start(prompter.provider(), QStringLiteral("/keys/b"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 5000);
        dialog = dialogAt(opened, 1);
        remember = child<QCheckBox>(dialog, "rememberCheckBox");
        QVERIFY(remember->isEnabled());
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isChecked()); // opt-in per key
        QVERIFY(!child<QLabel>(dialog, "keychainHintLabel")->isVisibleTo(dialog));
        QTest::mouseClick(remember, Qt::LeftButton);
        QVERIFY(remember->isChecked());
        type(dialog, QStringLiteral("b"));
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(on.finished, 5000);
        QCOMPARE(on.result()->passphrase, QStringLiteral("b"));
        QCOMPARE(on.result()->remember, true);
    }

    void oneDialogPerKeyAndTheAnswerIsReused()
    {
        Asker first, second, other, later, retry;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(30000);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        first.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        second.start(prompter.provider()); // same key, while the dialog is open: waits for it
        other.start(prompter.provider(), QStringLiteral("/keys/other")); // another key: its own dialog
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(dialogAt(opened, 1)->keyPath(), QStringLiteral("/keys/other"));
        QCOMPARE(prompter.openDialogs(), 2);
        QVERIFY(!second.finished);

        type(dialogAt(opened, 0), QStringLiteral("shared"));
        clickOk(dialogAt(opened, 0));
        QTRY_VERIFY_WITH_TIMEOUT(first.finished && second.finished, 5000);
        QCOMPARE(first.result()->passphrase, QStringLiteral("shared"));
        QCOMPARE(second.result()->passphrase, QStringLiteral("shared"));
        QCOMPARE(second.result()->remember, false); // saved (if at all) by the first session only

        // A later session, first attempt: from memory, no dialog.
        later.start(prompter.provider());
        QTRY_VERIFY_WITH_TIMEOUT(later.finished, 5000);
        QCOMPARE(later.result()->passphrase, QStringLiteral("shared"));
        QCOMPARE(opened.count(), 2);
        // The remembered one turned out wrong (attempt 2): asked again.
        retry.start(prompter.provider(), kKey, 2);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 3, 5000);
        QVERIFY(child<QLabel>(dialogAt(opened, 2), "wrongPassphraseLabel")->isVisible());
        QTest::keyClick(dialogAt(opened, 2), Qt::Key_Escape);
        QTest::keyClick(dialogAt(opened, 1), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(retry.finished && other.finished, 5000);
        QCOMPARE(retry.result(), std::nullopt);
        // …and the wrong one is forgotten: a new session's first attempt opens a dialog.
        Asker fresh;
        fresh.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 4, 5000);
        QVERIFY(
            !child<QLabel>(dialogAt(opened, 3), "wrongPassphraseLabel")->isVisibleTo(dialogAt(opened, 3)));
        QTest::keyClick(dialogAt(opened, 3), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(fresh.finished, 5000);
    }

    void answerReportedWrongIsForgotten()
    {
        Asker first, afterWrong, afterRight;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(30000);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        first.start(prompter.provider(), kKey, 3); // the session's last attempt …
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        type(dialogAt(opened, 0), QStringLiteral("last wrong"));
        clickOk(dialogAt(opened, 0));
        QTRY_VERIFY_WITH_TIMEOUT(first.finished, 5000);
        const PassphraseReply wrong = *first.result();
        QVERIFY(wrong.verdict);
        wrong.verdict(false); // … did not decrypt the key: the session gives up on it

        // The next session's first attempt must not try it silently: a dialog, not "wrong".
        afterWrong.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 5000);
        QVERIFY(
            !child<QLabel>(dialogAt(opened, 1), "wrongPassphraseLabel")->isVisibleTo(dialogAt(opened, 1)));
        type(dialogAt(opened, 1), QStringLiteral("right"));
        clickOk(dialogAt(opened, 1));
        QTRY_VERIFY_WITH_TIMEOUT(afterWrong.finished, 5000);
        afterWrong.result()->verdict(true);
        wrong.verdict(false); // a late verdict about the old answer leaves the new one alone

        afterRight.start(prompter.provider()); // a right answer stays in memory
        QTRY_VERIFY_WITH_TIMEOUT(afterRight.finished, 5000);
        QCOMPARE(afterRight.result()->passphrase, QStringLiteral("right"));
        QCOMPARE(opened.count(), 2);
    }

    void noAnswerInTimeGivesUp()
    {
        Asker asker;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(300);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        QElapsedTimer timer;
        timer.start();
        asker.start(prompter.provider());
        QTRY_VERIFY_WITH_TIMEOUT(asker.finished, 5000);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(asker.result(), std::nullopt);
        QCOMPARE(opened.count(), 1);
        QPointer<PassphraseDialog> dialog = dialogAt(opened, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000); // taken away too
    }

    void theGuiThreadIsNeverBlocked()
    {
        PassphrasePrompter prompter;
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(prompter.provider()(kKey, 1), std::nullopt);
        QVERIFY(timer.elapsed() < 1000);
        QTest::qWait(50);
        QCOMPARE(opened.count(), 0);
    }

    void destroyedPrompterReleasesTheWaiter()
    {
        Asker asker;
        auto prompter = std::make_unique<PassphrasePrompter>();
        PassphraseProvider provider = prompter->provider();
        QSignalSpy opened(prompter.get(), &PassphrasePrompter::dialogOpened);
        asker.start(provider);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QPointer<PassphraseDialog> dialog = dialogAt(opened, 0);
        type(dialog, QStringLiteral("never sent"));
        QElapsedTimer timer;
        timer.start();
        prompter.reset(); // default timeout: 5 minutes; released at once
        QTRY_VERIFY_WITH_TIMEOUT(asker.finished, 5000);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(asker.result(), std::nullopt);
        QVERIFY(!dialog);
        std::optional<PassphraseReply> late = PassphraseReply{};
        std::thread t([&] { late = provider(kKey, 1); });
        t.join();
        QCOMPARE(late, std::nullopt);
    }

    // Last: runs the application's event loop once and quits it.
    void quittingWithAnOpenPromptReleasesTheWaiter()
    {
        Asker asker;
        QWidget window;
        PassphrasePrompter prompter; // default timeout: 5 minutes
        prompter.setWindow(&window);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        asker.start(prompter.provider());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QPointer<PassphraseDialog> dialog = dialogAt(opened, 0);
        QElapsedTimer timer;
        timer.start();
        // exit(), not quit(): quit() also closes every window (which alone would release the
        // waiter); exit() leaves the dialog open, so only aboutToQuit can.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        QTimer watchdog; // bounded: a second exit if the first one did not end exec()
        watchdog.callOnTimeout(qApp, [] { QCoreApplication::exit(1); });
        watchdog.start(10000);
        QCOMPARE(QCoreApplication::exec(), 0); // aboutToQuit when it returns
        QVERIFY(timer.elapsed() < 10000);
        QTRY_VERIFY_WITH_TIMEOUT(asker.finished, 5000);
        QCOMPARE(asker.result(), std::nullopt);
        QVERIFY(!dialog);
        QCOMPARE(prompter.provider()(kKey, 1), std::nullopt);
    }
};

QTEST_MAIN(TestPassphrasePrompt)
#include "TestPassphrasePrompt.moc"
