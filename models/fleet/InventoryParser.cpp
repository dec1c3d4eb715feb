#include "fleet/InventoryParser.h"

#include "fleet/InputValidation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace fleetdeck {

namespace iv = InputValidation;

namespace {

/// Walks a JSON object collecting errors with their JSON paths.
class Reader
{
public:
    Reader(InventoryErrors& errors, QString path, QJsonObject object)
        : m_errors(&errors), m_path(std::move(path)), m_object(std::move(object))
    {
    }

    QString pathOf(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void error(const QString& key, const QString& message) { m_errors->append({pathOf(key), message}); }
    bool has(const QString& key) const { return m_object.contains(key); }

    /// Reports every key not in `allowed` (usually a typo).
    void rejectUnknown(std::initializer_list<const char*> allowed)
    {
        QSet<QString> known;
        for (const char* k : allowed)
            known.insert(QString::fromLatin1(k));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                error(it.key(), QStringLiteral("unknown field"));
        }
    }

    std::optional<QString> string(const QString& key, bool required = false)
    {
        if (!has(key)) {
            if (required)
                error(key, QStringLiteral("required field is missing"));
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            error(key, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    /// An integer in [min, max]; 1.5, "8" and 1e99 are refused.
    std::optional<int> integer(const QString& key, qint64 min, qint64 max)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
            error(key, QStringLiteral("must be a whole number"));
            return std::nullopt;
        }
        const auto n = static_cast<qint64>(d);
        if (n < min || n > max) {
            error(key, QStringLiteral("must be between %1 and %2 (got %3)").arg(min).arg(max).arg(n));
            return std::nullopt;
        }
        return static_cast<int>(n);
    }

    std::optional<Reader> object(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) {
            error(key, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        return Reader(*m_errors, pathOf(key), v.toObject());
    }

    std::optional<QJsonArray> array(const QString& key, bool required = false)
    {
        if (!has(key)) {
            if (required)
                error(key, QStringLiteral("required field is missing"));
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            error(key, QStringLiteral("must be an array"));
            return std::nullopt;
        }
        return v.toArray();
    }

    /// Elements of an array of objects, each with its own path.
    QList<Reader> objects(const QString& key, bool required = false)
    {
        QList<Reader> out;
        const auto arr = array(key, required);
        if (!arr)
            return out;
        for (qsizetype i = 0; i < arr->size(); ++i) {
            const QString elementPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!arr->at(i).isObject()) {
                m_errors->append({elementPath, QStringLiteral("must be an object")});
                continue;
            }
            out.append(Reader(*m_errors, elementPath, arr->at(i).toObject()));
        }
        return out;
    }

    // Typed, validated fields -------------------------------------------------

    void name(const QString& key, QString& out, bool required, int maxLength = 63)
    {
        if (auto s = string(key, required)) {
            if (iv::isName(*s, maxLength))
                out = *s;
            else
                error(key, QStringLiteral("not a valid name (lower-case letters, digits and '-', up to %1 characters)").arg(maxLength));
        }
    }

    void host(const QString& key, QString& out, bool required)
    {
        if (auto s = string(key, required)) {
            if (iv::isHost(*s))
                out = *s;
            else
                error(key, QStringLiteral("not a hostname or IP address"));
        }
    }

    void remotePath(const QString& key, QString& out, bool placeholder = false)
    {
        if (auto s = string(key)) {
            const QString problem = iv::remotePathProblem(*s, placeholder);
            if (problem.isEmpty())
                out = *s;
            else
                error(key, problem);
        }
    }

    void localPath(const QString& key, QString& out)
    {
        if (auto s = string(key)) {
            const QString problem = iv::localPathProblem(*s);
            if (problem.isEmpty())
                out = InventoryParser::expandHome(*s);
            else
                error(key, problem);
        }
    }

    void url(const QString& key, QUrl& out)
    {
        if (auto s = string(key)) {
            const QString problem = iv::urlProblem(*s);
            if (problem.isEmpty())
                out = QUrl(*s);
            else
                error(key, problem);
        }
    }

    void number(const QString& key, int& out, qint64 min, qint64 max)
    {
        if (auto n = integer(key, min, max))
            out = *n;
    }

private:
    InventoryErrors* m_errors;
    QString m_path;
    QJsonObject m_object;
};

void readSsh(Reader& r, SshSettings& ssh)
{
    r.rejectUnknown({"user", "port", "identity_files", "known_hosts", "become"});
    if (auto user = r.string(QStringLiteral("user"))) {
        if (iv::isUserName(*user))
            ssh.user = *user;
        else
            r.error(QStringLiteral("user"), QStringLiteral("not a valid login name"));
    }
    r.number(QStringLiteral("port"), ssh.port, 1, 65535);
    if (auto files = r.array(QStringLiteral("identity_files"))) {
        ssh.identityFiles.clear();
        for (qsizetype i = 0; i < files->size(); ++i) {
            const QString key = QStringLiteral("identity_files[%1]").arg(i);
            const QString problem = files->at(i).isString() ? iv::localPathProblem(files->at(i).toString())
                                                             : QStringLiteral("must be a string");
            if (problem.isEmpty())
                ssh.identityFiles.append(InventoryParser::expandHome(files->at(i).toString()));
            else
                r.error(key, problem);
        }
    }
    r.localPath(QStringLiteral("known_hosts"), ssh.knownHostsFile);
    if (auto become = r.string(QStringLiteral("become"))) {
        if (*become == QLatin1String("sudo"))
            ssh.become = SshSettings::Become::Sudo;
        else if (*become == QLatin1String("none"))
            ssh.become = SshSettings::Become::None;
        else
            r.error(QStringLiteral("become"), QStringLiteral("must be \"sudo\" or \"none\""));
    }
}

void readTls(Reader& r, TlsSettings& tls)
{
    r.rejectUnknown({"ca_file", "pinned_sha256"});
    r.localPath(QStringLiteral("ca_file"), tls.caFile);
    if (auto pin = r.string(QStringLiteral("pinned_sha256"))) {
        QString hex = pin->toLower();
        hex.remove(QLatin1Char(':'));
        static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
        if (re.match(hex).hasMatch())
            tls.pinnedSha256 = hex;
        else
            r.error(QStringLiteral("pinned_sha256"), QStringLiteral("must be 64 hex digits (colons allowed)"));
    }
}

void readService(Reader& r, ServiceNames& service)
{
    r.rejectUnknown({"name", "unit_template", "socket_path", "upstream", "env_var", "env_file", "nginx_config",
                     "nginx_routes"});
    if (auto name = r.string(QStringLiteral("name"))) {
        if (iv::isServiceName(*name))
            service.name = *name;
        else
            r.error(QStringLiteral("name"), QStringLiteral("not a valid service name ([a-z][a-z0-9_-]{0,31})"));
    }
    if (auto unit = r.string(QStringLiteral("unit_template"))) {
        QString probe = *unit;
        if (unit->count(QStringLiteral("{n}")) == 1
            && iv::isServiceName(probe.replace(QStringLiteral("{n}"), QStringLiteral("1")).remove(QLatin1Char('@'))))
            service.unitTemplate = *unit;
        else
            r.error(QStringLiteral("unit_template"), QStringLiteral("must look like name@{n}"));
    }
    r.remotePath(QStringLiteral("socket_path"), service.socketPath, true);
    if (auto upstream = r.string(QStringLiteral("upstream"))) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,63}\\z"));
        if (re.match(*upstream).hasMatch())
            service.upstream = *upstream;
        else
            r.error(QStringLiteral("upstream"), QStringLiteral("not a valid nginx upstream name"));
    }
    if (auto var = r.string(QStringLiteral("env_var"))) {
        if (iv::isEnvVarName(*var))
            service.envVar = *var;
        else
            r.error(QStringLiteral("env_var"), QStringLiteral("not a valid environment variable name"));
    }
    r.remotePath(QStringLiteral("env_file"), service.envFile);
    r.remotePath(QStringLiteral("nginx_config"), service.nginxConfig);
    r.remotePath(QStringLiteral("nginx_routes"), service.nginxRoutes);
}

void readLimits(Reader& r, ServerSpec& server)
{
    r.rejectUnknown({"channels", "cps"});
    r.number(QStringLiteral("channels"), server.channelLimit, 1, 1000000);
    r.number(QStringLiteral("cps"), server.cpsLimit, 1, 1000000);
}

/// Server fields shared by `defaults` and each server.
void readServerCommon(Reader& r, ServerSpec& server)
{
    if (auto ssh = r.object(QStringLiteral("ssh")))
        readSsh(*ssh, server.ssh);
    if (auto tls = r.object(QStringLiteral("tls")))
        readTls(*tls, server.tls);
    if (auto limits = r.object(QStringLiteral("limits")))
        readLimits(*limits, server);
    if (auto service = r.object(QStringLiteral("service")))
        readService(*service, server.service);
    r.number(QStringLiteral("ram_mb"), server.ramMb, 256, 16777216);
    r.number(QStringLiteral("worker_idle_mb"), server.workerIdleMb, 1, 1048576);
}

ServerSpec readServer(Reader& r, const ServerSpec& defaults)
{
    r.rejectUnknown({"name", "host", "zone", "ssh", "health_url", "tls", "ram_mb", "worker_idle_mb", "limits",
                     "service", "lock_file"});
    ServerSpec s = defaults;
    r.name(QStringLiteral("name"), s.name, true);
    r.host(QStringLiteral("host"), s.host, true);
    r.name(QStringLiteral("zone"), s.zone, true, 32);
    readServerCommon(r, s);
    r.url(QStringLiteral("health_url"), s.healthUrl);
    r.remotePath(QStringLiteral("lock_file"), s.lockFile);
    if (s.healthUrl.isEmpty() && !s.host.isEmpty()) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(s.host);
        url.setPath(QStringLiteral("/health/fleet"));
        s.healthUrl = url;
    }
    s.service.deriveDefaults();
    return s;
}

IngressSpec readIngress(Reader& r, const SshSettings& sshDefaults, const QString& serviceName)
{
    r.rejectUnknown({"name", "host", "ssh", "add_fleet_script", "haproxy_config", "admin_socket", "backend",
                     "lock_file"});
    IngressSpec in;
    in.ssh = sshDefaults;
    r.name(QStringLiteral("name"), in.name, true);
    r.host(QStringLiteral("host"), in.host, true);
    if (auto ssh = r.object(QStringLiteral("ssh")))
        readSsh(*ssh, in.ssh);
    r.remotePath(QStringLiteral("add_fleet_script"), in.addFleetScript);
    r.remotePath(QStringLiteral("haproxy_config"), in.haproxyConfig);
    r.remotePath(QStringLiteral("admin_socket"), in.adminSocket);
    r.remotePath(QStringLiteral("lock_file"), in.lockFile);
    in.backend = serviceName + QStringLiteral("_fleets");
    if (auto backend = r.string(QStringLiteral("backend"))) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}\\z"));
        if (re.match(*backend).hasMatch())
            in.backend = *backend;
        else
            r.error(QStringLiteral("backend"), QStringLiteral("not a valid HAProxy backend name"));
    }
    return in;
}

BridgeSpec readBridge(Reader& r, const QString& serviceName)
{
    r.rejectUnknown({"settings_url", "pick_url", "fleet_key", "token_env", "token_keychain", "tls"});
    BridgeSpec b;
    r.url(QStringLiteral("settings_url"), b.settingsUrl);
    if (!r.has(QStringLiteral("settings_url")))
        r.error(QStringLiteral("settings_url"), QStringLiteral("required field is missing"));
    r.url(QStringLiteral("pick_url"), b.pickUrl);
    b.fleetKey = serviceName + QStringLiteral("_fleet");
    if (auto key = r.string(QStringLiteral("fleet_key"))) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}\\z"));
        if (re.match(*key).hasMatch())
            b.fleetKey = *key;
        else
            r.error(QStringLiteral("fleet_key"), QStringLiteral("not a valid settings key"));
    }
    if (auto env = r.string(QStringLiteral("token_env"))) {
        if (iv::isEnvVarName(*env))
            b.tokenEnv = *env;
        else
            r.error(QStringLiteral("token_env"), QStringLiteral("not a valid environment variable name"));
    }
    if (auto entry = r.string(QStringLiteral("token_keychain"))) {
        if (iv::isName(*entry))
            b.tokenKeychain = *entry;
        else
            r.error(QStringLiteral("token_keychain"), QStringLiteral("not a valid keychain entry name"));
    }
    if (auto tls = r.object(QStringLiteral("tls")))
        readTls(*tls, b.tls);
    return b;
}

void checkReferences(const Inventory& inv, InventoryErrors& errors)
{
    QSet<QString> zoneIds;
    for (qsizetype i = 0; i < inv.zones.size(); ++i) {
        if (zoneIds.contains(inv.zones[i].id))
            errors.append({QStringLiteral("zones[%1].id").arg(i), QStringLiteral("duplicate zone id \"%1\"").arg(inv.zones[i].id)});
        zoneIds.insert(inv.zones[i].id);
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < inv.servers.size(); ++i) {
        const auto& s = inv.servers[i];
        if (!s.zone.isEmpty() && !zoneIds.contains(s.zone))
            errors.append({QStringLiteral("servers[%1].zone").arg(i), QStringLiteral("no zone with id \"%1\"").arg(s.zone)});
        if (!s.name.isEmpty() && names.contains(s.name))
            errors.append({QStringLiteral("servers[%1].name").arg(i), QStringLiteral("duplicate name \"%1\"").arg(s.name)});
        names.insert(s.name);
    }
    for (qsizetype i = 0; i < inv.ingresses.size(); ++i) {
        const auto& in = inv.ingresses[i];
        if (!in.name.isEmpty() && names.contains(in.name))
            errors.append({QStringLiteral("ingresses[%1].name").arg(i), QStringLiteral("duplicate name \"%1\"").arg(in.name)});
        names.insert(in.name);
    }
}

} // namespace

QString InventoryParseResult::errorText() const
{
    QStringList lines;
    for (const auto& e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

InventoryParseResult InventoryParser::parse(const QByteArray& json, const QString& sourcePath)
{
    InventoryParseResult result;
    if (json.size() > kMaxFileBytes) {
        result.errors.append({{}, QStringLiteral("inventory larger than %1 bytes").arg(kMaxFileBytes)});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({{}, QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({{}, QStringLiteral("the top level must be a JSON object")});
        return result;
    }

    InventoryErrors& errors = result.errors;
    Reader root(errors, {}, doc.object());
    root.rejectUnknown({"fleetdeck_inventory", "defaults", "zones", "servers", "ingresses", "bridge"});
    if (auto version = root.integer(QStringLiteral("fleetdeck_inventory"), 1, 1); !version && !root.has(QStringLiteral("fleetdeck_inventory")))
        root.error(QStringLiteral("fleetdeck_inventory"), QStringLiteral("required field is missing (must be 1)"));

    ServerSpec defaults;
    if (auto d = root.object(QStringLiteral("defaults"))) {
        d->rejectUnknown({"ssh", "tls", "ram_mb", "worker_idle_mb", "limits", "service"});
        readServerCommon(*d, defaults);
    }

    Inventory inv;
    inv.sourcePath = sourcePath;
    for (Reader& z : root.objects(QStringLiteral("zones"), true)) {
        z.rejectUnknown({"id", "name"});
        ZoneSpec zone;
        z.name(QStringLiteral("id"), zone.id, true, 32);
        if (auto name = z.string(QStringLiteral("name")))
            zone.name = name->trimmed().left(80);
        inv.zones.append(zone);
    }
    for (Reader& s : root.objects(QStringLiteral("servers"), true))
        inv.servers.append(readServer(s, defaults));
    for (Reader& i : root.objects(QStringLiteral("ingresses")))
        inv.ingresses.append(readIngress(i, defaults.ssh, defaults.service.name));
    if (auto b = root.object(QStringLiteral("bridge")))
        inv.bridge = readBridge(*b, defaults.service.name);

    checkReferences(inv, errors);
    if (errors.isEmpty())
        result.inventory = std::move(inv);
    return result;
}

InventoryParseResult InventoryParser::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        InventoryParseResult result;
        result.errors.append({{}, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        InventoryParseResult result;
        result.errors.append({{}, QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(kMaxFileBytes)});
        return result;
    }
    return parse(file.readAll(), path);
}

QString InventoryParser::defaultPath()
{
    const QString env = qEnvironmentVariable("FLEETDECK_INVENTORY");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.config/fleetdeck/inventory.json");
}

QString InventoryParser::expandHome(const QString& path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace fleetdeck
