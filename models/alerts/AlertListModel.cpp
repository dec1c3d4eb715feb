#include "alerts/AlertListModel.h"

#include "alerts/AlertEngine.h"

#include <QDateTime>

namespace fleetdeck {

AlertListModel::AlertListModel(AlertEngine* engine, QObject* parent)
    : QAbstractListModel(parent), m_alerts(engine->alerts())
{
    connect(engine, &AlertEngine::alertRaised, this, &AlertListModel::onRaised);
    connect(engine, &AlertEngine::alertCleared, this, &AlertListModel::onCleared);
}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return a.message;
    case Qt::ToolTipRole:
        return tr("%1\n%2\nSince %3")
            .arg(a.message, a.advice,
                 QDateTime::fromMSecsSinceEpoch(a.sinceMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case Qt::AccessibleDescriptionRole:
        return (a.severity == Alert::Severity::Critical ? tr("Critical: ") : tr("Warning: ")) + a.message +
               QStringLiteral(". ") + a.advice;
    case SeverityRole:
        return int(a.severity);
    case KindRole:
        return int(a.kind);
    case SubjectRole:
        return a.subject;
    case SubjectKindRole:
        return int(a.subjectKind);
    case AdviceRole:
        return a.advice;
    case SinceRole:
        return a.sinceMs;
    case KeyRole:
        return a.key();
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(KindRole, "kind");
    names.insert(SubjectRole, "subject");
    names.insert(SubjectKindRole, "subjectKind");
    names.insert(MessageRole, "message");
    names.insert(AdviceRole, "advice");
    names.insert(SinceRole, "since");
    names.insert(KeyRole, "key");
    return names;
}

int AlertListModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).key() == key)
            return i;
    }
    return -1;
}

void AlertListModel::onRaised(const Alert& alert)
{
    const int row = rowOf(alert.key());
    if (row >= 0) {
        m_alerts[row] = alert;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
}

void AlertListModel::onCleared(const QString& key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_alerts.removeAt(row);
    endRemoveRows();
}

} // namespace fleetdeck
