#pragma once

#include <QMainWindow>

namespace fleetdeck::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace fleetdeck::ui
