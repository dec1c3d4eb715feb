#include "FakeHttpClient.h"

#include <QTimer>

namespace fleetdeck::test {

void FakeHttpClient::get(const HttpRequest& request, std::function<void(const HttpResponse&)> done)
{
    requested.append(request.url);
    auto it = m_auto.constFind(request.url);
    if (it != m_auto.constEnd()) {
        const HttpResponse response = *it;
        QTimer::singleShot(0, this, [done, response] { done(response); });
        return;
    }
    pending.append({request, std::move(done)});
}

bool FakeHttpClient::answer(const QUrl& url, const HttpResponse& response)
{
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (pending[i].request.url == url) {
            const Pending p = pending.takeAt(i);
            p.done(response);
            return true;
        }
    }
    return false;
}

} // namespace fleetdeck::test
