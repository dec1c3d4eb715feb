// The onboarding wizard (ui/wizard) driven on a real lab: the Host page validates,
// Trust shows the unknown fingerprint and trusts it only when ticked, Preflight
// lists ✓ checks, the change steps run on "Apply this step", a failing step (the
// bridge refuses a wrong token) offers Retry and Roll back and Retry succeeds once
// the token is right, and Verify proves a call through the ingress reached the
// new fleet. The Host page's lock file field: a relative path is refused, the spare's
// per-host lock file (HOSTDIR/run/fleetdeck.lock) goes into the request and is the lock
// Deploy takes, and the inventory snippet carries it. With FLEETDECK_SCREENSHOTS set to
// a directory, every page is saved there as screenshot-wizard-<step>.png.
#include "LabFixture.h"
#include "fleet/InventoryParser.h"
#include "wizard/AddFleetHostPage.h"
#include "wizard/AddFleetStepPage.h"
#include "wizard/AddFleetWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace fleetdeck;
using fleetdeck::ui::AddFleetWizard;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAddFleetWizard : public QObject
{
    Q_OBJECT

private:
    fleetdeck::test::LabFixture m_lab;
    QJsonObject m_spare;
    QString m_shots;

    void shoot(QWidget* w, const QString& name)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(w->grab().save(m_shots + QStringLiteral("/screenshot-wizard-%1.png").arg(name)));
    }

    QString status(AddFleetWizard& w, AddFleetStep step) const
    {
        auto* label = w.findChild<QLabel*>(AddFleetSteps::id(step) + QStringLiteral("StatusLabel"));
        return label ? label->text() : QStringLiteral("<no label>");
    }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("FLEETDECK_SCREENSHOTS");
        const int subnet = fleetdeck::test::LabFixture::subnetFromEnv("FLEETLAB_SUBNET_WIZARD", 87);
        const QString error =
            m_lab.up({.fleets = 2, .workers = 4, .spare = 1, .subnet = subnet, .prefix = "fw"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_spare = m_lab.spare(1);
        qputenv("FLEETDECK_AUDIT_DB", (m_lab.dir() + QStringLiteral("/audit.sqlite")).toUtf8());
        qputenv("FLEETLAB_BRIDGE_TOKEN", readFile(m_lab.dir() + QStringLiteral("/bridge/token")).trimmed());
    }

    /// The lab's per-host lock file of the spare (HOSTDIR/run/fleetdeck.lock).
    QString spareLock() const
    {
        return m_spare.value("host_dir").toString() + QStringLiteral("/run/fleetdeck.lock");
    }

    AddFleetRequest spareRequest() const
    {
        const QString hd = m_spare.value("host_dir").toString();
        AddFleetRequest r;
        r.name = m_spare.value("name").toString();
        r.host = m_spare.value("host").toString();
        r.zone = QStringLiteral("uk");
        r.workers = 6;
        r.socketPath = hd + QStringLiteral("/run/voxcore_{n}.sock");
        r.envFile = hd + QStringLiteral("/opt/voxcore/.env");
        r.nginxConfig = hd + QStringLiteral("/etc/nginx/conf.d/voxcore.conf");
        r.nginxRoutes = hd + QStringLiteral("/etc/nginx/default.d/voxcore-routes.conf");
        r.healthUrl = m_spare.value("health_url").toString();
        r.verifyUrl = QStringLiteral("https://%1/attach")
                          .arg(r.host.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".3.1:9443"));
        return r;
    }

    /// Applies the change step on the current page and waits for its verdict.
    void applyStep(AddFleetWizard& wizard, AddFleetStep step)
    {
        const QString id = AddFleetSteps::id(step);
        QCOMPARE(wizard.currentPage()->objectName(), id + QStringLiteral("WizardPage"));
        wizard.findChild<QPushButton*>(id + QStringLiteral("RunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, step).startsWith(QStringLiteral("✓")) ||
                                     status(wizard, step).startsWith(QStringLiteral("✗")),
                                 90000);
    }

    void failedStepRollsBackFromTheWizard()
    {
        const auto loaded = InventoryParser::load(m_lab.inventoryPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const QString hd = m_spare.value("host_dir").toString();
        const QString cfgPath = m_lab.dir() + QStringLiteral("/hosts/ingress-1/etc/haproxy/haproxy.cfg");
        const QByteArray cfg = readFile(cfgPath);
        const QByteArray env = readFile(hd + QStringLiteral("/opt/voxcore/.env"));
        const QString knownHosts = m_lab.dir() + QStringLiteral("/client/known_hosts");
        const QByteArray known = readFile(knownHosts);
        AddFleetWizard wizard(*loaded.inventory);
        wizard.resize(980, 720);
        AddFleetRequest r = spareRequest();
        r.trustHostKey = m_spare.value("host_key_sha256").toString();
        r.ingressAddress =
            r.host.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".99"); // nothing answers there
        r.lockFile = spareLock();
        wizard.setRequest(r);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("lockFileLineEdit"))->text(), spareLock());
        wizard.next();
        QCOMPARE(wizard.engine()->request().lockFile, spareLock());
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, AddFleetStep::Trust).startsWith(QStringLiteral("✓")), 20000);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, AddFleetStep::Preflight).startsWith(QStringLiteral("✓")),
                                 30000);
        wizard.next();
        applyStep(wizard, AddFleetStep::Deploy);
        QVERIFY(status(wizard, AddFleetStep::Deploy).startsWith(QStringLiteral("✓")));
        QVERIFY2(wizard.engine()->output().contains(QStringLiteral("host lock %1 taken").arg(spareLock())),
                 qPrintable(wizard.engine()->output()));
        wizard.next();
        applyStep(wizard, AddFleetStep::Nginx);
        QVERIFY(status(wizard, AddFleetStep::Nginx).startsWith(QStringLiteral("✓")));
        wizard.next();
        applyStep(wizard, AddFleetStep::Inbound);
        QVERIFY2(status(wizard, AddFleetStep::Inbound).contains(QStringLiteral("byte-identical")),
                 qPrintable(status(wizard, AddFleetStep::Inbound)));
        auto* rollback = wizard.findChild<QPushButton*>(QStringLiteral("inboundRollbackButton"));
        QVERIFY(rollback->isVisible() && rollback->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(&wizard, QStringLiteral("6-inbound-failed"));
        rollback->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            status(wizard, AddFleetStep::Inbound).startsWith(QStringLiteral("Rolled back")), 60000);
        shoot(&wizard, QStringLiteral("6-inbound-rolled-back"));
        QCOMPARE(readFile(cfgPath), cfg);
        QCOMPARE(readFile(hd + QStringLiteral("/opt/voxcore/.env")), env);
        QVERIFY(!QFileInfo::exists(hd + QStringLiteral("/etc/nginx/conf.d/voxcore.conf")));
        QVERIFY(!QFileInfo::exists(hd + QStringLiteral("/etc/nginx/default.d/voxcore-routes.conf")));
        QVERIFY(QDir(hd + QStringLiteral("/etc/systemd/system/multi-user.target.wants")).isEmpty());
        wizard.reject();
        // Forget the spare's key again so the next scenario meets it as unknown.
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(known) == known.size());
    }

    void wizardOnTheLab()
    {
        const auto loaded = InventoryParser::load(m_lab.inventoryPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        AddFleetWizard wizard(*loaded.inventory);
        wizard.resize(980, 720);
        const AddFleetRequest r = spareRequest();
        wizard.setRequest(r);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.objectName(), QStringLiteral("addFleetWizard"));

        // Host: a bad name is refused on Next, with the field named.
        auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QVERIFY(name);
        name->setText(QStringLiteral("fleet-uk-1")); // already in the inventory
        wizard.next();
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("hostWizardPage"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("errorsLabel"))
                    ->text()
                    .contains(QStringLiteral("already")));
        name->setText(r.name);

        // Lock file: empty means the default; a relative path is refused on Next like
        // fleetdeckctl --lock-file; the spare's own lock file goes into the request.
        auto* lock = wizard.findChild<QLineEdit*>(QStringLiteral("lockFileLineEdit"));
        QVERIFY(lock);
        QVERIFY(lock->text().isEmpty());
        QCOMPARE(lock->placeholderText(), QStringLiteral("/run/lock/fleetdeck.lock"));
        QVERIFY(wizard.hostPage()->request().lockFile.isEmpty());
        QTest::keyClicks(lock, QStringLiteral("run/fleetdeck.lock"));
        wizard.next();
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("hostWizardPage"));
        QVERIFY2(wizard.findChild<QLabel*>(QStringLiteral("errorsLabel"))
                     ->text()
                     .contains(QStringLiteral("lock_file: not an absolute path")),
                 qPrintable(wizard.findChild<QLabel*>(QStringLiteral("errorsLabel"))->text()));
        lock->clear();
        QTest::keyClicks(lock, spareLock());
        wizard.findChild<QLabel*>(QStringLiteral("errorsLabel"))->clear();
        shoot(&wizard, QStringLiteral("1-host"));
        wizard.next();
        QCOMPARE(wizard.engine()->request().lockFile, spareLock());
        QCOMPARE(wizard.engine()->spec().lockFile, spareLock());

        // Trust: refused until the fingerprint is ticked.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("trustWizardPage"));
        auto* trust = wizard.findChild<QCheckBox*>(QStringLiteral("trustCheckBox"));
        QTRY_VERIFY_WITH_TIMEOUT(trust->isEnabled(), 20000);
        const QString fp = m_spare.value("host_key_sha256").toString();
        QVERIFY2(status(wizard, AddFleetStep::Trust).contains(fp),
                 qPrintable(status(wizard, AddFleetStep::Trust)));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(&wizard, QStringLiteral("2-trust-unknown"));
        trust->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, AddFleetStep::Trust).startsWith(QStringLiteral("✓")), 20000);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shoot(&wizard, QStringLiteral("2-trust"));
        wizard.next();

        // Preflight: read-only, runs by itself.
        QTRY_VERIFY2_WITH_TIMEOUT(status(wizard, AddFleetStep::Preflight).startsWith(QStringLiteral("✓")),
                                  qPrintable(status(wizard, AddFleetStep::Preflight)), 30000);
        const QString checks =
            wizard.findChild<QPlainTextEdit*>(QStringLiteral("preflightDetailsEdit"))->toPlainText();
        QVERIFY2(checks.contains(QStringLiteral("✓ Memory budget")) && !checks.contains(QStringLiteral("✗")),
                 qPrintable(checks));
        shoot(&wizard, QStringLiteral("3-preflight"));
        wizard.next();

        // The change steps: preview first, then Apply this step.
        for (AddFleetStep step : {AddFleetStep::Deploy, AddFleetStep::Nginx, AddFleetStep::Inbound}) {
            const QString id = AddFleetSteps::id(step);
            QCOMPARE(wizard.currentPage()->objectName(), id + QStringLiteral("WizardPage"));
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            const QString preview =
                wizard.findChild<QPlainTextEdit*>(id + QStringLiteral("DetailsEdit"))->toPlainText();
            QVERIFY2(!preview.isEmpty(), qPrintable(id));
            wizard.findChild<QPushButton*>(id + QStringLiteral("RunButton"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!status(wizard, step).startsWith(QStringLiteral("⏳")) &&
                                         !status(wizard, step).isEmpty() &&
                                         !status(wizard, step).startsWith(QStringLiteral("Review")),
                                     90000);
            QVERIFY2(status(wizard, step).startsWith(QStringLiteral("✓")), qPrintable(status(wizard, step)));
            if (step == AddFleetStep::Deploy) { // the spare's lock, not /run/lock/fleetdeck.lock
                QVERIFY2(
                    wizard.engine()->output().contains(QStringLiteral("host lock %1 taken").arg(spareLock())),
                    qPrintable(wizard.engine()->output()));
                QVERIFY(QFileInfo::exists(spareLock()));
            }
            shoot(&wizard, QStringLiteral("%1-%2").arg(int(step) + 1).arg(id));
            wizard.next();
        }

        // Outbound with a wrong token: ✗ with Retry and Roll back; Retry with the right one.
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("outboundWizardPage"));
        QVERIFY(wizard.findChild<QPlainTextEdit*>(QStringLiteral("outboundDetailsEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("+https://") + r.host + QStringLiteral(":8443")));
        qputenv("FLEETLAB_BRIDGE_TOKEN", "wrong-token");
        wizard.findChild<QPushButton*>(QStringLiteral("outboundRunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, AddFleetStep::Outbound).startsWith(QStringLiteral("✗")),
                                 30000);
        QVERIFY(status(wizard, AddFleetStep::Outbound).contains(QStringLiteral("401")));
        auto* retry = wizard.findChild<QPushButton*>(QStringLiteral("outboundRetryButton"));
        auto* rollback = wizard.findChild<QPushButton*>(QStringLiteral("outboundRollbackButton"));
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QVERIFY(rollback->isVisible() && rollback->isEnabled());
        shoot(&wizard, QStringLiteral("7-outbound-failed"));
        qputenv("FLEETLAB_BRIDGE_TOKEN", readFile(m_lab.dir() + QStringLiteral("/bridge/token")).trimmed());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, AddFleetStep::Outbound).startsWith(QStringLiteral("✓")),
                                 30000);
        shoot(&wizard, QStringLiteral("7-outbound"));
        wizard.next();

        // Verify: runs by itself; the summary and the advisory (3 fleets on one ingress).
        QTRY_VERIFY_WITH_TIMEOUT(status(wizard, AddFleetStep::Verify).startsWith(QStringLiteral("✓")), 60000);
        const QString summary =
            wizard.findChild<QPlainTextEdit*>(QStringLiteral("verifyDetailsEdit"))->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("through the ingress: call fleetdeck-verify-spare-1-")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("single point of failure")));
        QVERIFY(summary.contains(QStringLiteral("\"name\": \"spare-1\"")));
        QVERIFY2(summary.contains(QStringLiteral("\"lock_file\": \"%1\"").arg(spareLock())),
                 qPrintable(summary));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        shoot(&wizard, QStringLiteral("8-verify"));
        const QJsonObject health =
            QJsonDocument::fromJson(readFile(m_lab.dir() + QStringLiteral("/bridge/settings.json"))).object();
        QVERIFY(health.value(QStringLiteral("voxcore_fleet"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("https://") + r.host + QStringLiteral(":8443"))));
        wizard.accept();
    }

    void cleanupTestCase()
    {
        const QString error = m_lab.down();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestAddFleetWizard)
#include "TestAddFleetWizard.moc"
