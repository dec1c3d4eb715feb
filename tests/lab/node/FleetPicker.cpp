#include "FleetPicker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <memory>

namespace fleetdeck::lab {

namespace {
struct Candidate
{
    QString url;
    int free = 0;
    QString error;
    bool done = false;
};

struct PickRound
{
    QList<Candidate> candidates;
    int pending = 0;
    FleetPicker::Callback done;
};

FleetPicker::Result finish(const PickRound& round)
{
    int best = -1;
    QJsonArray list;
    for (int i = 0; i < round.candidates.size(); ++i) {
        const Candidate& c = round.candidates[i];
        list.append(
            QJsonObject{{QStringLiteral("url"), c.url},
                        {QStringLiteral("free"), c.error.isEmpty() ? c.free : 0},
                        {QStringLiteral("error"), c.error.isEmpty() ? QJsonValue() : QJsonValue(c.error)}});
        if (c.error.isEmpty() && c.free > 0 && (best < 0 || c.free > round.candidates[best].free))
            best = i;
    }
    QJsonObject o{{QStringLiteral("candidates"), list}};
    if (best >= 0) {
        o.insert(QStringLiteral("server"), round.candidates[best].url);
        o.insert(QStringLiteral("free"), round.candidates[best].free);
    } else {
        o.insert(QStringLiteral("server"), QJsonValue());
        o.insert(QStringLiteral("free"), 0);
    }
    return {best >= 0 ? 200 : 503, QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'};
}
} // namespace

FleetPicker::FleetPicker(const QList<QSslCertificate>& caCertificates, QObject* parent)
    : QObject(parent), m_ca(caCertificates)
{
    m_nam.setAutoDeleteReplies(true);
    m_nam.setTransferTimeout(2000);
}

int FleetPicker::freeWorkers(const QByteArray& body, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("invalid JSON");
        return -1;
    }
    const QJsonValue workers = doc.object().value(QStringLiteral("workers"));
    if (!workers.isArray()) {
        *error = QStringLiteral("no workers array");
        return -1;
    }
    int free = 0;
    for (const QJsonValue& w : workers.toArray()) {
        if (w.toObject().value(QStringLiteral("state")).toString() == QLatin1String("idle"))
            ++free;
    }
    return free;
}

void FleetPicker::pick(const QStringList& urls, Callback done)
{
    auto round = std::make_shared<PickRound>();
    round->done = std::move(done);
    round->pending = int(urls.size());
    for (const QString& url : urls)
        round->candidates.append({url, 0, {}, false});
    if (urls.isEmpty()) {
        round->done(finish(*round));
        return;
    }
    for (int i = 0; i < urls.size(); ++i) {
        QString base = urls[i];
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QNetworkRequest request(QUrl(base + QStringLiteral("/health/fleet")));
        request.setTransferTimeout(2000);
        if (!m_ca.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificates(m_ca);
            request.setSslConfiguration(ssl);
        }
        QNetworkReply* reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [round, reply, i] {
            Candidate& c = round->candidates[i];
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError) {
                c.error = reply->errorString();
            } else if (status != 200) {
                c.error = QStringLiteral("HTTP %1").arg(status);
            } else {
                const QByteArray body = reply->read(1024 * 1024 + 1);
                if (body.size() > 1024 * 1024)
                    c.error = QStringLiteral("response over 1 MiB");
                else
                    c.free = freeWorkers(body, &c.error);
            }
            c.done = true;
            if (--round->pending == 0)
                round->done(finish(*round));
        });
    }
}

} // namespace fleetdeck::lab
