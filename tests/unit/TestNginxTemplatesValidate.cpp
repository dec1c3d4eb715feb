// The generated upstream and routes, and edited seed configs, are accepted by the
// real nginx (`nginx -t` on a whole tree in a temporary prefix; no root needed).
#include "TestPaths.h"
#include "config/NginxTemplates.h"
#include "config/NginxUpstream.h"
#include "config/NginxUpstreamEditor.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdeck;

namespace {

using test::readData;

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QString nginxBinary()
{
    QString found = QStandardPaths::findExecutable("nginx");
    if (found.isEmpty())
        found = QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin"});
    return found;
}

/// nginx -t on http { include upstream.conf; server { include routes.conf; } }. Returns "" or nginx's output.
QString nginxTest(const QByteArray& upstream, const QByteArray& routes)
{
    QTemporaryDir dir;
    const QString p = dir.path() + '/';
    const QByteArray conf = "pid " + p.toUtf8() + "nginx.pid;\nerror_log " + p.toUtf8() +
                            "error.log;\n"
                            "events {}\nhttp {\n    access_log off;\n"
                            "    client_body_temp_path " +
                            p.toUtf8() +
                            "body;\n"
                            "    proxy_temp_path " +
                            p.toUtf8() +
                            "proxy;\n"
                            "    include " +
                            p.toUtf8() +
                            "upstream.conf;\n"
                            "    server {\n        listen 127.0.0.1:18443;\n"
                            "        include " +
                            p.toUtf8() + "routes.conf;\n    }\n}\n";
    if (!writeFile(p + "nginx.conf", conf) || !writeFile(p + "upstream.conf", upstream) ||
        !writeFile(p + "routes.conf", routes))
        return "cannot write the test tree";
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::MergedChannels);
    nginx.start(nginxBinary(), {"-t", "-q", "-p", p, "-c", p + "nginx.conf"});
    if (!nginx.waitForFinished(15000)) {
        nginx.kill();
        nginx.waitForFinished(2000);
        return "nginx -t timed out";
    }
    const bool ok = nginx.exitStatus() == QProcess::NormalExit && nginx.exitCode() == 0;
    return ok ? QString() : QString::fromUtf8(nginx.readAll());
}

} // namespace

class TestNginxTemplatesValidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!nginxBinary().isEmpty(), "nginx is required (apt install nginx-light)"); }

    void generatedConfigValidates()
    {
        const auto sockets = SocketTemplate::fromPattern("/tmp/voxcore_{n}.sock");
        const auto block = NginxTemplates::upstreamBlock("voxcore_workers", sockets.value(), 16);
        const auto routes = NginxTemplates::routes("voxcore_workers");
        QVERIFY(block.ok() && routes.ok());
        const QString out = nginxTest(block.value(), routes.value());
        QVERIFY2(out.isEmpty(), qPrintable(out));
    }

    void brokenRoutesAreRejected()
    {
        // Guards the harness itself: a routes file pointing at an unknown upstream fails -t.
        const auto sockets = SocketTemplate::fromPattern("/tmp/voxcore_{n}.sock");
        const auto block = NginxTemplates::upstreamBlock("voxcore_workers", sockets.value(), 2);
        QVERIFY(!nginxTest(block.value(),
                           "location /attach { proxy_pass http://voxcore_workers; bogus_directive; }\n")
                     .isEmpty());
    }

    void editedSeedValidates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << "config/voxcore.conf";
        QTest::newRow("crlf tabs") << "config/voxcore-crlf.conf";
    }

    void editedSeedValidates()
    {
        QFETCH(QString, file);
        const QByteArray before = readData(file);
        const auto up = NginxUpstream::parse(before, "voxcore_workers", "/tmp/voxcore_{n}.sock");
        QVERIFY(up.ok());
        const auto grown = NginxUpstreamEditor::addWorkers(up.value(), 17, 20);
        QVERIFY(grown.ok());
        const auto grownUp = NginxUpstream::parse(grown.value(), "voxcore_workers", "/tmp/voxcore_{n}.sock");
        const auto down = NginxUpstreamEditor::setDown(grownUp.value(), 5, true);
        QVERIFY(down.ok());
        const QByteArray routes = NginxTemplates::routes("voxcore_workers").value();
        for (const QByteArray& text : {before, grown.value(), down.value()}) {
            const QString out = nginxTest(text, routes);
            QVERIFY2(out.isEmpty(), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestNginxTemplatesValidate)
#include "TestNginxTemplatesValidate.moc"
