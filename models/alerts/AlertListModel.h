#pragma once

#include "alerts/Alert.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace fleetdeck {

class AlertEngine;

/// The current alerts of an AlertEngine as a list, newest first. After each evaluation the list
/// is brought up to date in one batch (AlertEngine::alertsChanged): cleared alerts are removed,
/// changed ones are updated in place (one dataChanged over the changed span) and new ones are
/// inserted at the top in one block, newest first. Linear in the number of alerts, so a thousand
/// servers in warning cost one pass, not one scan per alert.
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(Alert::Severity)
        KindRole,                        ///< int(Alert::Kind)
        SubjectRole,                     ///< server name, zone id, ingress name
        SubjectKindRole,                 ///< int(Alert::Subject)
        MessageRole,
        AdviceRole,
        SinceRole, ///< qint64 ms since the epoch
        KeyRole,
    };

    explicit AlertListModel(AlertEngine* engine, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Alert& alertAt(int row) const { return m_alerts.at(row); }
    int rowOf(const QString& key) const;

private:
    void sync();

    AlertEngine* m_engine;
    QList<Alert> m_alerts;
    QList<QString> m_keys;      ///< m_alerts[i].key(), computed once per alert
    QHash<QString, int> m_rows; ///< key → row, rebuilt after each sync
};

} // namespace fleetdeck
