#include "LibsshConnection.h"

#include "KnownHostsStore.h"
#include "PassphraseStore.h"
#include "SshError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <libssh/callbacks.h>
#include <libssh/server.h> // ssh_send_keepalive (client side too)

#include <algorithm>
#include <cstring>

// 0.10.6 fixes Terrapin (CVE-2023-48795) and earlier CVEs; CMake checks it too.
static_assert(LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 10, 6), "libssh >= 0.10.6 required");

namespace fleetdeck {

Q_LOGGING_CATEGORY(lcSshAuth, "fleetdeck.ssh.auth", QtWarningMsg)

namespace {

using Kind = SshError::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::LibsshConnection", text);
}

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString where(const SshTarget& t)
{
    return (t.user.isEmpty() ? QString() : t.user + QLatin1Char('@')) + t.host + QLatin1Char(':') +
           QString::number(t.port);
}

} // namespace

LibsshConnection::LibsshConnection(SshTarget target, std::shared_ptr<HostKeyPolicy> policy,
                                   PassphraseProvider passphrases, std::shared_ptr<PassphraseStore> store)
    : m_target(std::move(target)), m_policy(std::move(policy)), m_passphrases(std::move(passphrases)),
      m_store(std::move(store))
{
    if (!m_policy)
        m_policy = std::make_shared<RejectUnknownPolicy>();
}

LibsshConnection::~LibsshConnection()
{
    disconnect();
}

bool LibsshConnection::isConnected() const
{
    return m_session && !m_broken && ssh_is_connected(m_session.get());
}

void LibsshConnection::disconnect()
{
    m_lockChannel.reset();
    m_session.reset();
    m_broken = false;
}

QString LibsshConnection::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session.get())) : QString();
}

void LibsshConnection::throwLost(const QString& during)
{
    // Channels may still be alive on the caller's stack: keep the session (and its
    // channels) allocated until the next ensureConnected()/disconnect().
    const QString detail = libsshError();
    m_broken = true;
    throw SshError(Kind::ProtocolError,
                   tr("The connection to %1 was lost while %2: %3").arg(where(m_target), during, detail), -1,
                   detail);
}

void LibsshConnection::ensureConnected()
{
    if (isConnected())
        return;
    disconnect();
    connectSocket();
    verifyHostKey();
    authenticate();
}

void LibsshConnection::connectSocket()
{
    m_session.reset(ssh_new());
    ssh_session s = m_session.get();
    if (!s)
        throw SshError(Kind::ProtocolError, tr("libssh could not allocate a session"));
    const QByteArray host = m_target.host.toUtf8();
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    if (!m_target.sshDir.isEmpty()) // %d: where the default identities and config are
        ssh_options_set(s, SSH_OPTIONS_SSH_DIR, QFile::encodeName(m_target.sshDir).constData());
    bool processConfig = m_target.processSshConfig;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (processConfig)
        ssh_options_parse_config(s, nullptr); // ~/.ssh/config; our explicit values below win
    const unsigned int port = unsigned(m_target.port);
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    if (!m_target.user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, m_target.user.toUtf8().constData());
    const long seconds = std::max(0, m_target.connectTimeoutMs) / 1000;
    const long usec = (std::max(0, m_target.connectTimeoutMs) % 1000) * 1000L;
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    const int nodelay = 1;
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &nodelay);
    const QString knownHosts = m_target.knownHostsFile.isEmpty() ? KnownHostsStore::defaultPath()
                                                                 : expandHome(m_target.knownHostsFile);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHosts).constData());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");

    QElapsedTimer timer;
    timer.start();
    if (ssh_connect(s) != SSH_OK) {
        const QString detail = libsshError();
        m_session.reset();
        const bool timedOut = detail.contains(QLatin1String("imeout")) ||
                              (m_target.connectTimeoutMs > 0 && timer.elapsed() >= m_target.connectTimeoutMs);
        if (timedOut)
            throw SshError(Kind::Timeout,
                           tr("Connecting to %1 timed out after %2 s.")
                               .arg(where(m_target))
                               .arg(m_target.connectTimeoutMs / 1000.0),
                           -1, detail);
        throw SshError(Kind::Unreachable, tr("Cannot connect to %1: %2").arg(where(m_target), detail), -1,
                       detail);
    }
}

QString LibsshConnection::fingerprint(ssh_key key)
{
    unsigned char* hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    const QByteArray raw(reinterpret_cast<const char*>(hash), qsizetype(length));
    ssh_clean_pubkey_hash(&hash);
    return QStringLiteral("SHA256:") + QString::fromLatin1(raw.toBase64(QByteArray::OmitTrailingEquals));
}

void LibsshConnection::verifyHostKey()
{
    ssh_session s = m_session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        throwLost(tr("reading the host key"));
    LibsshKeyPtr key = makeKeyPtr(rawKey);
    const QString fp = fingerprint(key.get());
    const QString knownHosts = m_target.knownHostsFile.isEmpty() ? KnownHostsStore::defaultPath()
                                                                 : expandHome(m_target.knownHostsFile);

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        disconnect();
        const QString entry = m_target.port == 22
                                  ? m_target.host
                                  : QStringLiteral("[%1]:%2").arg(m_target.host).arg(m_target.port);
        throw SshError(
            Kind::HostKeyChanged,
            tr("The host key of %1 has CHANGED (it now offers %2). Someone may be intercepting the "
               "connection (man-in-the-middle), or the server was reinstalled. Nothing was sent. "
               "Compare the fingerprint with the server's administrator out of band; if the new "
               "key is genuine, remove the old line with `ssh-keygen -R '%3' -f %4` and connect "
               "again to trust the new key.")
                .arg(where(m_target), fp, entry, knownHosts),
            -1, fp);
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: {
        if (m_policy->decide(m_target.host, m_target.port, fp) != HostKeyPolicy::Decision::Trust) {
            disconnect();
            throw SshError(Kind::HostKeyUnknown,
                           tr("The host key of %1 is not known (%2) and was not trusted. Verify the "
                              "fingerprint with the server's administrator and trust it explicitly.")
                               .arg(where(m_target), fp),
                           -1, fp);
        }
        char* line = nullptr;
        if (ssh_session_export_known_hosts_entry(s, &line) != SSH_OK)
            throwLost(tr("exporting the host key"));
        const QByteArray entry(line);
        ssh_string_free_char(line);
        QString error;
        if (!KnownHostsStore::append(knownHosts, entry, &error))
            throw SshError(
                Kind::ProtocolError,
                tr("The host key was trusted but could not be saved to %1: %2").arg(knownHosts, error));
        return;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    const QString detail = libsshError();
    disconnect();
    throw SshError(Kind::ProtocolError,
                   tr("Cannot check the host key of %1: %2").arg(where(m_target), detail));
}

namespace {

/// State of one ssh_userauth_publickey_auto() call (the default keys).
struct AutoAuthContext
{
    LibsshConnection* connection = nullptr;
    ssh_session session = nullptr;
    std::map<QString, int> attempts;        ///< prompts per key path
    std::map<QString, QByteArray> unlocked; ///< passphrases that decrypted a key
};

} // namespace

int LibsshConnection::autoAuthCallback(const char*, char* buf, size_t len, int, int, void* userdata)
{
    auto* ctx = static_cast<AutoAuthContext*>(userdata);
    LibsshConnection* self = ctx->connection;
    char* identity = nullptr;
    ssh_userauth_publickey_auto_get_current_identity(ctx->session, &identity);
    const QString path = identity ? QString::fromUtf8(identity) : QString();
    ssh_string_free_char(identity);
    QByteArray pass;
    if (const auto known = ctx->unlocked.find(path); known != ctx->unlocked.end()) {
        pass = known->second; // libssh reads the same key twice (no .pub: once for the public key)
    } else if (!path.isEmpty()) {
        // Checked here, so a wrong passphrase is asked again for this key (libssh would give up on it).
        if (!self->unlockKey(path, ctx->attempts, &pass))
            return SSH_ERROR;
        ctx->unlocked[path] = pass;
    } else if (self->m_passphrases) {
        const auto reply = self->m_passphrases(path, ++ctx->attempts[path]); // unknown key: one try
        if (!reply)
            return SSH_ERROR;
        pass = reply->passphrase.toUtf8();
    } else {
        return SSH_ERROR;
    }
    if (size_t(pass.size()) + 1 > len)
        return SSH_ERROR;
    std::memcpy(buf, pass.constData(), size_t(pass.size()) + 1);
    return SSH_OK;
}

void LibsshConnection::authenticate()
{
    ssh_session s = m_session.get();
    if (m_target.useSshAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
        if (ssh_userauth_agent(s, nullptr) == SSH_AUTH_SUCCESS)
            return;
    }
    for (const QString& file : m_target.identityFiles) {
        if (tryIdentityFile(expandHome(file)))
            return;
    }
    if (m_target.identityFiles.isEmpty()) {
        // ~/.ssh/config IdentityFile entries and the default identities.
        AutoAuthContext ctx{this, s, {}, {}};
        ssh_callbacks_struct callbacks{};
        callbacks.userdata = &ctx;
        callbacks.auth_function = autoAuthCallback;
        ssh_callbacks_init(&callbacks);
        ssh_set_callbacks(s, &callbacks);
        const int rc = ssh_userauth_publickey_auto(s, nullptr, nullptr);
        ssh_set_callbacks(s, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return;
    }
    if (!ssh_is_connected(s))
        throwLost(tr("authenticating"));
    disconnect();
    throw SshError(Kind::AuthFailed,
                   tr("%1 did not accept any of the offered keys (ssh-agent%2). Check the user name and that "
                      "the public key is in the user's authorized_keys.")
                       .arg(where(m_target),
                            m_target.identityFiles.isEmpty()
                                ? tr(", ~/.ssh/config and default identities")
                                : QStringLiteral(", ") + m_target.identityFiles.join(QStringLiteral(", "))));
}

bool LibsshConnection::tryIdentityFile(const QString& path)
{
    ssh_session s = m_session.get();
    ssh_key rawPub = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(path + QStringLiteral(".pub")).constData(), &rawPub) ==
        SSH_OK) {
        // Ask first whether the server would take it (no passphrase prompt for a useless key).
        LibsshKeyPtr pub = makeKeyPtr(rawPub);
        if (ssh_userauth_try_publickey(s, nullptr, pub.get()) != SSH_AUTH_SUCCESS)
            return false;
    }
    LibsshKeyPtr key = loadPrivateKey(path);
    return key && ssh_userauth_publickey(s, nullptr, key.get()) == SSH_AUTH_SUCCESS;
}

LibsshKeyPtr LibsshConnection::loadPrivateKey(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    ssh_key raw = nullptr;
    if (!QFileInfo::exists(path))
        return makeKeyPtr();
    if (ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &raw) == SSH_OK)
        return makeKeyPtr(raw);
    std::map<QString, int> attempts;
    return unlockKey(path, attempts);
}

LibsshKeyPtr LibsshConnection::unlockKey(const QString& path, std::map<QString, int>& attempts,
                                         QByteArray* passphrase)
{
    const QByteArray file = QFile::encodeName(path);
    ssh_key raw = nullptr;
    if (m_store) {
        if (const auto stored = m_store->load(path)) {
            const QByteArray pass = stored->toUtf8();
            if (ssh_pki_import_privkey_file(file.constData(), pass.constData(), nullptr, nullptr, &raw) ==
                SSH_OK) {
                if (passphrase)
                    *passphrase = pass;
                return makeKeyPtr(raw);
            }
        }
    }
    int& attempt = attempts[path];
    while (m_passphrases && attempt < kMaxPassphraseAttempts) {
        const auto reply = m_passphrases(path, ++attempt);
        if (!reply)
            break;
        const QByteArray pass = reply->passphrase.toUtf8();
        const bool decrypted =
            ssh_pki_import_privkey_file(file.constData(), pass.constData(), nullptr, nullptr, &raw) == SSH_OK;
        if (reply->verdict)
            reply->verdict(decrypted); // a wrong one is forgotten by a provider that keeps answers
        if (decrypted) {
            if (reply->remember && m_store)
                saveToKeychain(path, reply->passphrase);
            if (passphrase)
                *passphrase = pass;
            return makeKeyPtr(raw);
        }
    }
    return makeKeyPtr();
}

void LibsshConnection::saveToKeychain(const QString& path, const QString& passphrase)
{
    QString error;
    if (!m_store->save(path, passphrase, &error))
        qCWarning(lcSshAuth).noquote()
            << "The passphrase of" << path << "could not be saved in the desktop keychain:" << error
            << "(it is asked again at the next start)";
}

bool LibsshConnection::probeAlive()
{
    // keepalive@openssh.com with want-reply. libssh 0.10 waits for the answer (up to
    // the session timeout) but does not report whether one came, so a wait that
    // lasts (nearly) the whole timeout means the peer did not answer.
    QElapsedTimer timer;
    timer.start();
    ssh_send_keepalive(m_session.get());
    const qint64 limit = std::max<qint64>(1000, qint64(m_target.connectTimeoutMs) * 8 / 10);
    return ssh_is_connected(m_session.get()) &&
           !(ssh_get_status(m_session.get()) & (SSH_CLOSED | SSH_CLOSED_ERROR)) && timer.elapsed() < limit;
}

void LibsshConnection::sendKeepalive()
{
    if (isConnected() && !probeAlive())
        disconnect();
}

} // namespace fleetdeck
