#pragma once

#include <QByteArray>
#include <QHash>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QLocalSocket;

namespace fleetdeck::lab {

struct HttpRequest;

/// Stand-in for one voxcore@N worker: one WebSocket call at a time on a Unix
/// socket, 429 for anything else while busy, state in a JSON file.
class WorkerServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int id = 0;
        QString socketPath;
        QString statePath;
        QString pidFile;
        int startDelayMs = 300;
        int defaultHoldS = 20;
    };

    explicit WorkerServer(const Options& options, QObject* parent = nullptr);

    /// Writes the pid file and state `starting`; listens after the start delay.
    bool start(QString* error);

private:
    void listenNow();
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);
    void handleRequest(QLocalSocket* socket, const HttpRequest& request);
    void beginCall(QLocalSocket* socket, const HttpRequest& request);
    void onCallData();
    void onHoldExpired();
    void endCall(bool replyClose, quint16 code);
    void reply(QLocalSocket* socket, int status, const QByteArray& type, const QByteArray& body);
    QByteArray stateJson() const;
    void writeState();
    void setState(const QString& state);
    static qint64 previousCallsStarted(const QString& statePath);

    Options m_options;
    QLocalServer m_server;
    QHash<QLocalSocket*, QByteArray> m_buffers; // connections still sending a request
    QPointer<QLocalSocket> m_call;
    QByteArray m_callBuffer;
    QTimer m_holdTimer;
    QTimer m_closeWaitTimer;
    bool m_closeSent = false;
    QString m_state = QStringLiteral("starting");
    QString m_callId;
    QString m_since;
    qint64 m_callsStarted = 0;
};

} // namespace fleetdeck::lab
