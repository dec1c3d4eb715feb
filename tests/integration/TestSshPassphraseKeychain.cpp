// Key passphrases remembered in the desktop keychain (QtKeychain → Secret Service).
// The test re-executes itself inside `dbus-run-session` with a private, unlocked
// gnome-keyring (PrivateKeychain: own HOME/XDG dirs in a temporary directory, started in
// the foreground and stopped by its pid).
#include "FutureWait.h"
#include "PrivateKeychain.h"
#include "SshdFixture.h"
#include "remote/LibsshSession.h"
#include "remote/PassphraseStore.h"
#include "remote/SshError.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace fleetdeck;
using namespace fleetdeck::test;

class TestSshPassphraseKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storeRoundTrip()
    {
        PassphraseStore store(QStringLiteral("fleetdeck-test"));
        const QString key = QStringLiteral("/nonexistent/id_test");
        QString error;
        QVERIFY2(store.save(key, QStringLiteral("pässphrase 'x'"), &error), qPrintable(error));
        QCOMPARE(store.load(key), std::optional<QString>(QStringLiteral("pässphrase 'x'")));
        QVERIFY(store.remove(key, &error));
        QCOMPARE(store.load(key), std::nullopt);
    }

    void rememberedPassphraseIsUsedNextTime()
    {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        QVERIFY(sshd.writeKnownHosts());
        const QString key = sshd.dir() + QStringLiteral("/enc_key");
        const QString passphrase = QStringLiteral("correct horse battery");
        QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                      {"-q", "-t", "ed25519", "-N", passphrase, "-f", key}),
                 0);
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile auth(sshd.dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(auth.open(QIODevice::Append));
        auth.write(pub.readAll());
        auth.close();
        SshTarget target = sshd.target();
        target.identityFiles = {key};
        auto store = std::make_shared<PassphraseStore>(QStringLiteral("fleetdeck-test"));

        QAtomicInt prompts = 0;
        {
            LibsshSession first(
                target, {},
                [&](const QString&, int) -> std::optional<PassphraseReply> {
                    prompts.fetchAndAddOrdered(1);
                    return PassphraseReply{passphrase, true}; // operator ticks "remember"
                },
                store);
            auto f = first.open();
            QVERIFY(waitFinished(f));
            auto e = errorOf(f);
            QVERIFY2(!e, e ? e->what() : "");
        }
        QCOMPARE(prompts.loadAcquire(), 1);
        QElapsedTimer t;
        t.start();
        const auto stored = store->load(key); // a second store thread user must work too
        QVERIFY(stored);
        QCOMPARE(*stored, passphrase);
        QVERIFY(t.elapsed() < 5000);
        {
            LibsshSession second(
                target, {},
                [&](const QString&, int) -> std::optional<PassphraseReply> {
                    prompts.fetchAndAddOrdered(1);
                    return std::nullopt;
                },
                store);
            auto f = second.open();
            QVERIFY(waitFinished(f));
            auto e = errorOf(f);
            QVERIFY2(!e, e ? e->what() : "");
        }
        QCOMPARE(prompts.loadAcquire(), 1); // no second prompt: the keychain answered

        // Never in a file in plain text: not in the (temporary) home, not next to the key.
        const QStringList roots{qEnvironmentVariable("FLEETDECK_KEYCHAIN_SESSION"), sshd.dir()};
        for (const QString& root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(passphrase.toUtf8()), qPrintable(f.fileName()));
            }
        }
        store->remove(key);
    }
};

int main(int argc, char** argv)
{
    if (!PrivateKeychain::active())
        return PrivateKeychain::reexec(argc, argv); // returns only if it cannot
    QCoreApplication app(argc, argv);
    TestSshPassphraseKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSshPassphraseKeychain.moc"
