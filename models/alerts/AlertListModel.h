#pragma once

#include "alerts/Alert.h"

#include <QAbstractListModel>
#include <QList>

namespace fleetdeck {

class AlertEngine;

/// The current alerts of an AlertEngine as a list, newest first. A raised alert is inserted at
/// the top (or updated in place when its key is already listed); a cleared one is removed.
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
    void onRaised(const Alert& alert);
    void onCleared(const QString& key);

    QList<Alert> m_alerts;
};

} // namespace fleetdeck
