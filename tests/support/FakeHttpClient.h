#pragma once

#include "health/HttpClient.h"

#include <QHash>
#include <QList>

namespace fleetdeck::test {

/// HttpClient for unit tests: records requests; answers are released by the
/// test (answer()) or automatically with a canned response per URL.
class FakeHttpClient : public HttpClient
{
    Q_OBJECT

public:
    using HttpClient::HttpClient;

    struct Pending
    {
        HttpRequest request;
        std::function<void(const HttpResponse&)> done;
    };

    void get(const HttpRequest& request, std::function<void(const HttpResponse&)> done) override;

    /// Canned response for a URL: answered on the next event-loop turn.
    void setAutoResponse(const QUrl& url, const HttpResponse& response) { m_auto.insert(url, response); }
    void clearAutoResponse(const QUrl& url) { m_auto.remove(url); }
    /// Answers the oldest pending request for url.
    bool answer(const QUrl& url, const HttpResponse& response);

    QList<Pending> pending;
    QList<QUrl> requested;

private:
    QHash<QUrl, HttpResponse> m_auto;
};

} // namespace fleetdeck::test
