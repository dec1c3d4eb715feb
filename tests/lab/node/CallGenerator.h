#pragma once

#include "CallClient.h"
#include "CallCounts.h"
#include "CallTarget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <random>

namespace fleetdeck::lab {

/// Places WebSocket calls with Poisson arrivals, holds them, and counts the outcomes.
class CallGenerator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        CallTarget target;
        double cps = 2.0;
        double holdS = 20.0;
        double seconds = 60.0;
        int maxConcurrent = 1000;
        QString jsonFile;
        bool quiet = false;
        quint64 seed = 0; // 0: random
    };

    explicit CallGenerator(const Options& options, QObject* parent = nullptr);

    void start();
    /// SIGINT/SIGTERM: stop placing calls, close active ones, report.
    void interrupt();

signals:
    void done(int exitCode);

private:
    void scheduleNextArrival();
    void onArrival();
    void placeCall();
    void onCallFinished(CallClient* call, CallClient::Outcome outcome);
    void stopPlacing();
    void maybeFinish();
    void report();
    void printProgress();

    Options m_options;
    std::mt19937_64 m_rng;
    std::exponential_distribution<double> m_interArrival;
    QElapsedTimer m_clock;
    double m_nextArrivalS = 0.0;
    QTimer m_arrivalTimer;
    QTimer m_progressTimer;
    QTimer m_drainTimer;
    QSet<CallClient*> m_active;
    CallCounts m_counts;
    qint64 m_sequence = 0;
    bool m_placing = false;
    bool m_reported = false;
};

} // namespace fleetdeck::lab
