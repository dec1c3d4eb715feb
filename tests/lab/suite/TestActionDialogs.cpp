// The console's action dialogs driven like an operator would, offscreen, against the real
// lab (2 fleets x 4 workers, subnet 81): Add workers 4 → 6 through Preview and Apply (the
// upstream and .env on the host, the health endpoint, the audit dock), a memory budget
// refusal (no Apply, nothing changed), Cancel while Remove workers waits for a call (rolled
// back byte for byte), and a drain-mode rolling restart under `fleetlab calls` traffic with
// zero drops and the restarted worker marked on the occupancy grid.
// FLEETDECK_SCREENSHOT_DIR=DIR also saves the preview and the running restart there.
#include "alerts/AlertEngine.h"
#include "TestChangeLab.h"

#include "actions/ActionDialog.h"
#include "actions/PlanPreviewWidget.h"
#include "actions/PlanProgressWidget.h"
#include "audit/AuditDock.h"
#include "audit/AuditTableModel.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthPoller.h"
#include "health/QNetworkHttpClient.h"
#include "hostkey/HostKeyDialog.h"
#include "hostkey/HostKeyPrompter.h"
#include "main/MainWindow.h"
#include "remote/LibsshSession.h"
#include "server/OccupancyGrid.h"
#include "server/ServerPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include <csignal>

using namespace changelab;
using namespace fleetdeck;

namespace {

QString labelText(QWidget* w, const char* name)
{
    auto* l = w->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QPushButton* button(QWidget* w, const char* name)
{
    return w->findChild<QPushButton*>(QLatin1String(name));
}

void setSpin(QSpinBox* spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

struct Counts
{
    int started = -1;
    int dropped = -1;
};

Counts parseCounts(const QString& output)
{
    const QRegularExpression re(
        QStringLiteral("calls: started=(\\d+) completed=(\\d+) rejected=(\\d+) dropped=(\\d+)"));
    QRegularExpressionMatch last;
    for (auto it = re.globalMatch(output); it.hasNext();)
        last = it.next();
    return last.hasMatch() ? Counts{last.captured(1).toInt(), last.captured(4).toInt()} : Counts{};
}

} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void driftCheckReadsTheServer();
    void addWorkersFourToSix();
    void overBudgetIsRefusedWithoutApply();
    void unknownHostKeyIsAskedChangedIsRefused();
    void cancelWhileRemovingRollsBack();
    void drainRestartUnderTrafficDropsNothing();
    void removeWorkersBackToFour();

private:
    ui::ActionDialog* open(ui::ActionDialog::Action action, int fleet);
    void preview(ui::ActionDialog* dialog);
    int workersOf(int fleet) const;
    QString screenshotPath(const char* name) const;

    Lab m_lab;
    std::unique_ptr<FleetState> m_state;
    QNetworkHttpClient* m_client = nullptr;
    HealthPoller* m_poller = nullptr;
    ui::HostKeyPrompter* m_hostKeys = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QByteArray m_originalConf1;
    QByteArray m_originalEnv1;
};

void TestActionDialogs::initTestCase()
{
    QElapsedTimer t;
    t.start();
    const QString error = m_lab.up(Lab::subnetFromEnv("FLEETLAB_ACTIONS_SUBNET", 81), 2, 4);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("fleetlab up: %lld ms", qint64(t.elapsed()));
    const InventoryParseResult inv = InventoryParser::load(m_lab.inventoryPath());
    QVERIFY2(inv.ok(), qPrintable(inv.errorText()));
    m_originalConf1 = readFile(m_lab.conf(1));
    m_originalEnv1 = readFile(m_lab.env(1));
    m_state = std::make_unique<FleetState>(*inv.inventory);
    m_state->setIntervalMs(500);
    m_client = new QNetworkHttpClient(m_state.get());
    m_poller = new HealthPoller(m_client, m_state.get());
    m_poller->setIntervalMs(500);
    QList<HealthPoller::Target> targets;
    for (const ServerSpec& s : m_state->inventory().servers)
        targets.append({s.name, HttpRequest{s.healthUrl, s.tls, 2000, 1024 * 1024}});
    m_poller->setTargets(targets);
    connect(m_poller, &HealthPoller::snapshotReceived, m_state.get(), &FleetState::applySnapshot);
    connect(m_poller, &HealthPoller::pollFailed, m_state.get(), &FleetState::applyFailure);
    m_poller->start();

    m_hostKeys = new ui::HostKeyPrompter(m_state.get());
    ui::ActionContext context;
    std::shared_ptr<HostKeyPolicy> policy = m_hostKeys->policy();
    context.sessions = [policy](const SshTarget& target) {
        return std::make_shared<LibsshSession>(target, policy);
    };
    context.auditPath = m_lab.auditDb();
    context.hostKeys = m_hostKeys;
    m_window = std::make_unique<ui::MainWindow>(m_state.get());
    m_window->setActionContext(context);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(workersOf(1) == 4 && workersOf(2) == 4, 15000);
    QVERIFY(m_window->auditDock()->isVisible());
}

void TestActionDialogs::cleanupTestCase()
{
    m_window.reset();
    if (m_poller)
        m_poller->stop();
    m_state.reset();
    const QString error = m_lab.down();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestActionDialogs::cleanup()
{
    // A failed test may leave its dialog open: cancel what it applies (bounded), then close it.
    for (ui::ActionDialog* d : m_window->findChildren<ui::ActionDialog*>()) {
        if (d->isApplying()) {
            QTest::mouseClick(button(d, "cancelButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isApplying(), 120000);
        }
        delete d;
    }
}

int TestActionDialogs::workersOf(int fleet) const
{
    const auto& s = m_state->runtime(fleet - 1).snapshot;
    return s ? s->workersConfigured : -1;
}

QString TestActionDialogs::screenshotPath(const char* name) const
{
    const QString dir = qEnvironmentVariable("FLEETDECK_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + QLatin1Char('/') + QLatin1String(name);
}

ui::ActionDialog* TestActionDialogs::open(ui::ActionDialog::Action action, int fleet)
{
    m_window->selectServer(m_lab.fleets().at(fleet - 1));
    const char* names[] = {"addWorkersButton", "removeWorkersButton", "rollingRestartButton"};
    QPushButton* b = button(m_window->serverPage(), names[int(action)]);
    if (!b || !b->isEnabled())
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    auto* dialog = m_window->findChild<ui::ActionDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestActionDialogs::preview(ui::ActionDialog* dialog)
{
    QPushButton* apply = button(dialog, "applyButton");
    QVERIFY(apply && !apply->isEnabled());
    QTest::mouseClick(button(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewing(), 30000);
    QVERIFY2(apply->isEnabled() && apply->isVisible(), qPrintable(labelText(dialog, "planStatusLabel")));
}

/// Check drift reads the real server over SSH (units, the nginx upstream's sockets, .env,
/// health) off the GUI thread: consistent; then .env disagrees with the running units: the
/// finding is shown and becomes an alert; .env restored byte for byte: consistent, alert gone.
void TestActionDialogs::driftCheckReadsTheServer()
{
    const QString server = m_lab.fleets().at(1);
    QVERIFY(m_window->selectServer(server));
    QPushButton* check = button(m_window->serverPage(), "checkDriftButton");
    auto* label = m_window->serverPage()->findChild<QLabel*>(QStringLiteral("driftStatusLabel"));
    QVERIFY(check && label);
    QVERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!check->isEnabled()); // one check at a time; the window stays responsive meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 30000);
    QVERIFY2(label->text().startsWith(QStringLiteral("✓ Consistent")), qPrintable(label->text()));

    const QByteArray env = readFile(m_lab.env(2));
    QVERIFY(env.contains("VOXCORE_WORKERS=4"));
    QVERIFY(writeFile(m_lab.env(2), QByteArray(env).replace("VOXCORE_WORKERS=4", "VOXCORE_WORKERS=5")));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 30000);
    QVERIFY2(label->text().startsWith(QStringLiteral("✗ ")) && label->text().contains(QStringLiteral(".env")),
             qPrintable(label->text()));
    const QString key = QStringLiteral("drift/server/") + server;
    QTRY_VERIFY_WITH_TIMEOUT(m_window->alertEngine()->contains(key), 5000);

    QVERIFY(writeFile(m_lab.env(2), env));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 30000);
    QVERIFY2(label->text().startsWith(QStringLiteral("✓ Consistent")), qPrintable(label->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->alertEngine()->contains(key), 5000);
    QCOMPARE(readFile(m_lab.env(2)), env);
}

void TestActionDialogs::addWorkersFourToSix()
{
    QElapsedTimer t;
    t.start();
    ui::ActionDialog* dialog = open(ui::ActionDialog::Action::AddWorkers, 1);
    QVERIFY(dialog);
    auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 5);
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("allowOverBudgetCheckBox"))->isChecked());
    setSpin(spin, 6);
    QCOMPARE(spin->value(), 6);
    QCOMPARE(labelText(dialog, "budgetLabel"),
             QStringLiteral("6 × 260 MB = 1,560 MB of 4,096 MB — within budget; safe maximum 16"));
    preview(dialog);
    const QString diff = dialog->previewWidget()->diffText();
    QVERIFY2(diff.contains(QStringLiteral("-VOXCORE_WORKERS=4\n+VOXCORE_WORKERS=6")), qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("+    server unix:")));
    QVERIFY(diff.contains(QStringLiteral("+++ %1:%2 (proposed)").arg(m_lab.fleets().at(0), m_lab.conf(1))));
    QVERIFY(dialog->previewWidget()->commandsText().contains(
        QStringLiteral("1. systemctl enable voxcore@5 voxcore@6")));
    QVERIFY(dialog->previewWidget()->warningsText().contains(QStringLiteral("max_conns without a zone")));
    QVERIFY(readFile(m_lab.env(1)).contains("\nVOXCORE_WORKERS=4\n")); // preview changed nothing
    if (const QString path = screenshotPath("screenshot-preview.png"); !path.isEmpty()) {
        dialog->resize(1000, 760);
        QTest::qWait(100);
        QVERIFY(dialog->grab().save(path));
    }

    QTest::mouseClick(button(dialog, "applyButton"), Qt::LeftButton);
    QVERIFY(dialog->isApplying());
    QVERIFY(button(dialog, "cancelButton")->isEnabled());
    QVERIFY(!button(dialog, "closeButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isApplying(), 90000);
    const QString banner = dialog->progressWidget()->bannerText();
    QVERIFY2(banner.startsWith(QStringLiteral("✓ Done.")) &&
                 banner.contains(QStringLiteral("Calls dropped: 0.")),
             qPrintable(banner));
    QCOMPARE(dialog->progressWidget()->stepState(0, 9), ui::PlanProgressWidget::StepState::Ok);

    const QByteArray conf = readFile(m_lab.conf(1));
    QVERIFY2(conf.contains("/run/voxcore_6.sock max_conns=1 fail_timeout=10;"), conf.constData());
    QVERIFY2(readFile(m_lab.env(1)).contains("\nVOXCORE_WORKERS=6\n"), readFile(m_lab.env(1)).constData());
    QCOMPARE(m_lab.health(1).value(QStringLiteral("workers_configured")).toInt(), 6);
    QCOMPARE(m_lab.runningWorkers(1).keys(), (QList<int>{1, 2, 3, 4, 5, 6}));
    QTRY_COMPARE_WITH_TIMEOUT(workersOf(1), 6, 10000);

    ui::AuditTableModel* audit = m_window->auditDock()->model();
    QVERIFY(audit->rowCount() >= 1);
    QCOMPARE(audit->record(0).server, m_lab.fleets().at(0));
    QCOMPARE(audit->record(0).action, QStringLiteral("add-workers"));
    QCOMPARE(audit->record(0).result, QStringLiteral("done"));
    QCOMPARE(audit->index(0, ui::AuditTableModel::Result).data().toString(), QStringLiteral("✓ done"));
    m_window->auditDock()->tableView()->setCurrentIndex(audit->index(0, 0));
    QVERIFY(m_window->auditDock()->detailText().contains(QStringLiteral("+VOXCORE_WORKERS=6")));
    QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ui::ActionDialog*>());
    qInfo("add workers 4 -> 6 through the dialog: %lld ms", qint64(t.elapsed()));
}

void TestActionDialogs::overBudgetIsRefusedWithoutApply()
{
    const QByteArray conf = readFile(m_lab.conf(2));
    const QByteArray env = readFile(m_lab.env(2));
    const QList<int> running = m_lab.runningWorkers(2).keys();
    ui::ActionDialog* dialog = open(ui::ActionDialog::Action::AddWorkers, 2);
    QVERIFY(dialog);
    setSpin(dialog->findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox")), 20);
    QCOMPARE(labelText(dialog, "budgetLabel"),
             QStringLiteral("20 × 260 MB = 5,200 MB of 4,096 MB — over budget; safe maximum 16"));
    auto* allow = dialog->findChild<QCheckBox*>(QStringLiteral("allowOverBudgetCheckBox"));
    QVERIFY(allow->isEnabled() && !allow->isChecked());
    QTest::mouseClick(button(dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewing(), 30000);
    const QString status = labelText(dialog, "planStatusLabel");
    QVERIFY2(
        status.startsWith(QStringLiteral("Refused: ")) &&
            status.contains(QStringLiteral("20 × 260 MB = 5,200 MB > 4,096 MB (50 % of 8,192 MB); the safe "
                                           "maximum is 16")),
        qPrintable(status));
    auto* statusLabel = dialog->findChild<QLabel*>(QStringLiteral("planStatusLabel"));
    QVERIFY(statusLabel->palette().color(QPalette::WindowText).red() > 150);
    QVERIFY(!button(dialog, "applyButton")->isVisible());
    QVERIFY(!button(dialog, "applyButton")->isEnabled());
    QCOMPARE(readFile(m_lab.conf(2)), conf);
    QCOMPARE(readFile(m_lab.env(2)), env);
    QCOMPARE(m_lab.runningWorkers(2).keys(), running);
    // Editing the form brings Apply back only through a new preview.
    setSpin(dialog->findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox")), 5);
    QVERIFY(button(dialog, "applyButton")->isVisible() && !button(dialog, "applyButton")->isEnabled());
    QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ui::ActionDialog*>());
}

void TestActionDialogs::unknownHostKeyIsAskedChangedIsRefused()
{
    // An inventory whose known_hosts file knows no fleet.
    const QString knownHosts = m_lab.dir() + QStringLiteral("/known_hosts-gui");
    QVERIFY(writeFile(knownHosts, ""));
    QByteArray json = readFile(m_lab.inventoryPath());
    json.replace((m_lab.dir() + QStringLiteral("/client/known_hosts")).toUtf8(), knownHosts.toUtf8());
    const InventoryParseResult inv = InventoryParser::parse(json);
    QVERIFY2(inv.ok(), qPrintable(inv.errorText()));
    FleetState state(*inv.inventory);
    ui::ActionContext context;
    std::shared_ptr<HostKeyPolicy> policy = m_hostKeys->policy();
    context.sessions = [policy](const SshTarget& target) {
        return std::make_shared<LibsshSession>(target, policy);
    };
    context.auditPath = m_lab.auditDb();
    ui::ActionDialog dialog(ui::ActionDialog::Action::RollingRestart, &state, context, 0);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy opened(m_hostKeys, &ui::HostKeyPrompter::dialogOpened);
    const QString fingerprint = m_lab.hostKeyFingerprint(1);

    for (const char* answer : {"rejectButton", "trustButton"}) {
        const qsizetype before = opened.count();
        QTest::mouseClick(button(&dialog, "previewButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), before + 1, 15000);
        auto* ask = opened.last().first().value<ui::HostKeyDialog*>();
        QCOMPARE(ask->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(), fingerprint);
        QTest::mouseClick(button(ask, answer), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 30000);
        if (QLatin1String(answer) == QLatin1String("rejectButton")) {
            QVERIFY2(labelText(&dialog, "planStatusLabel").startsWith(QStringLiteral("Refused: ")),
                     qPrintable(labelText(&dialog, "planStatusLabel")));
            QVERIFY(!button(&dialog, "applyButton")->isVisible());
            QCOMPARE(readFile(knownHosts), QByteArray()); // saved only on confirmation
        }
    }
    QVERIFY2(button(&dialog, "applyButton")->isEnabled(), qPrintable(labelText(&dialog, "planStatusLabel")));
    QVERIFY2(readFile(knownHosts).startsWith("[" + m_lab.ip(1).toUtf8() + "]:2222 "),
             readFile(knownHosts).constData());

    // A changed key (fleet 2's recorded for fleet 1) is refused by the SSH layer: no question, its message in
    // red.
    const QByteArray key2 = readFile(m_lab.hostDir(2) + QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub"));
    QVERIFY(writeFile(knownHosts,
                      "[" + m_lab.ip(1).toUtf8() + "]:2222 " + key2.split(' ').mid(0, 2).join(' ') + "\n"));
    const qsizetype asked = opened.count();
    QTest::mouseClick(button(&dialog, "previewButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 30000);
    QCOMPARE(opened.count(), asked);
    QVERIFY2(labelText(&dialog, "planStatusLabel").contains(QStringLiteral("has CHANGED")),
             qPrintable(labelText(&dialog, "planStatusLabel")));
    QVERIFY(!button(&dialog, "applyButton")->isVisible());
    dialog.close();
}

void TestActionDialogs::cancelWhileRemovingRollsBack()
{
    QTRY_COMPARE_WITH_TIMEOUT(workersOf(1), 6, 10000);
    std::unique_ptr<QLocalSocket> call = m_lab.directCall(1, 6, QStringLiteral("c-held-6"));
    QVERIFY(call);
    const QByteArray conf = readFile(m_lab.conf(1));
    const QByteArray env = readFile(m_lab.env(1));
    const QMap<int, qint64> running = m_lab.runningWorkers(1);
    ui::ActionDialog* dialog = open(ui::ActionDialog::Action::RemoveWorkers, 1);
    QVERIFY(dialog);
    auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox"));
    QCOMPARE(spin->value(), 5);
    setSpin(spin, 4);
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("forceCheckBox"))->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(dialog, "callsInProgressLabel").startsWith(QStringLiteral("1 call(s) on workers 5–6")),
        10000);
    preview(dialog);
    QTest::mouseClick(button(dialog, "applyButton"), Qt::LeftButton);
    // Out of the upstream, reloaded, now waiting for worker 6's call: cancel there.
    int waitStep = -1;
    for (int i = 0; i < dialog->plans().first().steps.size(); ++i)
        if (dialog->plans().first().steps.at(i).kind == PlanStep::Kind::WaitIdle)
            waitStep = i;
    QVERIFY(waitStep > 0);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->progressWidget()->stepState(0, waitStep),
                              ui::PlanProgressWidget::StepState::Running, 30000);
    QVERIFY(readFile(m_lab.conf(1)) != conf); // really changed before the cancel
    QTest::mouseClick(button(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!button(dialog, "cancelButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isApplying(), 60000);
    const QString banner = dialog->progressWidget()->bannerText();
    QVERIFY2(banner.startsWith(QStringLiteral("↶ Cancelled and rolled back.")), qPrintable(banner));
    QCOMPARE(dialog->progressWidget()->stepState(0, 2), ui::PlanProgressWidget::StepState::RolledBack);
    QCOMPARE(readFile(m_lab.conf(1)), conf);
    QCOMPARE(readFile(m_lab.env(1)), env);
    QCOMPARE(m_lab.runningWorkers(1), running);
    QCOMPARE(call->state(), QLocalSocket::ConnectedState); // the call was never touched
    QCOMPARE(m_window->auditDock()->model()->record(0).result, QStringLiteral("cancelled"));
    QCOMPARE(m_window->auditDock()->model()->record(0).action, QStringLiteral("remove-workers"));
    call.reset();
    QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ui::ActionDialog*>());
}

void TestActionDialogs::drainRestartUnderTrafficDropsNothing()
{
    const QMap<int, qint64> before = m_lab.runningWorkers(1);
    const QByteArray conf = readFile(m_lab.conf(1));
    QProcess calls;
    calls.setProcessChannelMode(QProcess::MergedChannels);
    calls.start(m_lab.script(),
                {QStringLiteral("calls"), m_lab.dir(), QStringLiteral("--cps"), QStringLiteral("1"),
                 QStringLiteral("--hold"), QStringLiteral("3"), QStringLiteral("--seconds"),
                 QStringLiteral("300"), QStringLiteral("--quiet")});
    QVERIFY(calls.waitForStarted(5000));
    auto stopCalls = qScopeGuard([&] {
        if (calls.state() == QProcess::Running && calls.processId() > 0)
            ::kill(pid_t(calls.processId()), SIGINT);
        if (!calls.waitForFinished(30000)) {
            calls.kill();
            calls.waitForFinished(5000);
        }
    });
    QTest::qWait(3000); // traffic is flowing
    ui::ActionDialog* dialog = open(ui::ActionDialog::Action::RollingRestart, 1);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("drainRadioButton"))->isChecked());
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("pauseSpinBox"))->setValue(0.5);
    QSignalSpy restarting(dialog, &ui::ActionDialog::workerRestarting);
    preview(dialog);
    QCOMPARE(dialog->plans().size(), 1);
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(button(dialog, "applyButton"), Qt::LeftButton);
    ui::OccupancyGrid* grid = m_window->serverPage()->grid();
    QTRY_VERIFY_WITH_TIMEOUT(grid->highlightedWorker() == 2, 60000);
    if (const QString path = screenshotPath("screenshot-restart.png"); !path.isEmpty()) {
        // The console with the dialog over its lower right, as a window manager would show it.
        dialog->resize(840, 560);
        QTest::qWait(700);
        QPixmap shot = m_window->grab();
        const QPixmap d = dialog->grab();
        const int bar = dialog->fontMetrics().height() + 12;
        const QRect frame(shot.width() - d.width() - 28, shot.height() - d.height() - bar - 56, d.width(),
                          d.height() + bar);
        QPainter p(&shot);
        p.fillRect(frame.translated(5, 5), QColor(0, 0, 0, 50));
        p.fillRect(QRect(frame.topLeft(), QSize(frame.width(), bar)), QColor(0x3b, 0x41, 0x4a));
        p.setPen(Qt::white);
        p.setFont(dialog->font());
        p.drawText(QRect(frame.left(), frame.top(), frame.width(), bar), Qt::AlignCenter,
                   dialog->windowTitle());
        p.drawPixmap(frame.left(), frame.top() + bar, d);
        p.setPen(QColor(0x3b, 0x41, 0x4a));
        p.drawRect(frame.adjusted(0, 0, -1, -1));
        p.end();
        QVERIFY(shot.save(path));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isApplying(), 240000);
    const qint64 ms = t.elapsed();
    const QString banner = dialog->progressWidget()->bannerText();
    QVERIFY2(banner.startsWith(QStringLiteral("✓ Done.")) &&
                 banner.contains(QStringLiteral("Calls dropped: 0.")),
             qPrintable(banner));
    QCOMPARE(grid->highlightedWorker(), 0);
    QList<int> seen;
    for (const QList<QVariant>& args : restarting)
        if (args.at(1).toInt() > 0 && !seen.contains(args.at(1).toInt()))
            seen << args.at(1).toInt();
    QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6}));
    QTest::qWait(500);
    stopCalls.dismiss();
    ::kill(pid_t(calls.processId()), SIGINT);
    QVERIFY(calls.waitForFinished(30000));
    const Counts counts = parseCounts(QString::fromUtf8(calls.readAll()));
    qInfo("drain restart of 6 workers under traffic through the dialog: %lld ms; calls started=%d dropped=%d",
          ms, counts.started, counts.dropped);
    QVERIFY(counts.started > 0);
    QCOMPARE(counts.dropped, 0);
    const QMap<int, qint64> after = m_lab.runningWorkers(1);
    QCOMPARE(after.keys(), before.keys());
    for (int w : before.keys())
        QVERIFY(after.value(w) != before.value(w));
    QCOMPARE(readFile(m_lab.conf(1)), conf);
    QCOMPARE(m_window->auditDock()->model()->record(0).action, QStringLiteral("restart"));
    QCOMPARE(m_window->auditDock()->model()->record(0).result, QStringLiteral("done"));
    QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
}

void TestActionDialogs::removeWorkersBackToFour()
{
    QTRY_COMPARE_WITH_TIMEOUT(workersOf(1), 6, 10000);
    ui::ActionDialog* dialog = open(ui::ActionDialog::Action::RemoveWorkers, 1);
    QVERIFY(dialog);
    setSpin(dialog->findChild<QSpinBox*>(QStringLiteral("workerCountSpinBox")), 4);
    dialog->findChild<QSpinBox*>(QStringLiteral("drainTimeoutSpinBox"))->setValue(30);
    preview(dialog);
    QVERIFY(dialog->previewWidget()->diffText().contains(QStringLiteral("+VOXCORE_WORKERS=4")));
    QTest::mouseClick(button(dialog, "applyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isApplying(), 90000);
    const QString banner = dialog->progressWidget()->bannerText();
    QVERIFY2(banner.startsWith(QStringLiteral("✓ Done.")), qPrintable(banner));
    QCOMPARE(readFile(m_lab.conf(1)), m_originalConf1); // the seed's file, byte for byte
    QCOMPARE(readFile(m_lab.env(1)), m_originalEnv1);
    QCOMPARE(m_lab.runningWorkers(1).keys(), (QList<int>{1, 2, 3, 4}));
    QTRY_COMPARE_WITH_TIMEOUT(workersOf(1), 4, 10000);
    QCOMPARE(m_window->auditDock()->model()->record(0).action, QStringLiteral("remove-workers"));
    QCOMPARE(m_window->auditDock()->model()->record(0).result, QStringLiteral("done"));
    QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
}

QTEST_MAIN(TestActionDialogs)
#include "TestActionDialogs.moc"
