// The action dialogs' parts without a server: the add-workers budget updating live as the
// count changes (text, bar colour, "allow over budget" off), remove-workers' calls in
// progress on the workers that would go, the rolling-restart server list (a server, a zone),
// the unified-diff highlighter, which worker each rolling-restart step works on, the
// occupancy grid's "restarting" mark, and a dialog without SSH access (no Preview).
#include "TestFleet.h"
#include "actions/ActionDialog.h"
#include "actions/AddWorkersForm.h"
#include "actions/DiffHighlighter.h"
#include "actions/RemoveWorkersForm.h"
#include "actions/RestartForm.h"
#include "actions/RestartTracker.h"
#include "audit/AuditDock.h"
#include "fleet/FleetState.h"
#include "main/MainWindow.h"
#include "remote/SshSession.h"
#include "server/OccupancyGrid.h"
#include "server/ServerPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace fleetdeck;
using fleetdeck::test::TestFleet;

namespace {

Inventory inventory()
{
    return TestFleet::inventory({{QStringLiteral("fleet-uk-1"), QStringLiteral("10.0.0.1")},
                                 {QStringLiteral("fleet-uk-2"), QStringLiteral("10.0.0.2")},
                                 {QStringLiteral("fleet-de-1"), QStringLiteral("10.0.0.3")}});
}

QString labelText(QWidget* w, const char* name)
{
    auto* l = w->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

PlanStep step(PlanStep::Kind kind, QStringList argv = {})
{
    PlanStep s;
    s.kind = kind;
    s.argv = std::move(argv);
    return s;
}

} // namespace

class TestActionForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addWorkersBudgetFollowsTheCount()
    {
        FleetState state(inventory());
        state.applySnapshot(0, TestFleet::snapshot(4, 1));
        ui::AddWorkersForm form(&state, 0);
        form.show();
        auto* spin = form.findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox"));
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 5);
        QCOMPARE(spin->value(), 5);
        QCOMPARE(labelText(&form, "currentWorkersLabel"), QStringLiteral("fleet-uk-1 · now 4 worker(s)"));
        auto* allow = form.findChild<QCheckBox*>(QStringLiteral("allowOverBudgetCheckBox"));
        QVERIFY(!allow->isChecked());
        QVERIFY(!allow->isEnabled()); // within budget: nothing to allow
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("20"));
        QCOMPARE(labelText(&form, "budgetLabel"),
                 QStringLiteral("20 × 260 MB = 5,200 MB of 4,096 MB — over budget; safe maximum 16"));
        QVERIFY(allow->isEnabled() && !allow->isChecked());
        QCOMPARE(form.requests().size(), 1);
        QCOMPARE(form.requests().first().request.action, QStringLiteral("add-workers"));
        QCOMPARE(form.requests().first().request.target, 20);
        QVERIFY(!form.requests().first().request.options.allowOverBudget);
        QTest::mouseClick(allow, Qt::LeftButton, {}, QPoint(5, allow->height() / 2));
        QVERIFY(form.requests().first().request.options.allowOverBudget);
        QTest::keyClick(spin, Qt::Key_Down);
        QTest::keyClick(spin, Qt::Key_Down);
        QTest::keyClick(spin, Qt::Key_Down);
        QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(spin->value(), 16);
        QCOMPARE(
            labelText(&form, "budgetLabel"),
            QStringLiteral("16 × 260 MB = 4,160 MB of 4,096 MB — the safe maximum (the budget rounded to the "
                           "nearest worker)"));
        QVERIFY(!form.requests().first().request.options.allowOverBudget); // not over: not allowed
        QVERIFY(form.problem().isEmpty());
    }

    void removeWorkersShowsTheCallsThatWouldWait()
    {
        FleetState state(inventory());
        state.applySnapshot(1, TestFleet::snapshot(8, 8)); // every worker busy
        ui::RemoveWorkersForm form(&state, 1);
        auto* spin = form.findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox"));
        QCOMPARE(spin->value(), 7);
        QCOMPARE(spin->maximum(), 7);
        QCOMPARE(labelText(&form, "callsInProgressLabel"),
                 QStringLiteral("1 call(s) on worker 8 (the ones removed): they are waited for"));
        spin->setValue(5);
        QCOMPARE(form.callsOnRemoved(5), 3);
        QVERIFY(
            labelText(&form, "callsInProgressLabel").startsWith(QStringLiteral("3 call(s) on workers 6–8")));
        QVERIFY(!form.findChild<QCheckBox*>(QStringLiteral("forceCheckBox"))->isChecked());
        auto* timeout = form.findChild<QSpinBox*>(QStringLiteral("drainTimeoutSpinBox"));
        timeout->setValue(30);
        const ui::ServerRequest r = form.requests().first();
        QCOMPARE(r.request.action, QStringLiteral("remove-workers"));
        QCOMPARE(r.request.target, 5);
        QCOMPARE(r.request.options.drainTimeoutMs, 30000);
        QVERIFY(!r.request.options.force);
        state.applySnapshot(1, TestFleet::snapshot(8, 0)); // live: the calls ended
        QVERIFY(labelText(&form, "callsInProgressLabel").startsWith(QStringLiteral("none on workers 6–8")));
    }

    void restartChecksAServerOrAZone()
    {
        FleetState state(inventory());
        ui::RestartForm one(&state, 1, {});
        QCOMPARE(one.checkedServers(), QStringList{QStringLiteral("fleet-uk-2")});
        QCOMPARE(one.title(), QStringLiteral("Rolling restart — fleet-uk-2"));
        const ui::ServerRequests r = one.requests();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().request.options.mode, PlanOptions::RestartMode::Drain); // the default
        ui::RestartForm zone(&state, -1, QStringLiteral("uk"));
        QCOMPARE(zone.checkedServers(),
                 (QStringList{QStringLiteral("fleet-uk-1"), QStringLiteral("fleet-uk-2")}));
        zone.setCheckedServers({});
        QVERIFY(!zone.problem().isEmpty());
    }

    void diffLinesAreColoured()
    {
        using K = ui::DiffHighlighter::LineKind;
        QCOMPARE(ui::DiffHighlighter::classify(QStringLiteral("--- fleet-uk-1:/opt/voxcore/.env")),
                 K::FileHeader);
        QCOMPARE(ui::DiffHighlighter::classify(QStringLiteral("+++ fleet-uk-1:/opt/voxcore/.env (proposed)")),
                 K::FileHeader);
        QCOMPARE(ui::DiffHighlighter::classify(QStringLiteral("@@ -1 +1 @@")), K::Hunk);
        QCOMPARE(ui::DiffHighlighter::classify(QStringLiteral("+VOXCORE_WORKERS=6")), K::Added);
        QCOMPARE(ui::DiffHighlighter::classify(QStringLiteral("-VOXCORE_WORKERS=4")), K::Removed);
        QCOMPARE(ui::DiffHighlighter::classify(QStringLiteral(" upstream voxcore_workers {")), K::Context);
        QPlainTextEdit edit;
        auto* h = new ui::DiffHighlighter(edit.document(), false);
        edit.setPlainText(QStringLiteral("@@ -1 +1 @@\n-VOXCORE_WORKERS=4\n+VOXCORE_WORKERS=6\n"));
        const QTextBlock removed = edit.document()->findBlockByNumber(1);
        const QTextBlock added = edit.document()->findBlockByNumber(2);
        QCOMPARE(removed.layout()->formats().first().format.foreground().color(),
                 h->format(K::Removed).foreground().color());
        QCOMPARE(added.layout()->formats().first().format.foreground().color(),
                 h->format(K::Added).foreground().color());
        QVERIFY(h->format(K::Added).foreground().color().green() >
                h->format(K::Added).foreground().color().red());
        QVERIFY(h->format(K::Removed).foreground().color().red() >
                h->format(K::Removed).foreground().color().green());
    }

    void restartStepsMapToTheirWorker()
    {
        Plan plan;
        plan.action = QStringLiteral("restart");
        plan.steps = {step(PlanStep::Kind::Read),
                      step(PlanStep::Kind::Write),
                      step(PlanStep::Kind::Reload),
                      step(PlanStep::Kind::Command, {QStringLiteral("systemctl"), QStringLiteral("restart"),
                                                     QStringLiteral("voxcore@3")}),
                      step(PlanStep::Kind::Write),
                      step(PlanStep::Kind::Pause),
                      step(PlanStep::Kind::Write),
                      step(PlanStep::Kind::Command, {QStringLiteral("systemctl"), QStringLiteral("restart"),
                                                     QStringLiteral("voxcore@12.service")}),
                      step(PlanStep::Kind::Reload)};
        QCOMPARE(ui::RestartTracker::workerPerStep(plan), (QList<int>{0, 3, 3, 3, 3, 0, 12, 12, 12}));
        plan.action = QStringLiteral("add-workers");
        QCOMPARE(ui::RestartTracker::workerPerStep(plan), QList<int>(9, 0));
    }

    void gridMarksTheRestartingWorker()
    {
        ui::OccupancyGrid grid;
        grid.setWorkers(TestFleet::snapshot(4, 2).workers);
        grid.resize(600, 200);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const QImage plain = grid.grab().toImage();
        grid.setHighlightedWorker(3);
        QCOMPARE(grid.highlightedWorker(), 3);
        QVERIFY(grid.cellDescription(3).contains(QStringLiteral("restarting")));
        QVERIFY(!grid.cellDescription(2).contains(QStringLiteral("restarting")));
        const QImage marked = grid.grab().toImage();
        const QRect cell = grid.cellRect(3);
        QVERIFY(plain.copy(cell) != marked.copy(cell));
        QCOMPARE(plain.copy(grid.cellRect(4)), marked.copy(grid.cellRect(4))); // idle: no ticking duration
        grid.setHighlightedWorker(0);
        QCOMPARE(grid.grab().toImage().copy(cell), plain.copy(cell));
    }

    void withoutSshThereIsNoPreview()
    {
        FleetState state(inventory());
        ui::ActionDialog dialog(ui::ActionDialog::Action::AddWorkers, &state, {}, 0);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Add workers — fleet-uk-1"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("previewButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->isEnabled());
    }

    void treeMenuAndButtonsOpenTheActions()
    {
        FleetState state(inventory());
        state.applySnapshot(0, TestFleet::snapshot(4, 1));
        ui::MainWindow window(&state);
        QTemporaryDir dir;
        ui::ActionContext context;
        context.sessions = [](const SshTarget&) -> std::shared_ptr<SshSession> {
            return nullptr;
        }; // no preview here
        context.auditPath = dir.filePath(QStringLiteral("audit.sqlite"));
        auto* add = window.serverPage()->findChild<QPushButton*>(QStringLiteral("addWorkersButton"));
        QVERIFY(!add->isEnabled()); // no SSH access yet
        window.setActionContext(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.auditDock()->isVisible());
        QVERIFY(window.selectServer(QStringLiteral("fleet-uk-1")));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        auto* dialog = window.findChild<ui::ActionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Add workers — fleet-uk-1"));
        QVERIFY(dialog->isModal());
        delete dialog;

        QTreeView* tree = window.fleetTree();
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(tree->currentIndex()).center());
        auto* menu = window.findChild<QMenu*>(QStringLiteral("fleetTreeMenu"));
        QVERIFY(menu);
        menu->findChild<QAction*>(QStringLiteral("removeWorkersAction"))->trigger();
        menu->close();
        dialog = window.findChild<ui::ActionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Remove workers — fleet-uk-1"));
        delete dialog;
        QTRY_VERIFY(!window.findChild<QMenu*>(QStringLiteral("fleetTreeMenu")));

        const QModelIndex zone = tree->model()->index(0, 0); // United Kingdom
        Q_EMIT tree->customContextMenuRequested(tree->visualRect(zone).center());
        menu = window.findChild<QMenu*>(QStringLiteral("fleetTreeMenu"));
        QVERIFY(menu);
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("addWorkersAction")));
        menu->findChild<QAction*>(QStringLiteral("rollingRestartZoneAction"))->trigger();
        menu->close();
        dialog = window.findChild<ui::ActionDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Rolling restart — 2 server(s)"));
        delete dialog;
    }
};

QTEST_MAIN(TestActionForms)
#include "TestActionForms.moc"
