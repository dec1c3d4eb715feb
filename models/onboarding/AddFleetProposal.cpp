#include "onboarding/AddFleetProposal.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetdeck::AddFleetProposal", s, c, n);
}

} // namespace

QString AddFleetProposal::text() const
{
    QString out;
    out += tr("Add fleet %1 (%2)\n").arg(server, host);
    if (!fingerprint.isEmpty())
        out += tr("Host key: %1%2\n")
                   .arg(fingerprint, fingerprintTrusted ? tr(" (trusted)") : tr(" (NOT trusted)"));
    if (!checks.isEmpty()) {
        out += tr("\nPreflight:\n");
        for (const PreflightCheck& c : checks) {
            out += QStringLiteral("  %1 %2: %3\n")
                       .arg(c.ok ? QStringLiteral("✓") : QStringLiteral("✗"), c.title, c.detail);
            if (!c.ok && !c.fix.isEmpty())
                out += tr("      fix: %1\n").arg(c.fix);
        }
    }
    if (!files.isEmpty()) {
        out += tr("\nFiles:\n");
        for (const File& f : files)
            out += QString::fromUtf8(f.diff);
    }
    if (!commands.isEmpty()) {
        out += tr("\nCommands:\n");
        for (int i = 0; i < commands.size(); ++i)
            out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(commands.at(i));
    }
    if (!addFleetCommand.isEmpty()) {
        out += tr("\nInbound (ingress %1): %2\n").arg(ingress, addFleetCommand);
        out += tr("  adds: %1\n").arg(QString::fromUtf8(addFleetLine.trimmed()));
        out += QString::fromUtf8(haproxyDiff);
    }
    if (!baseUrl.isEmpty()) {
        out += tr("\nOutbound (bridge fleet list): add %1\n").arg(baseUrl);
        out += bridgeDiff.isEmpty() ? tr("  (already in the list)\n") : QString::fromUtf8(bridgeDiff);
    }
    for (const QString& w : warnings)
        out += tr("\nWarning: %1\n").arg(w);
    if (!inventorySnippet.isEmpty())
        out += tr("\nInventory entry to add to servers[] (Fleetdeck does not edit the inventory):\n%1")
                   .arg(QString::fromUtf8(inventorySnippet));
    return out;
}

} // namespace fleetdeck
