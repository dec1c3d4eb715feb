#include "onboarding/AddFleetEngine.h"

#include "audit/AuditLog.h"
#include "config/AddFleetPreview.h"
#include "config/ContentHash.h"
#include "config/EnvFileEditor.h"
#include "config/HaproxyBackend.h"
#include "config/UnifiedDiff.h"
#include "onboarding/AddFleetPlanner.h"
#include "onboarding/BridgeClient.h"
#include "plan/HealthProbe.h"
#include "plan/PlanErrors.h"
#include "plan/SshTargetMapper.h"
#include "remote/FutureAwait.h"
#include "remote/HostKeyPolicy.h"
#include "remote/LibsshSession.h"
#include "remote/SshError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include <stdexcept>

namespace fleetdeck {

namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetdeck::AddFleetEngine", s, c, n);
}

} // namespace

/// A step's own failure with its verdict (Refused = exit 3).
class AddFleetEngine::StepFailure : public std::runtime_error
{
public:
    StepFailure(const QString& message, bool refused)
        : std::runtime_error(message.toStdString()), m_refused(refused)
    {}
    bool refused() const { return m_refused; }

private:
    bool m_refused;
};

AddFleetEngine::AddFleetEngine(Inventory inventory, AddFleetRequest request, Callbacks callbacks,
                               SessionFactory factory)
    : m_inventory(std::move(inventory)), m_request(std::move(request)), m_callbacks(std::move(callbacks)),
      m_factory(std::move(factory))
{
    m_spec = m_request.toServerSpec(m_inventory);
    m_trustedFingerprint = m_request.trustHostKey;
    if (!m_factory)
        m_factory = [](const SshTarget& t,
                       std::shared_ptr<HostKeyPolicy> policy) -> std::shared_ptr<SshSession> {
            return std::make_shared<LibsshSession>(t, std::move(policy));
        };
    m_proposal.server = m_spec.name;
    m_proposal.host = m_spec.host;
}

AddFleetEngine::~AddFleetEngine()
{
    if (m_host)
        m_host->close();
    if (m_ingress)
        m_ingress->close();
}

QString AddFleetEngine::seenFingerprint() const
{
    QMutexLocker lock(&m_fingerprintMutex);
    return m_seenFingerprint;
}

void AddFleetEngine::setTrustedFingerprint(const QString& fingerprint)
{
    QMutexLocker lock(&m_fingerprintMutex);
    m_trustedFingerprint = fingerprint;
}

void AddFleetEngine::log(const QString& text)
{
    m_output += text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_output += QLatin1Char('\n');
    if (m_callbacks.output)
        m_callbacks.output(text);
}

void AddFleetEngine::fail(const QString& message) const
{
    throw StepFailure(message, false);
}

const IngressSpec& AddFleetEngine::ingressSpec() const
{
    if (!m_request.ingress.isEmpty())
        if (const IngressSpec* i = m_inventory.ingress(m_request.ingress))
            return *i;
    return m_inventory.ingresses.first();
}

SshSession& AddFleetEngine::hostSession()
{
    if (!m_host) {
        auto policy = std::make_shared<CallbackHostKeyPolicy>([this](const QString&, int, const QString& fp) {
            QMutexLocker lock(&m_fingerprintMutex);
            m_seenFingerprint = fp;
            return !m_trustedFingerprint.isEmpty() && fp == m_trustedFingerprint
                       ? HostKeyPolicy::Decision::Trust
                       : HostKeyPolicy::Decision::Reject;
        });
        m_host = m_factory(SshTargetMapper::fromServer(m_spec), policy);
    }
    return *m_host;
}

SshSession& AddFleetEngine::ingressSession()
{
    if (!m_ingress)
        m_ingress =
            m_factory(SshTargetMapper::fromIngress(ingressSpec()), std::make_shared<RejectUnknownPolicy>());
    return *m_ingress;
}

AddFleetEngine::Run AddFleetEngine::run(SshSession& session, const QStringList& argv, int timeoutMs,
                                        const QByteArray& input, bool quiet)
{
    RemoteCommand cmd = RemoteCommand(argv)
                            .withSudo(session.target().become == SshTarget::Become::Sudo)
                            .withTimeout(timeoutMs);
    if (!input.isEmpty())
        cmd.withStdin(input);
    if (!quiet)
        log(QStringLiteral("%1$ %2").arg(session.target().host, cmd.displayString()));
    const CommandResult r = await(session.run(cmd));
    SshSession::throwIfSudoRefused(cmd, r);
    Run out{r.exitStatus, r.stdOut, r.stdErr};
    if (!quiet) {
        if (!out.text().isEmpty())
            log(out.text());
        log(tr("(exit status %1)").arg(r.exitStatus));
    }
    return out;
}

AddFleetStepResult AddFleetEngine::runStep(AddFleetStep step)
{
    m_cancel = false;
    if (m_callbacks.stepStarted)
        m_callbacks.stepStarted(step);
    log(QStringLiteral("== %1").arg(AddFleetSteps::title(step)));
    AddFleetStepResult result;
    try {
        switch (step) {
        case AddFleetStep::Host:
            result = host();
            break;
        case AddFleetStep::Trust:
            result = trust();
            break;
        case AddFleetStep::Preflight:
            result = preflight();
            break;
        case AddFleetStep::Deploy:
            result = deploy();
            break;
        case AddFleetStep::Nginx:
            result = nginx();
            break;
        case AddFleetStep::Inbound:
            result = inbound();
            break;
        case AddFleetStep::Outbound:
            result = outbound();
            break;
        case AddFleetStep::Verify:
            result = verify();
            break;
        }
    } catch (const StepFailure& e) {
        result = {e.refused() ? AddFleetStepResult::Status::Refused : AddFleetStepResult::Status::Failed,
                  QString::fromStdString(e.what())};
    } catch (const SshError& e) {
        const bool hostKey =
            e.kind() == SshError::Kind::HostKeyUnknown || e.kind() == SshError::Kind::HostKeyChanged;
        QString message = e.message();
        if (!e.detail().isEmpty() && !message.contains(e.detail()))
            message += QStringLiteral(" (") + e.detail() + QLatin1Char(')');
        result = {hostKey ? AddFleetStepResult::Status::Refused : AddFleetStepResult::Status::Failed,
                  message};
    } catch (const CancelError&) {
        result = {AddFleetStepResult::Status::Failed, tr("cancelled")};
    } catch (const std::exception& e) {
        result = {AddFleetStepResult::Status::Failed, QString::fromStdString(e.what())};
    }
    if (result.ok()) {
        if (!m_done.contains(step))
            m_done << step;
        log(tr("✓ %1: %2").arg(AddFleetSteps::title(step), result.detail));
    } else {
        log(tr("✗ %1: %2").arg(AddFleetSteps::title(step), result.detail));
    }
    if (m_callbacks.stepFinished)
        m_callbacks.stepFinished(step, result);
    return result;
}

AddFleetStepResult AddFleetEngine::plan()
{
    for (AddFleetStep step : {AddFleetStep::Host, AddFleetStep::Trust, AddFleetStep::Preflight}) {
        if (m_done.contains(step))
            continue;
        const AddFleetStepResult r = runStep(step);
        if (!r.ok())
            return r;
    }
    return {AddFleetStepResult::Status::Ok, tr("planned")};
}

AddFleetStepResult AddFleetEngine::applyRemaining()
{
    AddFleetStepResult last{AddFleetStepResult::Status::Ok, {}};
    for (AddFleetStep step : AddFleetSteps::all()) {
        if (m_done.contains(step))
            continue;
        last = runStep(step);
        if (!last.ok())
            return last;
    }
    return last;
}

// ---- Host, Trust, Preflight: read only ------------------------------------------

AddFleetStepResult AddFleetEngine::host()
{
    const QStringList errors = m_request.validate(m_inventory);
    if (!errors.isEmpty())
        throw StepFailure(errors.join(QStringLiteral("; ")), false);
    m_proposal.inventorySnippet = AddFleetPlanner::inventorySnippet(m_spec);
    return {AddFleetStepResult::Status::Ok,
            tr("%1 at %2 (ssh %3@%2:%4), zone %5, %n worker(s), %6 MB RAM", nullptr, m_request.workers)
                .arg(m_spec.name, m_spec.host, m_spec.ssh.user)
                .arg(m_spec.ssh.port)
                .arg(m_spec.zone)
                .arg(m_spec.ramMb)};
}

AddFleetStepResult AddFleetEngine::trust()
{
    try {
        await(hostSession().open());
    } catch (const SshError& e) {
        const QString fp = seenFingerprint();
        m_proposal.fingerprint = fp;
        if (e.kind() == SshError::Kind::HostKeyUnknown) {
            QMutexLocker lock(&m_fingerprintMutex);
            const QString detail = m_trustedFingerprint.isEmpty()
                                       ? tr("the host key of %1 is unknown: %2. Compare it out of band "
                                            "(ssh-keygen -lf on the host's "
                                            "key) before trusting exactly that fingerprint")
                                             .arg(m_spec.host, fp)
                                       : tr("the host key of %1 is %2, not the trusted %3: refused (possible "
                                            "man-in-the-middle, or "
                                            "the wrong host)")
                                             .arg(m_spec.host, fp, m_trustedFingerprint);
            throw StepFailure(detail, true);
        }
        throw;
    }
    m_hostOpen = true;
    const QString fp = seenFingerprint();
    m_proposal.fingerprint = fp;
    m_proposal.fingerprintTrusted = true;
    return {AddFleetStepResult::Status::Ok,
            fp.isEmpty() ? tr("host key already known (%1)").arg(m_spec.ssh.knownHostsFile)
                         : tr("host key %1 trusted and saved to %2").arg(fp, m_spec.ssh.knownHostsFile)};
}

AddFleetStepResult AddFleetEngine::preflight()
{
    SshSession& s = hostSession();
    PreflightFacts facts;
    facts.meminfo = run(s, {QStringLiteral("cat"), QStringLiteral("/proc/meminfo")}, 15000, {}, true).out;
    const Run nginxV = run(s, {QStringLiteral("nginx"), QStringLiteral("-v")}, 15000);
    facts.nginxExit = nginxV.exitStatus;
    facts.nginxVersion = nginxV.out + nginxV.err;
    const QString templateUnit =
        QString(m_spec.service.unitTemplate).replace(QStringLiteral("{n}"), QString()) +
        QStringLiteral(".service");
    const Run unit = run(s, {QStringLiteral("systemctl"), QStringLiteral("cat"), templateUnit}, 15000);
    facts.unitExit = unit.exitStatus;
    facts.unitText = unit.exitStatus == 0 ? unit.out : unit.out + unit.err;
    const RemoteFile env = await(s.stat(m_spec.service.envFile));
    facts.envExists = env.exists;
    if (env.exists)
        facts.envText = await(s.readFile(m_spec.service.envFile));
    m_envBefore = facts.envText;
    const Run df =
        run(s, {QStringLiteral("df"), QStringLiteral("-Pk"), AddFleetPlanner::serviceDir(m_spec)}, 15000);
    facts.dfExit = df.exitStatus;
    facts.dfText = df.exitStatus == 0 ? df.out : df.out + df.err;
    const RemoteFile conf = await(s.stat(m_spec.service.nginxConfig));
    facts.nginxConfigExists = conf.exists;
    if (conf.exists)
        facts.nginxConfigText = await(s.readFile(m_spec.service.nginxConfig));
    const RemoteFile routes = await(s.stat(m_spec.service.nginxRoutes));
    facts.nginxRoutesExists = routes.exists;
    if (routes.exists)
        facts.nginxRoutesText = await(s.readFile(m_spec.service.nginxRoutes));
    facts.runningUnits = run(s,
                             {QStringLiteral("systemctl"), QStringLiteral("list-units"),
                              m_spec.service.name + QStringLiteral("@*"), QStringLiteral("--plain"),
                              QStringLiteral("--no-legend"), QStringLiteral("--state=running")},
                             15000)
                             .out;
    facts.bridgeTokenEnv = m_inventory.bridge.tokenEnv;
    facts.bridgeTokenSet = !bridgeToken().isEmpty();

    QList<PreflightCheck> checks = AddFleetPlanner::preflight(facts, m_spec, m_request.workers);

    // What will be written, with diffs (new files: against empty).
    m_proposal.files.clear();
    auto addFile = [&](const QString& path, bool exists, const QByteArray& before, const QByteArray& after) {
        AddFleetProposal::File f{
            m_spec.name, path,  exists,
            before,      after, UnifiedDiff::diff(before, after, UnifiedDiff::label(m_spec.name, path))};
        m_proposal.files << f;
    };
    const auto upstream = AddFleetPlanner::upstreamFile(m_spec, m_request.workers);
    const auto routesText = AddFleetPlanner::routesFile(m_spec);
    if (!upstream.ok() || !routesText.ok())
        fail(upstream.ok() ? routesText.error().message : upstream.error().message);
    addFile(m_spec.service.nginxConfig, conf.exists, facts.nginxConfigText, upstream.value());
    addFile(m_spec.service.nginxRoutes, routes.exists, facts.nginxRoutesText, routesText.value());
    if (facts.envExists) {
        const auto envAfter = EnvFileEditor::setInt(facts.envText, m_spec.service.envVar, m_request.workers,
                                                    m_spec.service.envFile);
        if (envAfter.ok())
            addFile(m_spec.service.envFile, true, facts.envText, envAfter.value());
        else
            checks << PreflightCheck{QStringLiteral("env-var"),
                                     tr("%1 in .env").arg(m_spec.service.envVar),
                                     false,
                                     envAfter.error().message,
                                     tr("fix the .env file by hand"),
                                     false};
    }
    QStringList units;
    for (int i = 1; i <= m_request.workers; ++i)
        units << m_spec.service.unitFor(i);
    const QString unitRange =
        m_request.workers == 1 ? units.first() : QStringLiteral("%1 … %2").arg(units.first(), units.last());
    m_proposal.commands = {
        QStringLiteral("systemctl enable %1").arg(unitRange),
        QStringLiteral("systemctl start %1").arg(unitRange),
        tr("wait for %1 … (test -S)").arg(m_spec.service.socketFor(1)),
        tr("write %1: %2=%3").arg(m_spec.service.envFile, m_spec.service.envVar).arg(m_request.workers),
        tr("wait until %1 reports %2 workers").arg(m_spec.healthUrl.toString()).arg(m_request.workers),
        tr("write %1 and %2").arg(m_spec.service.nginxConfig, m_spec.service.nginxRoutes),
        QStringLiteral("nginx -t"),
        tr("systemctl reload nginx (and check that new nginx workers started)"),
    };

    // The ingress and the bridge, read now so the plan shows both changes.
    PreflightCheck ingressCheck{
        QStringLiteral("ingress"), tr("ingress %1").arg(ingressSpec().name), true, {}, {}, false};
    try {
        readIngress();
        ingressCheck.detail = tr("%1 fleet(s) now; add-fleet.sh will add: %2")
                                  .arg(m_proposal.fleetsAfter - 1)
                                  .arg(QString::fromUtf8(m_proposal.addFleetLine.trimmed()));
    } catch (const SshError& e) {
        ingressCheck.ok = false;
        ingressCheck.detail = e.message();
        ingressCheck.fix = tr("check SSH access to the ingress %1").arg(ingressSpec().host);
    } catch (const std::exception& e) {
        ingressCheck.ok = false;
        ingressCheck.detail = QString::fromStdString(e.what());
        ingressCheck.fix = tr("check the ingress in the inventory (ssh, haproxy_config, backend)");
    }
    checks << ingressCheck;
    PreflightCheck bridgeCheck{QStringLiteral("bridge"), tr("bridge fleet list"), true, {}, {}, false};
    readBridge();
    if (m_proposal.bridgeBefore.isEmpty() && m_proposal.bridgeAfter.isEmpty()) {
        bridgeCheck.ok = false;
        bridgeCheck.detail = tr("cannot read %1").arg(m_inventory.bridge.settingsUrl.toString());
        bridgeCheck.fix = tr("check bridge.settings_url and the bridge's TLS");
    } else {
        bridgeCheck.detail = tr("%n server(s) in %1", nullptr, int(m_proposal.bridgeBefore.size()))
                                 .arg(m_inventory.bridge.fleetKey);
    }
    checks << bridgeCheck;
    m_proposal.checks = checks;

    bool refused = false;
    if (!AddFleetPlanner::passed(checks, &refused)) {
        QStringList failed;
        for (const PreflightCheck& c : checks)
            if (!c.ok)
                failed << QStringLiteral("%1 (%2)").arg(c.title, c.fix.isEmpty() ? c.detail : c.fix);
        throw StepFailure(tr("preflight failed: %1").arg(failed.join(QStringLiteral("; "))), refused);
    }
    return {AddFleetStepResult::Status::Ok, tr("%n check(s) passed", nullptr, int(checks.size()))};
}

void AddFleetEngine::readIngress()
{
    const IngressSpec& ingress = ingressSpec();
    await(ingressSession().open());
    m_haproxyBefore = await(ingressSession().readFile(ingress.haproxyConfig));
    const auto backend = HaproxyBackend::parse(m_haproxyBefore, ingress.backend, ingress.haproxyConfig);
    if (!backend.ok())
        fail(backend.error().message);
    const auto preview =
        AddFleetPreview::compute(backend.value(), m_request.effectiveIngressAddress(), m_spec.name);
    if (!preview.ok())
        fail(preview.error().message);
    m_proposal.ingress = ingress.name;
    m_proposal.haproxyConfig = ingress.haproxyConfig;
    m_proposal.haproxyBefore = m_haproxyBefore;
    m_proposal.addFleetCommand =
        QStringLiteral("%1 %2 %3")
            .arg(ingress.addFleetScript, m_request.effectiveIngressAddress(), m_spec.name);
    m_proposal.addFleetLine = preview->line();
    m_proposal.haproxyDiff = UnifiedDiff::diff(m_haproxyBefore, preview->newText(),
                                               UnifiedDiff::label(ingress.name, ingress.haproxyConfig));
    m_proposal.fleetsAfter = preview->fleetCountAfter();
    m_proposal.warnings.clear();
    if (HaproxyBackend::needsSecondIngress(m_proposal.fleetsAfter)) {
        auto after = HaproxyBackend::parse(preview->newText(), ingress.backend);
        if (after.ok())
            if (const auto advisory = after->singlePointOfFailureAdvisory())
                m_proposal.warnings << *advisory;
    }
}

QByteArray AddFleetEngine::bridgeToken() const
{
    if (m_inventory.bridge.tokenEnv.isEmpty())
        return {};
    return qgetenv(m_inventory.bridge.tokenEnv.toLocal8Bit().constData()).trimmed();
}

QStringList AddFleetEngine::getBridgeList(QString* error)
{
    if (!m_bridge)
        m_bridge = std::make_unique<BridgeClient>();
    const BridgeReply r =
        m_bridge->requestNow("GET", m_inventory.bridge.settingsUrl, m_inventory.bridge.tls, bridgeToken());
    if (!r.ok()) {
        *error = r.error.isEmpty()
                     ? tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200)).trimmed())
                     : r.error;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonValue list = doc.object().value(m_inventory.bridge.fleetKey);
    if (!doc.isObject() || !(list.isArray() || list.isUndefined())) {
        *error = tr("the settings have no list %1").arg(m_inventory.bridge.fleetKey);
        return {};
    }
    QStringList out;
    for (const QJsonValue& v : list.toArray())
        out << v.toString();
    error->clear();
    return out;
}

void AddFleetEngine::readBridge()
{
    QString error;
    const QStringList before = getBridgeList(&error);
    m_proposal.baseUrl = AddFleetPlanner::baseUrl(m_spec.healthUrl);
    if (!error.isEmpty()) {
        log(tr("bridge: %1").arg(error));
        m_proposal.bridgeBefore.clear();
        m_proposal.bridgeAfter.clear();
        return;
    }
    m_proposal.bridgeBefore = before;
    m_proposal.bridgeAfter = AddFleetPlanner::bridgeListAfter(before, m_proposal.baseUrl);
    m_proposal.bridgeDiff = AddFleetPlanner::bridgeListDiff(
        before, m_proposal.bridgeAfter,
        QStringLiteral("bridge:%1#%2")
            .arg(m_inventory.bridge.settingsUrl.toString(), m_inventory.bridge.fleetKey));
    if (m_proposal.bridgeAfter.isEmpty())
        m_proposal.bridgeAfter << m_proposal.baseUrl; // never empty once read
}

// ---- rollback and audit --------------------------------------------------------

bool AddFleetEngine::rollback()
{
    m_cancel = false;
    if (m_undo.isEmpty()) {
        log(tr("nothing to roll back"));
        return true;
    }
    log(tr("rolling back %n change(s)", nullptr, int(m_undo.size())));
    bool complete = true;
    for (qsizetype i = m_undo.size() - 1; i >= 0; --i) {
        const Undo& u = m_undo.at(i);
        bool ok = false;
        for (int attempt = 0; attempt < 3 && !ok; ++attempt) {
            try {
                ok = u.run();
                if (!ok)
                    break;
            } catch (const SshError& e) {
                log(tr("rollback: %1: %2").arg(u.title, e.message()));
            } catch (const std::exception& e) {
                log(tr("rollback: %1: %2").arg(u.title, QString::fromStdString(e.what())));
                break;
            }
        }
        log(ok ? tr("undone: %1").arg(u.title) : tr("NOT undone: %1").arg(u.title));
        complete = complete && ok;
    }
    m_undo.clear();
    // Rolled-back steps are to be done again.
    m_done.removeAll(AddFleetStep::Deploy);
    m_done.removeAll(AddFleetStep::Nginx);
    m_done.removeAll(AddFleetStep::Inbound);
    m_done.removeAll(AddFleetStep::Outbound);
    m_done.removeAll(AddFleetStep::Verify);
    unlockIngress();
    unlockHost();
    log(complete ? tr("rollback complete: %1 is as it was").arg(m_spec.name) : tr("rollback INCOMPLETE"));
    return complete;
}

bool AddFleetEngine::recordAudit(const QString& result, const QString& message, QString* error)
{
    AuditLog audit; // this thread's own connection
    if (!audit.open(error))
        return false;
    AuditRecord record;
    record.server = m_spec.name;
    record.action = QStringLiteral("add-fleet");
    record.summary =
        tr("add fleet %1 (%2), %n worker(s)", nullptr, m_request.workers).arg(m_spec.name, m_spec.host);
    QJsonObject plan{{QStringLiteral("name"), m_spec.name},
                     {QStringLiteral("host"), m_spec.host},
                     {QStringLiteral("zone"), m_spec.zone},
                     {QStringLiteral("workers"), m_request.workers},
                     {QStringLiteral("fingerprint"), m_proposal.fingerprint},
                     {QStringLiteral("add_fleet"), m_proposal.addFleetCommand},
                     {QStringLiteral("bridge_url"), m_proposal.baseUrl}};
    record.plan = QString::fromUtf8(QJsonDocument(plan).toJson(QJsonDocument::Compact));
    QByteArray diff;
    for (const AddFleetProposal::File& f : m_proposal.files)
        diff += f.diff;
    diff += m_proposal.haproxyDiff + m_proposal.bridgeDiff;
    record.diff = QString::fromUtf8(diff);
    const qint64 id = audit.begin(record, error);
    if (id == 0)
        return false;
    return audit.finish(id, result, message, m_output, 0, error);
}

} // namespace fleetdeck
