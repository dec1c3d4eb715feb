// The steps of AddFleetEngine that change something (Deploy, Nginx, Inbound,
// Outbound) and the final verification.
#include "onboarding/AddFleetEngine.h"

#include "config/ContentHash.h"
#include "config/EnvFileEditor.h"
#include "config/HaproxyBackend.h"
#include "onboarding/AddFleetPlanner.h"
#include "onboarding/BridgeClient.h"
#include "onboarding/TestCall.h"
#include "plan/HealthProbe.h"
#include "plan/NginxReloader.h"
#include "plan/PlanStep.h"
#include "plan/PlanWaits.h"
#include "remote/FutureAwait.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <list>

namespace fleetdeck {

namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetdeck::AddFleetEngine", s, c, n);
}

QString normalized(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace

void AddFleetEngine::pushUndo(const QString& key, const QString& title, std::function<bool()> undo)
{
    for (const Undo& u : std::as_const(m_undo))
        if (u.key == key)
            return;
    m_undo.append(Undo{key, title, std::move(undo)});
}

bool AddFleetEngine::sudo()
{
    return hostSession().target().become == SshTarget::Become::Sudo;
}

void AddFleetEngine::lockHost()
{
    if (m_locked)
        return;
    const RemoteLockInfo lock = await(hostSession().acquireLock(LockRequest{{}, 0, m_spec.lockFile}));
    m_locked = true;
    log(QCoreApplication::translate("fleetdeck::PlanExecutor", "host lock %1 taken: %2")
            .arg(lock.lockFile, lock.holder.trimmed()));
}

void AddFleetEngine::lockIngress()
{
    if (m_ingressLocked)
        return;
    const RemoteLockInfo lock =
        await(ingressSession().acquireLock(LockRequest{{}, 0, ingressSpec().lockFile}));
    m_ingressLocked = true;
    log(tr("ingress lock %1 taken: %2").arg(lock.lockFile, lock.holder.trimmed()));
}

void AddFleetEngine::unlockIngress()
{
    if (!m_ingressLocked)
        return;
    m_ingressLocked = false;
    try {
        await(ingressSession().releaseLock());
    } catch (const SshError&) {
        // the connection is gone: so is the lock
    }
}

void AddFleetEngine::unlockHost()
{
    if (!m_locked)
        return;
    m_locked = false;
    try {
        await(hostSession().releaseLock());
    } catch (const SshError&) {
        // the connection is gone: so is the lock
    }
}

HealthProbe& AddFleetEngine::healthProbe()
{
    if (!m_health)
        m_health = std::make_unique<HealthProbe>();
    return *m_health;
}

// ---- Deploy --------------------------------------------------------------------

AddFleetStepResult AddFleetEngine::deploy()
{
    SshSession& s = hostSession();
    lockHost();
    QStringList units;
    QStringList sockets;
    QList<int> numbers;
    for (int i = 1; i <= m_request.workers; ++i) {
        units << m_spec.service.unitFor(i);
        sockets << m_spec.service.socketFor(i);
        numbers << i;
    }
    pushUndo(
        QStringLiteral("workers"), tr("stop and disable %n worker(s)", nullptr, int(units.size())),
        [this, units] {
            SshSession& h = hostSession();
            const Run stop = run(h, QStringList{QStringLiteral("systemctl"), QStringLiteral("stop")} + units);
            const Run disable =
                run(h, QStringList{QStringLiteral("systemctl"), QStringLiteral("disable")} + units);
            return stop.exitStatus == 0 && disable.exitStatus == 0;
        });
    for (const char* verb : {"enable", "start"}) {
        const Run r = run(s, QStringList{QStringLiteral("systemctl"), QLatin1String(verb)} + units, 120000);
        if (r.exitStatus != 0)
            fail(tr("systemctl %1 exited %2: %3").arg(QLatin1String(verb)).arg(r.exitStatus).arg(r.text()));
    }
    PlanWaits waits(
        s, m_spec, healthProbe(), m_cancel, [this](const QString& t) { log(t); }, sudo());
    PlanStep socketStep;
    socketStep.kind = PlanStep::Kind::WaitSockets;
    socketStep.paths = sockets;
    socketStep.timeoutMs = 20000;
    log(tr("sockets: %1").arg(waits.sockets(socketStep)));

    const QByteArray current = await(s.readFile(m_spec.service.envFile));
    if (current != m_envBefore)
        fail(tr("%1 changed since preflight; nothing was written to it").arg(m_spec.service.envFile));
    const auto after =
        EnvFileEditor::setInt(current, m_spec.service.envVar, m_request.workers, m_spec.service.envFile);
    if (!after.ok())
        fail(after.error().message);
    const QByteArray before = m_envBefore;
    const QString envPath = m_spec.service.envFile;
    pushUndo(QStringLiteral("env"), tr("restore %1").arg(envPath), [this, before, envPath] {
        await(hostSession().writeFile(envPath, before));
        return await(hostSession().readFile(envPath)) == before;
    });
    WriteOptions options;
    options.expectedSha256 = ContentHash::sha256Hex(current);
    await(s.writeFile(envPath, after.value(), options));
    log(tr("wrote %1: %2=%3").arg(envPath, m_spec.service.envVar).arg(m_request.workers));

    PlanStep healthStep;
    healthStep.kind = PlanStep::Kind::WaitHealth;
    healthStep.count = m_request.workers;
    healthStep.workers = numbers;
    healthStep.timeoutMs = 20000;
    const QString health = waits.health(healthStep);
    return {AddFleetStepResult::Status::Ok,
            tr("%n worker(s) enabled and started; health %1", nullptr, m_request.workers).arg(health)};
}

// ---- Nginx ---------------------------------------------------------------------

bool AddFleetEngine::reloadNginxBack()
{
    SshSession& s = hostSession();
    const Run test = run(s, {QStringLiteral("nginx"), QStringLiteral("-t")});
    if (test.exitStatus != 0) {
        log(tr("rollback: nginx -t fails on the restored files; nginx not reloaded"));
        return m_nginxReloads == 0;
    }
    if (m_nginxReloads == 0) {
        log(tr("nginx was never reloaded with the new files: no reload needed"));
        return true;
    }
    NginxReloader(s, sudo(), [this](const QString& t) { log(t); }).reload(10000);
    return true;
}

AddFleetStepResult AddFleetEngine::nginx()
{
    SshSession& s = hostSession();
    lockHost();
    pushUndo(QStringLiteral("nginx-reload"), tr("reload nginx with the restored files"),
             [this] { return reloadNginxBack(); });
    const auto upstream = AddFleetPlanner::upstreamFile(m_spec, m_request.workers);
    const auto routes = AddFleetPlanner::routesFile(m_spec);
    if (!upstream.ok() || !routes.ok())
        fail(upstream.ok() ? routes.error().message : upstream.error().message);
    for (const auto& [path, content] : {std::pair{m_spec.service.nginxConfig, upstream.value()},
                                        std::pair{m_spec.service.nginxRoutes, routes.value()}}) {
        const RemoteFile before = await(s.stat(path));
        const QByteArray previous = before.exists ? await(s.readFile(path)) : QByteArray();
        if (previous == content) {
            log(tr("%1 already has the new content").arg(path));
            continue;
        }
        const bool existed = before.exists;
        const QString p = path;
        pushUndo(QStringLiteral("file:") + path,
                 existed ? tr("restore %1").arg(path) : tr("remove %1").arg(path),
                 [this, p, existed, previous] {
                     SshSession& h = hostSession();
                     if (existed) {
                         await(h.writeFile(p, previous));
                         return await(h.readFile(p)) == previous;
                     }
                     return run(h, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), p})
                                    .exitStatus == 0 &&
                            !await(h.stat(p)).exists;
                 });
        WriteOptions options;
        options.expectedSha256 = existed ? before.sha256 : QByteArrayLiteral("absent");
        options.mode = 0644;
        await(s.writeFile(path, content, options));
        log(tr("wrote %1 (%n byte(s))", nullptr, int(content.size())).arg(path));
    }
    const Run test = run(s, {QStringLiteral("nginx"), QStringLiteral("-t")});
    if (test.exitStatus != 0)
        fail(tr("nginx -t failed: %1").arg(test.text()));
    NginxReloader(s, sudo(), [this](const QString& t) { log(t); }).reload(10000, [this] {
        return m_cancel.load();
    });
    ++m_nginxReloads;
    return {AddFleetStepResult::Status::Ok,
            tr("upstream %1 (%n socket(s)) and 429-retry routes live; nginx -t ok, "
               "reload took",
               nullptr, m_request.workers)
                .arg(m_spec.service.upstream)};
}

// ---- Inbound -------------------------------------------------------------------

bool AddFleetEngine::removeFromIngress(const QByteArray& configBefore, const QString& serverName)
{
    const IngressSpec& ingress = ingressSpec();
    SshSession& s = ingressSession();
    await(s.writeFile(ingress.haproxyConfig, configBefore));
    const bool identical = await(s.readFile(ingress.haproxyConfig)) == configBefore;
    log(identical ? tr("restored %1 byte for byte").arg(ingress.haproxyConfig)
                  : tr("%1 differs from the backup after the restore").arg(ingress.haproxyConfig));
    // Take the server out of the running HAProxy without a reload (HAProxy ≥ 2.5):
    // maintenance, close its sessions, delete it. The restored file has no line for it.
    const QString id = ingress.backend + QLatin1Char('/') + serverName;
    const QStringList socat{QStringLiteral("socat"), QStringLiteral("stdio"),
                            QStringLiteral("unix-connect:") + ingress.adminSocket};
    run(s, socat, 15000, QStringLiteral("set server %1 state maint\n").arg(id).toUtf8());
    run(s, socat, 15000, QStringLiteral("shutdown sessions server %1\n").arg(id).toUtf8());
    const Run del = run(s, socat, 15000, QStringLiteral("del server %1\n").arg(id).toUtf8());
    const bool deleted = del.out.contains("Server deleted") || del.out.contains("No such server");
    if (!deleted)
        log(tr("the running HAProxy still has %1 (in maintenance); it goes at the next reload").arg(id));
    return identical;
}

AddFleetStepResult AddFleetEngine::inbound()
{
    const IngressSpec& ingress = ingressSpec();
    SshSession& s = ingressSession();
    await(s.open());
    lockIngress();
    const QByteArray before = await(s.readFile(ingress.haproxyConfig));
    if (before != m_haproxyBefore) {
        log(tr("%1 changed since preflight; recomputing what add-fleet.sh adds").arg(ingress.haproxyConfig));
        readIngress();
    }
    log(tr("add-fleet.sh will add to backend %1:\n%2")
            .arg(ingress.backend, QString::fromUtf8(m_proposal.addFleetLine)));
    log(QString::fromUtf8(m_proposal.haproxyDiff));
    const QString address = m_request.effectiveIngressAddress();
    const Run r = run(s, {ingress.addFleetScript, address, m_spec.name}, 180000);
    if (r.exitStatus != 0) {
        const QByteArray after = await(s.readFile(ingress.haproxyConfig));
        fail(tr("add-fleet.sh exited %1 (%2); %3 is %4")
                 .arg(r.exitStatus)
                 .arg(QString::fromUtf8((r.err.isEmpty() ? r.out : r.err).trimmed().split('\n').last()))
                 .arg(ingress.haproxyConfig)
                 .arg(after == before ? tr("byte-identical (the script rolled back)")
                                      : tr("CHANGED: check the ingress by hand")));
    }
    const QString name = m_spec.name;
    pushUndo(QStringLiteral("ingress"),
             tr("remove %1 from %2 (restore %3)").arg(name, ingress.name, ingress.haproxyConfig),
             [this, before, name] { return removeFromIngress(before, name); });
    QElapsedTimer t;
    t.start();
    int state = -1;
    const QStringList socat{QStringLiteral("socat"), QStringLiteral("stdio"),
                            QStringLiteral("unix-connect:") + ingress.adminSocket};
    while (t.elapsed() < 20000) {
        const Run show = run(s, socat, 15000, "show servers state\n", true);
        state = AddFleetPlanner::haproxyOpState(show.out, ingress.backend, name);
        if (state == 2)
            break;
        QThread::msleep(500);
        if (m_cancel)
            break;
    }
    log(QStringLiteral("%1$ echo 'show servers state' | socat stdio unix-connect:%2 → %3/%4 srv_op_state %5")
            .arg(ingress.host, ingress.adminSocket, ingress.backend, name)
            .arg(state));
    if (state != 2)
        fail(tr("%1/%2 is not UP on the admin socket (srv_op_state %3)")
                 .arg(ingress.backend, name)
                 .arg(state));
    return {AddFleetStepResult::Status::Ok,
            tr("add-fleet.sh added %1; UP on %2 (%n fleet(s) behind it)", nullptr, m_proposal.fleetsAfter)
                .arg(name, ingress.name)};
}

// ---- Outbound ------------------------------------------------------------------

bool AddFleetEngine::putBridgeList(const QStringList& list, QString* error)
{
    if (!m_bridge)
        m_bridge = std::make_unique<BridgeClient>();
    QUrl url = m_inventory.bridge.settingsUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + m_inventory.bridge.fleetKey);
    const QByteArray body = QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
    log(tr("PUT %1 %2 (Authorization: Bearer $%3)")
            .arg(url.toString(), QString::fromUtf8(body), m_inventory.bridge.tokenEnv));
    const BridgeReply r = m_bridge->requestNow("PUT", url, m_inventory.bridge.tls, bridgeToken(), body);
    if (!r.ok()) {
        *error = r.error.isEmpty()
                     ? tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200)).trimmed())
                     : r.error;
        return false;
    }
    return true;
}

QString AddFleetEngine::pickCheck(QString* error)
{
    const QUrl pick = m_inventory.bridge.pickUrl;
    const BridgeReply r = m_bridge->requestNow("GET", pick, m_inventory.bridge.tls, bridgeToken());
    if (!r.error.isEmpty()) {
        *error = r.error;
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    for (const QJsonValue& v : o.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        if (normalized(c.value(QStringLiteral("url")).toString()) != normalized(m_proposal.baseUrl))
            continue;
        if (!c.value(QStringLiteral("error")).isNull() && !c.value(QStringLiteral("error")).isUndefined()) {
            *error =
                tr("the bridge cannot health-check it: %1").arg(c.value(QStringLiteral("error")).toString());
            return {};
        }
        error->clear();
        return tr("candidate with %1 free worker(s); the bridge would pick %2")
            .arg(c.value(QStringLiteral("free")).toInt())
            .arg(o.value(QStringLiteral("server")).toString());
    }
    *error = tr("%1 is not among the pick's candidates").arg(m_proposal.baseUrl);
    return {};
}

AddFleetStepResult AddFleetEngine::outbound()
{
    if (bridgeToken().isEmpty())
        fail(tr("$%1 is not set: export the bridge's API token").arg(m_inventory.bridge.tokenEnv));
    QString error;
    const QStringList before = getBridgeList(&error);
    if (!error.isEmpty())
        fail(tr("GET %1: %2").arg(m_inventory.bridge.settingsUrl.toString(), error));
    const QString url =
        m_proposal.baseUrl.isEmpty() ? AddFleetPlanner::baseUrl(m_spec.healthUrl) : m_proposal.baseUrl;
    m_proposal.baseUrl = url;
    const QStringList after = AddFleetPlanner::bridgeListAfter(before, url);
    m_proposal.bridgeBefore = before;
    m_proposal.bridgeAfter = after;
    m_proposal.bridgeDiff = AddFleetPlanner::bridgeListDiff(
        before, after,
        QStringLiteral("bridge:%1#%2")
            .arg(m_inventory.bridge.settingsUrl.toString(), m_inventory.bridge.fleetKey));
    log(tr("%1 before: %2").arg(m_inventory.bridge.fleetKey, before.join(QStringLiteral(", "))));
    log(QString::fromUtf8(m_proposal.bridgeDiff));
    if (after != before) {
        pushUndo(QStringLiteral("bridge"),
                 tr("remove %1 from the bridge's %2").arg(url, m_inventory.bridge.fleetKey), [this, url] {
                     QString e;
                     QStringList now = getBridgeList(&e);
                     if (!e.isEmpty()) {
                         log(tr("bridge: %1").arg(e));
                         return false;
                     }
                     QStringList without;
                     for (const QString& u : now)
                         if (normalized(u) != normalized(url))
                             without << u;
                     if (without == now)
                         return true;
                     if (!putBridgeList(without, &e)) {
                         log(tr("bridge: %1").arg(e));
                         return false;
                     }
                     return true;
                 });
        if (!putBridgeList(after, &error))
            fail(tr("PUT the fleet list: %1").arg(error));
    } else {
        log(tr("%1 is already in the list").arg(url));
    }
    const QStringList now = getBridgeList(&error);
    if (!error.isEmpty() || !AddFleetPlanner::listContains(now, url))
        fail(tr("the bridge's list does not contain %1 after the update%2")
                 .arg(url, error.isEmpty() ? QString() : QStringLiteral(": ") + error));
    log(tr("%1 after: %2").arg(m_inventory.bridge.fleetKey, now.join(QStringLiteral(", "))));
    QString pick;
    QElapsedTimer t;
    t.start();
    do {
        pick = pickCheck(&error);
        if (error.isEmpty())
            break;
        QThread::msleep(500);
    } while (t.elapsed() < 10000 && !m_cancel);
    if (!error.isEmpty())
        fail(tr("GET %1: %2").arg(m_inventory.bridge.pickUrl.toString(), error));
    log(tr("GET %1: %2 is a %3").arg(m_inventory.bridge.pickUrl.toString(), url, pick));
    return {AddFleetStepResult::Status::Ok,
            tr("%1 added to %2; pick sees it (%3)").arg(url, m_inventory.bridge.fleetKey, pick)};
}

// ---- Verify --------------------------------------------------------------------

AddFleetStepResult AddFleetEngine::verify()
{
    const QString prefix =
        QStringLiteral("fleetdeck-verify-%1-%2").arg(m_spec.name).arg(QDateTime::currentSecsSinceEpoch());
    // 1. Straight to the new fleet's nginx: TLS, the route, a worker behind it.
    {
        TestCall direct;
        const QUrl url(m_proposal.baseUrl + QStringLiteral("/attach"));
        const int status = direct.open(url, m_spec.tls, prefix + QStringLiteral("-direct"), 5);
        log(tr("test call %1 → HTTP %2 %3").arg(url.toString()).arg(status).arg(direct.error()));
        if (status != 101)
            fail(tr("a WebSocket call to %1 was not accepted (HTTP %2 %3)")
                     .arg(url.toString())
                     .arg(status)
                     .arg(direct.error()));
    }
    // 2. Through the ingress: hold calls open until one is seen on the new fleet
    //    (leastconn: with one call on every fleet, the new one must have one).
    const IngressSpec& ingress = ingressSpec();
    const QUrl verifyUrl(m_request.verifyUrl.isEmpty() ? QStringLiteral("https://%1/attach").arg(ingress.host)
                                                       : m_request.verifyUrl);
    std::list<TestCall> calls;
    QString seenOn;
    const int attempts = std::max(2, m_proposal.fleetsAfter + 1);
    for (int k = 1; k <= attempts && seenOn.isEmpty(); ++k) {
        calls.emplace_back();
        const QString id = prefix + QStringLiteral("-ingress-%1").arg(k);
        const int status = calls.back().open(verifyUrl, m_spec.tls, id, 30);
        log(tr("test call %1 (%2) → HTTP %3 %4")
                .arg(verifyUrl.toString(), id)
                .arg(status)
                .arg(calls.back().error()));
        if (status != 101)
            continue;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 3000 && seenOn.isEmpty()) {
            const HealthReading h = healthProbe().fetchNow(m_spec.healthUrl, m_spec.tls, 3000);
            for (const WorkerStatus& w : h.snapshot.workers)
                if (w.callId.startsWith(prefix + QStringLiteral("-ingress-")))
                    seenOn = tr("call %1 on worker %2 of %3").arg(w.callId).arg(w.id).arg(m_spec.name);
            if (seenOn.isEmpty())
                QThread::msleep(200);
        }
    }
    calls.clear(); // hang up
    if (seenOn.isEmpty())
        fail(tr("%n test call(s) through %1 never reached %2", nullptr, attempts)
                 .arg(verifyUrl.toString(), m_spec.name));
    log(tr("through the ingress: %1").arg(seenOn));

    QStringList lines;
    lines << tr("Fleet %1 (%2) added:").arg(m_spec.name, m_spec.host);
    lines << tr("  workers: %1 × %2 enabled and running; %3=%4 in %5")
                 .arg(m_request.workers)
                 .arg(m_spec.service.unitTemplate, m_spec.service.envVar)
                 .arg(m_request.workers)
                 .arg(m_spec.service.envFile);
    lines << tr("  nginx: %1 and %2 written, nginx -t ok, reloaded")
                 .arg(m_spec.service.nginxConfig, m_spec.service.nginxRoutes);
    lines << tr("  inbound: %1 on %2 (%3), UP").arg(m_proposal.addFleetCommand, ingress.name, ingress.host);
    lines << tr("  outbound: %1 in the bridge's %2, a pick candidate")
                 .arg(m_proposal.baseUrl, m_inventory.bridge.fleetKey);
    lines
        << tr("  verified: a WebSocket call to its nginx answered 101; through the ingress: %1").arg(seenOn);
    for (const QString& w : m_proposal.warnings)
        lines << tr("  advisory: %1").arg(w);
    m_summary = lines.join(QLatin1Char('\n'));
    unlockIngress();
    unlockHost();
    log(m_summary);
    return {AddFleetStepResult::Status::Ok, tr("%1 serves calls: %2").arg(m_spec.name, seenOn)};
}

} // namespace fleetdeck
