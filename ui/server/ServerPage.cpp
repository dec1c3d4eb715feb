#include "server/ServerPage.h"

#include "charts/TrafficCharts.h"
#include "config/DriftReport.h"
#include "fleet/FleetState.h"
#include "history/HistoryStore.h"
#include "main/LevelBar.h"
#include "server/OccupancyGrid.h"
#include "style/StatusStyle.h"
#include "style/Theme.h"
#include "style/WorkerStyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include <array>
#include <limits>

namespace fleetdeck::ui {

namespace {
QString formatUptime(qint64 s)
{
    if (s < 0)
        return QCoreApplication::translate("fleetdeck::ui::ServerPage", "not reported");
    const qint64 d = s / 86400;
    const qint64 h = (s / 3600) % 24;
    const qint64 m = (s / 60) % 60;
    if (d > 0)
        return QCoreApplication::translate("fleetdeck::ui::ServerPage", "%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return QCoreApplication::translate("fleetdeck::ui::ServerPage", "%1 h %2 min").arg(h).arg(m);
    return QCoreApplication::translate("fleetdeck::ui::ServerPage", "%1 min %2 s").arg(m).arg(s % 60);
}
} // namespace

ServerPage::ServerPage(FleetState* state, const HistoryStore* history, QWidget* parent)
    : QWidget(parent), m_state(state), m_history(history)
{
    setObjectName(QStringLiteral("serverPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());

    auto* middle = new QHBoxLayout;
    middle->addWidget(buildWorkers(), 3);
    auto* side = new QVBoxLayout;
    side->addWidget(buildHealth());
    side->addWidget(buildMemory());
    side->addStretch(1);
    middle->addLayout(side, 2);
    layout->addLayout(middle);
    layout->addWidget(buildCharts(), 1);
    layout->addWidget(buildDrift());
    setServer(-1);
}

QLabel* ServerPage::valueLabel(const QString& objectName)
{
    auto* l = new QLabel(this);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPushButton* ServerPage::actionButton(const QString& objectName, const QString& text)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setEnabled(false);
    b->setToolTip(tr("Changes need SSH access (start the console with an inventory)"));
    return b;
}

QWidget* ServerPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* titles = new QVBoxLayout;
    auto* line = new QHBoxLayout;
    m_title = valueLabel(QStringLiteral("serverTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_status = valueLabel(QStringLiteral("serverStatusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    line->addWidget(m_title);
    line->addSpacing(12);
    line->addWidget(m_status);
    line->addStretch(1);
    titles->addLayout(line);
    m_subtitle = valueLabel(QStringLiteral("serverSubtitleLabel"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_subtitle);
    layout->addLayout(titles, 1);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(6);
    m_actions = {actionButton(QStringLiteral("addWorkersButton"), tr("Add workers…")),
                 actionButton(QStringLiteral("removeWorkersButton"), tr("Remove workers…")),
                 actionButton(QStringLiteral("rollingRestartButton"), tr("Rolling restart…"))};
    const std::array<void (ServerPage::*)(int), 3> requests{&ServerPage::addWorkersRequested,
                                                            &ServerPage::removeWorkersRequested,
                                                            &ServerPage::rollingRestartRequested};
    for (int i = 0; i < 3; ++i) {
        actions->addWidget(m_actions[i]);
        connect(m_actions[i], &QPushButton::clicked, this, [this, signal = requests[i]] {
            if (m_server >= 0)
                Q_EMIT(this->*signal)(m_server);
        });
    }
    m_checkDrift = actionButton(QStringLiteral("checkDriftButton"), tr("Check drift"));
    connect(m_checkDrift, &QPushButton::clicked, this, [this] {
        if (m_server >= 0)
            Q_EMIT driftCheckRequested(m_server);
    });
    actions->addWidget(m_checkDrift);
    layout->addLayout(actions);
    return header;
}

QGroupBox* ServerPage::buildWorkers()
{
    auto* box = new QGroupBox(tr("Workers"), this);
    box->setObjectName(QStringLiteral("workersGroupBox"));
    auto* layout = new QVBoxLayout(box);
    m_counts = valueLabel(QStringLiteral("workerCountsLabel"));
    layout->addWidget(m_counts);
    m_grid = new OccupancyGrid(box);
    layout->addWidget(m_grid);
    QStringList legend;
    for (WorkerState s : {WorkerState::Idle, WorkerState::Busy, WorkerState::Starting, WorkerState::Draining,
                          WorkerState::Down}) {
        const WorkerStyle style = WorkerStyle::of(s);
        legend << style.glyph + QLatin1Char(' ') + style.label;
    }
    auto* legendLabel =
        new QLabel(legend.join(QStringLiteral("   ")) + tr("   · busy: the call's duration"), box);
    legendLabel->setObjectName(QStringLiteral("workerLegendLabel"));
    legendLabel->setForegroundRole(QPalette::PlaceholderText);
    legendLabel->setWordWrap(true);
    layout->addWidget(legendLabel);
    layout->addStretch(1);
    return box;
}

QGroupBox* ServerPage::buildHealth()
{
    auto* box = new QGroupBox(tr("Health"), this);
    box->setObjectName(QStringLiteral("healthGroupBox"));
    auto* form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight);
    m_version = valueLabel(QStringLiteral("healthVersionLabel"));
    m_uptime = valueLabel(QStringLiteral("healthUptimeLabel"));
    m_memoryUsed = valueLabel(QStringLiteral("healthMemoryLabel"));
    m_updated = valueLabel(QStringLiteral("healthUpdatedLabel"));
    m_error = valueLabel(QStringLiteral("healthErrorLabel"));
    m_error->setWordWrap(true);
    form->addRow(tr("Version"), m_version);
    form->addRow(tr("Uptime"), m_uptime);
    form->addRow(tr("Memory"), m_memoryUsed);
    form->addRow(tr("Last update"), m_updated);
    form->addRow(tr("Last error"), m_error);
    return box;
}

QGroupBox* ServerPage::buildMemory()
{
    auto* box = new QGroupBox(tr("Memory budget for idle workers"), this);
    box->setObjectName(QStringLiteral("memoryGroupBox"));
    auto* layout = new QVBoxLayout(box);
    m_memoryBar = new LevelBar(box);
    m_memoryBar->setObjectName(QStringLiteral("memoryBudgetBar"));
    m_memoryText = valueLabel(QStringLiteral("memoryBudgetLabel"));
    m_memoryText->setWordWrap(true);
    layout->addWidget(m_memoryBar);
    layout->addWidget(m_memoryText);
    return box;
}

QGroupBox* ServerPage::buildCharts()
{
    auto* box = new QGroupBox(tr("Traffic"), this);
    box->setObjectName(QStringLiteral("serverChartsGroupBox"));
    auto* layout = new QVBoxLayout(box);
    m_traffic = new TrafficCharts(m_history, QStringLiteral("server"), QStringLiteral("range"), 15, box);
    layout->addWidget(m_traffic, 1);
    connect(m_traffic, &TrafficCharts::rangeChanged, this, &ServerPage::rangeChanged);
    connect(m_traffic, &TrafficCharts::fitToDataChanged, this, &ServerPage::fitToDataChanged);
    return box;
}

QGroupBox* ServerPage::buildDrift()
{
    auto* box = new QGroupBox(tr("Drift: units, nginx upstream, .env and health"), this);
    box->setObjectName(QStringLiteral("driftGroupBox"));
    auto* layout = new QVBoxLayout(box);
    m_drift = valueLabel(QStringLiteral("driftStatusLabel"));
    m_drift->setWordWrap(true);
    m_drift->setText(tr("Not read yet — read it with Check drift."));
    layout->addWidget(m_drift);
    return box;
}

void ServerPage::setRange(TimeSeriesChart::Range range)
{
    m_traffic->setRange(range);
}

TimeSeriesChart::Range ServerPage::range() const
{
    return m_traffic->range();
}

void ServerPage::setFitToData(bool fit)
{
    m_traffic->setFitToData(fit);
}

bool ServerPage::fitToData() const
{
    return m_traffic->fitToData();
}

void ServerPage::setDriftCheckAvailable(bool available)
{
    m_driftAvailable = available;
    m_checkDrift->setEnabled(available && !m_driftReading.contains(m_server));
    m_checkDrift->setToolTip(available ? tr("Compare units, sockets, the nginx upstream, .env and health")
                                       : tr("Needs SSH access (start the console with an inventory)"));
}

void ServerPage::setActionsAvailable(bool available)
{
    for (QPushButton* b : m_actions) {
        b->setEnabled(available);
        b->setToolTip(available ? QString()
                                : tr("Changes need SSH access (start the console with an inventory)"));
    }
}

void ServerPage::setDriftReport(const DriftReport& report)
{
    setDriftReport(m_server, report);
}

void ServerPage::setDriftReport(int server, const DriftReport& report)
{
    const QString at = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString text;
    if (report.consistent()) {
        text = tr("✓ Consistent: units, upstream, .env and health agree.");
        if (!report.unavailable.isEmpty())
            text += QLatin1Char(' ') + tr("Not read: %1.").arg(report.unavailable.join(QStringLiteral(", ")));
    } else {
        QStringList lines;
        for (const DriftFinding& f : report.findings)
            lines << QStringLiteral("✗ ") + f.message +
                         (f.suggestion.isEmpty() ? QString() : QStringLiteral(" — ") + f.suggestion);
        text = lines.join(QLatin1Char('\n'));
    }
    m_driftTexts.insert(server, text + QLatin1Char('\n') + tr("Read at %1.").arg(at));
    if (server == m_server)
        m_drift->setText(m_driftTexts.value(server));
}

void ServerPage::setDriftError(int server, const QString& error)
{
    m_driftTexts.insert(server, tr("✗ Could not read the server: %1").arg(error));
    if (server == m_server)
        m_drift->setText(m_driftTexts.value(server));
}

void ServerPage::setDriftReading(int server, bool reading)
{
    if (reading)
        m_driftReading.insert(server);
    else
        m_driftReading.remove(server);
    if (server != m_server)
        return;
    m_checkDrift->setEnabled(m_driftAvailable && !reading);
    if (reading)
        m_drift->setText(tr("Reading units, the nginx upstream, .env and health…"));
}

void ServerPage::setServer(int index)
{
    if (index >= m_state->serverCount())
        index = -1;
    const bool changed = index != m_server;
    m_server = index;
    if (changed) {
        m_drift->setText(m_driftReading.contains(index)
                             ? tr("Reading units, the nginx upstream, .env and health…")
                             : m_driftTexts.value(index, tr("Not read yet — read it with Check drift.")));
        m_checkDrift->setEnabled(m_driftAvailable && !m_driftReading.contains(index));
        bindCharts();
        if (index >= 0)
            m_grid->setServiceNames(m_state->spec(index).service);
    }
    refresh();
}

void ServerPage::bindCharts()
{
    if (m_server < 0) {
        m_traffic->clearSeries();
        return;
    }
    const QString& name = m_state->spec(m_server).name;
    m_traffic->showSeries(SeriesKey::server(name, SeriesKey::Metric::Channels),
                          SeriesKey::server(name, SeriesKey::Metric::Cps), tr("in use"));
}

void ServerPage::refresh(qint64 nowMs)
{
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_server < 0) {
        m_title->setText(tr("No server selected"));
        m_status->clear();
        m_subtitle->clear();
        m_counts->clear();
        m_grid->setWorkers({});
        return;
    }
    const ServerSpec& s = m_state->spec(m_server);
    const ServerMetrics m = m_state->serverMetrics(m_server, nowMs);
    const FleetState::Runtime& r = m_state->runtime(m_server);
    const QLocale locale;
    m_title->setText(s.name);
    const StatusStyle style = StatusStyle::of(m.status);
    m_status->setText(style.glyph + QLatin1Char(' ') + style.label);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, Theme::readable(style.color, palette()));
    m_status->setPalette(statusPalette);
    m_subtitle->setText(tr("%1 · zone %2 · service %3 · limits %4 ch, %5 CPS")
                            .arg(s.host, m_state->inventory().zoneName(s.zone), s.service.name,
                                 locale.toString(s.channelLimit), locale.toString(s.cpsLimit)));
    if (m.hasData) {
        m_counts->setText(tr("%1 / %2 busy (%3 %) · %4 idle · %5 starting · %6 down · %7 CPS")
                              .arg(m.busy)
                              .arg(m.configured)
                              .arg(qRound(m.utilization * 100))
                              .arg(m.idle)
                              .arg(m.starting)
                              .arg(m.down)
                              .arg(locale.toString(m.cps, 'f', 1)));
        m_grid->setWorkers(r.snapshot->workers);
        m_grid->setEnabled(!m.stale && m.status != ServerStatus::Unreachable);
    } else {
        m_counts->setText(m.error.isEmpty() ? tr("Waiting for the first health report…")
                                            : tr("No health data: %1").arg(m.error));
        m_grid->setWorkers({});
    }
    m_traffic->setTitles(
        m.hasData ? tr("%1: channels in use (now %2 of %3)").arg(s.name).arg(m.busy).arg(m.configured)
                  : tr("%1: channels in use").arg(s.name),
        m.hasData ? tr("%1: calls per second (now %2)").arg(s.name, locale.toString(m.cps, 'f', 1))
                  : tr("%1: calls per second").arg(s.name));
    m_traffic->setLimits(m.configured, s.cpsLimit, m_state->thresholds().utilizationWarning);
    refreshHealth(nowMs);
    refreshMemory();
}

void ServerPage::refreshHealth(qint64 nowMs)
{
    const ServerMetrics m = m_state->serverMetrics(m_server, nowMs);
    const FleetState::Runtime& r = m_state->runtime(m_server);
    const QLocale locale;
    const QString none = QStringLiteral("–");
    if (r.snapshot) {
        const HealthSnapshot& h = *r.snapshot;
        m_version->setText(h.version.isEmpty() ? none : h.version);
        m_uptime->setText(formatUptime(h.uptimeS));
        if (h.memoryTotalMb > 0 && h.memoryUsedMb >= 0)
            m_memoryUsed->setText(tr("%1 of %2 MB used (%3 %)")
                                      .arg(locale.toString(h.memoryUsedMb), locale.toString(h.memoryTotalMb))
                                      .arg(qRound(100.0 * h.memoryUsedMb / h.memoryTotalMb)));
        else
            m_memoryUsed->setText(tr("not reported"));
    } else {
        for (QLabel* l : {m_version, m_uptime, m_memoryUsed})
            l->setText(none);
    }
    if (m.ageMs >= 0)
        m_updated->setText(m.ageMs < 1500 ? tr("just now") : tr("%n s ago", nullptr, int(m.ageMs / 1000)));
    else
        m_updated->setText(tr("never"));
    m_updated->setForegroundRole(m.stale ? QPalette::BrightText : QPalette::WindowText);
    m_error->setText(m.error.isEmpty() ? tr("none") : m.error);
}

void ServerPage::refreshMemory()
{
    const ServerSpec& s = m_state->spec(m_server);
    const ServerMetrics m = m_state->serverMetrics(m_server);
    const QLocale locale;
    const int configured = m.hasData ? m.configured : 0;
    const int workersMb = configured * s.workerIdleMb;
    const int budget = s.memoryBudgetMb();
    const int safe = s.safeWorkerCount();
    if (!m.hasData) {
        m_memoryBar->setMaximum(budget * 1.1);
        m_memoryBar->setValue(0);
        m_memoryBar->setSolidMarker(budget);
        m_memoryBar->setDashedMarker(double(safe) * s.workerIdleMb);
        m_memoryText->setText(tr("Worker count not known yet. Budget %1 MB (%2 % of %3 MB RAM): safe count "
                                 "%n worker(s) of %4 MB",
                                 nullptr, safe)
                                  .arg(locale.toString(budget))
                                  .arg(s.memoryBudgetPercent())
                                  .arg(locale.toString(s.ramMb))
                                  .arg(s.workerIdleMb));
        return;
    }
    const double top = std::max({double(budget), double(workersMb), double(safe * s.workerIdleMb)}) * 1.1;
    m_memoryBar->setMaximum(top);
    m_memoryBar->setValue(workersMb);
    m_memoryBar->setSolidMarker(budget);
    m_memoryBar->setDashedMarker(double(safe) * s.workerIdleMb);
    m_memoryBar->setFillColor(
        StatusStyle::of(configured > safe ? ServerStatus::Critical : ServerStatus::Ok).color);
    m_memoryBar->setToolTip(
        tr("Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count, %n worker(s)", nullptr,
           safe)
            .arg(s.memoryBudgetPercent())
            .arg(locale.toString(budget)));
    QString text = tr("%1 workers × %2 MB = %3 MB of %4 MB (%5 % of %6 MB RAM)")
                       .arg(configured)
                       .arg(s.workerIdleMb)
                       .arg(locale.toString(workersMb), locale.toString(budget))
                       .arg(s.memoryBudgetPercent())
                       .arg(locale.toString(s.ramMb));
    text += QLatin1Char('\n');
    if (configured > safe)
        text += tr("✗ Over the safe count of %n worker(s): remove workers or add RAM", nullptr, safe);
    else if (configured == safe)
        text += tr("✓ At the safe count (%1): the budget rounded to the nearest worker").arg(safe);
    else
        text += tr("✓ Room for %n more worker(s) (safe count %1)", nullptr, safe - configured).arg(safe);
    m_memoryText->setText(text);
}

int ServerPage::heightForWidth(int width) const
{
    return layout()->minimumHeightForWidth(width);
}

} // namespace fleetdeck::ui
