<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fleetdeck::AddFleetEngine</name>
    <message numerus="yes">
        <source>%1 at %2 (ssh %3@%2:%4), zone %5, %n worker(s), %6 MB RAM</source>
        <translation>
            <numerusform>%1 at %2 (ssh %3@%2:%4), zone %5, %n worker, %6 MB RAM</numerusform>
            <numerusform>%1 at %2 (ssh %3@%2:%4), zone %5, %n workers, %6 MB RAM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) in %1</source>
        <translation>
            <numerusform>%n server in %1</numerusform>
            <numerusform>%n servers in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform>
            <numerusform>%n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rolling back %n change(s)</source>
        <translation>
            <numerusform>rolling back %n change</numerusform>
            <numerusform>rolling back %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add fleet %1 (%2), %n worker(s)</source>
        <translation>
            <numerusform>add fleet %1 (%2), %n worker</numerusform>
            <numerusform>add fleet %1 (%2), %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stop and disable %n worker(s)</source>
        <translation>
            <numerusform>stop and disable %n worker</numerusform>
            <numerusform>stop and disable %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) enabled and started; health %1</source>
        <translation>
            <numerusform>%n worker enabled and started; health %1</numerusform>
            <numerusform>%n workers enabled and started; health %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n byte(s))</source>
        <translation>
            <numerusform>wrote %1 (%n byte)</numerusform>
            <numerusform>wrote %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>upstream %1 (%n socket(s)) and 429-retry routes live; nginx -t ok, reload took</source>
        <translation>
            <numerusform>upstream %1 (%n socket) and 429-retry routes live; nginx -t ok, reload took</numerusform>
            <numerusform>upstream %1 (%n sockets) and 429-retry routes live; nginx -t ok, reload took</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add-fleet.sh added %1; UP on %2 (%n fleet(s) behind it)</source>
        <translation>
            <numerusform>add-fleet.sh added %1; UP on %2 (%n fleet behind it)</numerusform>
            <numerusform>add-fleet.sh added %1; UP on %2 (%n fleets behind it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test call(s) through %1 never reached %2</source>
        <translation>
            <numerusform>%n test call through %1 never reached %2</numerusform>
            <numerusform>%n test calls through %1 never reached %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetPlanner</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::AlertEngine</name>
    <message numerus="yes">
        <source>%1: no fresh health data for %n s</source>
        <translation>
            <numerusform>%1: no fresh health data for %n s</numerusform>
            <numerusform>%1: no fresh health data for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n worker(s) down (%2)</source>
        <translation>
            <numerusform>%1: %n worker down (%2)</numerusform>
            <numerusform>%1: %n workers down (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drift finding(s): %2</source>
        <translation>
            <numerusform>%1: %n drift finding: %2</numerusform>
            <numerusform>%1: %n drift findings: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ingress %1 serves all %n fleets: a single point of failure</source>
        <translation>
            <numerusform>Ingress %1 serves its only fleet: a single point of failure</numerusform>
            <numerusform>Ingress %1 serves all %n fleets: a single point of failure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanExecutor</name>
    <message numerus="yes">
        <source>; %n call(s) dropped</source>
        <translation>
            <numerusform>; %n call dropped</numerusform>
            <numerusform>; %n calls dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rolling back %n step(s)</source>
        <translation>
            <numerusform>rolling back %n step</numerusform>
            <numerusform>rolling back %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanWaits</name>
    <message numerus="yes">
        <source>%n call(s) reached worker %1 just before the restart and were dropped</source>
        <translation>
            <numerusform>%n call reached worker %1 just before the restart and was dropped</numerusform>
            <numerusform>%n calls reached worker %1 just before the restart and were dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drain timeout: going on anyway (--force), dropping %n call(s)</source>
        <translation>
            <numerusform>drain timeout: going on anyway (--force), dropping %n call</numerusform>
            <numerusform>drain timeout: going on anyway (--force), dropping %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forced: %n call(s) dropped</source>
        <translation>
            <numerusform>forced: %n call dropped</numerusform>
            <numerusform>forced: %n calls dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ServerColumns</name>
    <message numerus="yes">
        <source>unreachable: no answer yet, %n failed attempt(s)</source>
        <translation>
            <numerusform>unreachable: no answer yet, %n failed attempt</numerusform>
            <numerusform>unreachable: no answer yet, %n failed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n down</numerusform>
            <numerusform>, %n down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::OccupancyGrid</name>
    <message numerus="yes">
        <source>%n worker(s): </source>
        <translation>
            <numerusform>%n worker: </numerusform>
            <numerusform>%n workers: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%1 (%n free)</source>
        <translation>
            <numerusform>%1 (%n free)</numerusform>
            <numerusform>%1 (%n free)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::PlanPreviewWidget</name>
    <message numerus="yes">
        <source>%n call(s) in progress would be dropped</source>
        <translation>
            <numerusform>%n call in progress would be dropped</numerusform>
            <numerusform>%n calls in progress would be dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n step</numerusform>
            <numerusform>%1 · %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::RemoveWorkersForm</name>
    <message numerus="yes">
        <source>%n call(s) on %1 (the ones removed): they are waited for</source>
        <translation>
            <numerusform>%n call on %1 (the ones removed): it is waited for</numerusform>
            <numerusform>%n calls on %1 (the ones removed): they are waited for</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::RestartForm</name>
    <message numerus="yes">
        <source>Rolling restart — %n server(s)</source>
        <translation>
            <numerusform>Rolling restart — %n server</numerusform>
            <numerusform>Rolling restart — %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::ServerPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ Over the safe count of %n worker(s): remove workers or add RAM</source>
        <translation>
            <numerusform>✗ Over the safe count of %n worker: remove workers or add RAM</numerusform>
            <numerusform>✗ Over the safe count of %n workers: remove workers or add RAM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Room for %n more worker(s) (safe count %1)</source>
        <translation>
            <numerusform>✓ Room for %n more worker (safe count %1)</numerusform>
            <numerusform>✓ Room for %n more workers (safe count %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worker count not known yet. Budget %1 MB (%2 % of %3 MB RAM): safe count %n worker(s) of %4 MB</source>
        <translation>
            <numerusform>Worker count not known yet. Budget %1 MB (%2 % of %3 MB RAM): safe count %n worker of %4 MB</numerusform>
            <numerusform>Worker count not known yet. Budget %1 MB (%2 % of %3 MB RAM): safe count %n workers of %4 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count, %n worker(s)</source>
        <translation>
            <numerusform>Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count, %n worker</numerusform>
            <numerusform>Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count, %n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WallWindow</name>
    <message numerus="yes">
        <source>⚠ %n critical</source>
        <translation>
            <numerusform>⚠ %n critical</numerusform>
            <numerusform>⚠ %n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n warning(s)</source>
        <translation>
            <numerusform>▲ %n warning</numerusform>
            <numerusform>▲ %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n warning</numerusform>
            <numerusform>, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WorkerCountForm</name>
    <message numerus="yes">
        <source>%1 · now %n worker(s)</source>
        <translation>
            <numerusform>%1 · now %n worker</numerusform>
            <numerusform>%1 · now %n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::ZoneTile</name>
    <message numerus="yes">
        <source>Next outbound call → %1 (%n free)</source>
        <translation>
            <numerusform>Next outbound call → %1 (%n free)</numerusform>
            <numerusform>Next outbound call → %1 (%n free)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n server(s) reporting</source>
        <translation>
            <numerusform>%1: %2 of %n server reporting</numerusform>
            <numerusform>%1: %2 of %n servers reporting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Can lose %1 (its largest server): the other %2 workers hold the %n call(s) in progress</source>
        <translation>
            <numerusform>✓ Can lose %1 (its largest server): the other %2 workers hold the %n call in progress</numerusform>
            <numerusform>✓ Can lose %1 (its largest server): the other %2 workers hold the %n calls in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ Cannot lose %1: the other %2 workers cannot hold the %n call(s) in progress</source>
        <translation>
            <numerusform>✗ Cannot lose %1: the other %2 workers cannot hold the %n call in progress</numerusform>
            <numerusform>✗ Cannot lose %1: the other %2 workers cannot hold the %n calls in progress</numerusform>
        </translation>
    </message>
</context>
</TS>
