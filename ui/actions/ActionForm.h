#pragma once

#include "actions/ServerRequest.h"

#include <QWidget>

namespace fleetdeck::ui {

/// The "what" part of an action dialog: asks for the parameters and turns them into one
/// request per server. changed() fires on every edit, so a preview made before is stale.
class ActionForm : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Window title of the dialog ("Add workers — fleet-uk-1").
    virtual QString title() const = 0;
    virtual ServerRequests requests() const = 0;
    /// Why the request cannot be previewed yet (nothing selected …); empty when it can.
    virtual QString problem() const { return {}; }

Q_SIGNALS:
    void changed();
};

} // namespace fleetdeck::ui
