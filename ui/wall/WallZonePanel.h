#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace fleetdeck {
class FleetState;
}

namespace fleetdeck::ui {

/// Zone tiles in wall-sized type: channels in use / capacity, utilization
/// against the 50 % target, CPS, and whether the zone can lose its largest server.
class WallZonePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WallZonePanel(FleetState* state, QWidget* parent = nullptr);
    void refresh();

private:
    struct Tile
    {
        QString zoneId;
        QLabel* title;
        QLabel* channels;
        QLabel* detail;
    };

    FleetState* m_state;
    QList<Tile> m_tiles;
};

} // namespace fleetdeck::ui
