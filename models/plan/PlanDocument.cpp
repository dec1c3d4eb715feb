#include "plan/PlanDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fleetdeck {

QByteArray PlanDocument::toJson() const
{
    QJsonArray array;
    for (const Plan& p : plans)
        array.append(p.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("fleetdeck_plan"), kFormat}, {QStringLiteral("plans"), array}})
        .toJson(QJsonDocument::Indented);
}

PlanDocument PlanDocument::fromJson(const QByteArray& json, QString* error)
{
    PlanDocument doc;
    QJsonParseError parseError;
    const QJsonDocument d = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !d.isObject()) {
        *error = tr("not a plan file: %1").arg(parseError.errorString());
        return doc;
    }
    const QJsonObject root = d.object();
    if (root.value(QStringLiteral("fleetdeck_plan")).toInt() != kFormat) {
        *error = tr("not a plan file of format %1").arg(kFormat);
        return doc;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("plans")).toArray()) {
        doc.plans.append(Plan::fromJson(v.toObject(), error));
        if (!error->isEmpty())
            return doc;
    }
    if (doc.plans.isEmpty())
        *error = tr("the plan file holds no plan");
    return doc;
}

} // namespace fleetdeck
