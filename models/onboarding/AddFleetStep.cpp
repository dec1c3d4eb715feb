#include "onboarding/AddFleetStep.h"

#include <QCoreApplication>

namespace fleetdeck::AddFleetSteps {

QList<AddFleetStep> all()
{
    return {AddFleetStep::Host,  AddFleetStep::Trust,   AddFleetStep::Preflight, AddFleetStep::Deploy,
            AddFleetStep::Nginx, AddFleetStep::Inbound, AddFleetStep::Outbound,  AddFleetStep::Verify};
}

QString title(AddFleetStep step)
{
    const char* text = "";
    switch (step) {
    case AddFleetStep::Host:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Host");
        break;
    case AddFleetStep::Trust:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Trust the host key");
        break;
    case AddFleetStep::Preflight:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Preflight");
        break;
    case AddFleetStep::Deploy:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Deploy the workers");
        break;
    case AddFleetStep::Nginx:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Configure nginx");
        break;
    case AddFleetStep::Inbound:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Inbound: the WSS ingress");
        break;
    case AddFleetStep::Outbound:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Outbound: the bridge");
        break;
    case AddFleetStep::Verify:
        text = QT_TRANSLATE_NOOP("fleetdeck::AddFleetSteps", "Verify and summary");
        break;
    }
    return QCoreApplication::translate("fleetdeck::AddFleetSteps", text);
}

QString id(AddFleetStep step)
{
    switch (step) {
    case AddFleetStep::Host:
        return QStringLiteral("host");
    case AddFleetStep::Trust:
        return QStringLiteral("trust");
    case AddFleetStep::Preflight:
        return QStringLiteral("preflight");
    case AddFleetStep::Deploy:
        return QStringLiteral("deploy");
    case AddFleetStep::Nginx:
        return QStringLiteral("nginx");
    case AddFleetStep::Inbound:
        return QStringLiteral("inbound");
    case AddFleetStep::Outbound:
        return QStringLiteral("outbound");
    case AddFleetStep::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

} // namespace fleetdeck::AddFleetSteps
