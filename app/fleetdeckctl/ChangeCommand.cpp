#include "ChangeCommand.h"

#include "ExitCode.h"
#include "PlanCollector.h"
#include "PlanPrinter.h"
#include "audit/AuditLog.h"
#include "plan/PlanDocument.h"
#include "plan/PlanRunner.h"
#include "remote/HostKeyPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <csignal>

namespace fleetdeck::ctl {

namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

void print(const QString& text, FILE* stream = stdout)
{
    QTextStream out(stream);
    out << text;
    out.flush();
}

} // namespace

ChangeCommand::ChangeCommand(Mode mode, Inventory inventory, ChangeArgs args, SshSessionFactory sessions,
                             QObject* parent)
    : QObject(parent), m_mode(mode), m_inventory(std::move(inventory)), m_args(std::move(args)),
      m_sessions(std::move(sessions))
{
    if (m_args.trustHostKey.isEmpty())
        m_policy = std::make_shared<RejectUnknownPolicy>();
    else
        m_policy = std::make_shared<TrustFingerprintPolicy>(m_args.trustHostKey);
}

ChangeCommand::~ChangeCommand() = default;

void ChangeCommand::start()
{
    if (!m_args.planFile.isEmpty()) {
        QFile file(m_args.planFile);
        if (!file.open(QIODevice::ReadOnly)) {
            print(tr("fleetdeckctl: cannot read %1: %2\n").arg(m_args.planFile, file.errorString()), stderr);
            return finish(BadInput);
        }
        QString error;
        const PlanDocument doc = PlanDocument::fromJson(file.read(64 * 1024 * 1024), &error);
        if (!error.isEmpty()) {
            print(tr("fleetdeckctl: %1: %2\n").arg(m_args.planFile, error), stderr);
            return finish(BadInput);
        }
        apply(doc.plans);
        return;
    }
    const Inventory inventory = m_inventory;
    const QStringList servers = m_args.servers;
    const PlanRequest request = m_args.request;
    auto policy = m_policy;
    const SshSessionFactory sessions = m_sessions;
    QtConcurrent::run([inventory, servers, request, policy, sessions] {
        return PlanCollector::collect(inventory, servers, request, policy, sessions);
    }).then(this, [this](const PlanCollector::Collected& c) { onPlanned(c.plans, c.error, c.exitCode); });
}

void ChangeCommand::onPlanned(const QList<Plan>& plans, const QString& error, int exitCode)
{
    if (exitCode != Done) {
        print(tr("fleetdeckctl: %1\n").arg(error), stderr);
        if (exitCode == Refused)
            print(tr("Nothing was changed (exit 3: refused for safety).\n"), stderr);
        return finish(exitCode);
    }
    for (int i = 0; i < plans.size(); ++i)
        print(PlanPrinter::text(plans.at(i), i, int(plans.size())) + QLatin1Char('\n'));
    if (m_mode == Mode::Apply)
        return apply(plans);
    if (!m_args.out.isEmpty()) {
        QSaveFile file(m_args.out);
        PlanDocument doc;
        doc.plans = plans;
        if (!file.open(QIODevice::WriteOnly) || file.write(doc.toJson()) < 0 || !file.commit()) {
            print(tr("fleetdeckctl: cannot write %1: %2\n").arg(m_args.out, file.errorString()), stderr);
            return finish(Failed);
        }
        print(
            tr("Plan saved to %1. Nothing was changed. Apply exactly this plan with: fleetdeckctl apply %1\n")
                .arg(m_args.out));
    } else {
        print(tr("Nothing was changed (save the plan with --out FILE, then: fleetdeckctl apply FILE).\n"));
    }
    finish(Done);
}

void ChangeCommand::apply(const QList<Plan>& plans)
{
    m_plans = plans;
    m_audit = std::make_unique<AuditLog>();
    QString error;
    if (!m_audit->open(&error)) {
        print(tr("fleetdeckctl: cannot open the audit log %1: %2; nothing was changed\n")
                  .arg(m_audit->path(), error),
              stderr);
        return finish(Failed);
    }
    auto policy = m_policy;
    const SshSessionFactory sessions = m_sessions;
    m_runner = new PlanRunner(
        m_inventory.servers, [policy, sessions](const SshTarget& t) { return sessions(t, policy); }, this);
    connect(m_runner, &PlanRunner::planStarted, this, &ChangeCommand::onPlanStarted);
    connect(m_runner, &PlanRunner::stepStarted, this, [](int index, int total, const QString& title) {
        print(QStringLiteral("[%1/%2] %3 … ").arg(index + 1).arg(total).arg(title));
    });
    connect(m_runner, &PlanRunner::stepFinished, this, [](int, bool ok, const QString& detail) {
        print(ok ? detail + QLatin1Char('\n') : tr("FAILED: %1\n").arg(detail));
    });
    if (m_args.verbose)
        connect(m_runner, &PlanRunner::output, this, [](const QString& text) {
            print(QStringLiteral("    | ") +
                  QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n    | ")) + QLatin1Char('\n'));
        });
    connect(m_runner, &PlanRunner::planFinished, this, &ChangeCommand::onPlanFinished);
    connect(m_runner, &PlanRunner::finished, this, &ChangeCommand::onFinished);
    // Ctrl-C / TERM: stop at the next safe point and roll back, instead of dying mid-change.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (!g_interrupted)
            return;
        poll->stop();
        print(tr("\nInterrupted: stopping at the next safe point and rolling back…\n"), stderr);
        m_runner->cancel();
    });
    poll->start(100);
    m_runner->start(plans);
}

void ChangeCommand::onPlanStarted(int index, int count, const QString& server)
{
    const Plan& plan = m_plans.at(index);
    print(tr("Applying plan %1 of %2: %3 on %4 (%5)\n")
              .arg(index + 1)
              .arg(count)
              .arg(plan.action, server, plan.summary));
    QString error;
    const qint64 id = m_audit->begin(plan.auditRecord(server), &error);
    if (id == 0)
        print(tr("fleetdeckctl: warning: audit log: %1\n").arg(error), stderr);
    m_auditIds.insert(index, id);
}

void ChangeCommand::onPlanFinished(int index, const PlanRunResult& result)
{
    const qint64 id = m_auditIds.value(index);
    if (id > 0)
        m_audit->finish(id, result.resultName(), result.message, result.output, result.callsDropped);
    print(result.message + QLatin1Char('\n'),
          result.outcome == PlanRunResult::Outcome::Done ? stdout : stderr);
}

void ChangeCommand::onFinished(const PlanRunResult& result)
{
    if (result.callsDropped > 0 || m_plans.value(0).action == QLatin1String("restart"))
        print(tr("calls dropped: %1\n").arg(result.callsDropped));
    finish(result.exitCode());
}

void ChangeCommand::finish(int exitCode)
{
    Q_EMIT finished(exitCode);
}

} // namespace fleetdeck::ctl
