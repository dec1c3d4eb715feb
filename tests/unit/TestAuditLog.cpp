#include "audit/AuditLog.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdeck;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendFinishAndRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/audit.sqlite"));
        qint64 first = 0;
        {
            AuditLog log(path);
            QString error;
            QVERIFY2(log.open(&error), qPrintable(error));
            AuditRecord r;
            r.server = QStringLiteral("fleet-uk-1");
            r.action = QStringLiteral("add-workers");
            r.summary = QStringLiteral("16 → 20 workers");
            r.plan = QStringLiteral("{\"steps\": []}");
            r.diff = QStringLiteral("--- fleet-uk-1:/etc/nginx/conf.d/voxcore.conf\n+++ …");
            first = log.begin(r, &error);
            QVERIFY2(first > 0, qPrintable(error));
            QVERIFY(log.finish(first, QStringLiteral("done"), QStringLiteral("20 workers serving"), QStringLiteral("$ nginx -t\nok"), 0, &error));
            r.action = QStringLiteral("restart");
            const qint64 second = log.begin(r, &error);
            QCOMPARE(second, first + 1);
            // The second never finishes: the console died mid-change.
        }
        AuditLog reopened(path);
        QVERIFY(reopened.open());
        const auto recent = reopened.recent(10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].action, QStringLiteral("restart")); // newest first
        QVERIFY(!recent[0].finished());
        const AuditRecord done = *reopened.record(first);
        QCOMPARE(done.result, QStringLiteral("done"));
        QCOMPARE(done.summary, QStringLiteral("16 → 20 workers"));
        QCOMPARE(done.output, QStringLiteral("$ nginx -t\nok"));
        QCOMPARE(done.user, AuditLog::currentUser());
        QVERIFY(done.startedAt.isValid());
        QVERIFY(done.finishedAt >= done.startedAt);
        QVERIFY(!reopened.record(999).has_value());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void updatesAndDeletesAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        AuditLog log(path);
        QVERIFY(log.open());
        AuditRecord r;
        r.server = QStringLiteral("s");
        r.action = QStringLiteral("a");
        const qint64 id = log.begin(r);
        QVERIFY(log.finish(id, QStringLiteral("failed"), QStringLiteral("m"), QString(), 2));
        QVERIFY(!log.finish(id, QStringLiteral("done"), QStringLiteral("rewrite history"), QString(), 0)); // one outcome only

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE actions SET server = 'x'")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM actions")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE outcomes SET result = 'done'")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM outcomes")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QCOMPARE(log.record(id)->result, QStringLiteral("failed"));
        QCOMPARE(log.record(id)->callsDropped, 2);
    }

    void unopenablePathIsAnError()
    {
        AuditLog log(QStringLiteral("/proc/fleetdeck/audit.sqlite"));
        QString error;
        QVERIFY(!log.open(&error));
        QVERIFY(error.startsWith(QStringLiteral("cannot open the audit log")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
