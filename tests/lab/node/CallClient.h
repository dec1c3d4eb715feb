#pragma once

#include "CallTarget.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QIODevice;

namespace fleetdeck::lab {

/// One WebSocket call of the generator: connect, handshake, hold, close.
/// Every call ends with exactly one finished() signal.
class CallClient : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Rejected,  // no 101 (non-101 status, refused, TLS error, timeout)
        Completed, // started and ended with a close handshake
        Dropped,   // started, then the connection died without a close frame
        Abandoned  // not started when the generator was interrupted
    };
    Q_ENUM(Outcome)

    CallClient(const CallTarget& target, const QString& callId, int holdMs, int serverHoldS,
               QObject* parent = nullptr);

    void start();
    bool isStarted() const { return m_started; }
    /// Ends the call now: a started call sends its close frame, others are abandoned.
    void hangUp();
    /// Gives up at once: counted by how far the call got.
    void abort();

signals:
    void started();
    void finished(fleetdeck::lab::CallClient::Outcome outcome, const QString& detail);

private:
    void onConnected();
    void onReadyRead();
    void onConnectionLost(const QString& why);
    void readFrames();
    void sendClose(quint16 code);
    void finish(Outcome outcome, const QString& detail);
    void closeDevice(bool abortNow);

    CallTarget m_target;
    QString m_callId;
    int m_holdMs = 0;
    int m_serverHoldS = 0;
    QIODevice* m_device = nullptr;
    QByteArray m_key;
    QByteArray m_buffer;
    QTimer m_timer; // handshake timeout, then hold, then close wait
    bool m_started = false;
    bool m_closeSent = false;
    bool m_done = false;
};

} // namespace fleetdeck::lab
