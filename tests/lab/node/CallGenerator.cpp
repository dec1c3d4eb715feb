#include "CallGenerator.h"

#include "NodeUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace fleetdeck::lab {

CallGenerator::CallGenerator(const Options& options, QObject* parent)
    : QObject(parent), m_options(options), m_rng(options.seed ? options.seed : std::random_device{}()),
      m_interArrival(qMax(options.cps, 1e-6))
{
    m_arrivalTimer.setSingleShot(true);
    m_arrivalTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &CallGenerator::onArrival);
    m_progressTimer.setInterval(5000);
    connect(&m_progressTimer, &QTimer::timeout, this, &CallGenerator::printProgress);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        // In-flight calls that outlived hold + 10 s: give up on them.
        const auto calls = m_active;
        for (CallClient* call : calls)
            call->abort();
        report();
    });
}

void CallGenerator::start()
{
    m_clock.start();
    m_placing = true;
    if (!m_options.quiet)
        m_progressTimer.start();
    m_nextArrivalS = m_interArrival(m_rng);
    scheduleNextArrival();
    QTimer::singleShot(qint64(m_options.seconds * 1000), this, &CallGenerator::stopPlacing);
}

void CallGenerator::scheduleNextArrival()
{
    if (!m_placing)
        return;
    const double nowS = m_clock.elapsed() / 1000.0;
    m_arrivalTimer.start(int(qMax(0.0, std::ceil((m_nextArrivalS - nowS) * 1000.0))));
}

void CallGenerator::onArrival()
{
    if (!m_placing)
        return;
    const double nowS = m_clock.elapsed() / 1000.0;
    // Every arrival due by now (timers are coarser than high rates).
    while (m_nextArrivalS <= nowS && m_nextArrivalS < m_options.seconds) {
        placeCall();
        m_nextArrivalS += m_interArrival(m_rng);
    }
    scheduleNextArrival();
}

void CallGenerator::placeCall()
{
    if (m_active.size() >= m_options.maxConcurrent) {
        ++m_counts.skipped;
        return;
    }
    ++m_counts.attempted;
    const QString callId = QStringLiteral("c-%1").arg(++m_sequence);
    const int holdMs = int(m_options.holdS * 1000);
    const int serverHoldS = int(std::ceil(m_options.holdS)) + 30;
    auto* call = new CallClient(m_options.target, callId, holdMs, serverHoldS, this);
    m_active.insert(call);
    connect(call, &CallClient::started, this, [this] { ++m_counts.started; });
    connect(call, &CallClient::finished, this,
            [this, call](CallClient::Outcome outcome, const QString&) { onCallFinished(call, outcome); });
    call->start();
}

void CallGenerator::onCallFinished(CallClient* call, CallClient::Outcome outcome)
{
    m_active.remove(call);
    switch (outcome) {
    case CallClient::Outcome::Rejected:
        ++m_counts.rejected;
        break;
    case CallClient::Outcome::Completed:
        ++m_counts.completed;
        break;
    case CallClient::Outcome::Dropped:
        ++m_counts.dropped;
        break;
    case CallClient::Outcome::Abandoned:
        ++m_counts.abandoned;
        break;
    }
    maybeFinish();
}

void CallGenerator::stopPlacing()
{
    if (!m_placing)
        return;
    m_placing = false;
    m_arrivalTimer.stop();
    m_drainTimer.start(int(m_options.holdS * 1000) + 10000);
    maybeFinish();
}

void CallGenerator::interrupt()
{
    m_placing = false;
    m_arrivalTimer.stop();
    // Close handshakes get 2 s each, all started at once; 3 s bounds the wait.
    if (!m_drainTimer.isActive() || m_drainTimer.remainingTime() > 3000)
        m_drainTimer.start(3000);
    const auto calls = m_active;
    for (CallClient* call : calls)
        call->hangUp();
    maybeFinish();
}

void CallGenerator::maybeFinish()
{
    if (!m_placing && m_active.isEmpty())
        QTimer::singleShot(0, this, &CallGenerator::report);
}

void CallGenerator::printProgress()
{
    QTextStream out(stdout);
    out << "t=" << qRound64(m_clock.elapsed() / 1000.0) << "s active=" << m_active.size()
        << " started=" << m_counts.started << " completed=" << m_counts.completed
        << " rejected=" << m_counts.rejected << " dropped=" << m_counts.dropped << Qt::endl;
}

void CallGenerator::report()
{
    if (m_reported)
        return;
    m_reported = true;
    m_progressTimer.stop();
    m_drainTimer.stop();
    if (!m_options.jsonFile.isEmpty()) {
        const QJsonObject o{{QStringLiteral("started"), m_counts.started},
                            {QStringLiteral("completed"), m_counts.completed},
                            {QStringLiteral("rejected"), m_counts.rejected},
                            {QStringLiteral("dropped"), m_counts.dropped},
                            {QStringLiteral("attempted"), m_counts.attempted},
                            {QStringLiteral("abandoned"), m_counts.abandoned},
                            {QStringLiteral("skipped"), m_counts.skipped},
                            {QStringLiteral("seconds"), m_clock.elapsed() / 1000.0}};
        QString error;
        if (!NodeUtil::writeAtomically(m_options.jsonFile, QJsonDocument(o).toJson(), &error))
            QTextStream(stderr) << "fleetlab-node calls: cannot write " << m_options.jsonFile << ": " << error
                                << Qt::endl;
    }
    QTextStream(stdout) << m_counts.summaryLine() << Qt::endl;
    emit done(0);
}

} // namespace fleetdeck::lab
