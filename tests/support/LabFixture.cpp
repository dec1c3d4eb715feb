#include "LabFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QtDebug>

namespace fleetdeck::test {

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

LabFixture::~LabFixture()
{
    const QString error = down();
    if (!error.isEmpty())
        qWarning("LabFixture: %s", qPrintable(error));
}

QString LabFixture::up(const Options& options)
{
    m_options = options;
    m_script = qEnvironmentVariable("FLEETLAB", QStringLiteral(FLEETDECK_LAB_DIR "/fleetlab"));
    if (!QFileInfo(m_script).isExecutable())
        return m_script + QStringLiteral(" is not executable");
    m_tmp = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/%1-XXXXXX").arg(options.prefix));
    if (!m_tmp->isValid())
        return QStringLiteral("no temporary directory: ") + m_tmp->errorString();
    m_dir = m_tmp->path();

    QStringList args{QStringLiteral("up"),        m_dir,
                     QStringLiteral("--fleets"),  QString::number(options.fleets),
                     QStringLiteral("--workers"), QString::number(options.workers),
                     QStringLiteral("--spare"),   QString::number(options.spare),
                     QStringLiteral("--subnet"),  QString::number(options.subnet)};
    if (!options.zones.isEmpty())
        args << QStringLiteral("--zones") << options.zones.join(QLatin1Char(','));
    QElapsedTimer t;
    t.start();
    const ProcessRun r = fleetlab(args, options.upTimeoutMs);
    m_upMs = t.elapsed();
    m_up = true; // even a failed up may have started something: always bring it down
    if (r.exitCode != 0)
        return QStringLiteral("fleetlab up failed (exit %1): %2%3").arg(r.exitCode).arg(r.out, r.err);
    const QString last = r.out.trimmed().section(QLatin1Char('\n'), -1);
    if (!last.startsWith(QLatin1String("inventory: ")))
        return QStringLiteral("fleetlab up did not end with an inventory: line: ") + r.out;
    m_inventory = last.mid(int(qstrlen("inventory: ")));
    if (m_inventory != m_dir + QStringLiteral("/inventory.json"))
        return QStringLiteral("inventory at %1, expected in %2").arg(m_inventory, m_dir);

    const QList<QSslCertificate> ca = QSslCertificate::fromData(readAll(caPath()), QSsl::Pem);
    if (ca.isEmpty())
        return QStringLiteral("no lab CA in ") + caPath();
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(ca);
    const QJsonObject inv = QJsonDocument::fromJson(readAll(m_inventory)).object();
    m_fleets.clear();
    for (const QJsonValue& s : inv.value(QStringLiteral("servers")).toArray())
        m_fleets << s.toObject().value(QStringLiteral("name")).toString();
    if (m_fleets.size() != options.fleets)
        return QStringLiteral("the inventory has %1 servers, expected %2")
            .arg(m_fleets.size())
            .arg(options.fleets);
    m_spares = QJsonDocument::fromJson(readAll(m_dir + QStringLiteral("/spares.json"))).array();
    if (m_spares.size() != options.spare)
        return QStringLiteral("spares.json has %1 hosts, expected %2")
            .arg(m_spares.size())
            .arg(options.spare);
    return {};
}

QList<QPair<qint64, QByteArray>> LabFixture::recordedProcesses() const
{
    QList<QPair<qint64, QByteArray>> out;
    QStringList ledgers{m_dir + QStringLiteral("/run/ledger")};
    const QDir hosts(m_dir + QStringLiteral("/hosts"));
    for (const QString& h : hosts.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        ledgers << hosts.filePath(h) + QStringLiteral("/run/ledger");
    for (const QString& l : ledgers) {
        for (const QByteArray& line : readAll(l).split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 2 && parts.at(0).toLongLong() > 0)
                out.append({parts.at(0).toLongLong(), parts.at(1)});
        }
    }
    return out;
}

QString LabFixture::down()
{
    if (!m_up)
        return {};
    m_up = false;
    const QList<QPair<qint64, QByteArray>> recorded = recordedProcesses();
    const ProcessRun r = fleetlab({QStringLiteral("down"), m_dir}, 60000);
    QStringList problems;
    if (r.exitCode != 0)
        problems << QStringLiteral("fleetlab down failed (exit %1): %2%3").arg(r.exitCode).arg(r.out, r.err);
    if (recorded.isEmpty())
        problems << QStringLiteral("the lab recorded no process in its ledgers");
    // A pid counts as gone when /proc has no such process, it is a zombie (PID 1 does not
    // reap here), or it is another process that reused the pid (other start time).
    for (const auto& [pid, start] : recorded) {
        const QByteArray s = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
        if (s.isEmpty())
            continue;
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        const bool zombie = !f.isEmpty() && f.at(0) == "Z";
        const bool same = f.size() > 19 && f.at(19) == start;
        if (!zombie && same)
            problems << QStringLiteral("lab process %1 survived fleetlab down").arg(pid);
    }
    const ProcessRun sockets =
        runProcess(QStringLiteral("find"), {m_dir, QStringLiteral("-type"), QStringLiteral("s")}, 10000);
    if (sockets.exitCode != 0)
        problems << QStringLiteral("find failed: ") + sockets.err;
    else if (!sockets.out.trimmed().isEmpty())
        problems << QStringLiteral("sockets left: ") + sockets.out.trimmed();
    return problems.join(QLatin1Char('\n'));
}

ProcessRun LabFixture::fleetlab(const QStringList& args, int timeoutMs) const
{
    return runProcess(m_script, args, timeoutMs);
}

ProcessRun LabFixture::upAgain(int timeoutMs) const
{
    return fleetlab({QStringLiteral("up"), m_dir}, timeoutMs);
}

QJsonObject LabFixture::spare(int k) const
{
    return k >= 1 && k <= m_spares.size() ? m_spares.at(k - 1).toObject() : QJsonObject();
}

int LabFixture::subnetFromEnv(const char* variable, int fallback)
{
    const int v = qEnvironmentVariableIntValue(variable);
    return v >= 1 && v <= 254 ? v : fallback;
}

qint64 LabFixture::alivePid(const QString& pidFile)
{
    const qint64 pid = readAll(pidFile).trimmed().toLongLong();
    if (pid <= 0)
        return 0;
    const QByteArray s = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    if (s.isEmpty())
        return 0;
    return s.mid(s.lastIndexOf(')') + 2, 1) == "Z" ? 0 : pid;
}

QByteArray LabFixture::wsHandshake(const QByteArray& path, const QByteArray& host)
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + host +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

int LabFixture::readHttpStatus(QIODevice* dev, int timeoutMs)
{
    QByteArray head;
    QElapsedTimer t;
    t.start();
    while (!head.contains("\r\n\r\n") && t.elapsed() < timeoutMs) {
        if (dev->bytesAvailable() == 0 && !dev->waitForReadyRead(200))
            continue;
        head += dev->readAll();
    }
    const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
    return first.size() >= 2 ? first.at(1).toInt() : -1;
}

QString LabFixture::ip(int block, int k) const
{
    return QStringLiteral("127.%1.%2.%3").arg(m_options.subnet).arg(block).arg(k);
}

} // namespace fleetdeck::test
