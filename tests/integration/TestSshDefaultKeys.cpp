// Encrypted DEFAULT identities (a target that names no key files: ssh_userauth_publickey_auto)
// against a real sshd, in a temporary ssh directory (SshTarget::sshDir), never the real ~/.ssh.
// Each key counts its own passphrase attempts: the second key's first prompt is attempt 1 (it
// was attempt 2 with one counter shared by all keys, which a prompter reads as "the remembered
// passphrase was wrong"). A wrong answer for a default key is asked again, and the provider
// learns through the reply's verdict which answers decrypted the key.
#include "FutureWait.h"
#include "SshdFixture.h"
#include "remote/LibsshSession.h"
#include "remote/SshError.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace fleetdeck;
using namespace fleetdeck::test;

namespace {

const QString kFirst = QStringLiteral("first key's phrase");
const QString kSecond = QStringLiteral("second key's phrase");

/// A scripted operator: answers per key path from a queue, records every question and verdict.
struct ScriptedAsker
{
    std::mutex mutex;
    QMap<QString, QStringList> answers;   ///< key file name → answers in order
    QList<QPair<QString, int>> asked;     ///< (file name, attempt)
    QList<QPair<QString, bool>> verdicts; ///< (file name, decrypted)

    PassphraseProvider provider()
    {
        return [this](const QString& path, int attempt) -> std::optional<PassphraseReply> {
            std::lock_guard lock(mutex);
            const QString name = QFileInfo(path).fileName();
            asked.append({name, attempt});
            QStringList& queue = answers[name];
            if (queue.isEmpty())
                return std::nullopt;
            PassphraseReply reply{queue.takeFirst(), false, {}};
            reply.verdict = [this, name](bool decrypted) {
                std::lock_guard lock(mutex);
                verdicts.append({name, decrypted});
            };
            return reply;
        };
    }
};

} // namespace

class TestSshDefaultKeys : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd{SshdFixture::Options{QStringLiteral("127.0.64.1"), {}, {}}};
    QTemporaryDir m_sshDir;
    SshTarget m_target;

    QString runEcho(const PassphraseProvider& provider)
    {
        LibsshSession session(m_target, {}, provider);
        auto f = session.run(RemoteCommand({QStringLiteral("echo"), QStringLiteral("default keys")}));
        if (!waitFinished(f, 30000))
            return QStringLiteral("<no result in 30 s>");
        if (auto e = errorOf(f))
            return QStringLiteral("<error: %1>").arg(e->message());
        return QString::fromUtf8(f.result().stdOut).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY(m_sshd.writeKnownHosts());
        const QString dir = m_sshDir.path();
        // id_ed25519 comes first in libssh's default list. Without its .pub, libssh must decrypt it
        // to learn the public key (a prompt), and the server refuses it: it is not authorized.
        QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                      {"-q", "-t", "ed25519", "-N", kFirst, "-f", dir + "/id_ed25519"}),
                 0);
        QVERIFY(QFile::remove(dir + QStringLiteral("/id_ed25519.pub")));
        // id_ecdsa: the authorized one (only it).
        QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                      {"-q", "-t", "ecdsa", "-N", kSecond, "-f", dir + "/id_ecdsa"}),
                 0);
        QFile::remove(m_sshd.dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(QFile::copy(dir + QStringLiteral("/id_ecdsa.pub"),
                            m_sshd.dir() + QStringLiteral("/authorized_keys")));
        m_target = m_sshd.target();
        m_target.identityFiles.clear(); // the default identities …
        m_target.sshDir = dir;          // … of this directory
    }

    void init()
    {
        // libssh writes the public key it derived next to the key: make it derive it again.
        QFile::remove(m_sshDir.filePath(QStringLiteral("id_ed25519.pub")));
    }

    void eachDefaultKeyCountsItsOwnAttempts()
    {
        ScriptedAsker asker;
        asker.answers[QStringLiteral("id_ed25519")] = {kFirst};
        asker.answers[QStringLiteral("id_ecdsa")] = {kSecond};
        QCOMPARE(runEcho(asker.provider()), QStringLiteral("default keys"));
        const QList<QPair<QString, int>> expected{{QStringLiteral("id_ed25519"), 1},
                                                  {QStringLiteral("id_ecdsa"), 1}};
        QCOMPARE(asker.asked, expected);
        const QList<QPair<QString, bool>> verdicts{{QStringLiteral("id_ed25519"), true},
                                                   {QStringLiteral("id_ecdsa"), true}};
        QCOMPARE(asker.verdicts, verdicts);
    }

    void wrongAnswerForADefaultKeyIsAskedAgain()
    {
        ScriptedAsker asker;
        asker.answers[QStringLiteral("id_ed25519")] = {QStringLiteral("nope"), kFirst};
        asker.answers[QStringLiteral("id_ecdsa")] = {QStringLiteral("nope"), QStringLiteral("still not"),
                                                     kSecond};
        QCOMPARE(runEcho(asker.provider()), QStringLiteral("default keys"));
        const QList<QPair<QString, int>> expected{{QStringLiteral("id_ed25519"), 1},
                                                  {QStringLiteral("id_ed25519"), 2},
                                                  {QStringLiteral("id_ecdsa"), 1},
                                                  {QStringLiteral("id_ecdsa"), 2},
                                                  {QStringLiteral("id_ecdsa"), 3}};
        QCOMPARE(asker.asked, expected);
        QCOMPARE(asker.verdicts.count({QStringLiteral("id_ecdsa"), false}), 2);
        QCOMPARE(asker.verdicts.last(), qMakePair(QStringLiteral("id_ecdsa"), true));
    }

    void threeWrongAnswersGiveUpOnThatKeyOnly()
    {
        ScriptedAsker asker;
        asker.answers[QStringLiteral("id_ed25519")] = {QStringLiteral("a"), QStringLiteral("b"),
                                                       QStringLiteral("c"), QStringLiteral("never asked")};
        asker.answers[QStringLiteral("id_ecdsa")] = {kSecond};
        QCOMPARE(runEcho(asker.provider()), QStringLiteral("default keys"));
        QCOMPARE(asker.asked.count({QStringLiteral("id_ed25519"), 3}), 1);
        QCOMPARE(asker.asked.count({QStringLiteral("id_ed25519"), 4}), 0); // at most 3 per key
        QCOMPARE(asker.verdicts.count({QStringLiteral("id_ed25519"), false}), 3);
        QVERIFY(asker.asked.contains({QStringLiteral("id_ecdsa"), 1}));
    }
};

QTEST_GUILESS_MAIN(TestSshDefaultKeys)
#include "TestSshDefaultKeys.moc"
