#include "onboarding/TestCall.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrlQuery>

namespace fleetdeck {

TestCall::TestCall() = default;

TestCall::~TestCall()
{
    if (m_socket) {
        m_socket->abort();
    }
}

int TestCall::open(const QUrl& url, const TlsSettings& tls, const QString& callId, int holdSeconds,
                   int timeoutMs)
{
    m_socket = std::make_unique<QSslSocket>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty())
        config.addCaCertificates(QSslCertificate::fromPath(tls.caFile, QSsl::Pem));
    m_socket->setSslConfiguration(config);
    const bool plain = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("ws");
    const int port = url.port(plain ? 80 : 443);
    if (plain) {
        m_socket->connectToHost(url.host(), quint16(port));
        if (!m_socket->waitForConnected(timeoutMs)) {
            m_error = m_socket->errorString();
            return -1;
        }
    } else {
        m_socket->connectToHostEncrypted(url.host(), quint16(port));
        if (!m_socket->waitForEncrypted(timeoutMs)) {
            m_error = m_socket->errorString();
            return -1;
        }
    }
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("call_id"), callId);
    query.addQueryItem(QStringLiteral("hold"), QString::number(holdSeconds));
    const QByteArray path = (url.path().isEmpty() ? QStringLiteral("/") : url.path()).toUtf8() + '?' +
                            query.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray hostHeader = url.host().toUtf8() + ':' + QByteArray::number(port);
    m_socket->write("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: ZmxlZXRkZWNrLXZlcmlmeQ==\r\nSec-WebSocket-Version: 13\r\n"
                    "User-Agent: fleetdeck-verify\r\n\r\n");
    m_socket->waitForBytesWritten(timeoutMs);
    QByteArray head;
    QElapsedTimer t;
    t.start();
    while (!head.contains("\r\n\r\n") && t.elapsed() < timeoutMs) {
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(200)) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        head += m_socket->readAll();
    }
    const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
    if (first.size() < 2) {
        m_error = QStringLiteral("no HTTP answer");
        return -1;
    }
    return first.at(1).toInt();
}

} // namespace fleetdeck
