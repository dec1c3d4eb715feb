// The audit dock over a real AuditLog (SQLite in a temporary directory): the table model
// passes QAbstractItemModelTester, lists actions newest first with when/who/server/action/
// result/calls dropped, shows an unfinished action as such, and selecting a row shows that
// action's message, diffs and output; refresh() picks up new records and keeps the selection.
#include "audit/AuditDock.h"
#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdeck;

namespace {

qint64 add(AuditLog& log, const QString& server, const QString& action, const QString& summary,
           const QString& result, int dropped)
{
    AuditRecord r;
    r.server = server;
    r.action = action;
    r.summary = summary;
    r.plan = QStringLiteral("{}");
    r.diff = QStringLiteral("--- %1:/opt/voxcore/.env\n+++ %1:/opt/voxcore/.env (proposed)\n@@ -1 +1 @@\n"
                            "-VOXCORE_WORKERS=4\n+VOXCORE_WORKERS=6\n")
                 .arg(server);
    const qint64 id = log.begin(r);
    if (id > 0 && !result.isEmpty())
        log.finish(id, result, QStringLiteral("message of %1").arg(action),
                   QStringLiteral("[1/2] out of %1").arg(action), dropped);
    return id;
}

} // namespace

class TestAuditDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelListsActionsNewestFirst()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(log.open());
        QVERIFY(add(log, QStringLiteral("fleet-uk-1"), QStringLiteral("add-workers"),
                    QStringLiteral("4 → 6 workers"), QStringLiteral("done"), 0) > 0);
        QVERIFY(add(log, QStringLiteral("fleet-uk-2"), QStringLiteral("restart"),
                    QStringLiteral("immediate restart of 4 workers"), QStringLiteral("rolled-back"), 2) > 0);
        QVERIFY(add(log, QStringLiteral("fleet-de-1"), QStringLiteral("remove-workers"),
                    QStringLiteral("6 → 4 workers"), QString(), 0) > 0);

        ui::AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(log.recent(50));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ui::AuditTableModel::ColumnCount));
        QCOMPARE(model.headerData(ui::AuditTableModel::CallsDropped, Qt::Horizontal).toString(),
                 QStringLiteral("Calls dropped"));
        QCOMPARE(model.index(0, ui::AuditTableModel::Server).data().toString(), QStringLiteral("fleet-de-1"));
        QCOMPARE(model.index(0, ui::AuditTableModel::Result).data().toString(),
                 QStringLiteral("… unfinished"));
        QCOMPARE(model.index(0, ui::AuditTableModel::CallsDropped).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(1, ui::AuditTableModel::Action).data().toString(),
                 QStringLiteral("restart: immediate restart of 4 workers"));
        QCOMPARE(model.index(1, ui::AuditTableModel::Result).data().toString(),
                 QStringLiteral("↶ rolled back"));
        QCOMPARE(model.index(1, ui::AuditTableModel::CallsDropped).data().toInt(), 2);
        QCOMPARE(model.index(2, ui::AuditTableModel::Result).data().toString(), QStringLiteral("✓ done"));
        QVERIFY(
            model.index(2, ui::AuditTableModel::Who).data().toString().startsWith(AuditLog::currentUser()));
        QVERIFY(!model.index(2, ui::AuditTableModel::When).data().toString().isEmpty());
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dockShowsTheSelectedAction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        AuditLog log(path);
        QVERIFY(log.open());
        add(log, QStringLiteral("fleet-uk-1"), QStringLiteral("add-workers"), QStringLiteral("4 → 6 workers"),
            QStringLiteral("done"), 0);
        ui::AuditDock dock;
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dock.objectName(), QStringLiteral("auditDock"));
        QCOMPARE(dock.tableView()->objectName(), QStringLiteral("auditTableView"));
        dock.setLogPath(path);
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.model()->rowCount(), 1);
        QTest::mouseClick(dock.tableView()->viewport(), Qt::LeftButton, {},
                          dock.tableView()->visualRect(dock.model()->index(0, 2)).center());
        QVERIFY2(dock.detailText().contains(QStringLiteral("+VOXCORE_WORKERS=6")),
                 qPrintable(dock.detailText()));
        QVERIFY(dock.detailText().contains(QStringLiteral("message of add-workers")));
        QVERIFY(dock.detailText().contains(QStringLiteral("[1/2] out of add-workers")));

        add(log, QStringLiteral("fleet-uk-2"), QStringLiteral("restart"),
            QStringLiteral("drain restart of 4 workers"), QStringLiteral("done"), 0);
        dock.refresh();
        QCOMPARE(dock.model()->rowCount(), 2);
        QCOMPARE(dock.model()->record(0).server, QStringLiteral("fleet-uk-2"));
        QCOMPARE(dock.tableView()->currentIndex().row(), 1); // still the action the operator selected
        QVERIFY(dock.detailText().contains(QStringLiteral("fleet-uk-1 · add-workers")));
    }

    void unreadableLogSaysSo()
    {
        ui::AuditDock dock;
        dock.setLogPath(QStringLiteral("/proc/no-such-dir/audit.sqlite"));
        QCOMPARE(dock.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAuditDock)
#include "TestAuditDock.moc"
