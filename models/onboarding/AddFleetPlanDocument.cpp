#include "onboarding/AddFleetPlanDocument.h"

#include "config/ContentHash.h"
#include "onboarding/AddFleetProposal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace fleetdeck {

namespace {

QByteArray hashOf(bool exists, const QByteArray& bytes)
{
    return exists ? ContentHash::sha256Hex(bytes) : QByteArray(AddFleetPlanDocument::kAbsent);
}

bool validHash(const QByteArray& hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    return hash == AddFleetPlanDocument::kAbsent || hex.match(QString::fromLatin1(hash)).hasMatch();
}

// The request's fields as saved: string members and int members by JSON key.
struct StringField
{
    const char* key;
    QString AddFleetRequest::*member;
};
struct IntField
{
    const char* key;
    int AddFleetRequest::*member;
};

constexpr StringField kStrings[] = {
    {"name", &AddFleetRequest::name},
    {"host", &AddFleetRequest::host},
    {"zone", &AddFleetRequest::zone},
    {"ssh_user", &AddFleetRequest::sshUser},
    {"service", &AddFleetRequest::service},
    {"unit_template", &AddFleetRequest::unitTemplate},
    {"socket_path", &AddFleetRequest::socketPath},
    {"env_file", &AddFleetRequest::envFile},
    {"nginx_config", &AddFleetRequest::nginxConfig},
    {"nginx_routes", &AddFleetRequest::nginxRoutes},
    {"health_url", &AddFleetRequest::healthUrl},
    {"ca_file", &AddFleetRequest::caFile},
    {"identity_file", &AddFleetRequest::identityFile},
    {"lock_file", &AddFleetRequest::lockFile},
    {"ingress", &AddFleetRequest::ingress},
    {"ingress_address", &AddFleetRequest::ingressAddress},
    {"verify_url", &AddFleetRequest::verifyUrl},
};
constexpr IntField kInts[] = {
    {"ssh_port", &AddFleetRequest::sshPort},
    {"workers", &AddFleetRequest::workers},
    {"ram_mb", &AddFleetRequest::ramMb},
};

} // namespace

AddFleetPlanDocument AddFleetPlanDocument::fromProposal(const AddFleetRequest& request,
                                                        const AddFleetProposal& proposal,
                                                        const QString& bridgeFleetKey)
{
    AddFleetPlanDocument doc;
    doc.request = request;
    doc.hostKeySha256 = proposal.fingerprint.isEmpty() ? request.trustHostKey : proposal.fingerprint;
    for (const AddFleetProposal::File& f : proposal.files)
        doc.files << File{f.host, f.path, hashOf(f.exists, f.before)};
    if (!proposal.haproxyConfig.isEmpty())
        doc.files << File{proposal.ingress, proposal.haproxyConfig, hashOf(true, proposal.haproxyBefore)};
    doc.bridgeFleetKey = bridgeFleetKey;
    if (!proposal.bridgeAfter.isEmpty()) // empty: the list could not be read
        doc.bridgeListSha256 = ContentHash::sha256Hex(
            QJsonDocument(QJsonArray::fromStringList(proposal.bridgeBefore)).toJson(QJsonDocument::Compact));
    return doc;
}

QByteArray AddFleetPlanDocument::toJson() const
{
    QJsonObject req;
    for (const StringField& f : kStrings)
        req.insert(QLatin1String(f.key), request.*f.member);
    for (const IntField& f : kInts)
        req.insert(QLatin1String(f.key), request.*f.member);
    QJsonArray fileArray;
    for (const File& f : files)
        fileArray.append(QJsonObject{{QStringLiteral("host"), f.host},
                                     {QStringLiteral("path"), f.path},
                                     {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
    const QJsonObject root{
        {QStringLiteral("fleetdeck_add_fleet_plan"), kFormat},
        {QStringLiteral("request"), req},
        {QStringLiteral("host_key_sha256"), hostKeySha256},
        {QStringLiteral("files"), fileArray},
        {QStringLiteral("bridge"),
         QJsonObject{{QStringLiteral("fleet_key"), bridgeFleetKey},
                     {QStringLiteral("list_sha256"), QString::fromLatin1(bridgeListSha256)}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AddFleetPlanDocument AddFleetPlanDocument::fromJson(const QByteArray& json, QString* error)
{
    AddFleetPlanDocument doc;
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument d = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !d.isObject()) {
        *error = tr("not an add-fleet plan file: %1").arg(parseError.errorString());
        return doc;
    }
    const QJsonObject root = d.object();
    if (root.value(QStringLiteral("fleetdeck_add_fleet_plan")).toInt() != kFormat) {
        *error = tr("not an add-fleet plan file of format %1").arg(kFormat);
        return doc;
    }
    const QJsonObject req = root.value(QStringLiteral("request")).toObject();
    for (const StringField& f : kStrings) {
        const QJsonValue v = req.value(QLatin1String(f.key));
        if (!v.isString() && !v.isUndefined()) {
            *error = tr("the plan's request.%1 is not a string").arg(QLatin1String(f.key));
            return doc;
        }
        if (v.isString())
            doc.request.*f.member = v.toString();
    }
    for (const IntField& f : kInts) {
        const QJsonValue v = req.value(QLatin1String(f.key));
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            *error = tr("the plan's request.%1 is not a whole number").arg(QLatin1String(f.key));
            return doc;
        }
        doc.request.*f.member = v.toInt();
    }
    if (doc.request.name.isEmpty() || doc.request.host.isEmpty()) {
        *error = tr("the plan's request has no name or host");
        return doc;
    }
    doc.hostKeySha256 = root.value(QStringLiteral("host_key_sha256")).toString();
    doc.request.trustHostKey = doc.hostKeySha256;
    for (const QJsonValue& v : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        File f{o.value(QStringLiteral("host")).toString(), o.value(QStringLiteral("path")).toString(),
               o.value(QStringLiteral("sha256")).toString().toLatin1()};
        if (f.host.isEmpty() || !f.path.startsWith(QLatin1Char('/')) || !validHash(f.sha256)) {
            *error = tr("the plan lists a file without host, absolute path or sha256: %1").arg(f.path);
            return doc;
        }
        doc.files << f;
    }
    const QJsonObject bridge = root.value(QStringLiteral("bridge")).toObject();
    doc.bridgeFleetKey = bridge.value(QStringLiteral("fleet_key")).toString();
    doc.bridgeListSha256 = bridge.value(QStringLiteral("list_sha256")).toString().toLatin1();
    if (doc.files.isEmpty() || !validHash(doc.bridgeListSha256) || doc.bridgeListSha256 == kAbsent)
        *error = tr("the plan records no file hashes or no bridge list hash");
    return doc;
}

QStringList AddFleetPlanDocument::changesSince(const AddFleetPlanDocument& now, bool onlyWhatWasRead) const
{
    QStringList out;
    auto describe = [](const QByteArray& hash) {
        return hash == kAbsent ? tr("absent")
                               : QStringLiteral("sha256 %1").arg(QString::fromLatin1(hash.left(12)));
    };
    for (const File& saved : files) {
        const auto it = std::find_if(now.files.cbegin(), now.files.cend(), [&](const File& f) {
            return f.host == saved.host && f.path == saved.path;
        });
        const QByteArray current = it == now.files.cend() ? QByteArray() : it->sha256;
        if (current.isEmpty() && onlyWhatWasRead)
            continue;
        if (current.isEmpty())
            out << tr("%1:%2 was not read now (planned: %3)")
                       .arg(saved.host, saved.path, describe(saved.sha256));
        else if (current != saved.sha256)
            out << tr("%1:%2 changed since the plan (planned: %3, now: %4)")
                       .arg(saved.host, saved.path, describe(saved.sha256), describe(current));
    }
    if (now.bridgeListSha256 != bridgeListSha256 && !(onlyWhatWasRead && now.bridgeListSha256.isEmpty()))
        out << tr("the bridge's fleet list %1 changed since the plan").arg(bridgeFleetKey);
    return out;
}

} // namespace fleetdeck
