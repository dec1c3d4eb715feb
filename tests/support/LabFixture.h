#pragma once

#include "ProcessRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QIODevice;

namespace fleetdeck::test {

/// One lab (tests/lab/fleetlab, see tests/lab/README.md) in a short temporary directory
/// (/tmp/<prefix>-XXXXXX: Unix socket paths stay under 108 bytes) on its own subnet, for
/// the lab suites. up() runs `fleetlab up` with the options, checks that its last line is
/// `inventory: DIR/inventory.json` and reads the inventory's fleet names, spares.json and
/// the lab CA; down() runs `fleetlab down` and checks that no process the lab recorded
/// (DIR/run/ledger and every host's run/ledger) survived and no Unix socket is left. The
/// destructor takes a lab that is still up down (reporting with qWarning). Every run is
/// bounded in time (up: Options::upTimeoutMs, down 60 s).
class LabFixture
{
public:
    struct Options
    {
        int fleets = 2;
        int workers = 4;
        int spare = 0;
        QStringList zones;                     ///< empty: fleetlab's default (uk,us-east)
        int subnet = 91;                       ///< 127.<subnet>.*.*: each suite has its own
        QString prefix = QStringLiteral("fl"); ///< directory /tmp/<prefix>-XXXXXX
        int upTimeoutMs = 120000;
    };

    LabFixture() = default;
    ~LabFixture();
    LabFixture(const LabFixture&) = delete;
    LabFixture& operator=(const LabFixture&) = delete;

    /// Brings the lab up; empty on success, else what went wrong. The lab counts as up even
    /// when `fleetlab up` failed (it may have started something), so down() still runs.
    QString up(const Options& options);
    /// Takes the lab down and checks that nothing survived; empty on success (or when it
    /// was not up), else what went wrong.
    QString down();
    bool isUp() const { return m_up; }
    /// How long the last up() took.
    qint64 upMs() const { return m_upMs; }

    /// `fleetlab ARGS`, bounded by timeoutMs.
    ProcessRun fleetlab(const QStringList& args, int timeoutMs) const;
    /// A second `fleetlab up DIR` on the running lab (starts only what is missing).
    ProcessRun upAgain(int timeoutMs = 60000) const;

    QString script() const { return m_script; }
    QString dir() const { return m_dir; }
    int subnet() const { return m_options.subnet; }
    /// The path `fleetlab up` printed on its `inventory:` line.
    QString inventoryPath() const { return m_inventory; }
    QString caPath() const { return m_dir + QStringLiteral("/ca/ca.pem"); }
    /// TLS configuration trusting the lab CA.
    QSslConfiguration tls() const { return m_tls; }
    /// Names of the inventory's servers, fleet 1 first.
    QStringList fleets() const { return m_fleets; }
    /// spares.json (name, host, host_key_sha256, host_dir, health_url …).
    QJsonArray spares() const { return m_spares; }
    /// spares.json's entry k (1-based); empty when there is none.
    QJsonObject spare(int k = 1) const;
    /// A host's "file system" (HOSTDIR): DIR/hosts/<name>.
    QString hostDir(const QString& name) const { return m_dir + QStringLiteral("/hosts/") + name; }
    /// HOSTDIR of fleet k (1-based).
    QString fleetDir(int k) const { return hostDir(m_fleets.value(k - 1)); }
    /// The lab's convention for a host's change lock file: HOSTDIR/run/fleetdeck.lock.
    QString lockFile(const QString& name) const
    {
        return hostDir(name) + QStringLiteral("/run/fleetdeck.lock");
    }
    /// 127.<subnet>.<block>.<k>: block 1 fleets, 2 spares, 3 the ingress, 4 the bridge.
    QString ip(int block, int k) const;

    /// The subnet a suite runs on: the environment variable when it is 1..254, else `fallback`.
    static int subnetFromEnv(const char* variable, int fallback);
    /// The pid in a pid file if that process is alive and not a zombie, else 0.
    static qint64 alivePid(const QString& pidFile);
    /// A WebSocket upgrade request (the lab's workers answer 101, or 429 while busy).
    static QByteArray wsHandshake(const QByteArray& path, const QByteArray& host);
    /// Reads an HTTP response head from `dev` (bounded by timeoutMs); its status code or -1.
    static int readHttpStatus(QIODevice* dev, int timeoutMs);

private:
    /// pid and start time of every process in the lab's ledgers.
    QList<QPair<qint64, QByteArray>> recordedProcesses() const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_script;
    QString m_dir;
    QString m_inventory;
    QSslConfiguration m_tls;
    QStringList m_fleets;
    QJsonArray m_spares;
    qint64 m_upMs = 0;
    bool m_up = false;
};

} // namespace fleetdeck::test
