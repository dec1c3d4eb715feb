#include "audit/AuditDock.h"

#include "actions/DiffHighlighter.h"
#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"
#include "style/Theme.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fleetdeck::ui {

AuditDock::AuditDock(QWidget* parent)
    : QDockWidget(tr("Audit log"), parent), m_model(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("auditDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    layout->addWidget(m_status);
    auto* split = new QSplitter(Qt::Horizontal, content);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Action, QHeaderView::Stretch);
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("auditDetailTextEdit"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an action to see its diffs and output."));
    new DiffHighlighter(m_detail->document(), Theme::isDark(palette()));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});
    layout->addWidget(split, 1);
    setWidget(content);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRecord(current.row()); });
}

AuditDock::~AuditDock() = default;

void AuditDock::setLogPath(const QString& path)
{
    m_path = path;
    m_log.reset();
    refresh();
}

void AuditDock::refresh()
{
    if (!m_log && !m_path.isEmpty()) {
        m_log = std::make_unique<AuditLog>(m_path);
        QString error;
        if (!m_log->open(&error)) {
            m_status->setText(tr("Cannot open the audit log %1: %2").arg(m_path, error));
            m_status->show();
            m_log.reset();
        }
    }
    if (!m_log) {
        m_model->setRecords({});
        return;
    }
    m_status->hide();
    const qint64 selected = m_table->currentIndex().isValid()
                                ? m_table->currentIndex().data(AuditTableModel::IdRole).toLongLong()
                                : 0;
    m_model->setRecords(m_log->recent(200));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected != 0 && m_model->record(row).id == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
    m_detail->clear();
}

void AuditDock::showRecord(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_log) {
        m_detail->clear();
        return;
    }
    const std::optional<AuditRecord> r = m_log->record(m_model->record(row).id);
    if (!r) {
        m_detail->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 · %2 · %3").arg(r->server, r->action, r->summary);
    lines << tr("Started %1 by %2 on %3")
                 .arg(QLocale().toString(r->startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      r->user, r->consoleHost);
    if (r->finished()) {
        lines
            << tr("Result: %1 · calls dropped: %2").arg(AuditTableModel::resultText(*r)).arg(r->callsDropped);
        if (!r->message.isEmpty())
            lines << r->message;
    } else {
        lines << tr("No outcome recorded (still running, or the console stopped mid-change).");
    }
    lines << QString() << tr("Diffs:") << r->diff << tr("Output:");
    for (const QString& l : r->output.split(QLatin1Char('\n')))
        lines << QStringLiteral("  ") + l;
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

QString AuditDock::detailText() const
{
    return m_detail->toPlainText();
}

} // namespace fleetdeck::ui
