// File operations over SSH: stat, read, atomic write with backup, restore, hash guard.
#include "FutureWait.h"
#include "SshdFixture.h"
#include "remote/LibsshSession.h"
#include "remote/SshError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace fleetdeck;
using namespace fleetdeck::test;

class TestSshFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<LibsshSession> m_session;
    QString m_work;

    template <typename T> T ok(QFuture<T> future)
    {
        if (!waitFinished(future))
            qFatal("did not finish in time");
        if (auto error = errorOf(future))
            qFatal("failed: %s", error->what());
        if constexpr (!std::is_void_v<T>)
            return future.result();
    }

    static QByteArray binaryBlob(int size, int seed)
    {
        QByteArray data;
        data.reserve(size);
        quint32 x = quint32(seed) * 2654435761u + 1;
        for (int i = 0; i < size; ++i) {
            x = x * 1664525u + 1013904223u;
            data.append(char(x >> 24));
        }
        data.append(QByteArray("\0\r\n'\"$(id)\0", 12));
        return data;
    }

    static QByteArray localRead(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    static int localMode(const QString& path)
    {
        struct stat st
        {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

private slots:
    void initTestCase()
    {
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        QVERIFY(m_sshd->writeKnownHosts());
        m_session = std::make_unique<LibsshSession>(m_sshd->target());
        m_work = m_sshd->dir() + QStringLiteral("/work dir 'quoted'");
        QVERIFY(QDir().mkpath(m_work));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_sshd.reset();
    }

    void statAndRead()
    {
        const QString path = m_work + QStringLiteral("/conf; $(id).txt");
        const QByteArray content = binaryBlob(100000, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ::chmod(QFile::encodeName(path).constData(), 0640);

        const RemoteFile info = ok(m_session->stat(path));
        QVERIFY(info.exists);
        QCOMPARE(info.mode, 0640);
        QCOMPARE(info.size, content.size());
        QCOMPARE(info.owner, m_sshd->userName());
        QCOMPARE(info.sha256, QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(ok(m_session->readFile(path)), content);

        const RemoteFile missing = ok(m_session->stat(m_work + QStringLiteral("/nope")));
        QVERIFY(!missing.exists);
        auto read = m_session->readFile(m_work + QStringLiteral("/nope"));
        QVERIFY(waitFinished(read));
        const auto error = errorOf(read);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::CommandFailed);
        QVERIFY(error->exitStatus() != 0);
    }

    void atomicWriteBackupAndRestore()
    {
        const QString path = m_work + QStringLiteral("/upstream.conf");
        const QString backup = m_work + QStringLiteral("/upstream.conf.fleetdeck-backup");
        const QByteArray original = binaryBlob(300000, 2);
        const QByteArray replacement = binaryBlob(5000, 3);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
        f.close();
        ::chmod(QFile::encodeName(path).constData(), 0604);
        struct stat before
        {};
        ::stat(QFile::encodeName(path).constData(), &before);

        WriteOptions options;
        options.backupPath = backup;
        options.expectedSha256 = QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex();
        ok(m_session->writeFile(path, replacement, options));
        QCOMPARE(localRead(path), replacement);
        QCOMPARE(localMode(path), 0604); // mode kept
        QCOMPARE(localRead(backup), original);
        QCOMPARE(localMode(backup), 0604);
        struct stat after
        {};
        ::stat(QFile::encodeName(path).constData(), &after);
        QVERIFY(after.st_ino != before.st_ino); // replaced by rename, not rewritten in place
        QCOMPARE(after.st_uid, before.st_uid);
        // No temporary files left behind.
        QCOMPARE(QDir(m_work).entryList({QStringLiteral(".*fleetdeck*")}, QDir::Files | QDir::Hidden).size(),
                 0);

        // Restore: read the backup and write it back, byte for byte.
        const QByteArray saved = ok(m_session->readFile(backup));
        ok(m_session->writeFile(path, saved));
        QCOMPARE(localRead(path), original);
        QCOMPARE(localMode(path), 0604);
    }

    void newFileGetsRequestedMode()
    {
        const QString path = m_work + QStringLiteral("/new.env");
        WriteOptions options;
        options.mode = 0600;
        options.expectedSha256 = "absent";
        ok(m_session->writeFile(path, "VOXCORE_WORKERS=16\n", options));
        QCOMPARE(localRead(path), QByteArray("VOXCORE_WORKERS=16\n"));
        QCOMPARE(localMode(path), 0600);
        // Writing "absent" again now fails: the file exists.
        auto again = m_session->writeFile(path, "x", options);
        QVERIFY(waitFinished(again));
        const auto error = errorOf(again);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::RemoteFileChanged);
    }

    void symlinkIsFollowedAndKept()
    {
        const QString real = m_work + QStringLiteral("/sites-available.conf");
        const QString link = m_work + QStringLiteral("/sites-enabled.conf");
        QFile f(real);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old\n");
        f.close();
        QVERIFY(QFile::link(real, link));
        ok(m_session->writeFile(link, "new\n"));
        QCOMPARE(QFileInfo(link).symLinkTarget(), real);
        QCOMPARE(localRead(real), QByteArray("new\n"));
    }

    void changedFileIsNotOverwritten()
    {
        const QString path = m_work + QStringLiteral("/changed.conf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("changed by someone else\n");
        f.close();
        WriteOptions options;
        options.expectedSha256 =
            QCryptographicHash::hash("what the plan read\n", QCryptographicHash::Sha256).toHex();
        auto write = m_session->writeFile(path, "new\n", options);
        QVERIFY(waitFinished(write));
        const auto error = errorOf(write);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::RemoteFileChanged);
        QCOMPARE(localRead(path), QByteArray("changed by someone else\n"));
    }

    void relativePathRefused()
    {
        auto read = m_session->readFile(QStringLiteral("etc/passwd"));
        QVERIFY(waitFinished(read));
        QVERIFY(errorOf(read));
    }
};

QTEST_GUILESS_MAIN(TestSshFiles)
#include "TestSshFiles.moc"
