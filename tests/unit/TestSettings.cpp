#include "fleet/Inventory.h"
#include "settings/Settings.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdeck;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromTheTable()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("fleetdeck.ini")));
        QCOMPARE(s.get(SettingKeys::pollIntervalMs), 1000);
        QCOMPARE(s.get(SettingKeys::utilizationWarning), 0.5);
        QCOMPARE(s.get(SettingKeys::utilizationCritical), 0.8);
        QCOMPARE(s.get(SettingKeys::chartRange), QStringLiteral("1h"));
        QCOMPARE(s.get(SettingKeys::darkTheme), false);
        QVERIFY(s.get(SettingKeys::windowGeometry).isEmpty());
        QVERIFY(!s.isSet(SettingKeys::pollIntervalMs));
        const FleetThresholds t = s.thresholds();
        QCOMPARE(t.utilizationWarning, 0.5);
        QCOMPARE(t.staleAfterIntervals, 3);
        QCOMPARE(t.unreachableAfterIntervals, 10);
    }

    void keysAreUnique()
    {
        const QStringList names = SettingKeys::allNames();
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    }

    void roundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleetdeck.ini"));
        {
            Settings s(path);
            s.set(SettingKeys::pollIntervalMs, 2500);
            s.set(SettingKeys::chartRange, QStringLiteral("5m"));
            s.set(SettingKeys::lastInventoryPath, QStringLiteral("/srv/fleet/inventory.json"));
            s.set(SettingKeys::windowGeometry, QByteArray("\x01\x02\x00\xff", 4));
            s.set(SettingKeys::darkTheme, true);
            FleetThresholds t;
            t.utilizationWarning = 0.6;
            t.utilizationCritical = 0.9;
            s.setThresholds(t);
            s.sync();
        }
        Settings s(path);
        QCOMPARE(s.get(SettingKeys::pollIntervalMs), 2500);
        QCOMPARE(s.pollIntervalMs(), 2500);
        QCOMPARE(s.get(SettingKeys::chartRange), QStringLiteral("5m"));
        QCOMPARE(s.get(SettingKeys::lastInventoryPath), QStringLiteral("/srv/fleet/inventory.json"));
        QCOMPARE(s.get(SettingKeys::windowGeometry), QByteArray("\x01\x02\x00\xff", 4));
        QCOMPARE(s.get(SettingKeys::darkTheme), true);
        QCOMPARE(s.thresholds().utilizationWarning, 0.6);
        QCOMPARE(s.thresholds().utilizationCritical, 0.9);
        s.reset(SettingKeys::pollIntervalMs);
        QCOMPARE(s.get(SettingKeys::pollIntervalMs), 1000);
    }

    void badValuesFallBackOrClamp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleetdeck.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("poll/intervalMs"), QStringLiteral("fast"));
            raw.setValue(QStringLiteral("thresholds/utilizationWarning"), 7.0);
            raw.setValue(QStringLiteral("thresholds/utilizationCritical"), 0.1);
        }
        Settings s(path);
        QCOMPARE(s.get(SettingKeys::pollIntervalMs), 1000);
        const FleetThresholds t = s.thresholds();
        QCOMPARE(t.utilizationWarning, 1.0);
        QCOMPARE(t.utilizationCritical, 1.0); // never below the warning level
        s.set(SettingKeys::pollIntervalMs, 5);
        QCOMPARE(s.pollIntervalMs(), 200);
        s.set(SettingKeys::memoryHeadroomPercent, 99);
        QCOMPARE(s.memoryHeadroomPercent(), 90);
    }

    /// Both executables apply the settings to the inventory through this one function: the
    /// known_hosts file where the inventory names none, the memory headroom on every server.
    void appliedToTheInventory()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("fleetdeck.ini")));
        Inventory inventory;
        ServerSpec plain;
        plain.name = QStringLiteral("a");
        ServerSpec own = plain;
        own.name = QStringLiteral("b");
        own.ssh.knownHostsFile = QStringLiteral("/etc/ssh/fleet_known_hosts");
        inventory.servers = {plain, own};
        IngressSpec ingress;
        inventory.ingresses = {ingress};

        s.applyTo(inventory); // defaults: nothing about known_hosts, 50 % headroom
        QVERIFY(inventory.servers[0].ssh.knownHostsFile.isEmpty());
        QCOMPARE(inventory.servers[0].memoryBudgetMb(), 4096); // 8,192 MB RAM
        QCOMPARE(inventory.servers[0].safeWorkerCount(), 16);  // the seed's 16 on 8 GB

        s.set(SettingKeys::knownHostsFile, QStringLiteral("/srv/ops/known_hosts"));
        s.set(SettingKeys::memoryHeadroomPercent, 60);
        s.applyTo(inventory);
        QCOMPARE(inventory.servers[0].ssh.knownHostsFile, QStringLiteral("/srv/ops/known_hosts"));
        QCOMPARE(inventory.servers[1].ssh.knownHostsFile, QStringLiteral("/etc/ssh/fleet_known_hosts"));
        QCOMPARE(inventory.ingresses[0].ssh.knownHostsFile, QStringLiteral("/srv/ops/known_hosts"));
        QCOMPARE(inventory.servers[1].memoryHeadroomPercent, 60);
        QCOMPARE(inventory.servers[0].memoryBudgetMb(), 3276); // 40 % of 8,192
        QCOMPARE(inventory.servers[0].safeWorkerCount(), 13);  // 3,276 / 260 = 12.6 → 13
        QVERIFY(!inventory.servers[0].fitsMemoryBudget(14));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
