#include "plan/RemoteStateReader.h"

#include "fleet/ServerSpec.h"
#include "plan/HealthProbe.h"
#include "remote/FutureAwait.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QRegularExpression>

namespace fleetdeck {

QSet<int> RemoteStateReader::parseUnits(const QByteArray& output, const QString& unitTemplate)
{
    const qsizetype at = unitTemplate.indexOf(QStringLiteral("{n}"));
    const QRegularExpression re(QStringLiteral("^%1(\\d+)%2(?:\\.service)?$")
                                    .arg(QRegularExpression::escape(unitTemplate.left(at)),
                                         QRegularExpression::escape(unitTemplate.mid(at + 3))));
    QSet<int> units;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const auto m = re.match(QString::fromUtf8(fields.at(0)));
        // UNIT LOAD ACTIVE SUB …: running means active/running
        if (m.hasMatch() && fields.at(2) == "active" && fields.at(3) == "running")
            units.insert(m.captured(1).toInt());
    }
    return units;
}

RemoteState RemoteStateReader::read(SshSession& session, const ServerSpec& spec, HealthProbe* health)
{
    RemoteState state;
    QFuture<HealthReading> healthFuture;
    if (health)
        healthFuture = health->fetch(spec.healthUrl, spec.tls, 5000);
    state.nginxConfig = await(session.readFile(spec.service.nginxConfig));
    state.envFile = await(session.readFile(spec.service.envFile));
    const QString pattern =
        QString(spec.service.unitTemplate).replace(QStringLiteral("{n}"), QStringLiteral("*"));
    const CommandResult units =
        await(session.run(RemoteCommand({QStringLiteral("systemctl"), QStringLiteral("list-units"), pattern,
                                         QStringLiteral("--plain"), QStringLiteral("--no-legend")})
                              .withSudo(session.target().become == SshTarget::Become::Sudo)
                              .withTimeout(20000)));
    if (units.ok())
        state.runningUnits = parseUnits(units.stdOut, spec.service.unitTemplate);
    if (health) {
        healthFuture.waitForFinished();
        const HealthReading reading = healthFuture.result();
        if (reading.ok())
            state.health = reading.snapshot;
        else
            state.healthError = reading.error;
    } else {
        state.healthError = QStringLiteral("not read");
    }
    return state;
}

} // namespace fleetdeck
