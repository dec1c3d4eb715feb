// fleetlab-node on its own, without nginx/haproxy: worker, health endpoint,
// bridge and call generator, each started as a real process in a temporary dir.
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

const QByteArray SampleKey = "dGhlIHNhbXBsZSBub25jZQ=="; // RFC 6455 §1.3
const QByteArray SampleAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

QString nodeBinary()
{
    const QString env = qEnvironmentVariable("FLEETLAB_NODE");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(FLEETDECK_BINARY_DIR "/tests/lab/fleetlab-node");
}

QByteArray maskedFrame(quint8 opcode, const QByteArray& payload)
{
    QByteArray out;
    out.append(char(0x80 | opcode));
    out.append(char(0x80 | payload.size())); // payloads here are < 126 bytes
    const char mask[4] = {0x11, 0x22, 0x33, 0x44};
    out.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(char(payload[i] ^ mask[i % 4]));
    return out;
}

QByteArray upgradeRequest(const QByteArray& target)
{
    return "GET " + target +
           " HTTP/1.1\r\nHost: lab\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: " +
           SampleKey + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

/// Reads from a Unix socket until pred(buffer) holds, the peer closes, or timeout.
QByteArray readUntil(QLocalSocket& s, const std::function<bool(const QByteArray&)>& pred,
                     int timeoutMs = 3000)
{
    QByteArray buf;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        buf += s.readAll();
        if (pred(buf) || s.state() != QLocalSocket::ConnectedState)
            break;
        s.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
    }
    return buf + s.readAll();
}

bool hasHead(const QByteArray& b)
{
    return b.contains("\r\n\r\n");
}

/// One HTTP exchange on a Unix socket; the servers close after answering (or keep-alive
/// with Content-Length: we stop when the body is complete).
QByteArray unixHttp(const QString& path, const QByteArray& request)
{
    QLocalSocket s;
    s.connectToServer(path);
    if (!s.waitForConnected(2000))
        return {};
    s.write(request);
    return readUntil(s, [](const QByteArray& b) {
        const qsizetype end = b.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const auto m = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"),
                                          QRegularExpression::CaseInsensitiveOption)
                           .match(QString::fromLatin1(b.left(end)));
        return m.hasMatch() && b.size() >= end + 4 + m.captured(1).toInt();
    });
}

QByteArray bodyOf(const QByteArray& response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

/// A fixed /health/fleet document served over plain HTTP from the test process.
class FakeHealth : public QTcpServer
{
public:
    explicit FakeHealth(const QStringList& states)
    {
        QJsonArray workers;
        for (int i = 0; i < states.size(); ++i)
            workers.append(QJsonObject{{"id", i + 1}, {"state", states[i]}});
        m_body = QJsonDocument(QJsonObject{{"service", "voxcore"}, {"workers", workers}}).toJson();
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->property("buf").toByteArray().append(s->peek(65536)).contains("\r\n\r\n"))
                        return;
                    s->readAll();
                    ++m_hits;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: " +
                             QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    s->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int hits() const { return m_hits; }

private:
    QByteArray m_body;
    int m_hits = 0;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestLabNode : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void workerHandshakeBusyAndStates();
    void workerHoldEndsWithCloseFrame();
    void workerSigtermDropsCallAndCleansUp();
    void healthReportsFromHostDir();
    void bridgeTokenSettingsAndPick();
    void callsCountsStartedCompletedRejected();
    void callsCountsDroppedWhenWorkerDies();
    void callsInterruptClosesCleanly();
    void tlsCallsBridgeAndPick();

private:
    QProcess* start(const QStringList& args);
    QProcess* startProgram(const QString& program, const QStringList& args);
    bool makeCertificates();
    QProcess* startWorker(int id, int startDelayMs = 0);
    QString path(const QString& name) const { return m_dir->path() + QLatin1Char('/') + name; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess*> m_processes;
};

void TestLabNode::init()
{
    // Short path: Unix socket paths must stay under 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/fln-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFileInfo(nodeBinary()).isExecutable(), qPrintable(nodeBinary()));
}

void TestLabNode::cleanup()
{
    for (QProcess* p : std::as_const(m_processes)) {
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished(3000);
        }
        delete p;
    }
    m_processes.clear();
    m_dir.reset();
}

QProcess* TestLabNode::start(const QStringList& args)
{
    return startProgram(nodeBinary(), args);
}

QProcess* TestLabNode::startProgram(const QString& program, const QStringList& args)
{
    auto* p = new QProcess;
    m_processes.append(p);
    p->start(program, args);
    if (!p->waitForStarted(5000))
        qWarning("cannot start %s", qPrintable(program));
    return p;
}

/// A lab CA (ca.pem), a server certificate for 127.0.0.1 signed by it (srv.pem/srv.key),
/// and an unrelated self-signed certificate (other.pem).
bool TestLabNode::makeCertificates()
{
    writeFile(path("ext.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    const QList<QStringList> steps{
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca.key"), "-out", path("ca.pem"),
         "-days", "2", "-subj", "/CN=fleetlab test CA"},
        {"req", "-newkey", "rsa:2048", "-nodes", "-keyout", path("srv.key"), "-out", path("srv.csr"), "-subj",
         "/CN=127.0.0.1"},
        {"x509", "-req", "-in", path("srv.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
         "-CAcreateserial", "-out", path("srv.pem"), "-days", "2", "-extfile", path("ext.cnf")},
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("other.key"), "-out",
         path("other.pem"), "-days", "2", "-subj", "/CN=127.0.0.1"}};
    for (const QStringList& args : steps) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            qWarning() << "openssl" << args << openssl.readAllStandardError();
            return false;
        }
    }
    return true;
}

QProcess* TestLabNode::startWorker(int id, int startDelayMs)
{
    return start({"worker", "--id", QString::number(id), "--socket", path(QStringLiteral("w%1.sock").arg(id)),
                  "--state", path(QStringLiteral("w%1.state").arg(id)), "--pidfile",
                  path(QStringLiteral("w%1.pid").arg(id)), "--start-delay-ms",
                  QString::number(startDelayMs)});
}

void TestLabNode::workerHandshakeBusyAndStates()
{
    QProcess* worker = startWorker(1, 700);
    const QString state = path("w1.state");
    QTRY_COMPARE_WITH_TIMEOUT(readJson(state).value("state").toString(), QString("starting"), 3000);
    QVERIFY(!QFileInfo::exists(path("w1.sock")));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(state).value("state").toString(), QString("idle"), 5000);
    QCOMPARE(readJson(state).value("pid").toInteger(), worker->processId());
    QCOMPARE(readJson(state).value("id").toInt(), 1);
    QCOMPARE(readJson(state).value("calls_started").toInt(-1), 0);
    QFile pidFile(path("w1.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    QCOMPARE(pidFile.readAll().trimmed().toLongLong(), worker->processId());
    const auto perms = QFileInfo(path("w1.sock")).permissions();
    QVERIFY2(perms.testFlag(QFile::WriteOther) && perms.testFlag(QFile::ReadOther), "socket must be 0666");

    // The call: 101 with the RFC's accept key, state busy with call_id and since.
    QLocalSocket call;
    call.connectToServer(path("w1.sock"));
    QVERIFY(call.waitForConnected(2000));
    call.write(upgradeRequest("/attach?call_id=c-test1&hold=30"));
    const QByteArray head = readUntil(call, hasHead);
    QVERIFY2(head.startsWith("HTTP/1.1 101 "), head.constData());
    QVERIFY2(head.contains("Sec-WebSocket-Accept: " + SampleAccept), head.constData());
    QTRY_COMPARE_WITH_TIMEOUT(readJson(state).value("state").toString(), QString("busy"), 3000);
    const QJsonObject busy = readJson(state);
    QCOMPARE(busy.value("call_id").toString(), QString("c-test1"));
    QVERIFY2(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                 .match(busy.value("since").toString())
                 .hasMatch(),
             qPrintable(busy.value("since").toString()));
    QCOMPARE(busy.value("calls_started").toInt(), 1);

    // A second upgrade, and a plain request, while busy: 429 and closed.
    for (const QByteArray& req :
         {upgradeRequest("/livekit/dialout"), QByteArray("GET /status HTTP/1.1\r\n\r\n")}) {
        const QByteArray second = unixHttp(path("w1.sock"), req);
        QVERIFY2(second.startsWith("HTTP/1.1 429 "), second.constData());
        QVERIFY(second.contains("Connection: close"));
    }

    // Ping → pong; close → close echoed and idle again.
    call.write(maskedFrame(0x9, "hi"));
    const QByteArray pong = readUntil(call, [](const QByteArray& b) { return b.size() >= 4; });
    QCOMPARE(pong, QByteArray("\x8a\x02hi", 4));
    call.write(maskedFrame(0x8, QByteArray("\x03\xe8", 2)));
    const QByteArray closeFrame = readUntil(call, [](const QByteArray& b) { return b.size() >= 4; });
    QVERIFY(closeFrame.startsWith("\x88\x02\x03\xe8"));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(state).value("state").toString(), QString("idle"), 3000);
    QVERIFY(!readJson(state).contains("call_id"));
    QCOMPARE(readJson(state).value("calls_started").toInt(), 1);

    const QByteArray status = unixHttp(path("w1.sock"), "GET /status HTTP/1.1\r\nHost: lab\r\n\r\n");
    QVERIFY2(status.startsWith("HTTP/1.1 200 "), status.constData());
    QCOMPARE(QJsonDocument::fromJson(bodyOf(status)).object().value("state").toString(), QString("idle"));
}

void TestLabNode::workerHoldEndsWithCloseFrame()
{
    startWorker(1);
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 5000);
    QLocalSocket call;
    call.connectToServer(path("w1.sock"));
    QVERIFY(call.waitForConnected(2000));
    call.write(upgradeRequest("/livekit/widget?hold=1"));
    QByteArray got = readUntil(call, hasHead);
    QVERIFY2(got.startsWith("HTTP/1.1 101 "), got.constData());
    QVERIFY(readJson(path("w1.state")).value("call_id").toString().startsWith("c-")); // generated id
    got = bodyOf(got);
    got += readUntil(
        call, [](const QByteArray& b) { return b.size() >= 4; }, 4000);
    QVERIFY2(got.startsWith("\x88"), got.toHex().constData());
    QCOMPARE(got.mid(2, 2), QByteArray("\x03\xe8", 2)); // 1000
    call.write(maskedFrame(0x8, QByteArray("\x03\xe8", 2)));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 3000);
}

void TestLabNode::workerSigtermDropsCallAndCleansUp()
{
    // calls_started continues from the previous state file.
    writeFile(path("w1.state"), R"({"id":1,"pid":1,"state":"idle","calls_started":41})");
    QProcess* worker = startWorker(1);
    QTRY_VERIFY_WITH_TIMEOUT(readJson(path("w1.state")).value("pid").toInteger() == worker->processId() &&
                                 readJson(path("w1.state")).value("state").toString() == "idle",
                             5000);
    QCOMPARE(readJson(path("w1.state")).value("calls_started").toInt(), 41);
    QLocalSocket call;
    call.connectToServer(path("w1.sock"));
    QVERIFY(call.waitForConnected(2000));
    call.write(upgradeRequest("/attach"));
    const QByteArray head = readUntil(call, hasHead);
    QVERIFY(head.startsWith("HTTP/1.1 101 "));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("calls_started").toInt(), 42, 3000);

    QVERIFY(::kill(pid_t(worker->processId()), SIGTERM) == 0);
    QVERIFY(worker->waitForFinished(3000));
    QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker->exitCode(), 0);
    const QByteArray after = readUntil(
        call, [](const QByteArray&) { return false; }, 3000);
    QCOMPARE(call.state(), QLocalSocket::UnconnectedState);
    QVERIFY2(!bodyOf(head).contains('\x88') && !after.contains('\x88'), "no close frame on SIGTERM");
    QVERIFY(!QFileInfo::exists(path("w1.sock")));
    QVERIFY(!QFileInfo::exists(path("w1.pid")));
}

void TestLabNode::healthReportsFromHostDir()
{
    const QString host = path("host");
    const QByteArray me = QByteArray::number(QCoreApplication::applicationPid());
    writeFile(host + "/opt/voxcore/.env", "# fleet\nexport VOXCORE_WORKERS=\"3\" # three\nOTHER=1\n");
    writeFile(host + "/run/voxcore@1.pid", me + "\n");
    writeFile(
        host + "/run/voxcore_1.state",
        R"({"id":1,"state":"busy","call_id":"c-81f2","since":"2026-11-21T10:02:11Z","calls_started":5})");
    writeFile(host + "/run/voxcore@2.pid", me + "\n");
    writeFile(host + "/run/voxcore_2.state", R"({"id":2,"state":"idle","calls_started":7})");
    writeFile(host + "/run/voxcore_3.state", R"({"id":3,"state":"idle","calls_started":2})"); // no pid: down
    const pid_t zombie = ::fork(); // exits at once, never reaped until the end: a zombie
    if (zombie == 0)
        ::_exit(0);
    QVERIFY(zombie > 0);
    const auto reap = qScopeGuard([zombie] { ::waitpid(zombie, nullptr, 0); });
    writeFile(host + "/run/voxcore@4.pid", QByteArray::number(zombie) + "\n");
    writeFile(host + "/run/voxcore@5.pid", "4194300\n"); // dead pid
    writeFile(host + "/etc/nginx/conf.d/voxcore.conf",
              "upstream voxcore_workers {\n    least_conn;\n"
              "    server unix:/tmp/voxcore_1.sock max_conns=1 fail_timeout=10;\n"
              "    server unix:/tmp/voxcore_2.sock max_conns=1 fail_timeout=10 down;\n"
              "    server unix:/tmp/voxcore_3.sock max_conns=1 fail_timeout=10 down;\n}\n");
    const QString sock = path("health.sock");
    start({"health", "--listen", sock, "--host-dir", host, "--name", "fleet-uk-1", "--zone", "uk"});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(sock), 5000);
    QVERIFY(QFileInfo(sock).permissions().testFlag(QFile::WriteOther));

    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response = unixHttp(sock, "GET /health/fleet HTTP/1.1\r\nHost: x\r\n\r\n"))
                                 .startsWith("HTTP/1.1 200 "),
                             5000);
    QVERIFY(response.contains("Content-Type: application/json"));
    const QJsonObject doc = QJsonDocument::fromJson(bodyOf(response)).object();
    QCOMPARE(doc.value("service").toString(), QString("voxcore"));
    QCOMPARE(doc.value("host").toString(), QString("fleet-uk-1"));
    QCOMPARE(doc.value("zone").toString(), QString("uk"));
    QCOMPARE(doc.value("version").toString(), QString("1.8.2"));
    QCOMPARE(doc.value("workers_configured").toInt(), 3);
    const QJsonArray workers = doc.value("workers").toArray();
    QCOMPARE(workers.size(), 5); // 1..max(3, highest id with a pid or state file)
    QStringList states;
    for (const QJsonValue& w : workers)
        states << w.toObject().value("state").toString();
    QCOMPARE(states, QStringList({"busy", "draining", "down", "down", "down"}));
    QCOMPARE(workers[0].toObject().value("call_id").toString(), QString("c-81f2"));
    QCOMPARE(workers[0].toObject().value("since").toString(), QString("2026-11-21T10:02:11Z"));
    QCOMPARE(workers[4].toObject().value("id").toInt(), 5);
    QCOMPARE(doc.value("calls_started_total").toInt(), 14);
    QCOMPARE(doc.value("memory").toObject().value("total_mb").toInt(), 8192);
    QCOMPARE(doc.value("memory").toObject().value("used_mb").toInt(), 600 + 2 * 260 + 40);
    QVERIFY(doc.value("uptime_s").toInteger(-1) >= 0);

    // The .env is read on every request.
    writeFile(host + "/opt/voxcore/.env", "VOXCORE_WORKERS='7'\n");
    const QJsonObject doc2 =
        QJsonDocument::fromJson(
            bodyOf(unixHttp(sock, "GET /health/fleet HTTP/1.1\r\nConnection: close\r\n\r\n")))
            .object();
    QCOMPARE(doc2.value("workers_configured").toInt(), 7);
    QCOMPARE(doc2.value("workers").toArray().size(), 7);
    QFile::remove(host + "/opt/voxcore/.env");
    const QJsonObject doc3 =
        QJsonDocument::fromJson(bodyOf(unixHttp(sock, "GET / HTTP/1.1\r\n\r\n"))).object();
    QCOMPARE(doc3.value("workers_configured").toInt(-1), 0);
}

void TestLabNode::bridgeTokenSettingsAndPick()
{
    writeFile(path("token"), "s3cret-token\n");
    const quint16 port = freePort();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    start({"bridge", "--listen", QStringLiteral("127.0.0.1:%1").arg(port), "--settings",
           path("settings.json"), "--token-file", path("token")});
    QNetworkAccessManager nam;
    auto send = [&](const QByteArray& verb, const QString& url, const QByteArray& body = {},
                    const QByteArray& token = {}) {
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setTransferTimeout(8000);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(req, verb, body));
        QDeadlineTimer deadline(10000); // bounded; the event loop serves the fake health endpoints
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        if (!reply->isFinished())
            return std::make_pair(-1, QByteArray("timeout"));
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->readAll());
    };
    std::pair<int, QByteArray> r;
    QTRY_COMPARE_WITH_TIMEOUT((r = send("GET", base + "/api/settings")).first, 200, 5000);
    QCOMPARE(QJsonDocument::fromJson(r.second).object().value("voxcore_fleet").toArray().size(), 0);
    QVERIFY(QFileInfo::exists(path("settings.json")));

    const QString put = base + "/api/settings/voxcore_fleet";
    const QByteArray oneUrl = "[\"https://127.77.1.1:8443\"]";
    QCOMPARE(send("PUT", put, oneUrl).first, 401);
    QCOMPARE(send("PUT", put, oneUrl, "s3cret-tokeN").first, 401);
    QCOMPARE(send("PUT", put, oneUrl, "s3cret").first, 401);
    QCOMPARE(send("PUT", put, "[\"ftp://127.77.1.1\"]", "s3cret-token").first, 400);
    QCOMPARE(send("PUT", put, R"({"x":1})", "s3cret-token").first, 400);
    QCOMPARE(send("PUT", base + "/api/settings/other_fleet", "[]", "s3cret-token").first, 404);
    QCOMPARE(send("DELETE", put, {}, "s3cret-token").first, 405);
    QCOMPARE(readJson(path("settings.json")).value("voxcore_fleet").toArray().size(), 0);

    // Pick: an unreachable server, one with 1 free worker, one with 2 free.
    FakeHealth one({"idle", "busy", "busy"});
    FakeHealth two({"busy", "idle", "down", "idle", "draining"});
    QVERIFY(one.isListening() && two.isListening());
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
    const QJsonArray fleet{dead, one.url(), two.url()};
    r = send("PUT", put, QJsonDocument(fleet).toJson(), "s3cret-token");
    QCOMPARE(r.first, 200);
    QCOMPARE(readJson(path("settings.json")).value("voxcore_fleet").toArray(), fleet);
    QCOMPARE(QJsonDocument::fromJson(send("GET", base + "/api/settings").second)
                 .object()
                 .value("voxcore_fleet")
                 .toArray(),
             fleet);

    r = send("GET", base + "/api/pick");
    QCOMPARE(r.first, 200);
    QJsonObject pick = QJsonDocument::fromJson(r.second).object();
    QCOMPARE(pick.value("server").toString(), two.url());
    QCOMPARE(pick.value("free").toInt(), 2);
    const QJsonArray candidates = pick.value("candidates").toArray();
    QCOMPARE(candidates.size(), 3);
    QVERIFY(candidates[0].toObject().value("error").isString());
    QVERIFY(candidates[1].toObject().value("error").isNull());
    QCOMPARE(candidates[1].toObject().value("free").toInt(), 1);
    QVERIFY(one.hits() >= 1 && two.hits() >= 1);

    // Tie → first in the list; nobody free → 503.
    FakeHealth twoAgain({"idle", "idle"});
    QCOMPARE(
        send("PUT", put, QJsonDocument(QJsonArray{twoAgain.url(), two.url()}).toJson(), "s3cret-token").first,
        200);
    QCOMPARE(
        QJsonDocument::fromJson(send("GET", base + "/api/pick").second).object().value("server").toString(),
        twoAgain.url());
    FakeHealth full({"busy", "down"});
    QCOMPARE(send("PUT", put, QJsonDocument(QJsonArray{full.url(), dead}).toJson(), "s3cret-token").first,
             200);
    r = send("GET", base + "/api/pick");
    QCOMPARE(r.first, 503);
    QVERIFY(QJsonDocument::fromJson(r.second).object().value("server").isNull());
}

void TestLabNode::callsCountsStartedCompletedRejected()
{
    startWorker(1);
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 5000);
    // One worker, ~8 arrivals/s, 1 s holds: some calls start, the rest meet a busy worker (429).
    QProcess* calls =
        start({"calls", "--url", "ws://lab/attach", "--unix", path("w1.sock"), "--cps", "8", "--hold", "1",
               "--seconds", "3", "--seed", "1", "--quiet", "--json", path("calls.json")});
    QVERIFY(calls->waitForFinished(20000));
    QCOMPARE(calls->exitCode(), 0);
    const QString out = QString::fromUtf8(calls->readAllStandardOutput()).trimmed();
    const auto m =
        QRegularExpression("calls: started=(\\d+) completed=(\\d+) rejected=(\\d+) dropped=(\\d+)$")
            .match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QVERIFY2(!out.contains("t="), "--quiet prints no progress");
    const int started = m.captured(1).toInt();
    const QJsonObject json = readJson(path("calls.json"));
    QVERIFY2(started >= 1, qPrintable(out));
    QCOMPARE(m.captured(2).toInt(), started); // every started call completed
    QVERIFY2(m.captured(3).toInt() >= 1, qPrintable(out));
    QCOMPARE(m.captured(4).toInt(), 0);
    QCOMPARE(json.value("started").toInt(), started);
    QCOMPARE(json.value("rejected").toInt(), m.captured(3).toInt());
    QCOMPARE(json.value("attempted").toInt(), started + m.captured(3).toInt());
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("calls_started").toInt(), started, 3000);
}

void TestLabNode::callsCountsDroppedWhenWorkerDies()
{
    QProcess* worker = startWorker(1);
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 5000);
    QProcess* calls = start({"calls", "--url", "ws://lab/attach", "--unix", path("w1.sock"), "--cps", "5",
                             "--hold", "10", "--seconds", "3", "--seed", "2", "--quiet"});
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("busy"), 5000);
    QVERIFY(::kill(pid_t(worker->processId()), SIGTERM) == 0); // a restart drops the call
    QVERIFY(worker->waitForFinished(3000));
    QVERIFY(calls->waitForFinished(20000));
    const QString out = QString::fromUtf8(calls->readAllStandardOutput()).trimmed();
    const auto m =
        QRegularExpression("calls: started=(\\d+) completed=(\\d+) rejected=(\\d+) dropped=(\\d+)$")
            .match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QCOMPARE(m.captured(1).toInt(), 1);
    QCOMPARE(m.captured(2).toInt(), 0);
    QCOMPARE(m.captured(4).toInt(), 1);
}

void TestLabNode::callsInterruptClosesCleanly()
{
    startWorker(1);
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 5000);
    QProcess* calls = start({"calls", "--url", "ws://lab/attach", "--unix", path("w1.sock"), "--cps", "5",
                             "--hold", "60", "--seconds", "60", "--seed", "3"});
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("busy"), 5000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(::kill(pid_t(calls->processId()), SIGINT) == 0);
    QVERIFY(calls->waitForFinished(8000));
    QVERIFY2(clock.elapsed() < 5000, "SIGINT ends the generator promptly");
    QCOMPARE(calls->exitStatus(), QProcess::NormalExit);
    QCOMPARE(calls->exitCode(), 0);
    const QString out = QString::fromUtf8(calls->readAllStandardOutput()).trimmed();
    QVERIFY2(out.endsWith(QRegularExpression("calls: started=1 completed=1 rejected=\\d+ dropped=0")
                              .match(out)
                              .captured(0)) &&
                 out.contains("completed=1"),
             qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 3000);
}

void TestLabNode::tlsCallsBridgeAndPick()
{
    QVERIFY(makeCertificates());
    // TLS in front of a worker and a health endpoint (socat stands in for nginx's TLS).
    startWorker(1);
    QTRY_COMPARE_WITH_TIMEOUT(readJson(path("w1.state")).value("state").toString(), QString("idle"), 5000);
    const QString host = path("host");
    writeFile(host + "/opt/voxcore/.env", "VOXCORE_WORKERS=1\n");
    writeFile(host + "/run/voxcore@1.pid", QByteArray::number(QCoreApplication::applicationPid()));
    writeFile(host + "/run/voxcore_1.state", R"({"id":1,"state":"idle","calls_started":0})");
    start({"health", "--listen", path("h.sock"), "--host-dir", host, "--name", "fleet-t", "--zone", "uk"});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path("h.sock")), 5000);
    const quint16 wssPort = freePort();
    const quint16 healthPort = freePort();
    const QString tlsOpts =
        ",bind=127.0.0.1,reuseaddr,fork,cert=" + path("srv.pem") + ",key=" + path("srv.key") + ",verify=0";
    startProgram("socat", {QStringLiteral("OPENSSL-LISTEN:%1").arg(wssPort) + tlsOpts,
                           "UNIX-CONNECT:" + path("w1.sock")});
    startProgram("socat", {QStringLiteral("OPENSSL-LISTEN:%1").arg(healthPort) + tlsOpts,
                           "UNIX-CONNECT:" + path("h.sock")});
    const quint16 untrustedPort = freePort(); // same health endpoint, certificate not from the lab CA
    QString untrustedOpts = tlsOpts;
    untrustedOpts.replace(path("srv."), path("other."));
    startProgram("socat", {QStringLiteral("OPENSSL-LISTEN:%1").arg(untrustedPort) + untrustedOpts,
                           "UNIX-CONNECT:" + path("h.sock")});
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, healthPort);
            return probe.waitForConnected(200);
        }(),
        5000);

    // wss with the lab CA: calls start and complete; with another CA: all rejected.
    const QString url = QStringLiteral("wss://127.0.0.1:%1/attach").arg(wssPort);
    const auto runCalls = [&](const QString& ca) {
        QProcess* calls = start({"calls", "--url", url, "--ca", ca, "--cps", "4", "--hold", "0.5",
                                 "--seconds", "2", "--seed", "4", "--quiet"});
        calls->waitForFinished(20000);
        return QString::fromUtf8(calls->readAllStandardOutput()).trimmed();
    };
    const QRegularExpression summary(
        "calls: started=(\\d+) completed=(\\d+) rejected=(\\d+) dropped=(\\d+)$");
    QString out = runCalls(path("ca.pem"));
    auto m = summary.match(out);
    QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 1, qPrintable(out));
    QCOMPARE(m.captured(2), m.captured(1));
    QCOMPARE(m.captured(4).toInt(), 0);
    out = runCalls(path("other.pem"));
    m = summary.match(out);
    QVERIFY2(m.hasMatch() && m.captured(1).toInt() == 0 && m.captured(3).toInt() >= 1, qPrintable(out));

    // Bridge over HTTPS, checking fleets' health over verified TLS.
    writeFile(path("token"), "tok");
    const quint16 bridgePort = freePort();
    start({"bridge", "--listen", QStringLiteral("127.0.0.1:%1").arg(bridgePort), "--settings",
           path("settings.json"), "--token-file", path("token"), "--cert", path("srv.pem"), "--key",
           path("srv.key"), "--ca", path("ca.pem")});
    QNetworkAccessManager nam;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
    const auto send = [&](const QByteArray& verb, const QString& p, const QByteArray& body = {}) {
        QNetworkRequest req{QUrl(QStringLiteral("https://127.0.0.1:%1").arg(bridgePort) + p)};
        req.setSslConfiguration(ssl);
        req.setTransferTimeout(8000);
        req.setRawHeader("Authorization", "Bearer tok");
        std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(req, verb, body));
        QDeadlineTimer deadline(10000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->readAll());
    };
    std::pair<int, QByteArray> r;
    QTRY_COMPARE_WITH_TIMEOUT((r = send("GET", "/api/settings")).first, 200, 5000);
    const QString good = QStringLiteral("https://127.0.0.1:%1").arg(healthPort);
    const QString untrusted = QStringLiteral("https://127.0.0.1:%1").arg(untrustedPort);
    QCOMPARE(
        send("PUT", "/api/settings/voxcore_fleet", QJsonDocument(QJsonArray{untrusted, good}).toJson()).first,
        200);
    r = send("GET", "/api/pick");
    QCOMPARE(r.first, 200);
    const QJsonObject pick = QJsonDocument::fromJson(r.second).object();
    QCOMPARE(pick.value("server").toString(), good);
    QCOMPARE(pick.value("free").toInt(), 1);
    const QJsonObject rejected = pick.value("candidates").toArray()[0].toObject();
    QVERIFY2(rejected.value("error").toString().contains("SSL", Qt::CaseInsensitive) ||
                 rejected.value("error").toString().contains("certificate", Qt::CaseInsensitive),
             qPrintable(rejected.value("error").toString()));
}

QTEST_GUILESS_MAIN(TestLabNode)
#include "TestLabNode.moc"
