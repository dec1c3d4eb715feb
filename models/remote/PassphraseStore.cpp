#include "PassphraseStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>

namespace fleetdeck {

namespace {

QString entryName(const QString& keyPath)
{
    return QStringLiteral("ssh-key:") + QFileInfo(keyPath).absoluteFilePath();
}

struct JobOutcome
{
    bool ok = false;
    QString text; // passphrase on success, error message otherwise
};

} // namespace

// The one keychain thread of the process; stopped when QCoreApplication goes away.
static QThread* keychainThread()
{
    static QThread* thread = [] {
        auto* t = new QThread;
        t->setObjectName(QStringLiteral("fleetdeck-keychain"));
        t->start();
        qAddPostRoutine([] {
            keychainThread()->quit();
            keychainThread()->wait(5000);
        });
        return t;
    }();
    return thread;
}

PassphraseStore::PassphraseStore(QString service) : m_service(std::move(service))
{
    m_context = new QObject;
    m_context->moveToThread(keychainThread());
}

PassphraseStore::~PassphraseStore()
{
    m_context->deleteLater(); // jobs still running keep their own state alive
}

// Runs `makeJob` on the store's thread and waits (bounded) for the job's result.
template <typename MakeJob> static JobOutcome runJob(QObject* context, MakeJob makeJob, int timeoutMs)
{
    auto promise = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> result = promise->get_future();
    QMetaObject::invokeMethod(context, [promise, makeJob]() {
        QKeychain::Job* job = makeJob();
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* done) {
            JobOutcome outcome;
            outcome.ok = done->error() == QKeychain::NoError;
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done); read && outcome.ok)
                outcome.text = read->textData();
            else if (!outcome.ok)
                outcome.text = done->errorString();
            promise->set_value(outcome);
        });
        job->start();
    });
    if (result.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return {false, QStringLiteral("keychain did not answer in time")};
    return result.get();
}

std::optional<QString> PassphraseStore::load(const QString& keyPath, int timeoutMs)
{
    const QString service = m_service, key = entryName(keyPath);
    const JobOutcome outcome = runJob(
        m_context,
        [service, key]() {
            auto* job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return static_cast<QKeychain::Job*>(job);
        },
        timeoutMs);
    if (!outcome.ok)
        return std::nullopt;
    return outcome.text;
}

bool PassphraseStore::save(const QString& keyPath, const QString& passphrase, QString* error, int timeoutMs)
{
    const QString service = m_service, key = entryName(keyPath);
    const JobOutcome outcome = runJob(
        m_context,
        [service, key, passphrase]() {
            auto* job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(passphrase);
            return static_cast<QKeychain::Job*>(job);
        },
        timeoutMs);
    if (!outcome.ok && error)
        *error = outcome.text;
    return outcome.ok;
}

bool PassphraseStore::remove(const QString& keyPath, QString* error, int timeoutMs)
{
    const QString service = m_service, key = entryName(keyPath);
    const JobOutcome outcome = runJob(
        m_context,
        [service, key]() {
            auto* job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return static_cast<QKeychain::Job*>(job);
        },
        timeoutMs);
    if (!outcome.ok && error)
        *error = outcome.text;
    return outcome.ok;
}

} // namespace fleetdeck
