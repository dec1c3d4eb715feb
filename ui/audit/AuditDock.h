#pragma once

#include <QDockWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace fleetdeck {
class AuditLog;
} // namespace fleetdeck

namespace fleetdeck::ui {

class AuditTableModel;

/// The audit log in the console: past actions (when, who, server, action, result, calls
/// dropped), newest first; selecting one shows its message, diffs and command output.
/// refresh() re-reads the log (the main window calls it after every apply).
class AuditDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AuditDock(QWidget* parent = nullptr);
    ~AuditDock() override;

    /// The log to show (AuditLog path); empty: none.
    void setLogPath(const QString& path);
    void refresh();

    AuditTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QString detailText() const;

private:
    void showRecord(int row);

    QString m_path;
    std::unique_ptr<AuditLog> m_log;
    AuditTableModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
    QLabel* m_status;
};

} // namespace fleetdeck::ui
