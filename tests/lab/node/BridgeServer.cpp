#include "BridgeServer.h"

#include "HttpConnection.h"
#include "HttpRequest.h"
#include "NodeUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

namespace fleetdeck::lab {

namespace {
QByteArray readFile(const QString& path, QString* error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    return file.read(1024 * 1024);
}

QByteArray errorJson(const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact) +
           '\n';
}
} // namespace

BridgeServer::BridgeServer(const Options& options, QObject* parent) : QObject(parent), m_options(options) {}

bool BridgeServer::start(QString* error)
{
    QList<QSslCertificate> ca;
    if (!m_options.caFile.isEmpty()) {
        ca = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (ca.isEmpty()) {
            *error = QStringLiteral("no CA certificate in ") + m_options.caFile;
            return false;
        }
    }
    m_picker = new FleetPicker(ca, this);
    if (!QFile::exists(m_options.settingsFile)) {
        const QJsonObject empty{{m_options.fleetKey, QJsonArray()}};
        if (!NodeUtil::writeAtomically(m_options.settingsFile, QJsonDocument(empty).toJson(), error))
            return false;
    }
    if (!m_options.certFile.isEmpty() || !m_options.keyFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.certFile, QSsl::Pem);
        const QSslKey key(readFile(m_options.keyFile, error), QSsl::Rsa, QSsl::Pem);
        QSslKey usable = key;
        if (usable.isNull())
            usable = QSslKey(readFile(m_options.keyFile), QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || usable.isNull()) {
            *error = QStringLiteral("cannot load --cert/--key");
            return false;
        }
        auto* ssl = new QSslServer(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(usable);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(conf);
        ssl->setHandshakeTimeout(5000);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &BridgeServer::onPendingConnection);
    if (!m_server->listen(m_options.address, m_options.port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

void BridgeServer::onPendingConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest& request) { handle(connection, request); });
    }
}

QJsonObject BridgeServer::loadSettings() const
{
    QJsonObject o = QJsonDocument::fromJson(readFile(m_options.settingsFile)).object();
    if (!o.value(m_options.fleetKey).isArray())
        o.insert(m_options.fleetKey, QJsonArray());
    return o;
}

bool BridgeServer::authorized(const HttpRequest& request) const
{
    const QByteArray token = readFile(m_options.tokenFile).trimmed();
    const QByteArray header = request.header("authorization");
    if (token.isEmpty() || !header.startsWith("Bearer "))
        return false;
    return NodeUtil::constantTimeEquals(header.mid(7).trimmed(), token);
}

void BridgeServer::handle(HttpConnection* connection, const HttpRequest& request)
{
    const QByteArray settingsPath = "/api/settings";
    const QByteArray keyPath = settingsPath + '/' + m_options.fleetKey.toUtf8();
    if (request.path == settingsPath || request.path == settingsPath + '/') {
        if (request.method != "GET")
            return connection->respondJson(405, errorJson(QStringLiteral("method not allowed")));
        return connection->respondJson(200,
                                       QJsonDocument(loadSettings()).toJson(QJsonDocument::Compact) + '\n');
    }
    if (request.path == keyPath) {
        if (request.method == "GET") {
            const QJsonArray list = loadSettings().value(m_options.fleetKey).toArray();
            return connection->respondJson(200, QJsonDocument(list).toJson(QJsonDocument::Compact) + '\n');
        }
        if (request.method == "PUT")
            return handlePut(connection, request);
        return connection->respondJson(405, errorJson(QStringLiteral("method not allowed")));
    }
    if (request.path == "/api/pick") {
        if (request.method != "GET")
            return connection->respondJson(405, errorJson(QStringLiteral("method not allowed")));
        return handlePick(connection);
    }
    connection->respondJson(404, errorJson(QStringLiteral("not found")));
}

void BridgeServer::handlePut(HttpConnection* connection, const HttpRequest& request)
{
    if (!authorized(request))
        return connection->respondJson(401, errorJson(QStringLiteral("unauthorized")));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return connection->respondJson(400, errorJson(QStringLiteral("body must be a JSON array of URLs")));
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QUrl url(list[i].toString(), QUrl::StrictMode);
        const bool ok = list[i].isString() && url.isValid() && !url.host().isEmpty() &&
                        url.userInfo().isEmpty() &&
                        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
        if (!ok)
            return connection->respondJson(400, errorJson(QStringLiteral("[%1]: not an http(s) URL").arg(i)));
    }
    QJsonObject settings = loadSettings();
    settings.insert(m_options.fleetKey, list);
    QString error;
    if (!NodeUtil::writeAtomically(m_options.settingsFile, QJsonDocument(settings).toJson(), &error))
        return connection->respondJson(500, errorJson(error));
    connection->respondJson(200, QJsonDocument(settings).toJson(QJsonDocument::Compact) + '\n');
}

void BridgeServer::handlePick(HttpConnection* connection)
{
    QStringList urls;
    for (const QJsonValue& v : loadSettings().value(m_options.fleetKey).toArray())
        urls.append(v.toString());
    QPointer<HttpConnection> guard(connection);
    m_picker->pick(urls, [guard](const FleetPicker::Result& result) {
        if (guard)
            guard->respondJson(result.status, result.json);
    });
}

} // namespace fleetdeck::lab
