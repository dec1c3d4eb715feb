// The console's passphrase prompt against a real sshd that accepts only an ENCRYPTED key: the
// session thread asks the GUI's PassphrasePrompter, the test answers through the dialog (a wrong
// passphrase first, then the right one with "Remember"), and the command runs. With the keychain
// setting on, a second pool (a fresh prompter, as after a restart) gets the passphrase from the
// desktop keychain without a dialog; with the setting off the keychain is not used.
//
// Like TestSshPassphraseKeychain, the test re-executes itself inside `dbus-run-session` with a
// private, unlocked gnome-keyring (PrivateKeychain).
#include "FutureWait.h"
#include "PrivateKeychain.h"
#include "SshdFixture.h"
#include "passphrase/PassphraseDialog.h"
#include "passphrase/PassphrasePrompter.h"
#include "remote/PassphraseStore.h"
#include "remote/SshError.h"
#include "remote/SshSessionPool.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdeck;
using namespace fleetdeck::test;
using ui::PassphraseDialog;
using ui::PassphrasePrompter;

namespace {

const QString kService = QStringLiteral("fleetdeck-prompt-test");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

void answer(PassphraseDialog* dialog, const QString& passphrase, bool remember)
{
    if (remember)
        dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(true);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit")), passphrase);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
}

QString outputOf(QFuture<CommandResult> future)
{
    if (!waitFinished(future, 30000))
        return QStringLiteral("<no result in 30 s>");
    if (auto e = errorOf(future))
        return QStringLiteral("<error: %1>").arg(e->message());
    return QString::fromUtf8(future.result().stdOut).trimmed();
}

} // namespace

class TestSshPassphrasePrompt : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd{SshdFixture::Options{QStringLiteral("127.0.62.1"), {}, {}}};
    QTemporaryDir m_settingsDir;
    QString m_key;
    SshTarget m_target;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY(m_sshd.writeKnownHosts());
        m_key = m_sshd.dir() + QStringLiteral("/enc_key");
        QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                      {"-q", "-t", "ed25519", "-N", kPassphrase, "-f", m_key}),
                 0);
        // Only the encrypted key is authorized (the fixture's plain client key no longer is).
        QFile pub(m_key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile auth(m_sshd.dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(auth.open(QIODevice::WriteOnly | QIODevice::Truncate));
        auth.write(pub.readAll());
        auth.close();
        m_target = m_sshd.target();
        m_target.identityFiles = {m_key};
        PassphraseStore(kService).remove(m_key); // nothing left from an earlier run
    }

    void onlyTheEncryptedKeyIsAccepted()
    {
        SshSessionPool plain(1);
        auto f = plain.run(m_sshd.target(), RemoteCommand({"true"}));
        QVERIFY(waitFinished(f, 30000));
        auto e = errorOf(f);
        QVERIFY(e);
        QCOMPARE(e->kind(), SshError::Kind::AuthFailed);
        SshSessionPool noPrompt(1); // the encrypted key without anyone to ask
        f = noPrompt.run(m_target, RemoteCommand({"true"}));
        QVERIFY(waitFinished(f, 30000));
        e = errorOf(f);
        QVERIFY(e);
        QCOMPARE(e->kind(), SshError::Kind::AuthFailed);
    }

    void lastWrongAnswerIsNotTriedSilently()
    {
        QWidget window;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(60000);
        prompter.setWindow(&window);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        const auto dialogAt = [&opened](int i) {
            return opened.at(i).first().value<PassphraseDialog*>();
        };
        {
            SshSessionPool pool(1, {}, prompter.provider(), nullptr);
            auto f = pool.run(m_target, RemoteCommand({"true"}));
            for (int i = 0; i < 3; ++i) { // every attempt wrong: the key finally fails
                QTRY_COMPARE_WITH_TIMEOUT(opened.count(), i + 1, 20000);
                QCOMPARE(dialogAt(i)->attempt(), i + 1);
                answer(dialogAt(i), QStringLiteral("wrong %1").arg(i + 1), false);
            }
            QVERIFY(waitFinished(f, 30000));
            const auto e = errorOf(f);
            QVERIFY(e);
            QCOMPARE(e->kind(), SshError::Kind::AuthFailed);
        }
        QCOMPARE(opened.count(), 3);
        {
            // The next session asks at once (attempt 1), instead of first trying "wrong 3" silently.
            SshSessionPool pool(1, {}, prompter.provider(), nullptr);
            auto f = pool.run(m_target, RemoteCommand({"echo", "after three wrong"}));
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 4, 20000);
            QCOMPARE(dialogAt(3)->attempt(), 1);
            answer(dialogAt(3), kPassphrase, false);
            QCOMPARE(outputOf(f), QStringLiteral("after three wrong"));
        }
        QCOMPARE(opened.count(), 4);
    }

    void promptedThenRememberedInTheKeychain()
    {
        Settings settings(m_settingsDir.filePath(QStringLiteral("fleetdeck.ini")));
        settings.set(SettingKeys::useKeychain, true);
        auto store = std::make_shared<PassphraseStore>(kService);
        const auto keychainSetting = [&settings] {
            return settings.get(SettingKeys::useKeychain);
        };

        QWidget window;
        PassphrasePrompter prompter;
        prompter.setTimeoutMs(60000);
        prompter.setWindow(&window);
        prompter.setKeychain(store, keychainSetting);
        QCOMPARE(prompter.keychain(), store);
        QSignalSpy opened(&prompter, &PassphrasePrompter::dialogOpened);
        {
            SshSessionPool pool(2, {}, prompter.provider(), prompter.keychain());
            auto f = pool.run(m_target, RemoteCommand({"echo", "first pool"}));
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
            PassphraseDialog* dialog = opened.at(0).first().value<PassphraseDialog*>();
            QCOMPARE(dialog->keyPath(), m_key);
            QCOMPARE(dialog->parentWidget(), &window);
            QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isEnabled());
            answer(dialog, QStringLiteral("wrong"), false);
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 20000); // libssh could not decrypt: again
            dialog = opened.at(1).first().value<PassphraseDialog*>();
            QCOMPARE(dialog->attempt(), 2);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("wrongPassphraseLabel"))->isVisible());
            answer(dialog, kPassphrase, true);
            QCOMPARE(outputOf(f), QStringLiteral("first pool"));
            QCOMPARE(opened.count(), 2);
        }
        QElapsedTimer t;
        t.start();
        QCOMPARE(store->load(m_key), std::optional<QString>(kPassphrase));
        QVERIFY(t.elapsed() < 5000);

        // A second pool with a fresh prompter (as after a restart): the keychain answers.
        PassphrasePrompter restarted;
        restarted.setTimeoutMs(60000);
        restarted.setKeychain(store, keychainSetting);
        QSignalSpy reopened(&restarted, &PassphrasePrompter::dialogOpened);
        {
            SshSessionPool pool(2, {}, restarted.provider(), restarted.keychain());
            QCOMPARE(outputOf(pool.run(m_target, RemoteCommand({"echo", "second pool"}))),
                     QStringLiteral("second pool"));
        }
        QCOMPARE(reopened.count(), 0);

        // The setting off: the keychain is not read; the operator is asked (and cancels).
        settings.set(SettingKeys::useKeychain, false);
        PassphrasePrompter optedOut;
        optedOut.setTimeoutMs(60000);
        optedOut.setKeychain(store, keychainSetting);
        QCOMPARE(optedOut.keychain(), nullptr);
        QSignalSpy asked(&optedOut, &PassphrasePrompter::dialogOpened);
        {
            SshSessionPool pool(2, {}, optedOut.provider(), optedOut.keychain());
            auto f = pool.run(m_target, RemoteCommand({"true"}));
            QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 20000);
            auto* dialog = asked.at(0).first().value<PassphraseDialog*>();
            QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isEnabled());
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")),
                              Qt::LeftButton);
            QVERIFY(waitFinished(f, 30000));
            const auto e = errorOf(f);
            QVERIFY(e);
            QCOMPARE(e->kind(), SshError::Kind::AuthFailed);
        }
        QCOMPARE(asked.count(), 1);

        // The first prompter kept the answer in memory: another pool, no dialog, no keychain.
        {
            SshSessionPool pool(2, {}, prompter.provider(), prompter.keychain());
            QCOMPARE(outputOf(pool.run(m_target, RemoteCommand({"echo", "from memory"}))),
                     QStringLiteral("from memory"));
        }
        QCOMPARE(opened.count(), 2);

        // Never in a file in plain text: not in the (temporary) home, not next to the key, not in
        // the settings.
        const QStringList roots{qEnvironmentVariable("FLEETDECK_KEYCHAIN_SESSION"), m_sshd.dir(),
                                m_settingsDir.path()};
        for (const QString& root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(kPassphrase.toUtf8()), qPrintable(f.fileName()));
            }
        }
        QVERIFY(store->remove(m_key));
    }
};

int main(int argc, char** argv)
{
    if (!PrivateKeychain::active())
        return PrivateKeychain::reexec(argc, argv); // returns only if it cannot
    QApplication app(argc, argv);
    TestSshPassphrasePrompt test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSshPassphrasePrompt.moc"
