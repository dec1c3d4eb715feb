#include "alerts/AlertListModel.h"

#include "alerts/AlertEngine.h"

#include <QDateTime>
#include <QSet>

namespace fleetdeck {

AlertListModel::AlertListModel(AlertEngine* engine, QObject* parent)
    : QAbstractListModel(parent), m_engine(engine), m_alerts(engine->alerts())
{
    m_keys.reserve(m_alerts.size());
    for (int i = 0; i < m_alerts.size(); ++i) {
        m_keys.append(m_alerts.at(i).key());
        m_rows.insert(m_keys.last(), i);
    }
    connect(engine, &AlertEngine::alertsChanged, this, &AlertListModel::sync);
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
    return m_rows.value(key, -1);
}

void AlertListModel::sync()
{
    // 1. Cleared: remove from the bottom up, one beginRemoveRows per contiguous run.
    for (int row = int(m_alerts.size()) - 1; row >= 0;) {
        if (m_engine->contains(m_keys.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !m_engine->contains(m_keys.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_alerts.remove(first, row - first + 1);
        m_keys.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Changed in place: one dataChanged over the span of changed rows.
    int firstChanged = -1;
    int lastChanged = -1;
    QSet<QString> listed;
    listed.reserve(m_keys.size());
    for (int row = 0; row < m_alerts.size(); ++row) {
        listed.insert(m_keys.at(row));
        const Alert* now = m_engine->find(m_keys.at(row));
        Alert& mine = m_alerts[row];
        if (now->severity == mine.severity && now->message == mine.message && now->advice == mine.advice &&
            now->sinceMs == mine.sinceMs)
            continue;
        mine = *now;
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }

    // 3. New: inserted at the top in one block, in the engine's order (newest first).
    QList<Alert> added;
    if (listed.size() < m_engine->size()) {
        for (const Alert& a : m_engine->alerts()) {
            if (!listed.contains(a.key()))
                added.append(a);
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        QList<QString> addedKeys;
        addedKeys.reserve(added.size());
        for (const Alert& a : added)
            addedKeys.append(a.key());
        m_alerts = added + m_alerts;
        m_keys = addedKeys + m_keys;
        endInsertRows();
        if (firstChanged >= 0) {
            firstChanged += int(added.size());
            lastChanged += int(added.size());
        }
    }

    m_rows.clear();
    m_rows.reserve(m_keys.size());
    for (int i = 0; i < m_keys.size(); ++i)
        m_rows.insert(m_keys.at(i), i);
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
}

} // namespace fleetdeck
