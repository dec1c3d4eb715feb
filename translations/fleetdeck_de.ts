<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fleetdeck</name>
    <message>
        <source>the .env file</source>
        <translation>die .env-Datei</translation>
    </message>
    <message>
        <source>Memory budget</source>
        <translation>Speicherbudget</translation>
    </message>
    <message>
        <source>; the host reports %1 MB</source>
        <translation>; der Host meldet %1 MB</translation>
    </message>
    <message>
        <source>use --workers %1 (the safe count) or add RAM first</source>
        <translation>--workers %1 verwenden (die sichere Anzahl) oder zuerst RAM hinzufügen</translation>
    </message>
    <message>
        <source>the host has less RAM than --ram-mb %1: pass its real size (--ram-mb %2)</source>
        <translation>der Host hat weniger RAM als --ram-mb %1: die tatsächliche Größe angeben (--ram-mb %2)</translation>
    </message>
    <message>
        <source>The request was cancelled before it ran.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie lief.</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>Remote path must be absolute: %1</source>
        <translation>Der entfernte Pfad muss absolut sein: %1</translation>
    </message>
    <message>
        <source>%1 workers × %2 MB = %3 MB against %4 MB (%5 % of %6 MB); the safe count is %7</source>
        <translation>%1 Worker × %2 MB = %3 MB bei %4 MB (%5 % von %6 MB); die sichere Anzahl ist %7</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetEngine</name>
    <message>
        <source>(exit status %1)</source>
        <translation>(Exit-Status %1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>✓ %1: %2</source>
        <translation>✓ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (ssh %3@%2:%4), zone %5, %n worker(s), %6 MB RAM</source>
        <translation>
            <numerusform>%1 auf %2 (ssh %3@%2:%4), Zone %5, %n Worker, %6 MB RAM</numerusform>
            <numerusform>%1 auf %2 (ssh %3@%2:%4), Zone %5, %n Worker, %6 MB RAM</numerusform>
        </translation>
    </message>
    <message>
        <source>the host key of %1 is %2, not the trusted %3: refused (possible man-in-the-middle, or the wrong host)</source>
        <translation>der Host-Schlüssel von %1 ist %2, nicht der vertraute %3: abgelehnt (möglicher Man-in-the-Middle oder falscher Host)</translation>
    </message>
    <message>
        <source>host key already known (%1)</source>
        <translation>Host-Schlüssel bereits bekannt (%1)</translation>
    </message>
    <message>
        <source>host key %1 trusted and saved to %2</source>
        <translation>Host-Schlüssel %1 als vertrauenswürdig in %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 in .env</source>
        <translation>%1 in .env</translation>
    </message>
    <message>
        <source>fix the .env file by hand</source>
        <translation>die .env-Datei von Hand korrigieren</translation>
    </message>
    <message>
        <source>wait for %1 … (test -S)</source>
        <translation>auf %1 … warten (test -S)</translation>
    </message>
    <message>
        <source>write %1: %2=%3</source>
        <translation>%1 schreiben: %2=%3</translation>
    </message>
    <message>
        <source>wait until %1 reports %2 workers</source>
        <translation>warten, bis %1 %2 Worker meldet</translation>
    </message>
    <message>
        <source>write %1 and %2</source>
        <translation>%1 und %2 schreiben</translation>
    </message>
    <message>
        <source>systemctl reload nginx (and check that new nginx workers started)</source>
        <translation>systemctl reload nginx (und prüfen, dass neue nginx-Worker gestartet sind)</translation>
    </message>
    <message>
        <source>ingress %1</source>
        <translation>Ingress %1</translation>
    </message>
    <message>
        <source>%1 fleet(s) now; add-fleet.sh will add: %2</source>
        <translation>jetzt %1 Flotte(n); add-fleet.sh fügt hinzu: %2</translation>
    </message>
    <message>
        <source>check SSH access to the ingress %1</source>
        <translation>SSH-Zugang zum Ingress %1 prüfen</translation>
    </message>
    <message>
        <source>check the ingress in the inventory (ssh, haproxy_config, backend)</source>
        <translation>den Ingress im Inventar prüfen (ssh, haproxy_config, backend)</translation>
    </message>
    <message>
        <source>bridge fleet list</source>
        <translation>Flottenliste der Bridge</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>check bridge.settings_url and the bridge&apos;s TLS</source>
        <translation>bridge.settings_url und das TLS der Bridge prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) in %1</source>
        <translation>
            <numerusform>%n Server in %1</numerusform>
            <numerusform>%n Server in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>preflight failed: %1</source>
        <translation>Vorabprüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the settings have no list %1</source>
        <translation>die Einstellungen haben keine Liste %1</translation>
    </message>
    <message>
        <source>bridge: %1</source>
        <translation>Bridge: %1</translation>
    </message>
    <message>
        <source>nothing to roll back</source>
        <translation>nichts zurückzurollen</translation>
    </message>
    <message numerus="yes">
        <source>rolling back %n change(s)</source>
        <translation>
            <numerusform>%n Änderung wird zurückgerollt</numerusform>
            <numerusform>%n Änderungen werden zurückgerollt</numerusform>
        </translation>
    </message>
    <message>
        <source>rollback: %1: %2</source>
        <translation>Rollback: %1: %2</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>NOT undone: %1</source>
        <translation>NICHT rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>rollback complete: %1 is as it was</source>
        <translation>Rollback abgeschlossen: %1 ist wie vorher</translation>
    </message>
    <message>
        <source>rollback INCOMPLETE</source>
        <translation>Rollback UNVOLLSTÄNDIG</translation>
    </message>
    <message numerus="yes">
        <source>add fleet %1 (%2), %n worker(s)</source>
        <translation>
            <numerusform>Flotte %1 hinzufügen (%2), %n Worker</numerusform>
            <numerusform>Flotte %1 hinzufügen (%2), %n Worker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stop and disable %n worker(s)</source>
        <translation>
            <numerusform>%n Worker stoppen und deaktivieren</numerusform>
            <numerusform>%n Worker stoppen und deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl %1 exited %2: %3</source>
        <translation>systemctl %1 endete mit %2: %3</translation>
    </message>
    <message>
        <source>sockets: %1</source>
        <translation>Sockets: %1</translation>
    </message>
    <message>
        <source>%1 changed since preflight; nothing was written to it</source>
        <translation>%1 hat sich seit der Vorabprüfung geändert; es wurde nichts hineingeschrieben</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>wrote %1: %2=%3</source>
        <translation>%1 geschrieben: %2=%3</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) enabled and started; health %1</source>
        <translation>
            <numerusform>%n Worker aktiviert und gestartet; Health %1</numerusform>
            <numerusform>%n Worker aktiviert und gestartet; Health %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rollback: nginx -t fails on the restored files; nginx not reloaded</source>
        <translation>Rollback: nginx -t schlägt bei den wiederhergestellten Dateien fehl; nginx nicht neu geladen</translation>
    </message>
    <message>
        <source>nginx was never reloaded with the new files: no reload needed</source>
        <translation>nginx wurde nie mit den neuen Dateien neu geladen: kein Reload nötig</translation>
    </message>
    <message>
        <source>reload nginx with the restored files</source>
        <translation>nginx mit den wiederhergestellten Dateien neu laden</translation>
    </message>
    <message>
        <source>%1 already has the new content</source>
        <translation>%1 hat bereits den neuen Inhalt</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Byte)</numerusform>
            <numerusform>%1 geschrieben (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>nginx -t failed: %1</source>
        <translation>nginx -t fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>upstream %1 (%n socket(s)) and 429-retry routes live; nginx -t ok, reload took</source>
        <translation>
            <numerusform>Upstream %1 (%n Socket) und 429-Retry-Routen aktiv; nginx -t ok, Reload wirksam</numerusform>
            <numerusform>Upstream %1 (%n Sockets) und 429-Retry-Routen aktiv; nginx -t ok, Reload wirksam</numerusform>
        </translation>
    </message>
    <message>
        <source>restored %1 byte for byte</source>
        <translation>%1 Byte für Byte wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 differs from the backup after the restore</source>
        <translation>%1 weicht nach der Wiederherstellung von der Sicherung ab</translation>
    </message>
    <message>
        <source>the running HAProxy still has %1 (in maintenance); it goes at the next reload</source>
        <translation>das laufende HAProxy hat noch %1 (in Wartung); er verschwindet beim nächsten Reload</translation>
    </message>
    <message>
        <source>%1 changed since preflight; recomputing what add-fleet.sh adds</source>
        <translation>%1 hat sich seit der Vorabprüfung geändert; was add-fleet.sh hinzufügt, wird neu berechnet</translation>
    </message>
    <message>
        <source>add-fleet.sh will add to backend %1:
%2</source>
        <translation>add-fleet.sh fügt Backend %1 hinzu:
%2</translation>
    </message>
    <message>
        <source>add-fleet.sh exited %1 (%2); %3 is %4</source>
        <translation>add-fleet.sh endete mit %1 (%2); %3 ist %4</translation>
    </message>
    <message>
        <source>byte-identical (the script rolled back)</source>
        <translation>byte-identisch (das Skript hat zurückgerollt)</translation>
    </message>
    <message>
        <source>CHANGED: check the ingress by hand</source>
        <translation>GEÄNDERT: den Ingress von Hand prüfen</translation>
    </message>
    <message>
        <source>remove %1 from %2 (restore %3)</source>
        <translation>%1 aus %2 entfernen (%3 wiederherstellen)</translation>
    </message>
    <message>
        <source>%1/%2 is not UP on the admin socket (srv_op_state %3)</source>
        <translation>%1/%2 ist am Admin-Socket nicht UP (srv_op_state %3)</translation>
    </message>
    <message numerus="yes">
        <source>add-fleet.sh added %1; UP on %2 (%n fleet(s) behind it)</source>
        <translation>
            <numerusform>add-fleet.sh hat %1 hinzugefügt; UP auf %2 (%n Flotte dahinter)</numerusform>
            <numerusform>add-fleet.sh hat %1 hinzugefügt; UP auf %2 (%n Flotten dahinter)</numerusform>
        </translation>
    </message>
    <message>
        <source>PUT %1 %2 (Authorization: Bearer $%3)</source>
        <translation>PUT %1 %2 (Authorization: Bearer $%3)</translation>
    </message>
    <message>
        <source>the bridge cannot health-check it: %1</source>
        <translation>die Bridge kann ihn nicht per Health-Check prüfen: %1</translation>
    </message>
    <message>
        <source>candidate with %1 free worker(s); the bridge would pick %2</source>
        <translation>Kandidat mit %1 freien Workern; die Bridge würde %2 wählen</translation>
    </message>
    <message>
        <source>%1 is not among the pick&apos;s candidates</source>
        <translation>%1 ist nicht unter den Kandidaten der Auswahl</translation>
    </message>
    <message>
        <source>$%1 is not set: export the bridge&apos;s API token</source>
        <translation>$%1 ist nicht gesetzt: das API-Token der Bridge exportieren</translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1 vorher: %2</translation>
    </message>
    <message>
        <source>remove %1 from the bridge&apos;s %2</source>
        <translation>%1 aus %2 der Bridge entfernen</translation>
    </message>
    <message>
        <source>PUT the fleet list: %1</source>
        <translation>PUT der Flottenliste: %1</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 ist bereits in der Liste</translation>
    </message>
    <message>
        <source>the bridge&apos;s list does not contain %1 after the update%2</source>
        <translation>die Liste der Bridge enthält %1 nach der Aktualisierung nicht%2</translation>
    </message>
    <message>
        <source>%1 after: %2</source>
        <translation>%1 nachher: %2</translation>
    </message>
    <message>
        <source>GET %1: %2 is a %3</source>
        <translation>GET %1: %2 ist ein %3</translation>
    </message>
    <message>
        <source>%1 added to %2; pick sees it (%3)</source>
        <translation>%1 zu %2 hinzugefügt; die Auswahl sieht ihn (%3)</translation>
    </message>
    <message>
        <source>test call %1 → HTTP %2 %3</source>
        <translation>Testanruf %1 → HTTP %2 %3</translation>
    </message>
    <message>
        <source>a WebSocket call to %1 was not accepted (HTTP %2 %3)</source>
        <translation>ein WebSocket-Anruf an %1 wurde nicht angenommen (HTTP %2 %3)</translation>
    </message>
    <message>
        <source>test call %1 (%2) → HTTP %3 %4</source>
        <translation>Testanruf %1 (%2) → HTTP %3 %4</translation>
    </message>
    <message>
        <source>call %1 on worker %2 of %3</source>
        <translation>Anruf %1 auf Worker %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n test call(s) through %1 never reached %2</source>
        <translation>
            <numerusform>%n Testanruf über %1 hat %2 nie erreicht</numerusform>
            <numerusform>%n Testanrufe über %1 haben %2 nie erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>through the ingress: %1</source>
        <translation>über den Ingress: %1</translation>
    </message>
    <message>
        <source>Fleet %1 (%2) added:</source>
        <translation>Flotte %1 (%2) hinzugefügt:</translation>
    </message>
    <message>
        <source>  workers: %1 × %2 enabled and running; %3=%4 in %5</source>
        <translation>  Worker: %1 × %2 aktiviert und laufend; %3=%4 in %5</translation>
    </message>
    <message>
        <source>  nginx: %1 and %2 written, nginx -t ok, reloaded</source>
        <translation>  nginx: %1 und %2 geschrieben, nginx -t ok, neu geladen</translation>
    </message>
    <message>
        <source>  inbound: %1 on %2 (%3), UP</source>
        <translation>  eingehend: %1 auf %2 (%3), UP</translation>
    </message>
    <message>
        <source>  outbound: %1 in the bridge&apos;s %2, a pick candidate</source>
        <translation>  ausgehend: %1 in %2 der Bridge, ein Kandidat der Auswahl</translation>
    </message>
    <message>
        <source>  verified: a WebSocket call to its nginx answered 101; through the ingress: %1</source>
        <translation>  geprüft: ein WebSocket-Anruf an sein nginx antwortete mit 101; über den Ingress: %1</translation>
    </message>
    <message>
        <source>  advisory: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>the host key of %1 is unknown: %2. Compare it out of band (ssh-keygen -lf on the host&apos;s key) before trusting exactly that fingerprint</source>
        <translation>der Host-Schlüssel von %1 ist unbekannt: %2. Auf einem anderen Weg vergleichen (ssh-keygen -lf auf dem Schlüssel des Hosts), bevor genau diesem Fingerabdruck vertraut wird</translation>
    </message>
    <message>
        <source>%1 serves calls: %2</source>
        <translation>%1 bedient Anrufe: %2</translation>
    </message>
    <message>
        <source>ingress lock %1 taken: %2</source>
        <translation>Ingress-Sperre %1 gesetzt: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetPlanDocument</name>
    <message>
        <source>not an add-fleet plan file: %1</source>
        <translation>keine add-fleet-Plandatei: %1</translation>
    </message>
    <message>
        <source>not an add-fleet plan file of format %1</source>
        <translation>keine add-fleet-Plandatei im Format %1</translation>
    </message>
    <message>
        <source>the plan&apos;s request.%1 is not a string</source>
        <translation>request.%1 des Plans ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the plan&apos;s request.%1 is not a whole number</source>
        <translation>request.%1 des Plans ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the plan&apos;s request has no name or host</source>
        <translation>die Anfrage des Plans hat keinen Namen oder Host</translation>
    </message>
    <message>
        <source>the plan lists a file without host, absolute path or sha256: %1</source>
        <translation>der Plan führt eine Datei ohne Host, absoluten Pfad oder sha256: %1</translation>
    </message>
    <message>
        <source>the plan records no file hashes or no bridge list hash</source>
        <translation>der Plan enthält keine Datei-Hashes oder keinen Hash der Bridge-Liste</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1:%2 was not read now (planned: %3)</source>
        <translation>%1:%2 wurde jetzt nicht gelesen (geplant: %3)</translation>
    </message>
    <message>
        <source>%1:%2 changed since the plan (planned: %3, now: %4)</source>
        <translation>%1:%2 hat sich seit dem Plan geändert (geplant: %3, jetzt: %4)</translation>
    </message>
    <message>
        <source>the bridge&apos;s fleet list %1 changed since the plan</source>
        <translation>die Flottenliste %1 der Bridge hat sich seit dem Plan geändert</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetPlanner</name>
    <message>
        <source>nginx installed</source>
        <translation>nginx installiert</translation>
    </message>
    <message>
        <source>nginx %1</source>
        <translation>nginx %1</translation>
    </message>
    <message>
        <source>install nginx (apt-get install nginx) with the TLS server block that includes %1</source>
        <translation>nginx installieren (apt-get install nginx), mit dem TLS-Serverblock, der %1 einbindet</translation>
    </message>
    <message>
        <source>unit template %1</source>
        <translation>Unit-Vorlage %1</translation>
    </message>
    <message>
        <source>install the service&apos;s systemd template (/etc/systemd/system/%1), then systemctl daemon-reload</source>
        <translation>die systemd-Vorlage des Dienstes installieren (/etc/systemd/system/%1), dann systemctl daemon-reload</translation>
    </message>
    <message>
        <source>.env %1</source>
        <translation>.env %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>deploy the service (same code and .env as the other fleets) to %1</source>
        <translation>den Dienst nach %1 ausrollen (gleicher Code und gleiche .env wie bei den anderen Flotten)</translation>
    </message>
    <message>
        <source>free disk under %1</source>
        <translation>freier Speicherplatz unter %1</translation>
    </message>
    <message>
        <source>%1 MB free</source>
        <translation>%1 MB frei</translation>
    </message>
    <message>
        <source>free at least %1 MB (logs, old releases)</source>
        <translation>mindestens %1 MB freigeben (Logs, alte Releases)</translation>
    </message>
    <message>
        <source>no upstream or routes yet</source>
        <translation>noch kein Upstream und keine Routen</translation>
    </message>
    <message>
        <source>%1 and %2 are new</source>
        <translation>%1 und %2 sind neu</translation>
    </message>
    <message>
        <source>already there: %1</source>
        <translation>bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>this host already has nginx files for %1: it is not a new fleet (use add-workers), or move them away</source>
        <translation>dieser Host hat bereits nginx-Dateien für %1: Er ist keine neue Flotte (add-workers verwenden), oder die Dateien beiseiteschieben</translation>
    </message>
    <message>
        <source>no worker running yet</source>
        <translation>noch kein Worker läuft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>stop them (systemctl stop %1) or treat this host as an existing fleet</source>
        <translation>sie stoppen (systemctl stop %1) oder diesen Host als bestehende Flotte behandeln</translation>
    </message>
    <message>
        <source>bridge token</source>
        <translation>Bridge-Token</translation>
    </message>
    <message>
        <source>$%1 is set</source>
        <translation>$%1 ist gesetzt</translation>
    </message>
    <message>
        <source>$%1 is not set</source>
        <translation>$%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>export %1 with the bridge&apos;s API token (it is never printed or stored)</source>
        <translation>%1 mit dem API-Token der Bridge exportieren (es wird nie ausgegeben oder gespeichert)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetPreview</name>
    <message>
        <source>invalid host &quot;%1&quot;: expected a DNS name or an IPv4 address</source>
        <translation>ungültiger Host „%1“: erwartet wird ein DNS-Name oder eine IPv4-Adresse</translation>
    </message>
    <message>
        <source>invalid server name &quot;%1&quot;</source>
        <translation>ungültiger Servername „%1“</translation>
    </message>
    <message>
        <source>the HAProxy config has CRLF line endings: add-fleet.sh would not find backend %1 (awk sees &quot;%1\r&quot;); convert it to LF first</source>
        <translation>die HAProxy-Konfiguration hat CRLF-Zeilenenden: add-fleet.sh fände Backend %1 nicht (awk sieht „%1\r“); zuerst nach LF umwandeln</translation>
    </message>
    <message>
        <source>backend &quot;%1&quot; has no server line to clone</source>
        <translation>Backend „%1“ hat keine server-Zeile zum Kopieren</translation>
    </message>
    <message>
        <source>server name %1 is already in backend %2</source>
        <translation>der Servername %1 ist bereits in Backend %2</translation>
    </message>
    <message>
        <source>%1 is already in backend %2 (server %3)</source>
        <translation>%1 ist bereits in Backend %2 (Server %3)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetProposal</name>
    <message>
        <source>Add fleet %1 (%2)
</source>
        <translation>Flotte %1 hinzufügen (%2)
</translation>
    </message>
    <message>
        <source>Host key: %1%2
</source>
        <translation>Host-Schlüssel: %1%2
</translation>
    </message>
    <message>
        <source> (trusted)</source>
        <translation> (vertraut)</translation>
    </message>
    <message>
        <source> (NOT trusted)</source>
        <translation> (NICHT vertraut)</translation>
    </message>
    <message>
        <source>
Preflight:
</source>
        <translation>
Vorabprüfung:
</translation>
    </message>
    <message>
        <source>      fix: %1
</source>
        <translation>      Abhilfe: %1
</translation>
    </message>
    <message>
        <source>
Files:
</source>
        <translation>
Dateien:
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <source>
Inbound (ingress %1): %2
</source>
        <translation>
Eingehend (Ingress %1): %2
</translation>
    </message>
    <message>
        <source>  adds: %1
</source>
        <translation>  fügt hinzu: %1
</translation>
    </message>
    <message>
        <source>
Outbound (bridge fleet list): add %1
</source>
        <translation>
Ausgehend (Flottenliste der Bridge): %1 hinzufügen
</translation>
    </message>
    <message>
        <source>  (already in the list)
</source>
        <translation>  (bereits in der Liste)
</translation>
    </message>
    <message>
        <source>
Warning: %1
</source>
        <translation>
Warnung: %1
</translation>
    </message>
    <message>
        <source>
Inventory entry to add to servers[] (Fleetdeck does not edit the inventory):
%1</source>
        <translation>
Inventareintrag für servers[] (Fleetdeck bearbeitet das Inventar nicht):
%1</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetRequest</name>
    <message>
        <source>name: not a server name ([a-z0-9][a-z0-9-]*, at most 63)</source>
        <translation>name: kein Servername ([a-z0-9][a-z0-9-]*, höchstens 63)</translation>
    </message>
    <message>
        <source>name: %1 is already in the inventory</source>
        <translation>name: %1 ist bereits im Inventar</translation>
    </message>
    <message>
        <source>host: not a hostname or IP address</source>
        <translation>host: kein Hostname und keine IP-Adresse</translation>
    </message>
    <message>
        <source>host: add-fleet.sh takes an IPv4 address or a DNS name</source>
        <translation>host: add-fleet.sh nimmt eine IPv4-Adresse oder einen DNS-Namen</translation>
    </message>
    <message>
        <source>host: %1 is already in the inventory (%2)</source>
        <translation>host: %1 ist bereits im Inventar (%2)</translation>
    </message>
    <message>
        <source>ingress_address: not a hostname or IP address</source>
        <translation>ingress_address: kein Hostname und keine IP-Adresse</translation>
    </message>
    <message>
        <source>zone: %1 is not a zone of the inventory</source>
        <translation>zone: %1 ist keine Zone des Inventars</translation>
    </message>
    <message>
        <source>zone: the inventory has no zone</source>
        <translation>zone: das Inventar hat keine Zone</translation>
    </message>
    <message>
        <source>ssh.user: not a login name</source>
        <translation>ssh.user: kein Anmeldename</translation>
    </message>
    <message>
        <source>ssh.port: not a port number</source>
        <translation>ssh.port: keine Portnummer</translation>
    </message>
    <message>
        <source>workers: must be 1..4096</source>
        <translation>workers: muss 1..4096 sein</translation>
    </message>
    <message>
        <source>ram_mb: must be 256..16777216</source>
        <translation>ram_mb: muss 256..16777216 sein</translation>
    </message>
    <message>
        <source>service.name: not a service name</source>
        <translation>service.name: kein Dienstname</translation>
    </message>
    <message>
        <source>trust_host_key: a fingerprint as ssh-keygen -lf prints it (SHA256:…)</source>
        <translation>trust_host_key: ein Fingerabdruck, wie ssh-keygen -lf ihn ausgibt (SHA256:…)</translation>
    </message>
    <message>
        <source>service.unit_template: NAME@{n}</source>
        <translation>service.unit_template: NAME@{n}</translation>
    </message>
    <message>
        <source>service.socket_path: needs {n}</source>
        <translation>service.socket_path: braucht {n}</translation>
    </message>
    <message>
        <source>ingresses: the inventory has no ingress to register the fleet with</source>
        <translation>ingresses: das Inventar hat keinen Ingress, bei dem die Flotte angemeldet werden kann</translation>
    </message>
    <message>
        <source>ingress: %1 is not an ingress of the inventory</source>
        <translation>ingress: %1 ist kein Ingress des Inventars</translation>
    </message>
    <message>
        <source>bridge: the inventory has no bridge settings_url</source>
        <translation>bridge: das Inventar hat keine settings_url für die Bridge</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddFleetSteps</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Trust the host key</source>
        <translation>Dem Host-Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Deploy the workers</source>
        <translation>Worker ausrollen</translation>
    </message>
    <message>
        <source>Configure nginx</source>
        <translation>nginx konfigurieren</translation>
    </message>
    <message>
        <source>Inbound: the WSS ingress</source>
        <translation>Eingehend: der WSS-Ingress</translation>
    </message>
    <message>
        <source>Outbound: the bridge</source>
        <translation>Ausgehend: die Bridge</translation>
    </message>
    <message>
        <source>Verify and summary</source>
        <translation>Prüfung und Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AddWorkersPlanner</name>
    <message>
        <source>%1 already has workers up to %2 in %3; to go to %4 use remove-workers</source>
        <translation>%1 hat bereits Worker bis %2 in %3; um auf %4 zu gehen, remove-workers verwenden</translation>
    </message>
    <message>
        <source>%1 workers is more than Fleetdeck manages on one server (4096)</source>
        <translation>%1 Worker sind mehr, als Fleetdeck auf einem Server verwaltet (4096)</translation>
    </message>
    <message>
        <source>refused: memory budget of %1: %2. Add RAM first, or pass --allow-over-budget.</source>
        <translation>abgelehnt: Speicherbudget von %1: %2. Zuerst RAM hinzufügen oder --allow-over-budget angeben.</translation>
    </message>
    <message>
        <source>over the memory budget (--allow-over-budget): %1</source>
        <translation>über dem Speicherbudget (--allow-over-budget): %1</translation>
    </message>
    <message>
        <source>%1 already running: a rollback leaves it running</source>
        <translation>%1 läuft bereits: ein Rollback lässt ihn laufen</translation>
    </message>
    <message>
        <source>%1 → %2 workers</source>
        <translation>%1 → %2 Worker</translation>
    </message>
    <message>
        <source>%1 × %2 MB = %3 MB %4 %5 MB (%6 % of %7 MB); the safe maximum is %8</source>
        <translation>%1 × %2 MB = %3 MB %4 %5 MB (%6 % von %7 MB); das sichere Maximum ist %8</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AlertEngine</name>
    <message>
        <source>Check the server: ssh %1, systemctl status nginx %2, curl -k %3</source>
        <translation>Server prüfen: ssh %1, systemctl status nginx %2, curl -k %3</translation>
    </message>
    <message>
        <source>%1 does not answer its health check</source>
        <translation>%1 antwortet nicht auf seinen Health-Check</translation>
    </message>
    <message>
        <source>%1 does not answer its health check: %2</source>
        <translation>%1 antwortet nicht auf seinen Health-Check: %2</translation>
    </message>
    <message>
        <source>; the bridge skips it, so its zone runs on the other servers</source>
        <translation>; die Bridge überspringt ihn, seine Zone läuft also auf den anderen Servern</translation>
    </message>
    <message numerus="yes">
        <source>%1: no fresh health data for %n s</source>
        <translation>
            <numerusform>%1: seit %n s keine frischen Health-Daten</numerusform>
            <numerusform>%1: seit %n s keine frischen Health-Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n worker(s) down (%2)</source>
        <translation>
            <numerusform>%1: %n Worker ausgefallen (%2)</numerusform>
            <numerusform>%1: %n Worker ausgefallen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the server: ssh %1, systemctl status %2; journalctl -u %3 for why it stopped</source>
        <translation>Server prüfen: ssh %1, systemctl status %2; journalctl -u %3 zeigt, warum er anhielt</translation>
    </message>
    <message>
        <source>%1 at %2 % (%3 of %4 channels busy)</source>
        <translation>%1 bei %2 % (%3 von %4 Kanälen belegt)</translation>
    </message>
    <message>
        <source>Add workers or a fleet in %1; the policy is to run at ≤ %2 %</source>
        <translation>Worker oder eine Flotte in %1 hinzufügen; die Richtlinie ist ein Betrieb bei ≤ %2 %</translation>
    </message>
    <message>
        <source>Remove workers down to %1 (the safe count for %2 MB of RAM), or add RAM</source>
        <translation>Worker auf %1 reduzieren (die sichere Anzahl für %2 MB RAM) oder RAM hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drift finding(s): %2</source>
        <translation>
            <numerusform>%1: %n Drift-Befund: %2</numerusform>
            <numerusform>%1: %n Drift-Befunde: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the drift on the server page and reconcile units, nginx upstream and .env</source>
        <translation>Den Drift auf der Serverseite prüfen und Units, nginx-Upstream und .env abgleichen</translation>
    </message>
    <message>
        <source>Zone %1 at %2 % (%3 of %4 channels busy)</source>
        <translation>Zone %1 bei %2 % (%3 von %4 Kanälen belegt)</translation>
    </message>
    <message numerus="yes">
        <source>Ingress %1 serves all %n fleets: a single point of failure</source>
        <translation>
            <numerusform>Ingress %1 bedient die einzige Flotte: ein Single Point of Failure</numerusform>
            <numerusform>Ingress %1 bedient alle %n Flotten: ein Single Point of Failure</numerusform>
        </translation>
    </message>
    <message>
        <source>Single point of failure: plan a second ingress before crossing ~3 fleets</source>
        <translation>Single Point of Failure: einen zweiten Ingress einplanen, bevor es mehr als ~3 Flotten werden</translation>
    </message>
    <message>
        <source>%1: %2 workers × %3 MB = %4 MB, over the idle budget of %5 MB (%6 % of the RAM)</source>
        <translation>%1: %2 Worker × %3 MB = %4 MB, über dem Leerlaufbudget von %5 MB (%6 % des RAM)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::AlertListModel</name>
    <message>
        <source>%1
%2
Since %3</source>
        <translation>%1
%2
Seit %3</translation>
    </message>
    <message>
        <source>Critical: </source>
        <translation>Kritisch: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ConfigLint</name>
    <message>
        <source>max_conns without a zone is enforced per nginx worker process, so two calls can reach one worker; add `zone %1 64k;`</source>
        <translation>max_conns ohne zone gilt je nginx-Worker-Prozess, daher können zwei Anrufe einen Worker erreichen; `zone %1 64k;` hinzufügen</translation>
    </message>
    <message>
        <source>%1 is listed twice (lines %2 and %3): that worker can get two calls at once</source>
        <translation>%1 steht zweimal in der Liste (Zeilen %2 und %3): dieser Worker kann zwei Anrufe gleichzeitig bekommen</translation>
    </message>
    <message>
        <source>%1 has no max_conns=1: nginx may send a second call to a busy worker</source>
        <translation>%1 hat kein max_conns=1: nginx kann einen zweiten Anruf an einen belegten Worker senden</translation>
    </message>
    <message>
        <source>upstream lists %1 but %2 is not running</source>
        <translation>der Upstream führt %1, aber %2 läuft nicht</translation>
    </message>
    <message>
        <source>%1 is running but %2 is not in upstream &quot;%3&quot;, so it gets no calls</source>
        <translation>%1 läuft, aber %2 steht nicht in Upstream „%3“ und bekommt daher keine Anrufe</translation>
    </message>
    <message>
        <source>worker numbers have gaps: %1 missing below %2</source>
        <translation>die Worker-Nummern haben Lücken: %1 fehlt unterhalb von %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::DriftCheck</name>
    <message>
        <source>upstream lists %1 but %2 is not running</source>
        <translation>der Upstream führt %1, aber %2 läuft nicht</translation>
    </message>
    <message>
        <source>start %1, or remove %2 from the upstream</source>
        <translation>%1 starten oder %2 aus dem Upstream entfernen</translation>
    </message>
    <message>
        <source>%1 is running but %2 is not in the upstream, so it gets no calls</source>
        <translation>%1 läuft, aber %2 steht nicht im Upstream und bekommt daher keine Anrufe</translation>
    </message>
    <message>
        <source>add %1 to the upstream, or stop %2</source>
        <translation>%1 zum Upstream hinzufügen oder %2 stoppen</translation>
    </message>
    <message>
        <source>.env says %1 but %2 units run</source>
        <translation>.env sagt %1, aber %2 Units laufen</translation>
    </message>
    <message>
        <source>set %1=%2 in %3</source>
        <translation>%1=%2 in %3 setzen</translation>
    </message>
    <message>
        <source>health reports %1 configured, upstream has %2 sockets</source>
        <translation>Health meldet %1 konfiguriert, der Upstream hat %2 Sockets</translation>
    </message>
    <message>
        <source>set %1=%2 in %3 (the health endpoint reads it)</source>
        <translation>%1=%2 in %3 setzen (der Health-Endpunkt liest es)</translation>
    </message>
    <message>
        <source>health reports %1 configured but .env says %2</source>
        <translation>Health meldet %1 konfiguriert, aber .env sagt %2</translation>
    </message>
    <message>
        <source>the health endpoint has not picked up %1 from %2; restart it</source>
        <translation>der Health-Endpunkt hat %1 aus %2 nicht übernommen; ihn neu starten</translation>
    </message>
    <message>
        <source>worker %1 is down</source>
        <translation>Worker %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>restart %1 and read its journal (journalctl -u %1)</source>
        <translation>%1 neu starten und sein Journal lesen (journalctl -u %1)</translation>
    </message>
    <message>
        <source>health reports worker %1 but %2 is not running</source>
        <translation>Health meldet Worker %1, aber %2 läuft nicht</translation>
    </message>
    <message>
        <source>start %1, or lower %2 in %3</source>
        <translation>%1 starten oder %2 in %3 senken</translation>
    </message>
</context>
<context>
    <name>fleetdeck::EnvFileEditor</name>
    <message>
        <source>&quot;%1&quot; is not a variable name</source>
        <translation>„%1“ ist kein Variablenname</translation>
    </message>
    <message>
        <source>%1: %2 is set on lines %3 and %4; remove one of them first</source>
        <translation>%1: %2 ist in den Zeilen %3 und %4 gesetzt; zuerst eine davon entfernen</translation>
    </message>
    <message>
        <source>%1:%2: unterminated quote in %3</source>
        <translation>%1:%2: nicht abgeschlossenes Anführungszeichen in %3</translation>
    </message>
    <message>
        <source>%1 is not set in %2</source>
        <translation>%1 ist in %2 nicht gesetzt</translation>
    </message>
    <message>
        <source>%1:%2: %3 is &quot;%4&quot;, not a whole number</source>
        <translation>%1:%2: %3 ist „%4“, keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 kann nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>fleetdeck::HaproxyBackend</name>
    <message>
        <source>the HAProxy config</source>
        <translation>die HAProxy-Konfiguration</translation>
    </message>
    <message>
        <source>%1:%2: backend &quot;%3&quot; is defined twice (lines %4 and %2)</source>
        <translation>%1:%2: Backend „%3“ ist zweimal definiert (Zeilen %4 und %2)</translation>
    </message>
    <message>
        <source>%1:%2: server line without a name and address</source>
        <translation>%1:%2: server-Zeile ohne Namen und Adresse</translation>
    </message>
    <message>
        <source>backend &quot;%1&quot; not found in %2</source>
        <translation>Backend „%1“ nicht in %2 gefunden</translation>
    </message>
    <message>
        <source>this ingress serves %1 fleets through backend &quot;%2&quot;: it is a single point of failure for inbound calls; plan a second ingress with a managed load balancer or VRRP</source>
        <translation>dieser Ingress bedient %1 Flotten über Backend „%2“: er ist ein Single Point of Failure für eingehende Anrufe; einen zweiten Ingress mit einem verwalteten Load Balancer oder VRRP einplanen</translation>
    </message>
</context>
<context>
    <name>fleetdeck::LibsshConnection</name>
    <message>
        <source>The connection to %1 was lost while %2: %3</source>
        <translation>Die Verbindung zu %1 ging verloren beim %2: %3</translation>
    </message>
    <message>
        <source>libssh could not allocate a session</source>
        <translation>libssh konnte keine Sitzung anlegen</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 s.</source>
        <translation>Die Verbindung zu %1 lief nach %2 s in eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>reading the host key</source>
        <translation>Lesen des Host-Schlüssels</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED (it now offers %2). Someone may be intercepting the connection (man-in-the-middle), or the server was reinstalled. Nothing was sent. Compare the fingerprint with the server&apos;s administrator out of band; if the new key is genuine, remove the old line with `ssh-keygen -R &apos;%3&apos; -f %4` and connect again to trust the new key.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT (er bietet jetzt %2). Jemand könnte die Verbindung abfangen (Man-in-the-Middle), oder der Server wurde neu installiert. Es wurde nichts gesendet. Den Fingerabdruck auf einem anderen Weg mit der Administration des Servers vergleichen; ist der neue Schlüssel echt, die alte Zeile mit `ssh-keygen -R &apos;%3&apos; -f %4` entfernen und erneut verbinden, um dem neuen Schlüssel zu vertrauen.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known (%2) and was not trusted. Verify the fingerprint with the server&apos;s administrator and trust it explicitly.</source>
        <translation>Der Host-Schlüssel von %1 ist unbekannt (%2) und wurde nicht als vertrauenswürdig eingestuft. Den Fingerabdruck mit der Administration des Servers prüfen und ihm ausdrücklich vertrauen.</translation>
    </message>
    <message>
        <source>exporting the host key</source>
        <translation>Exportieren des Host-Schlüssels</translation>
    </message>
    <message>
        <source>The host key was trusted but could not be saved to %1: %2</source>
        <translation>Dem Host-Schlüssel wurde vertraut, er konnte aber nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>%1 did not accept any of the offered keys (ssh-agent%2). Check the user name and that the public key is in the user&apos;s authorized_keys.</source>
        <translation>%1 hat keinen der angebotenen Schlüssel akzeptiert (ssh-agent%2). Den Benutzernamen prüfen und ob der öffentliche Schlüssel in authorized_keys des Benutzers steht.</translation>
    </message>
    <message>
        <source>, ~/.ssh/config and default identities</source>
        <translation>, ~/.ssh/config und Standardidentitäten</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>Öffnen eines Kanals</translation>
    </message>
    <message>
        <source>starting a command</source>
        <translation>Starten eines Befehls</translation>
    </message>
    <message>
        <source>sending input to a command</source>
        <translation>Senden von Eingaben an einen Befehl</translation>
    </message>
    <message>
        <source>reading a command&apos;s output</source>
        <translation>Lesen der Ausgabe eines Befehls</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was stopped: %2</source>
        <translation>Der Befehl wurde nicht innerhalb von %1 s fertig und wurde gestoppt: %2</translation>
    </message>
    <message>
        <source>running %1 (no answer to keepalive)</source>
        <translation>Ausführen von %1 (keine Antwort auf Keepalive)</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>Ausführen von %1</translation>
    </message>
    <message>
        <source>This console already holds the lock on %1.</source>
        <translation>Diese Konsole hält bereits die Sperre auf %1.</translation>
    </message>
    <message>
        <source>Taking the lock on %1 did not finish in time.</source>
        <translation>Das Setzen der Sperre auf %1 wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>taking the lock</source>
        <translation>Setzen der Sperre</translation>
    </message>
    <message>
        <source>%1 is being changed by another console: %2 (lock file %3). Wait until it is done.</source>
        <translation>%1 wird gerade von einer anderen Konsole geändert: %2 (Sperrdatei %3). Warten, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>Inhaber unbekannt</translation>
    </message>
    <message>
        <source>Could not take the lock on %1: %2</source>
        <translation>Die Sperre auf %1 konnte nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::NginxReloader</name>
    <message>
        <source>cannot find nginx&apos;s worker processes: %1</source>
        <translation>die Worker-Prozesse von nginx sind nicht zu finden: %1</translation>
    </message>
    <message>
        <source>nginx master %1, workers %2</source>
        <translation>nginx-Master %1, Worker %2</translation>
    </message>
    <message>
        <source>systemctl reload nginx failed (exit status %1): %2</source>
        <translation>systemctl reload nginx fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>reload took: new workers %1</source>
        <translation>Reload wirksam: neue Worker %1</translation>
    </message>
    <message>
        <source>nginx did not start new worker processes after the reload (master %1, workers still %2): the new configuration was NOT applied — nginx&apos;s error log says why (e.g. bind() failed)</source>
        <translation>nginx hat nach dem Reload keine neuen Worker-Prozesse gestartet (Master %1, Worker weiterhin %2): die neue Konfiguration wurde NICHT übernommen — das Fehlerlog von nginx nennt den Grund (z. B. bind() failed)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::NginxTemplates</name>
    <message>
        <source>&quot;%1&quot; is not a valid upstream name</source>
        <translation>„%1“ ist kein gültiger Upstream-Name</translation>
    </message>
    <message>
        <source>cannot generate an upstream for %1 workers</source>
        <translation>für %1 Worker kann kein Upstream erzeugt werden</translation>
    </message>
</context>
<context>
    <name>fleetdeck::NginxTokenizer</name>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>fleetdeck::NginxUpstreamEditor</name>
    <message>
        <source>invalid worker range %1..%2</source>
        <translation>ungültiger Worker-Bereich %1..%2</translation>
    </message>
    <message>
        <source>upstream &quot;%1&quot; has no server line to copy; generate a new block instead</source>
        <translation>Upstream „%1“ hat keine server-Zeile zum Kopieren; stattdessen einen neuen Block erzeugen</translation>
    </message>
    <message>
        <source>worker %1 is already in upstream &quot;%2&quot; (line %3)</source>
        <translation>Worker %1 ist bereits in Upstream „%2“ (Zeile %3)</translation>
    </message>
    <message>
        <source>worker %1 is not in upstream &quot;%2&quot;</source>
        <translation>Worker %1 ist nicht in Upstream „%2“</translation>
    </message>
    <message>
        <source>refusing to remove every server of upstream &quot;%1&quot;</source>
        <translation>alle Server von Upstream „%1“ zu entfernen wird abgelehnt</translation>
    </message>
    <message>
        <source>invalid worker count %1</source>
        <translation>ungültige Worker-Anzahl %1</translation>
    </message>
    <message>
        <source>worker %1 is already marked down (line %2)</source>
        <translation>Worker %1 ist bereits als down markiert (Zeile %2)</translation>
    </message>
    <message>
        <source>worker %1 is not marked down (line %2)</source>
        <translation>Worker %1 ist nicht als down markiert (Zeile %2)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::NginxUpstreamParser</name>
    <message>
        <source>directive &quot;%1&quot; is not terminated by &quot;;&quot;</source>
        <translation>Direktive „%1“ ist nicht mit „;“ abgeschlossen</translation>
    </message>
    <message>
        <source>unexpected &quot;}&quot; (unbalanced braces)</source>
        <translation>unerwartetes „}“ (unausgeglichene Klammern)</translation>
    </message>
    <message>
        <source>&quot;{&quot; is never closed (unbalanced braces)</source>
        <translation>„{“ wird nie geschlossen (unausgeglichene Klammern)</translation>
    </message>
    <message>
        <source>unexpected end of file, expecting &quot;;&quot; or &quot;}&quot;</source>
        <translation>unerwartetes Dateiende, „;“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>upstream &quot;%1&quot; not found in %2</source>
        <translation>Upstream „%1“ nicht in %2 gefunden</translation>
    </message>
    <message>
        <source>upstream &quot;%1&quot; is defined %2 times in %3 (lines %4); refusing to guess which one to edit</source>
        <translation>Upstream „%1“ ist %2-mal in %3 definiert (Zeilen %4); welcher bearbeitet werden soll, wird nicht geraten</translation>
    </message>
    <message>
        <source>unexpected block inside upstream &quot;%1&quot;</source>
        <translation>unerwarteter Block in Upstream „%1“</translation>
    </message>
    <message>
        <source>empty statement inside upstream</source>
        <translation>leere Anweisung im Upstream</translation>
    </message>
    <message>
        <source>server directive without an address</source>
        <translation>server-Direktive ohne Adresse</translation>
    </message>
    <message>
        <source>server directive spans several lines or shares its line with other directives; put each server on a line of its own</source>
        <translation>die server-Direktive erstreckt sich über mehrere Zeilen oder teilt ihre Zeile mit anderen Direktiven; jeden Server in eine eigene Zeile schreiben</translation>
    </message>
    <message>
        <source>server address uses escape characters</source>
        <translation>die Serveradresse enthält Escape-Zeichen</translation>
    </message>
    <message>
        <source>server address &quot;%1&quot; does not match the socket template &quot;unix:%2&quot;</source>
        <translation>die Serveradresse „%1“ passt nicht zur Socket-Vorlage „unix:%2“</translation>
    </message>
    <message>
        <source>the nginx config</source>
        <translation>die nginx-Konfiguration</translation>
    </message>
</context>
<context>
    <name>fleetdeck::Plan</name>
    <message>
        <source>a plan without action or server</source>
        <translation>ein Plan ohne Aktion oder Server</translation>
    </message>
    <message>
        <source>a plan without steps</source>
        <translation>ein Plan ohne Schritte</translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanBuilder</name>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanDocument</name>
    <message>
        <source>not a plan file: %1</source>
        <translation>keine Plandatei: %1</translation>
    </message>
    <message>
        <source>not a plan file of format %1</source>
        <translation>keine Plandatei im Format %1</translation>
    </message>
    <message>
        <source>the plan file holds no plan</source>
        <translation>die Plandatei enthält keinen Plan</translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanExecutor</name>
    <message>
        <source>== %1 on %2 (%3): %4</source>
        <translation>== %1 auf %2 (%3): %4</translation>
    </message>
    <message>
        <source>host lock %1 taken: %2</source>
        <translation>Host-Sperre %1 gesetzt: %2</translation>
    </message>
    <message>
        <source>nothing was changed on %1: %2</source>
        <translation>auf %1 wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made; nothing was changed. Make a new plan. (%2)</source>
        <translation>%1 hat sich geändert, seit der Plan erstellt wurde; es wurde nichts geändert. Einen neuen Plan erstellen. (%2)</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3. The rollback did NOT complete: check the output and %4 by hand.</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3. Das Rollback wurde NICHT abgeschlossen: die Ausgabe und %4 von Hand prüfen.</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3. Every completed step was undone; %4 is as it was.</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3. Jeder abgeschlossene Schritt wurde rückgängig gemacht; %4 ist wie vorher.</translation>
    </message>
    <message>
        <source>%1 on %2 done (%3)</source>
        <translation>%1 auf %2 erledigt (%3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n call(s) dropped</source>
        <translation>
            <numerusform>; %n Anruf abgebrochen</numerusform>
            <numerusform>; %n Anrufe abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>sha256 is now %1, the plan was made from %2</source>
        <translation>sha256 ist jetzt %1, der Plan wurde aus %2 erstellt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 is not what the plan expects before this step</source>
        <translation>%1 ist nicht das, was der Plan vor diesem Schritt erwartet</translation>
    </message>
    <message>
        <source>wrote %1 (%2 bytes, sha256 %3…)%4</source>
        <translation>%1 geschrieben (%2 Bytes, sha256 %3…)%4</translation>
    </message>
    <message>
        <source>, backup %1</source>
        <translation>, Sicherung %1</translation>
    </message>
    <message>
        <source>health not read before the restart (%1): a dropped call would not be counted</source>
        <translation>Health vor dem Neustart nicht gelesen (%1): ein abgebrochener Anruf würde nicht gezählt</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(Exit-Status %1)</translation>
    </message>
    <message>
        <source>rollback: nginx -t fails on the restored files; nginx not reloaded</source>
        <translation>Rollback: nginx -t schlägt bei den wiederhergestellten Dateien fehl; nginx nicht neu geladen</translation>
    </message>
    <message>
        <source>rollback: reload failed: %1</source>
        <translation>Rollback: Reload fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>rollback: reload: %1</source>
        <translation>Rollback: Reload: %1</translation>
    </message>
    <message numerus="yes">
        <source>rolling back %n step(s)</source>
        <translation>
            <numerusform>%n Schritt wird zurückgerollt</numerusform>
            <numerusform>%n Schritte werden zurückgerollt</numerusform>
        </translation>
    </message>
    <message>
        <source>rollback: taking the host lock again: %1</source>
        <translation>Rollback: Host-Sperre wird erneut gesetzt: %1</translation>
    </message>
    <message>
        <source>restored %1 (sha256 %2…)</source>
        <translation>%1 wiederhergestellt (sha256 %2…)</translation>
    </message>
    <message>
        <source>rollback: undo of step %1 failed</source>
        <translation>Rollback: Rückgängigmachen von Schritt %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>rollback: %1; retrying</source>
        <translation>Rollback: %1; neuer Versuch</translation>
    </message>
    <message>
        <source>rollback: undo of step %1 failed: %2</source>
        <translation>Rollback: Rückgängigmachen von Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>rollback complete</source>
        <translation>Rollback abgeschlossen</translation>
    </message>
    <message>
        <source>rollback INCOMPLETE</source>
        <translation>Rollback UNVOLLSTÄNDIG</translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanRunner</name>
    <message>
        <source>%1 is %2 in the inventory but the plan was made for %3; nothing was changed</source>
        <translation>%1 ist %2 im Inventar, aber der Plan wurde für %3 erstellt; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1 is not in the inventory; nothing was changed</source>
        <translation>%1 ist nicht im Inventar; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanStep</name>
    <message>
        <source>unknown step kind &apos;%1&apos;</source>
        <translation>unbekannte Schrittart „%1“</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: path must be absolute</source>
        <translation>Schritt „%1“: der Pfad muss absolut sein</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: no command</source>
        <translation>Schritt „%1“: kein Befehl</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: the content of %2 does not match its recorded hash (was the plan edited?)</source>
        <translation>Schritt „%1“: der Inhalt von %2 passt nicht zu seinem gespeicherten Hash (wurde der Plan bearbeitet?)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: negative timeout</source>
        <translation>Schritt „%1“: negatives Zeitlimit</translation>
    </message>
</context>
<context>
    <name>fleetdeck::PlanWaits</name>
    <message>
        <source>worker %1 was in call %2: the restart dropped it</source>
        <translation>Worker %1 war im Anruf %2: der Neustart hat ihn abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) reached worker %1 just before the restart and were dropped</source>
        <translation>
            <numerusform>%n Anruf erreichte Worker %1 kurz vor dem Neustart und wurde abgebrochen</numerusform>
            <numerusform>%n Anrufe erreichten Worker %1 kurz vor dem Neustart und wurden abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>ok after %1 ms</source>
        <translation>ok nach %1 ms</translation>
    </message>
    <message>
        <source>after %1 s still no socket: %2</source>
        <translation>nach %1 s immer noch kein Socket: %2</translation>
    </message>
    <message>
        <source>health endpoint: %1</source>
        <translation>Health-Endpunkt: %1</translation>
    </message>
    <message>
        <source>ok: %1 workers configured, %2 idle, %3 busy</source>
        <translation>ok: %1 Worker konfiguriert, %2 frei, %3 belegt</translation>
    </message>
    <message>
        <source>health reports %1 configured workers%2</source>
        <translation>Health meldet %1 konfigurierte Worker%2</translation>
    </message>
    <message>
        <source>, worker %1 not running</source>
        <translation>, Worker %1 läuft nicht</translation>
    </message>
    <message>
        <source>after %1 s: %2</source>
        <translation>nach %1 s: %2</translation>
    </message>
    <message>
        <source>idle after %1 ms</source>
        <translation>frei nach %1 ms</translation>
    </message>
    <message>
        <source>worker %1 still in a call</source>
        <translation>Worker %1 noch in einem Anruf</translation>
    </message>
    <message numerus="yes">
        <source>drain timeout: going on anyway (--force), dropping %n call(s)</source>
        <translation>
            <numerusform>Drain-Zeitlimit: es geht trotzdem weiter (--force), %n Anruf wird abgebrochen</numerusform>
            <numerusform>Drain-Zeitlimit: es geht trotzdem weiter (--force), %n Anrufe werden abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forced: %n call(s) dropped</source>
        <translation>
            <numerusform>erzwungen: %n Anruf abgebrochen</numerusform>
            <numerusform>erzwungen: %n Anrufe abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::Planner</name>
    <message>
        <source>health endpoint not read: %1</source>
        <translation>Health-Endpunkt nicht gelesen: %1</translation>
    </message>
    <message>
        <source>drift: %1 (%2)</source>
        <translation>Drift: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::RemoveWorkersPlanner</name>
    <message>
        <source>a server keeps at least one worker (nginx refuses an empty upstream)</source>
        <translation>ein Server behält mindestens einen Worker (nginx lehnt einen leeren Upstream ab)</translation>
    </message>
    <message>
        <source>%1 has no worker above %2 in %3; to add workers use add-workers</source>
        <translation>%1 hat keinen Worker über %2 in %3; zum Hinzufügen von Workern add-workers verwenden</translation>
    </message>
    <message>
        <source>%1 → %2 workers</source>
        <translation>%1 → %2 Worker</translation>
    </message>
    <message>
        <source>%1 call(s) now on worker %2: the plan waits up to %3 s for them to end%4</source>
        <translation>%1 Anruf/Anrufe jetzt auf Worker %2: der Plan wartet bis zu %3 s auf ihr Ende%4</translation>
    </message>
    <message>
        <source>; with --force they are dropped after that</source>
        <translation>; mit --force werden sie danach abgebrochen</translation>
    </message>
    <message>
        <source>; if they do not, everything is rolled back</source>
        <translation>; enden sie nicht, wird alles zurückgerollt</translation>
    </message>
</context>
<context>
    <name>fleetdeck::RestartPlanner</name>
    <message>
        <source>worker %1 is marked down in %2: not restarted</source>
        <translation>Worker %1 ist in %2 als down markiert: nicht neu gestartet</translation>
    </message>
    <message>
        <source>%1: no worker to restart</source>
        <translation>%1: kein Worker zum Neustarten</translation>
    </message>
    <message>
        <source>%1 restart of %2 workers</source>
        <translation>%1-Neustart von %2 Workern</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>immediate mode drops the call of every busy worker it restarts (%1 busy now)</source>
        <translation>der Sofort-Modus bricht den Anruf jedes belegten Workers ab, den er neu startet (jetzt %1 belegt)</translation>
    </message>
    <message>
        <source>mark worker %1 down in %2</source>
        <translation>Worker %1 in %2 als down markieren</translation>
    </message>
    <message>
        <source>put worker %1 back in %2</source>
        <translation>Worker %1 wieder in %2 aufnehmen</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ServerColumns</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Busy / total</source>
        <translation>Belegt/ges.</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 of %2 servers reporting</source>
        <translation>%1 von %2 Servern melden</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>server state</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>server state</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>server state</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>stale</source>
        <comment>server state</comment>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>server state</comment>
        <translation>unerreichbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>server state</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown: no health report yet</source>
        <translation>unbekannt: noch kein Health-Bericht</translation>
    </message>
    <message>
        <source>unreachable since %1</source>
        <translation>unerreichbar seit %1</translation>
    </message>
    <message numerus="yes">
        <source>unreachable: no answer yet, %n failed attempt(s)</source>
        <translation>
            <numerusform>unerreichbar: noch keine Antwort, %n fehlgeschlagener Versuch</numerusform>
            <numerusform>unerreichbar: noch keine Antwort, %n fehlgeschlagene Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>stale: last health report at %1</source>
        <translation>veraltet: letzter Health-Bericht um %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 workers busy</source>
        <translation>%1: %2 von %3 Workern belegt</translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n ausgefallen</numerusform>
            <numerusform>, %n ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>, over the memory budget</source>
        <translation>, über dem Speicherbudget</translation>
    </message>
    <message>
        <source>zone %1: no servers</source>
        <translation>Zone %1: keine Server</translation>
    </message>
    <message>
        <source>zone %1: worst state %2, %3 of %4 workers busy, %5 of %6 servers reporting</source>
        <translation>Zone %1: schlechtester Zustand %2, %3 von %4 Workern belegt, %5 von %6 Servern melden</translation>
    </message>
    <message>
        <source>%1 of %2 workers busy</source>
        <translation>%1 von %2 Workern belegt</translation>
    </message>
    <message>
        <source>Last poll failed: %1</source>
        <translation>Letzte Abfrage fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fleetdeck::SocketTemplate</name>
    <message>
        <source>socket path template &quot;%1&quot; must contain {n} exactly once</source>
        <translation>die Socket-Pfad-Vorlage „%1“ muss {n} genau einmal enthalten</translation>
    </message>
    <message>
        <source>socket path template &quot;%1&quot; is not an absolute path</source>
        <translation>die Socket-Pfad-Vorlage „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>socket path template &quot;%1&quot;: {n} must not touch other digits</source>
        <translation>Socket-Pfad-Vorlage „%1“: {n} darf nicht an andere Ziffern grenzen</translation>
    </message>
    <message>
        <source>cannot derive a socket template from &quot;%1&quot;: expected unix:/path/with_N.sock</source>
        <translation>aus „%1“ lässt sich keine Socket-Vorlage ableiten: erwartet wird unix:/pfad/mit_N.sock</translation>
    </message>
</context>
<context>
    <name>fleetdeck::SshSession</name>
    <message>
        <source>sudo asks for a password for this user. Fleetdeck runs `sudo -n` and cannot type one: allow the commands without a password (NOPASSWD in sudoers) or log in as root.</source>
        <translation>sudo fragt für diesen Benutzer nach einem Passwort. Fleetdeck führt `sudo -n` aus und kann keines eingeben: die Befehle ohne Passwort erlauben (NOPASSWD in sudoers) oder als root anmelden.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>Inspecting %1</source>
        <translation>Untersuche %1</translation>
    </message>
    <message>
        <source>Unexpected output while inspecting %1</source>
        <translation>Unerwartete Ausgabe beim Untersuchen von %1</translation>
    </message>
    <message>
        <source>%1 was changed on the server since it was read; nothing was written. Make a new plan.</source>
        <translation>%1 wurde auf dem Server geändert, seit es gelesen wurde; es wurde nichts geschrieben. Einen neuen Plan erstellen.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
</context>
<context>
    <name>fleetdeck::SshSessionPool</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::StepFactory</name>
    <message>
        <source>check %1 is unchanged (sha256 %2…)</source>
        <translation>prüfen, dass %1 unverändert ist (sha256 %2…)</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>systemctl reload nginx (and check new nginx workers started)</source>
        <translation>systemctl reload nginx (und prüfen, dass neue nginx-Worker gestartet sind)</translation>
    </message>
    <message>
        <source>wait for socket %1</source>
        <translation>auf Socket %1 warten</translation>
    </message>
    <message>
        <source>wait for %1 sockets (%2 … %3)</source>
        <translation>auf %1 Sockets warten (%2 … %3)</translation>
    </message>
    <message>
        <source>verify health reports %1 workers, %2 running</source>
        <translation>prüfen, dass Health %1 Worker meldet, %2 laufend</translation>
    </message>
    <message>
        <source>verify health reports %1 workers</source>
        <translation>prüfen, dass Health %1 Worker meldet</translation>
    </message>
    <message>
        <source>wait until health reports worker %1 running</source>
        <translation>warten, bis Health Worker %1 als laufend meldet</translation>
    </message>
    <message>
        <source>wait until worker %1 has no call (up to %2 s%3)</source>
        <translation>warten, bis Worker %1 keinen Anruf hat (bis zu %2 s%3)</translation>
    </message>
    <message>
        <source>, then stop anyway</source>
        <translation>, dann trotzdem stoppen</translation>
    </message>
    <message>
        <source>pause %1 s</source>
        <translation>%1 s Pause</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl</name>
    <message>
        <source>Action %1: %2 on %3</source>
        <translation>Aktion %1: %2 auf %3</translation>
    </message>
    <message>
        <source>  by %1@%2, started %3</source>
        <translation>  von %1@%2, gestartet %3</translation>
    </message>
    <message>
        <source>  summary: %1</source>
        <translation>  Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>  result: %1</source>
        <translation>  Ergebnis: %1</translation>
    </message>
    <message>
        <source>never finished (the console stopped mid-change)</source>
        <translation>nie abgeschlossen (die Konsole wurde mitten in der Änderung beendet)</translation>
    </message>
    <message>
        <source>  message: %1</source>
        <translation>  Meldung: %1</translation>
    </message>
    <message>
        <source>  calls dropped: %1</source>
        <translation>  abgebrochene Anrufe: %1</translation>
    </message>
    <message>
        <source>fleetdeckctl: %1
</source>
        <translation>fleetdeckctl: %1
</translation>
    </message>
    <message>
        <source>Nothing was changed (exit 3: refused for safety).
</source>
        <translation>Es wurde nichts geändert (Exit 3: aus Sicherheitsgründen abgelehnt).
</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>Es wurde nichts geändert.
</translation>
    </message>
    <message>
        <source>
Nothing was changed. Apply with: fleetdeckctl apply add-fleet … --yes
</source>
        <translation>
Es wurde nichts geändert. Anwenden mit: fleetdeckctl apply add-fleet … --yes
</translation>
    </message>
    <message>
        <source>
Applying…
</source>
        <translation>
Wird angewendet…
</translation>
    </message>
    <message>
        <source>
Add this entry to the inventory&apos;s servers[] (Fleetdeck does not edit the inventory):
%1</source>
        <translation>
Diesen Eintrag zu servers[] des Inventars hinzufügen (Fleetdeck bearbeitet das Inventar nicht):
%1</translation>
    </message>
    <message>
        <source>fleetdeckctl: warning: audit log: %1
</source>
        <translation>fleetdeckctl: Warnung: Audit-Log: %1
</translation>
    </message>
    <message>
        <source>fleetdeckctl: %1
Rolling back…
</source>
        <translation>fleetdeckctl: %1
Rollback läuft…
</translation>
    </message>
    <message>
        <source>add-fleet failed: %1. Every completed step was undone; %2 is as it was.</source>
        <translation>add-fleet fehlgeschlagen: %1. Jeder abgeschlossene Schritt wurde rückgängig gemacht; %2 ist wie vorher.</translation>
    </message>
    <message>
        <source>add-fleet failed: %1. The rollback did NOT complete: check the output and %2 by hand.</source>
        <translation>add-fleet fehlgeschlagen: %1. Das Rollback wurde NICHT abgeschlossen: die Ausgabe und %2 von Hand prüfen.</translation>
    </message>
    <message>
        <source>To trust it after comparing: --trust-host-key %1
</source>
        <translation>Um ihm nach dem Vergleich zu vertrauen: --trust-host-key %1
</translation>
    </message>
    <message>
        <source>the saved plan %1 is stale:
  %2
Nothing was changed (exit 4). Make a new plan with fleetdeckctl plan add-fleet … --out FILE and review it.</source>
        <translation>der gespeicherte Plan %1 ist veraltet:
  %2
Nichts wurde geändert (Exit 4). Erstellen Sie mit fleetdeckctl plan add-fleet … --out DATEI einen neuen Plan und prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>fleetdeckctl: cannot write %1: %2
</source>
        <translation>fleetdeckctl: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>
Nothing was changed. The plan (the request and the content hash of every file it will change) is in %1.
Apply exactly this plan with: fleetdeckctl apply add-fleet --plan %1
</source>
        <translation>
Nichts wurde geändert. Der Plan (die Anfrage und der Inhalts-Hash jeder Datei, die er ändert) steht in %1.
Genau diesen Plan anwenden mit: fleetdeckctl apply add-fleet --plan %1
</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::AddFleetCommand</name>
    <message>
        <source>add-fleet: the new server&apos;s name.</source>
        <translation>add-fleet: der Name des neuen Servers.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add-fleet: its address.</source>
        <translation>add-fleet: seine Adresse.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>add-fleet: its zone (default: the inventory&apos;s first).</source>
        <translation>add-fleet: seine Zone (Standard: die erste des Inventars).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>add-fleet: SSH login (default: as the inventory&apos;s servers).</source>
        <translation>add-fleet: SSH-Anmeldung (Standard: wie bei den Servern des Inventars).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>add-fleet: SSH port (default: as the inventory&apos;s servers).</source>
        <translation>add-fleet: SSH-Port (Standard: wie bei den Servern des Inventars).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>add-fleet: SSH key (default: as the inventory&apos;s servers).</source>
        <translation>add-fleet: SSH-Schlüssel (Standard: wie bei den Servern des Inventars).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>add-fleet: workers to start (default 16).</source>
        <translation>add-fleet: zu startende Worker (Standard 16).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add-fleet: the host&apos;s RAM for the memory budget (default 8192).</source>
        <translation>add-fleet: der RAM des Hosts für das Speicherbudget (Standard 8192).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>add-fleet: service name (default voxcore).</source>
        <translation>add-fleet: Dienstname (Standard voxcore).</translation>
    </message>
    <message>
        <source>add-fleet: unit template override (NAME@{n}).</source>
        <translation>add-fleet: abweichende Unit-Vorlage (NAME@{n}).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>add-fleet: worker socket path override (with {n}).</source>
        <translation>add-fleet: abweichender Worker-Socket-Pfad (mit {n}).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>add-fleet: .env path override.</source>
        <translation>add-fleet: abweichender .env-Pfad.</translation>
    </message>
    <message>
        <source>add-fleet: upstream file path override.</source>
        <translation>add-fleet: abweichender Pfad der Upstream-Datei.</translation>
    </message>
    <message>
        <source>add-fleet: 429-retry routes file path override.</source>
        <translation>add-fleet: abweichender Pfad der 429-Retry-Routendatei.</translation>
    </message>
    <message>
        <source>add-fleet: health URL (default https://HOST/health/fleet).</source>
        <translation>add-fleet: Health-URL (Standard https://HOST/health/fleet).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add-fleet: CA for its TLS (default: as the inventory&apos;s servers).</source>
        <translation>add-fleet: CA für sein TLS (Standard: wie bei den Servern des Inventars).</translation>
    </message>
    <message>
        <source>add-fleet: the ingress to register with (default: the first).</source>
        <translation>add-fleet: der Ingress, bei dem angemeldet wird (Standard: der erste).</translation>
    </message>
    <message>
        <source>add-fleet: the address add-fleet.sh registers (default: --host).</source>
        <translation>add-fleet: die Adresse, die add-fleet.sh anmeldet (Standard: --host).</translation>
    </message>
    <message>
        <source>add-fleet: the ingress&apos;s WSS URL for the test call (default https://INGRESS/attach).</source>
        <translation>add-fleet: die WSS-URL des Ingress für den Testanruf (Standard https://INGRESS/attach).</translation>
    </message>
    <message>
        <source>add-fleet takes options only: --name NAME --host HOST […]</source>
        <translation>add-fleet nimmt nur Optionen: --name NAME --host HOST […]</translation>
    </message>
    <message>
        <source>add-fleet needs --name NAME and --host HOST</source>
        <translation>add-fleet braucht --name NAME und --host HOST</translation>
    </message>
    <message>
        <source>apply add-fleet … needs --yes (review it first with plan add-fleet …)</source>
        <translation>apply add-fleet … braucht --yes (zuerst prüfen mit plan add-fleet …)</translation>
    </message>
    <message>
        <source>plan changes nothing: --yes belongs to apply</source>
        <translation>plan ändert nichts: --yes gehört zu apply</translation>
    </message>
    <message>
        <source>--ssh-port, --workers and --ram-mb take numbers</source>
        <translation>--ssh-port, --workers und --ram-mb nehmen Zahlen</translation>
    </message>
    <message>
        <source>apply add-fleet: apply exactly this saved plan (plan add-fleet … --out FILE); exit 4 when a file it changes differs from the plan.</source>
        <translation>apply add-fleet: genau diesen gespeicherten Plan anwenden (plan add-fleet … --out DATEI); Exit 4, wenn eine Datei, die er ändert, vom Plan abweicht.</translation>
    </message>
    <message>
        <source>add-fleet: the new host&apos;s change lock file, as the inventory&apos;s lock_file (default /run/lock/fleetdeck.lock).</source>
        <translation>add-fleet: die Änderungssperr-Datei des neuen Hosts, wie lock_file im Inventar (Standard: /run/lock/fleetdeck.lock).</translation>
    </message>
    <message>
        <source>apply add-fleet --plan FILE takes no other arguments</source>
        <translation>apply add-fleet --plan DATEI nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>apply add-fleet --plan FILE applies exactly the saved plan: no --%1</source>
        <translation>apply add-fleet --plan DATEI wendet genau den gespeicherten Plan an: kein --%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--plan belongs to apply add-fleet (plan add-fleet saves one with --out FILE)</source>
        <translation>--plan gehört zu apply add-fleet (plan add-fleet speichert einen mit --out DATEI)</translation>
    </message>
    <message>
        <source>--out belongs to plan add-fleet</source>
        <translation>--out gehört zu plan add-fleet</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::AuditCommand</name>
    <message>
        <source>fleetdeckctl: no audit record %1</source>
        <translation>fleetdeckctl: kein Audit-Eintrag %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DROPPED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>(no actions recorded in %1)</source>
        <translation>(keine Aktionen in %1 aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::ChangeArgs</name>
    <message>
        <source>add-workers/remove-workers: the new worker count.</source>
        <translation>add-workers/remove-workers: die neue Worker-Anzahl.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>plan: save the reviewed plan to this file (apply it with `apply FILE`).</source>
        <translation>plan: den geprüften Plan in diese Datei speichern (anwenden mit `apply DATEI`).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>restart: drain (default, no call dropped) or immediate (the seed&apos;s loop).</source>
        <translation>restart: drain (Standard, kein Anruf wird abgebrochen) oder immediate (die Schleife der Vorlage).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>restart: seconds between workers (default 5).</source>
        <translation>restart: Sekunden zwischen den Workern (Standard 5).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>remove-workers/restart: seconds to wait for calls to end (default 120).</source>
        <translation>remove-workers/restart: Sekunden, die auf das Ende von Anrufen gewartet wird (Standard 120).</translation>
    </message>
    <message>
        <source>seconds to wait for new worker sockets (default 20).</source>
        <translation>Sekunden, die auf neue Worker-Sockets gewartet wird (Standard 20).</translation>
    </message>
    <message>
        <source>seconds to wait for the health endpoint to agree (default 20).</source>
        <translation>Sekunden, die auf die Bestätigung durch den Health-Endpunkt gewartet wird (Standard 20).</translation>
    </message>
    <message>
        <source>seconds to wait for nginx&apos;s new workers after a reload (default 10).</source>
        <translation>Sekunden, die nach einem Reload auf die neuen nginx-Worker gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <source>add-workers: go over the memory budget (a warning instead of a refusal).</source>
        <translation>add-workers: das Speicherbudget überschreiten (eine Warnung statt einer Ablehnung).</translation>
    </message>
    <message>
        <source>remove-workers: after the drain timeout, stop workers that still have a call.</source>
        <translation>remove-workers: nach dem Drain-Zeitlimit Worker stoppen, die noch einen Anruf haben.</translation>
    </message>
    <message>
        <source>apply ACTION …: plan and apply in one go.</source>
        <translation>apply AKTION …: in einem Schritt planen und anwenden.</translation>
    </message>
    <message>
        <source>apply: print every command&apos;s output.</source>
        <translation>apply: die Ausgabe jedes Befehls ausgeben.</translation>
    </message>
    <message>
        <source>trust an unknown host key with exactly this fingerprint.</source>
        <translation>einem unbekannten Host-Schlüssel mit genau diesem Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>SHA256:…</source>
        <translation>SHA256:…</translation>
    </message>
    <message>
        <source>usage: plan add-workers|remove-workers SERVER --to N, plan restart SERVER… [--mode drain|immediate]</source>
        <translation>Aufruf: plan add-workers|remove-workers SERVER --to N, plan restart SERVER… [--mode drain|immediate]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add-workers, remove-workers, restart)</source>
        <translation>unbekannte Aktion „%1“ (add-workers, remove-workers, restart)</translation>
    </message>
    <message>
        <source>%1 takes one server</source>
        <translation>%1 nimmt einen Server</translation>
    </message>
    <message>
        <source>%1 needs --to N (1..4096)</source>
        <translation>%1 braucht --to N (1..4096)</translation>
    </message>
    <message>
        <source>restart takes no --to</source>
        <translation>restart nimmt kein --to</translation>
    </message>
    <message>
        <source>--mode is drain or immediate</source>
        <translation>--mode ist drain oder immediate</translation>
    </message>
    <message>
        <source>--pause, --drain-timeout, --socket-timeout, --health-timeout and --reload-timeout take seconds (--reload-timeout at least 0.5)</source>
        <translation>--pause, --drain-timeout, --socket-timeout, --health-timeout und --reload-timeout nehmen Sekunden (--reload-timeout mindestens 0.5)</translation>
    </message>
    <message>
        <source>--trust-host-key takes a fingerprint as ssh-keygen -lf prints it: SHA256:…</source>
        <translation>--trust-host-key nimmt einen Fingerabdruck, wie ssh-keygen -lf ihn ausgibt: SHA256:…</translation>
    </message>
    <message>
        <source>plan changes nothing: --yes belongs to apply</source>
        <translation>plan ändert nichts: --yes gehört zu apply</translation>
    </message>
    <message>
        <source>apply PLAN.json applies exactly the saved plan: no --to/--mode</source>
        <translation>apply PLAN.json wendet genau den gespeicherten Plan an: kein --to/--mode</translation>
    </message>
    <message>
        <source>apply %1 … without a saved plan needs --yes (or review it first: plan … --out PLAN.json)</source>
        <translation>apply %1 … ohne gespeicherten Plan braucht --yes (oder ihn zuerst prüfen: plan … --out PLAN.json)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::ChangeCommand</name>
    <message>
        <source>fleetdeckctl: cannot read %1: %2
</source>
        <translation>fleetdeckctl: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>fleetdeckctl: %1: %2
</source>
        <translation>fleetdeckctl: %1: %2
</translation>
    </message>
    <message>
        <source>fleetdeckctl: %1
</source>
        <translation>fleetdeckctl: %1
</translation>
    </message>
    <message>
        <source>Nothing was changed (exit 3: refused for safety).
</source>
        <translation>Es wurde nichts geändert (Exit 3: aus Sicherheitsgründen abgelehnt).
</translation>
    </message>
    <message>
        <source>fleetdeckctl: cannot write %1: %2
</source>
        <translation>fleetdeckctl: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Plan saved to %1. Nothing was changed. Apply exactly this plan with: fleetdeckctl apply %1
</source>
        <translation>Plan in %1 gespeichert. Es wurde nichts geändert. Genau diesen Plan anwenden mit: fleetdeckctl apply %1
</translation>
    </message>
    <message>
        <source>Nothing was changed (save the plan with --out FILE, then: fleetdeckctl apply FILE).
</source>
        <translation>Es wurde nichts geändert (den Plan mit --out DATEI speichern, dann: fleetdeckctl apply DATEI).
</translation>
    </message>
    <message>
        <source>fleetdeckctl: cannot open the audit log %1: %2; nothing was changed
</source>
        <translation>fleetdeckctl: das Audit-Log %1 kann nicht geöffnet werden: %2; es wurde nichts geändert
</translation>
    </message>
    <message>
        <source>FAILED: %1
</source>
        <translation>FEHLGESCHLAGEN: %1
</translation>
    </message>
    <message>
        <source>
Interrupted: stopping at the next safe point and rolling back…
</source>
        <translation>
Unterbrochen: Halt am nächsten sicheren Punkt und Rollback…
</translation>
    </message>
    <message>
        <source>Applying plan %1 of %2: %3 on %4 (%5)
</source>
        <translation>Plan %1 von %2 wird angewendet: %3 auf %4 (%5)
</translation>
    </message>
    <message>
        <source>fleetdeckctl: warning: audit log: %1
</source>
        <translation>fleetdeckctl: Warnung: Audit-Log: %1
</translation>
    </message>
    <message>
        <source>calls dropped: %1
</source>
        <translation>abgebrochene Anrufe: %1
</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::DriftCommand</name>
    <message>
        <source>fleetdeckctl: no server &apos;%1&apos; in the inventory</source>
        <translation>fleetdeckctl: kein Server „%1“ im Inventar</translation>
    </message>
    <message>
        <source>%1: consistent (units, upstream, .env and health agree)</source>
        <translation>%1: konsistent (Units, Upstream, .env und Health stimmen überein)</translation>
    </message>
    <message>
        <source>; not read: %1</source>
        <translation>; nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>fleetdeckctl: %1: %2</source>
        <translation>fleetdeckctl: %1: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::PlanCollector</name>
    <message>
        <source>no server &apos;%1&apos; in the inventory</source>
        <translation>kein Server „%1“ im Inventar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::PlanPrinter</name>
    <message>
        <source>Plan %1 of %2: %3 on %4 (%5): %6
</source>
        <translation>Plan %1 von %2: %3 auf %4 (%5): %6
</translation>
    </message>
    <message>
        <source>Memory budget: %1
</source>
        <translation>Speicherbudget: %1
</translation>
    </message>
    <message>
        <source>
Files read:
</source>
        <translation>
Gelesene Dateien:
</translation>
    </message>
    <message>
        <source>(%1 more writes of the same file, one worker at a time: the same change for each worker; every one is in the saved plan)
</source>
        <translation>(%1 weitere Schreibvorgänge derselben Datei, ein Worker nach dem anderen: für jeden Worker dieselbe Änderung; jeder steht im gespeicherten Plan)
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <source>
Steps (each undone in reverse order if a later one fails):
</source>
        <translation>
Schritte (jeder wird in umgekehrter Reihenfolge rückgängig gemacht, wenn ein späterer fehlschlägt):
</translation>
    </message>
    <message>
        <source>
Calls that would be dropped if forced now: %1
</source>
        <translation>
Anrufe, die bei jetzt erzwungener Ausführung abgebrochen würden: %1
</translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation>
Warnungen:
</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::StatusCommand</name>
    <message>
        <source>%1 of %2 servers did not answer correctly:</source>
        <translation>%1 von %2 Servern haben nicht korrekt geantwortet:</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>BUSY/TOTAL</source>
        <translation>BELEGT/GESAMT</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <source>UTIL</source>
        <translation>AUSL.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>fleet: %1/%2 channels (%3%), %4 CPS, %5 of %6 servers reporting</source>
        <translation>Flotte: %1/%2 Kanäle (%3 %), %4 CPS, %5 von %6 Servern melden</translation>
    </message>
    <message>
        <source>; next outbound call → %1 (%2 free)</source>
        <translation>; nächster ausgehender Anruf → %1 (%2 frei)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ctl::TerminalPassphraseProvider</name>
    <message>
        <source>Wrong passphrase, try again.</source>
        <translation>Falsche Passphrase, bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>fleetdeckctl: no passphrase for %1 within %2 s; giving up on this key
</source>
        <translation>fleetdeckctl: keine Passphrase für %1 innerhalb von %2 s; dieser Schlüssel wird übergangen
</translation>
    </message>
    <message>
        <source>there is no terminal to ask for its passphrase</source>
        <translation>es gibt kein Terminal, um nach seiner Passphrase zu fragen</translation>
    </message>
    <message>
        <source>--batch (--no-prompt) does not ask for passphrases</source>
        <translation>--batch (--no-prompt) fragt nicht nach Passphrasen</translation>
    </message>
    <message>
        <source>fleetdeckctl: the SSH key %1 is encrypted and %2. For scripts, load it into ssh-agent (ssh-add %1) and run fleetdeckctl with SSH_AUTH_SOCK set.
</source>
        <translation>fleetdeckctl: der SSH-Schlüssel %1 ist verschlüsselt und %2. Für Skripte: ihn in den ssh-agent laden (ssh-add %1) und fleetdeckctl mit gesetztem SSH_AUTH_SOCK ausführen.
</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AboutDialog</name>
    <message>
        <source>About Fleetdeck</source>
        <translation>Über Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck icon</source>
        <translation>Fleetdeck-Symbol</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A console for network-operations staff who run fleets of voice-call workers: live state, capacity and alerts for every zone and server, and changes made over SSH as reviewed plans with automatic rollback.</source>
        <translation>Eine Konsole für das Netzbetriebsteam, das Flotten von Sprachanruf-Workern betreibt: Live-Zustand, Kapazität und Alarme für jede Zone und jeden Server, und Änderungen über SSH als geprüfte Pläne mit automatischem Rollback.</translation>
    </message>
    <message>
        <source>Application id: %1</source>
        <translation>Anwendungs-ID: %1</translation>
    </message>
    <message>
        <source>Licence: %1 — free software: you may redistribute and modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later. There is NO WARRANTY.</source>
        <translation>Lizenz: %1 — freie Software: Sie dürfen sie unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder später, weitergeben und verändern. Es gibt KEINE GEWÄHRLEISTUNG.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::ActionDialog</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Preview reads the server now and shows exactly what would change: every file&apos;s diff, the commands in order and the warnings. Nothing is changed until you press Apply.</source>
        <translation>Die Vorschau liest jetzt den Server und zeigt genau, was sich ändern würde: den Diff jeder Datei, die Befehle der Reihe nach und die Warnungen. Nichts wird geändert, bevor Sie „Anwenden“ drücken.</translation>
    </message>
    <message>
        <source>Changes need SSH access, which this console was started without.</source>
        <translation>Änderungen brauchen SSH-Zugang; diese Konsole wurde ohne ihn gestartet.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Available once a preview exists</source>
        <translation>Verfügbar, sobald eine Vorschau vorliegt</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop at the next safe point and roll back what was changed</source>
        <translation>Am nächsten sicheren Punkt anhalten und Geändertes zurückrollen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Changed: preview again.</source>
        <translation>Geändert: erneut Vorschau anzeigen.</translation>
    </message>
    <message>
        <source>Reading %1 over SSH…</source>
        <translation>Lese %1 über SSH…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Review the changes, then Apply. Nothing has been changed yet.</source>
        <translation>Die Änderungen prüfen, dann anwenden. Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2. Nothing was changed.</source>
        <translation>Das Audit-Log %1 kann nicht geöffnet werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Applying %1 of %2: %3…</source>
        <translation>Anwenden %1 von %2: %3…</translation>
    </message>
    <message>
        <source>Applying on %1…</source>
        <translation>Anwenden auf %1…</translation>
    </message>
    <message>
        <source>warning: audit log: %1</source>
        <translation>Warnung: Audit-Log: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AddFleetHostPage</name>
    <message>
        <source>1. Host</source>
        <translation>1. Host</translation>
    </message>
    <message>
        <source>The new fleet server: how to reach it, where it belongs and how many workers it runs.</source>
        <translation>Der neue Flottenserver: wie er erreichbar ist, wohin er gehört und wie viele Worker er betreibt.</translation>
    </message>
    <message>
        <source>fleet-uk-3</source>
        <translation>fleet-uk-3</translation>
    </message>
    <message>
        <source>fleet-uk-3.voice.example.net or 10.40.1.13</source>
        <translation>fleet-uk-3.voice.example.net oder 10.40.1.13</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM:</translation>
    </message>
    <message>
        <source>Paths on the host (empty: the service&apos;s defaults)</source>
        <translation>Pfade auf dem Host (leer: die Vorgaben des Dienstes)</translation>
    </message>
    <message>
        <source>https://&lt;address&gt;/health/fleet</source>
        <translation>https://&lt;adresse&gt;/health/fleet</translation>
    </message>
    <message>
        <source>the address above</source>
        <translation>die Adresse oben</translation>
    </message>
    <message>
        <source>https://&lt;ingress&gt;/attach</source>
        <translation>https://&lt;ingress&gt;/attach</translation>
    </message>
    <message>
        <source>Worker sockets:</source>
        <translation>Worker-Sockets:</translation>
    </message>
    <message>
        <source>.env file:</source>
        <translation>.env-Datei:</translation>
    </message>
    <message>
        <source>nginx upstream file:</source>
        <translation>nginx-Upstream-Datei:</translation>
    </message>
    <message>
        <source>nginx routes file:</source>
        <translation>nginx-Routendatei:</translation>
    </message>
    <message>
        <source>Health URL:</source>
        <translation>Health-URL:</translation>
    </message>
    <message>
        <source>Address the ingress uses:</source>
        <translation>Adresse, die der Ingress verwendet:</translation>
    </message>
    <message>
        <source>Ingress URL for the test call:</source>
        <translation>Ingress-URL für den Testanruf:</translation>
    </message>
    <message>
        <source>The host&apos;s change lock file (the inventory&apos;s lock_file), an absolute path; empty: /run/lock/fleetdeck.lock</source>
        <translation>Die Änderungssperr-Datei des Hosts (lock_file im Inventar), ein absoluter Pfad; leer: /run/lock/fleetdeck.lock</translation>
    </message>
    <message>
        <source>Lock file:</source>
        <translation>Sperrdatei:</translation>
    </message>
    <message>
        <source>✓ %1 workers × %2 MB fit %3 % of %4 MB; the safe count is %5</source>
        <translation>✓ %1 Worker × %2 MB passen in %3 % von %4 MB; die sichere Anzahl ist %5</translation>
    </message>
    <message>
        <source>✗ %1 workers × %2 MB exceed %3 % of %4 MB: the safe count is %5</source>
        <translation>✗ %1 Worker × %2 MB überschreiten %3 % von %4 MB: die sichere Anzahl ist %5</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AddFleetStepPage</name>
    <message>
        <source>Connect over SSH and check the host key by its SHA256 fingerprint. Compare it with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it; only then is it saved to known_hosts.</source>
        <translation>Über SSH verbinden und den Host-Schlüssel anhand seines SHA256-Fingerabdrucks prüfen. Ihn mit dem vergleichen, den der Host zeigt (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), bevor ihm vertraut wird; erst dann wird er in known_hosts gespeichert.</translation>
    </message>
    <message>
        <source>Memory budget, nginx, the unit template, .env, free disk, and what the ingress and the bridge have now. Nothing is changed.</source>
        <translation>Speicherbudget, nginx, die Unit-Vorlage, .env, freier Speicherplatz und der jetzige Stand von Ingress und Bridge. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Enable and start the workers, wait for their sockets, set the worker count in .env and wait until the health endpoint reports it.</source>
        <translation>Die Worker aktivieren und starten, auf ihre Sockets warten, die Worker-Anzahl in .env setzen und warten, bis der Health-Endpunkt sie meldet.</translation>
    </message>
    <message>
        <source>Write the upstream (max_conns=1 fail_timeout=10, zone) and the 429-retry routes, nginx -t, reload and check that the reload took.</source>
        <translation>Den Upstream (max_conns=1 fail_timeout=10, zone) und die 429-Retry-Routen schreiben, nginx -t, Reload und prüfen, dass der Reload wirksam wurde.</translation>
    </message>
    <message>
        <source>Run add-fleet.sh on the ingress (it validates with haproxy -c, reloads and rolls back by itself if the new backend does not come UP), then confirm UP on the admin socket.</source>
        <translation>add-fleet.sh auf dem Ingress ausführen (es prüft mit haproxy -c, lädt neu und rollt selbst zurück, wenn das neue Backend nicht UP wird), dann UP am Admin-Socket bestätigen.</translation>
    </message>
    <message>
        <source>Add the server to the bridge&apos;s fleet list (the token comes from the environment and is never shown) and confirm the bridge&apos;s pick sees it.</source>
        <translation>Den Server zur Flottenliste der Bridge hinzufügen (das Token kommt aus der Umgebung und wird nie angezeigt) und bestätigen, dass die Auswahl der Bridge ihn sieht.</translation>
    </message>
    <message>
        <source>A test call to the new fleet&apos;s nginx, then calls through the ingress until one reaches the new fleet; the summary and the audit record.</source>
        <translation>Ein Testanruf an das nginx der neuen Flotte, dann Anrufe über den Ingress, bis einer die neue Flotte erreicht; die Zusammenfassung und der Audit-Eintrag.</translation>
    </message>
    <message>
        <source>&amp;Apply this step</source>
        <translation>Diesen Schritt &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Roll &amp;back everything</source>
        <translation>Alles &amp;zurückrollen</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the host&apos;s: &amp;trust it</source>
        <translation>Ich habe diesen Fingerabdruck mit dem des Hosts verglichen: ihm &amp;vertrauen</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Rollback läuft…</translation>
    </message>
    <message>
        <source>Review what this step will do, then apply it.</source>
        <translation>Prüfen, was dieser Schritt tun wird, dann ihn anwenden.</translation>
    </message>
    <message>
        <source>⏳ %1 …</source>
        <translation>⏳ %1 …</translation>
    </message>
    <message>
        <source>I compared %1 with the host&apos;s: &amp;trust it</source>
        <translation>Ich habe %1 mit dem des Hosts verglichen: ihm &amp;vertrauen</translation>
    </message>
    <message>
        <source>Rolled back: every completed change was undone. Close the wizard.</source>
        <translation>Zurückgerollt: jede abgeschlossene Änderung wurde rückgängig gemacht. Den Assistenten schließen.</translation>
    </message>
    <message>
        <source>The rollback did NOT complete: check the output and the host by hand.</source>
        <translation>Das Rollback wurde NICHT abgeschlossen: die Ausgabe und den Host von Hand prüfen.</translation>
    </message>
    <message>
        <source>Host %1: not connected yet.</source>
        <translation>Host %1: noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Host %1
Host key: %2
%3</source>
        <translation>Host %1
Host-Schlüssel: %2
%3</translation>
    </message>
    <message>
        <source>trusted and saved to known_hosts</source>
        <translation>vertraut und in known_hosts gespeichert</translation>
    </message>
    <message>
        <source>not trusted yet</source>
        <translation>noch nicht vertraut</translation>
    </message>
    <message>
        <source>    fix: %1
</source>
        <translation>    Abhilfe: %1
</translation>
    </message>
    <message>
        <source>On %1: %2

It will add:
%3

%4</source>
        <translation>Auf %1: %2

Es wird hinzugefügt:
%3

%4</translation>
    </message>
    <message>
        <source>Add %1 to the bridge&apos;s fleet list:

%2</source>
        <translation>%1 zur Flottenliste der Bridge hinzufügen:

%2</translation>
    </message>
    <message>
        <source>(already in the list)</source>
        <translation>(bereits in der Liste)</translation>
    </message>
    <message>
        <source>
Advisory: %1</source>
        <translation>
Hinweis: %1</translation>
    </message>
    <message>
        <source>

Add this entry to the inventory&apos;s servers[]:
%1</source>
        <translation>

Diesen Eintrag zu servers[] des Inventars hinzufügen:
%1</translation>
    </message>
    <message>
        <source>Undone by the rollback.</source>
        <translation>Durch das Rollback rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AddFleetWizard</name>
    <message>
        <source>Add a fleet server</source>
        <translation>Einen Flottenserver hinzufügen</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AddWorkersForm</name>
    <message>
        <source>Memory budget</source>
        <translation>Speicherbudget</translation>
    </message>
    <message>
        <source>&amp;Allow over budget (I have checked this server&apos;s memory)</source>
        <translation>Über&amp;schreiten des Budgets erlauben (ich habe den Speicher dieses Servers geprüft)</translation>
    </message>
    <message>
        <source>Add workers — %1</source>
        <translation>Worker hinzufügen — %1</translation>
    </message>
    <message>
        <source>%1 × %2 MB = %3 MB of %4 MB</source>
        <translation>%1 × %2 MB = %3 MB von %4 MB</translation>
    </message>
    <message>
        <source>%1 — over budget; safe maximum %2</source>
        <translation>%1 — über dem Budget; sicheres Maximum %2</translation>
    </message>
    <message>
        <source>%1 — within budget; safe maximum %2</source>
        <translation>%1 — im Budget; sicheres Maximum %2</translation>
    </message>
    <message>
        <source>The new count must be above the current %1.</source>
        <translation>Die neue Anzahl muss über der aktuellen (%1) liegen.</translation>
    </message>
    <message>
        <source>%1 — the safe maximum (the budget rounded to the nearest worker)</source>
        <translation>%1 — das sichere Maximum (das Budget, auf den nächsten Worker gerundet)</translation>
    </message>
    <message>
        <source>Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count</source>
        <translation>Durchgezogene Linie: das Budget, %1 % des RAM (%2 MB); gestrichelt: die sichere Anzahl</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>✓ No alerts</source>
        <translation>✓ Keine Alarme</translation>
    </message>
    <message>
        <source>Alerts — %1 critical, %2 warning</source>
        <translation>Alarme — kritisch: %1, Warnungen: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AuditDock</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Select an action to see its diffs and output.</source>
        <translation>Eine Aktion auswählen, um ihre Diffs und Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Das Audit-Log %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Started %1 by %2 on %3</source>
        <translation>Gestartet %1 von %2 auf %3</translation>
    </message>
    <message>
        <source>Result: %1 · calls dropped: %2</source>
        <translation>Ergebnis: %1 · abgebrochene Anrufe: %2</translation>
    </message>
    <message>
        <source>No outcome recorded (still running, or the console stopped mid-change).</source>
        <translation>Kein Ergebnis aufgezeichnet (läuft noch, oder die Konsole wurde mitten in der Änderung beendet).</translation>
    </message>
    <message>
        <source>Diffs:</source>
        <translation>Diffs:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::AuditTableModel</name>
    <message>
        <source>… unfinished</source>
        <translation>… unvollendet</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>↶ rolled back</source>
        <translation>↶ zurückgerollt</translation>
    </message>
    <message>
        <source>↶ cancelled</source>
        <translation>↶ abgebrochen</translation>
    </message>
    <message>
        <source>✗ stale plan</source>
        <translation>✗ veralteter Plan</translation>
    </message>
    <message>
        <source>✗ refused</source>
        <translation>✗ abgelehnt</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Calls dropped</source>
        <translation>Abgebrochene Anrufe</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation>Unbekannter Host-Schlüssel — %1</translation>
    </message>
    <message>
        <source>The SSH host key of &lt;b&gt;%1&lt;/b&gt; (port %2) is not in the known hosts file. Fleetdeck has not sent anything to it yet.</source>
        <translation>Der SSH-Host-Schlüssel von &lt;b&gt;%1&lt;/b&gt; (Port %2) steht nicht in der known_hosts-Datei. Fleetdeck hat noch nichts an den Host gesendet.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server&apos;s administrator reads to you from the server itself (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;), over another channel. Trust it only if every character matches: it is then saved to the known hosts file and checked on every later connection.</source>
        <translation>Diesen Fingerabdruck mit dem vergleichen, den die Administration des Servers Ihnen über einen anderen Kanal vom Server selbst vorliest (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt;). Nur vertrauen, wenn jedes Zeichen übereinstimmt: er wird dann in der known_hosts-Datei gespeichert und bei jeder späteren Verbindung geprüft.</translation>
    </message>
    <message>
        <source>&amp;Trust and save</source>
        <translation>&amp;Vertrauen und speichern</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::MainWindow</name>
    <message>
        <source>Fleetdeck</source>
        <translation>Fleetdeck</translation>
    </message>
    <message>
        <source>Fleetdeck — %1</source>
        <translation>Fleetdeck — %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Filter servers (Ctrl+F)</source>
        <translation>Server filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Server page</source>
        <translation>&amp;Serverseite</translation>
    </message>
    <message>
        <source>&amp;Filter servers</source>
        <translation>Server &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>Fleet &amp;tree</source>
        <translation>Flotten&amp;baum</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; No alerts</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; Keine Alarme</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; critical &amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;%5&lt;/span&gt; &lt;b&gt;%6&lt;/b&gt; warning</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; Kritisch: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;%5&lt;/span&gt; Warnungen: &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ctrl+L shows the alerts</source>
        <translation>Strg+L zeigt die Alarme</translation>
    </message>
    <message>
        <source>%1 of %2 servers reporting · polling every %3 s</source>
        <translation>%1 von %2 Servern melden · Abfrage alle %3 s</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Fleetdeck</source>
        <translation>&amp;Über Fleetdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>A&amp;udit-Log</translation>
    </message>
    <message>
        <source>Add workers…</source>
        <translation>Worker hinzufügen…</translation>
    </message>
    <message>
        <source>Remove workers…</source>
        <translation>Worker entfernen…</translation>
    </message>
    <message>
        <source>Rolling restart…</source>
        <translation>Rollierender Neustart…</translation>
    </message>
    <message>
        <source>Rolling restart of zone %1…</source>
        <translation>Rollierender Neustart der Zone %1…</translation>
    </message>
    <message>
        <source>Add a &amp;fleet…</source>
        <translation>Flotte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Onboard a new fleet server: trust, preflight, workers, nginx, ingress, bridge, verify</source>
        <translation>Einen neuen Flottenserver aufnehmen: Vertrauen, Vorabprüfung, Worker, nginx, Ingress, Bridge, Prüfung</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::OccupancyGrid</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>Worker %1 · %2</source>
        <translation>Worker %1 · %2</translation>
    </message>
    <message>
        <source>State: %1 %2</source>
        <translation>Zustand: %1 %2</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>Since: %1 UTC (%2 ago)</source>
        <translation>Seit: %1 UTC (vor %2)</translation>
    </message>
    <message>
        <source>Worker %1: %2</source>
        <translation>Worker %1: %2</translation>
    </message>
    <message>
        <source>, call %1</source>
        <translation>, Anruf %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s): </source>
        <translation>
            <numerusform>%n Worker: </numerusform>
            <numerusform>%n Worker: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 busy, %2 idle, %3 starting, %4 draining, %5 down</source>
        <translation>%1 belegt, %2 frei, %3 startend, %4 im Drain, %5 ausgefallen</translation>
    </message>
    <message>
        <source>, restarting</source>
        <translation>, Neustart läuft</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>Neustart</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::OverviewPage</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Gesamte Flotte</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>%1: channels in use (now %2 of %3)</source>
        <translation>%1: belegte Kanäle (jetzt %2 von %3)</translation>
    </message>
    <message>
        <source>%1: calls per second (now %2)</source>
        <translation>%1: Anrufe pro Sekunde (jetzt %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free)</source>
        <translation>
            <numerusform>%1 (%n frei)</numerusform>
            <numerusform>%1 (%n frei)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 / %2&lt;/b&gt; channels in use (%3 %) &amp;nbsp;·&amp;nbsp; &lt;b&gt;%4&lt;/b&gt; CPS &amp;nbsp;·&amp;nbsp; %5 of %6 servers reporting &amp;nbsp;·&amp;nbsp; next outbound call → &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 / %2&lt;/b&gt; Kanäle belegt (%3 %) &amp;nbsp;·&amp;nbsp; &lt;b&gt;%4&lt;/b&gt; CPS &amp;nbsp;·&amp;nbsp; %5 von %6 Servern melden &amp;nbsp;·&amp;nbsp; nächster ausgehender Anruf → &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::PassphraseDialog</name>
    <message>
        <source>SSH key passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Fleetdeck needs the passphrase of this SSH private key to connect:</source>
        <translation>Fleetdeck braucht die Passphrase dieses privaten SSH-Schlüssels, um sich zu verbinden:</translation>
    </message>
    <message>
        <source>Wrong passphrase, try again (attempt %1).</source>
        <translation>Falsche Passphrase, bitte noch einmal versuchen (Versuch %1).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Remember in the desktop keychain</source>
        <translation>Im Desktop-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Fleetdeck keeps the passphrase in memory until it quits. To remember it in the desktop keychain, turn that on in Settings › Changes and SSH. It is never written to a file.</source>
        <translation>Fleetdeck behält die Passphrase im Arbeitsspeicher, bis es beendet wird. Um sie im Desktop-Schlüsselbund zu speichern, schalten Sie das unter Einstellungen › Änderungen und SSH ein. Sie wird nie in eine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::PlanPreview</name>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not in the inventory.</source>
        <translation>%1 ist nicht im Inventar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::PlanPreviewWidget</name>
    <message>
        <source>Changes to files</source>
        <translation>Änderungen an Dateien</translation>
    </message>
    <message>
        <source>Steps and commands</source>
        <translation>Schritte und Befehle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress would be dropped</source>
        <translation>
            <numerusform>%n laufender Anruf würde abgebrochen</numerusform>
            <numerusform>%n laufende Anrufe würden abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source># %1 (%2): %3</source>
        <translation># %1 (%2): %3</translation>
    </message>
    <message>
        <source># every step, in order:</source>
        <translation># jeder Schritt, der Reihe nach:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n Schritt</numerusform>
            <numerusform>%1 · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>No file changes.</source>
        <translation>Keine Dateiänderungen.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::PlanProgressWidget</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Command output appears here as it arrives.</source>
        <translation>Die Ausgabe der Befehle erscheint hier, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>○ pending</source>
        <translation>○ ausstehend</translation>
    </message>
    <message>
        <source>◔ running</source>
        <translation>◔ läuft</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>↶ rolled back</source>
        <translation>↶ zurückgerollt</translation>
    </message>
    <message>
        <source>– not run</source>
        <translation>– nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>=== %1</source>
        <translation>=== %1</translation>
    </message>
    <message>
        <source>    FAILED: %1</source>
        <translation>    FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Calls dropped: %1.</source>
        <translation>Abgebrochene Anrufe: %1.</translation>
    </message>
    <message>
        <source>✓ Done. %1 %2</source>
        <translation>✓ Fertig. %1 %2</translation>
    </message>
    <message>
        <source>↶ Cancelled and rolled back. %1 %2</source>
        <translation>↶ Abgebrochen und zurückgerollt. %1 %2</translation>
    </message>
    <message>
        <source>↶ Rolled back. %1 %2</source>
        <translation>↶ Zurückgerollt. %1 %2</translation>
    </message>
    <message>
        <source>✗ %1 %2</source>
        <translation>✗ %1 %2</translation>
    </message>
    <message>
        <source>Cancelling: stopping at the next safe point, then rolling back what was changed…</source>
        <translation>Abbruch: Halt am nächsten sicheren Punkt, dann wird Geändertes zurückgerollt…</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>Vergangen %1:%2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::RangeSelector</name>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>Last five minutes, one point per second</source>
        <translation>Letzte fünf Minuten, ein Punkt pro Sekunde</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Last 24 hours, 10-second buckets</source>
        <translation>Letzte 24 Stunden, in 10-Sekunden-Intervallen</translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation>An Daten anpassen</translation>
    </message>
    <message>
        <source>Scale the value axis to the data instead of the capacity (the capacity and target lines may then be above the chart; their values stay in the legend)</source>
        <translation>Die Werteachse an die Daten statt an die Kapazität anpassen (Kapazitäts- und Ziellinie liegen dann eventuell oberhalb des Diagramms; ihre Werte bleiben in der Legende)</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::RemoveWorkersForm</name>
    <message>
        <source>Calls in progress</source>
        <translation>Laufende Anrufe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for the calls on the removed workers to end</source>
        <translation>Wie lange auf das Ende der Anrufe auf den entfernten Workern gewartet wird</translation>
    </message>
    <message>
        <source>&amp;Drain timeout</source>
        <translation>&amp;Drain-Zeitlimit</translation>
    </message>
    <message>
        <source>&amp;Force: stop them anyway after the timeout (drops their calls)</source>
        <translation>&amp;Erzwingen: nach dem Zeitlimit trotzdem stoppen (bricht ihre Anrufe ab)</translation>
    </message>
    <message>
        <source>Remove workers — %1</source>
        <translation>Worker entfernen — %1</translation>
    </message>
    <message>
        <source>not known (no health report yet)</source>
        <translation>nicht bekannt (noch kein Health-Bericht)</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <source>workers %1–%2</source>
        <translation>Worker %1–%2</translation>
    </message>
    <message>
        <source>none on %1 (the ones removed)</source>
        <translation>keine auf %1 (den entfernten)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) on %1 (the ones removed): they are waited for</source>
        <translation>
            <numerusform>%n Anruf auf %1 (den entfernten): auf ihn wird gewartet</numerusform>
            <numerusform>%n Anrufe auf %1 (den entfernten): auf sie wird gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source>The new count must be below the current %1.</source>
        <translation>Die neue Anzahl muss unter der aktuellen (%1) liegen.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::RestartForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Drain (no call dropped)</source>
        <translation>&amp;Drain (kein Anruf wird abgebrochen)</translation>
    </message>
    <message>
        <source>&amp;Immediate (drops calls)</source>
        <translation>&amp;Sofort (bricht Anrufe ab)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Pause between workers</source>
        <translation>&amp;Pause zwischen Workern</translation>
    </message>
    <message>
        <source>Each worker is taken out of nginx, its call is waited for, then it restarts and goes back in. One worker down at a time.</source>
        <translation>Jeder Worker wird aus nginx genommen, sein Anruf wird abgewartet, dann startet er neu und wird wieder aufgenommen. Immer nur ein Worker ist außer Betrieb.</translation>
    </message>
    <message>
        <source>The seed&apos;s loop: each worker restarts at once and its call, if any, is dropped. The drops are counted and reported.</source>
        <translation>Die Schleife der Vorlage: jeder Worker startet sofort neu, ein laufender Anruf wird abgebrochen. Die Abbrüche werden gezählt und gemeldet.</translation>
    </message>
    <message>
        <source>Rolling restart — %1</source>
        <translation>Rollierender Neustart — %1</translation>
    </message>
    <message numerus="yes">
        <source>Rolling restart — %n server(s)</source>
        <translation>
            <numerusform>Rollierender Neustart — %n Server</numerusform>
            <numerusform>Rollierender Neustart — %n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one server.</source>
        <translation>Mindestens einen Server ankreuzen.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::ServerPage</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Add workers…</source>
        <translation>Worker hinzufügen…</translation>
    </message>
    <message>
        <source>Remove workers…</source>
        <translation>Worker entfernen…</translation>
    </message>
    <message>
        <source>Rolling restart…</source>
        <translation>Rollierender Neustart…</translation>
    </message>
    <message>
        <source>Check drift</source>
        <translation>Drift prüfen</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>   · busy: the call&apos;s duration</source>
        <translation>   · belegt: die Dauer des Anrufs</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Memory budget for idle workers</source>
        <translation>Speicherbudget für freie Worker</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Drift: units, nginx upstream, .env and health</source>
        <translation>Drift: Units, nginx-Upstream, .env und Health</translation>
    </message>
    <message>
        <source>Not read yet — read it with Check drift.</source>
        <translation>Noch nicht gelesen — mit „Drift prüfen“ lesen.</translation>
    </message>
    <message>
        <source>Compare units, sockets, the nginx upstream, .env and health</source>
        <translation>Units, Sockets, den nginx-Upstream, .env und Health vergleichen</translation>
    </message>
    <message>
        <source>✓ Consistent: units, upstream, .env and health agree.</source>
        <translation>✓ Stimmig: Units, Upstream, .env und Health stimmen überein.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Nicht gelesen: %1.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>%1 · zone %2 · service %3 · limits %4 ch, %5 CPS</source>
        <translation>%1 · Zone %2 · Dienst %3 · Limits %4 Kan., %5 CPS</translation>
    </message>
    <message>
        <source>%1 / %2 busy (%3 %) · %4 idle · %5 starting · %6 down · %7 CPS</source>
        <translation>%1 / %2 belegt (%3 %) · %4 frei · %5 startend · %6 aus · %7 CPS</translation>
    </message>
    <message>
        <source>Waiting for the first health report…</source>
        <translation>Warte auf den ersten Health-Bericht…</translation>
    </message>
    <message>
        <source>No health data: %1</source>
        <translation>Keine Health-Daten: %1</translation>
    </message>
    <message>
        <source>%1: channels in use (now %2 of %3)</source>
        <translation>%1: belegte Kanäle (jetzt %2 von %3)</translation>
    </message>
    <message>
        <source>%1: channels in use</source>
        <translation>%1: belegte Kanäle</translation>
    </message>
    <message>
        <source>%1: calls per second (now %2)</source>
        <translation>%1: Anrufe pro Sekunde (jetzt %2)</translation>
    </message>
    <message>
        <source>%1: calls per second</source>
        <translation>%1: Anrufe pro Sekunde</translation>
    </message>
    <message>
        <source>%1 of %2 MB used (%3 %)</source>
        <translation>%1 von %2 MB belegt (%3 %)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>✗ Over the safe count of %n worker(s): remove workers or add RAM</source>
        <translation>
            <numerusform>✗ Über der sicheren Anzahl von %n Worker: Worker entfernen oder RAM hinzufügen</numerusform>
            <numerusform>✗ Über der sicheren Anzahl von %n Workern: Worker entfernen oder RAM hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ At the safe count (%1): the budget rounded to the nearest worker</source>
        <translation>✓ Bei der sicheren Anzahl (%1): das Budget, auf den nächsten Worker gerundet</translation>
    </message>
    <message numerus="yes">
        <source>✓ Room for %n more worker(s) (safe count %1)</source>
        <translation>
            <numerusform>✓ Platz für %n weiteren Worker (sichere Anzahl %1)</numerusform>
            <numerusform>✓ Platz für %n weitere Worker (sichere Anzahl %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes need SSH access (start the console with an inventory)</source>
        <translation>Änderungen brauchen SSH-Zugang (die Konsole mit einem Inventar starten)</translation>
    </message>
    <message numerus="yes">
        <source>Worker count not known yet. Budget %1 MB (%2 % of %3 MB RAM): safe count %n worker(s) of %4 MB</source>
        <translation>
            <numerusform>Worker-Anzahl noch nicht bekannt. Budget %1 MB (%2 % von %3 MB RAM): sichere Anzahl %n Worker zu %4 MB</numerusform>
            <numerusform>Worker-Anzahl noch nicht bekannt. Budget %1 MB (%2 % von %3 MB RAM): sichere Anzahl %n Worker zu je %4 MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count, %n worker(s)</source>
        <translation>
            <numerusform>Durchgezogene Linie: das Budget, %1 % des RAM (%2 MB); gestrichelt: die sichere Anzahl, %n Worker</numerusform>
            <numerusform>Durchgezogene Linie: das Budget, %1 % des RAM (%2 MB); gestrichelt: die sichere Anzahl, %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 workers × %2 MB = %3 MB of %4 MB (%5 % of %6 MB RAM)</source>
        <translation>%1 Worker × %2 MB = %3 MB von %4 MB (%5 % von %6 MB RAM)</translation>
    </message>
    <message>
        <source>Needs SSH access (start the console with an inventory)</source>
        <translation>Braucht SSH-Zugang (die Konsole mit einem Inventar starten)</translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>Gelesen um %1.</translation>
    </message>
    <message>
        <source>✗ Could not read the server: %1</source>
        <translation>✗ Der Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading units, the nginx upstream, .env and health…</source>
        <translation>Units, nginx-Upstream, .env und Health werden gelesen…</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::SettingsDialog</name>
    <message>
        <source>Fleetdeck settings</source>
        <translation>Fleetdeck-Einstellungen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> polls</source>
        <translation> Abfragen</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Überwachung</translation>
    </message>
    <message>
        <source>&amp;Changes and SSH</source>
        <translation>&amp;Änderungen und SSH</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Poll every</source>
        <translation>&amp;Abfrage alle</translation>
    </message>
    <message>
        <source>Utilization &amp;warning at</source>
        <translation>&amp;Warnung bei Auslastung</translation>
    </message>
    <message>
        <source>Utilization c&amp;ritical at</source>
        <translation>&amp;Kritisch bei Auslastung</translation>
    </message>
    <message>
        <source>&amp;Stale after</source>
        <translation>&amp;Veraltet nach</translation>
    </message>
    <message>
        <source>&amp;Unreachable after</source>
        <translation>&amp;Unerreichbar nach</translation>
    </message>
    <message>
        <source>Rolling restart defaults</source>
        <translation>Vorgaben für rollierende Neustarts</translation>
    </message>
    <message>
        <source>Drain (no call dropped)</source>
        <translation>Drain (kein Anruf wird abgebrochen)</translation>
    </message>
    <message>
        <source>Immediate (drops calls)</source>
        <translation>Sofort (bricht Anrufe ab)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Restart &amp;mode</source>
        <translation>Neustart-&amp;Modus</translation>
    </message>
    <message>
        <source>Pause &amp;between workers</source>
        <translation>&amp;Pause zwischen Workern</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the known_hosts file</source>
        <translation>known_hosts-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;known_hosts file</source>
        <translation>&amp;known_hosts-Datei</translation>
    </message>
    <message>
        <source>Remember SSH key &amp;passphrases in the desktop keychain</source>
        <translation>Passphrasen der SSH-Schlüssel im Desktop-Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time Fleetdeck starts. System follows the desktop&apos;s language (LANG).</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Fleetdeck. „System“ folgt der Sprache des Desktops (LANG).</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts-Datei</translation>
    </message>
    <message>
        <source>A server&apos;s own known_hosts entry in the inventory wins. Passphrases are never written to a file: without the keychain, a passphrase you type is kept in memory until Fleetdeck quits. Applies to the next connection.</source>
        <translation>Ein eigener known_hosts-Eintrag eines Servers im Inventar hat Vorrang. Passphrasen werden nie in eine Datei geschrieben: ohne Schlüsselbund bleibt eine eingegebene Passphrase im Arbeitsspeicher, bis Fleetdeck beendet wird. Gilt ab der nächsten Verbindung.</translation>
    </message>
    <message>
        <source> % of RAM</source>
        <translation> % des RAM</translation>
    </message>
    <message>
        <source>RAM kept free for calls; idle workers may use the rest. At 50 %, 16 workers of 260 MB fit a server with 8 GB.</source>
        <translation>Für Anrufe frei gehaltener Arbeitsspeicher; ruhende Worker dürfen den Rest belegen. Bei 50 % passen 16 Worker zu 260 MB auf einen Server mit 8 GB.</translation>
    </message>
    <message>
        <source>&amp;Memory headroom for calls</source>
        <translation>&amp;Speicherreserve für Anrufe</translation>
    </message>
    <message>
        <source>The carrier guide&apos;s policy is to run servers at 50 % of capacity at most. The memory headroom sets each server&apos;s budget for idle workers (the memory bar, the safe count, add-workers refusals, in the console and fleetdeckctl); it applies at the next start.</source>
        <translation>Laut Richtlinie des Carrier-Leitfadens laufen Server mit höchstens 50 % ihrer Kapazität. Die Speicherreserve bestimmt das Budget jedes Servers für ruhende Worker (Speicherbalken, sichere Anzahl, Ablehnung von „Worker hinzufügen“, in der Konsole und in fleetdeckctl); sie gilt ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::StatusStyle</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unerreichbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::TimeSeriesChart</name>
    <message>
        <source>Capacity (%1)</source>
        <translation>Kapazität (%1)</translation>
    </message>
    <message>
        <source>%1 % target (%2)</source>
        <translation>Ziel %1 % (%2)</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <source>%1 % target %2</source>
        <translation>Ziel %1 %: %2</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::TrafficCharts</name>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>calls / s</source>
        <translation>Anrufe / s</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WallHeatmap</name>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>down</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WallWindow</name>
    <message>
        <source>Fleetdeck wall</source>
        <translation>Fleetdeck-Wand</translation>
    </message>
    <message>
        <source>Channels in use — whole fleet</source>
        <translation>Belegte Kanäle — gesamte Flotte</translation>
    </message>
    <message>
        <source>Calls per second — whole fleet</source>
        <translation>Anrufe pro Sekunde — gesamte Flotte</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>%1 / %2 channels · %3 % · %4 CPS</source>
        <translation>%1 / %2 Kanäle · %3 % · %4 CPS</translation>
    </message>
    <message>
        <source>NO DATA — waiting for the first health report</source>
        <translation>KEINE DATEN — warte auf den ersten Health-Bericht</translation>
    </message>
    <message>
        <source>STALE — last update %1</source>
        <translation>VERALTET — letzte Aktualisierung %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n critical</source>
        <translation>
            <numerusform>⚠ %n kritisch</numerusform>
            <numerusform>⚠ %n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %n warning(s)</source>
        <translation>
            <numerusform>▲ %n Warnung</numerusform>
            <numerusform>▲ %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WallZonePanel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>channels in use / workers</source>
        <translation>belegte Kanäle / Worker</translation>
    </message>
    <message>
        <source>✓ can lose its largest server</source>
        <translation>✓ kann ihren größten Server verlieren</translation>
    </message>
    <message>
        <source>✕ cannot lose its largest server</source>
        <translation>✕ kann ihren größten Server nicht verlieren</translation>
    </message>
    <message>
        <source>%1 % of capacity (target ≤ 50 %)
%2 CPS · %3 of %4 servers reporting
%5</source>
        <translation>%1 % der Kapazität (Ziel ≤ 50 %)
%2 CPS · %3 von %4 Servern melden
%5</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WorkerCountForm</name>
    <message numerus="yes">
        <source>%1 · now %n worker(s)</source>
        <translation>
            <numerusform>%1 · jetzt %n Worker</numerusform>
            <numerusform>%1 · jetzt %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · worker count not reported yet</source>
        <translation>%1 · Worker-Anzahl noch nicht gemeldet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> Worker</translation>
    </message>
    <message>
        <source>New worker &amp;count</source>
        <translation>Neue Worker-&amp;Anzahl</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::WorkerStyle</name>
    <message>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>down</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>fleetdeck::ui::ZoneTile</name>
    <message>
        <source>Zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation>CPS</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%1 / %2 in use · limit %3</source>
        <translation>%1 / %2 belegt · Limit %3</translation>
    </message>
    <message>
        <source>%1 of %2 allowed</source>
        <translation>%1 von %2 erlaubt</translation>
    </message>
    <message>
        <source>%1 % of the zone&apos;s workers busy; the dashed line is the %2 % target</source>
        <translation>%1 % der Worker der Zone belegt; die gestrichelte Linie ist das Ziel von %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Next outbound call → %1 (%n free)</source>
        <translation>
            <numerusform>Nächster ausgehender Anruf → %1 (%n frei)</numerusform>
            <numerusform>Nächster ausgehender Anruf → %1 (%n frei)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next outbound call → none: no server with a free worker</source>
        <translation>Nächster ausgehender Anruf → keiner: kein Server mit freiem Worker</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n server(s) reporting</source>
        <translation>
            <numerusform>%1: %2 von %n Server meldet</numerusform>
            <numerusform>%1: %2 von %n Servern melden</numerusform>
        </translation>
    </message>
    <message>
        <source>No servers in this zone</source>
        <translation>Keine Server in dieser Zone</translation>
    </message>
    <message>
        <source>Per-server limits %1 ch, %2 CPS</source>
        <translation>Limits je Server %1 Kan., %2 CPS</translation>
    </message>
    <message>
        <source>: all within</source>
        <translation>: alle eingehalten</translation>
    </message>
    <message>
        <source>: over on %1</source>
        <translation>: überschritten auf %1</translation>
    </message>
    <message>
        <source>✗ No server reporting: cannot judge failover</source>
        <translation>✗ Kein Server meldet: Ausfallsicherheit nicht beurteilbar</translation>
    </message>
    <message>
        <source>✗ Single server: losing it drops every call in the zone</source>
        <translation>✗ Einziger Server: sein Ausfall bricht jeden Anruf der Zone ab</translation>
    </message>
    <message>
        <source>✗ Only one server reporting: losing it drops every call in the zone</source>
        <translation>✗ Nur ein Server meldet: sein Ausfall bricht jeden Anruf der Zone ab</translation>
    </message>
    <message numerus="yes">
        <source>✓ Can lose %1 (its largest server): the other %2 workers hold the %n call(s) in progress</source>
        <translation>
            <numerusform>✓ Kann %1 verlieren (ihren größten Server): die übrigen %2 Worker tragen den %n laufenden Anruf</numerusform>
            <numerusform>✓ Kann %1 verlieren (ihren größten Server): die übrigen %2 Worker tragen die %n laufenden Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✗ Cannot lose %1: the other %2 workers cannot hold the %n call(s) in progress</source>
        <translation>
            <numerusform>✗ Kann %1 nicht verlieren: die übrigen %2 Worker können den %n laufenden Anruf nicht tragen</numerusform>
            <numerusform>✗ Kann %1 nicht verlieren: die übrigen %2 Worker können die %n laufenden Anrufe nicht tragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Zustand: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 channels in use (limit %3).</source>
        <translation>%1 von %2 Kanälen belegt (Limit %3).</translation>
    </message>
    <message>
        <source>Utilization %1 % (target %2 %).</source>
        <translation>Auslastung %1 % (Ziel %2 %).</translation>
    </message>
</context>
<context>
    <name>fleetdeckctl</name>
    <message>
        <source>Try &apos;fleetdeckctl --help&apos;.</source>
        <translation>„fleetdeckctl --help“ zeigt die Hilfe.</translation>
    </message>
    <message>
        <source>Fleetdeck from a terminal: the state of a voice-call fleet, and changes to it planned, reviewed and applied over SSH.</source>
        <translation>Fleetdeck im Terminal: der Zustand einer Sprachanruf-Flotte und Änderungen daran, über SSH geplant, geprüft und angewendet.</translation>
    </message>
    <message>
        <source>Inventory file (default: $FLEETDECK_INVENTORY or ~/.config/fleetdeck/inventory.json).</source>
        <translation>Inventardatei (Standard: $FLEETDECK_INVENTORY oder ~/.config/fleetdeck/inventory.json).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>status: milliseconds between the two polls CPS is measured over (0: one poll, no CPS).</source>
        <translation>status: Millisekunden zwischen den beiden Abfragen, über die CPS gemessen wird (0: eine Abfrage, keine CPS).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>audit: how many actions to list.</source>
        <translation>audit: wie viele Aktionen aufgelistet werden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>audit: one action in full, with its diffs and output.</source>
        <translation>audit: eine Aktion vollständig, mit ihren Diffs und ihrer Ausgabe.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>usage: fleetdeckctl audit [--limit N] [--show ID] [--json]</source>
        <translation>Aufruf: fleetdeckctl audit [--limit N] [--show ID] [--json]</translation>
    </message>
    <message>
        <source>--show takes an action id</source>
        <translation>--show nimmt eine Aktions-ID</translation>
    </message>
    <message>
        <source>fleetdeckctl: invalid inventory %1:</source>
        <translation>fleetdeckctl: ungültiges Inventar %1:</translation>
    </message>
    <message>
        <source>status takes no arguments</source>
        <translation>status nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--window must be 0..60000</source>
        <translation>--window muss 0..60000 sein</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Never ask on the terminal (scripts, cron): the passphrase of an encrypted SSH key is not asked for, so such a key must be in ssh-agent (ssh-add; SSH_AUTH_SOCK set). Without it, plan and apply ask on /dev/tty, echo off, when there is one.</source>
        <translation>Nie am Terminal fragen (Skripte, cron): Die Passphrase eines verschlüsselten SSH-Schlüssels wird nicht erfragt, ein solcher Schlüssel muss also im ssh-agent sein (ssh-add; SSH_AUTH_SOCK gesetzt). Ohne diese Option fragen plan und apply auf /dev/tty ohne Echo, wenn es eines gibt.</translation>
    </message>
    <message>
        <source>status | drift | plan | apply | audit</source>
        <translation>status | drift | plan | apply | audit</translation>
    </message>
    <message>
        <source>
  status
  drift [SERVER…]                    units, upstream sockets, .env and health agree?
  plan  add-workers SERVER --to N [--allow-over-budget] [--out PLAN.json]
  plan  remove-workers SERVER --to N [--drain-timeout S] [--force] [--out PLAN.json]
  plan  restart SERVER… [--mode drain|immediate] [--pause S] [--out PLAN.json]
  plan  add-fleet --name NAME --host HOST [--zone Z] [--workers N] [--trust-host-key SHA256:…] [--out PLAN.json] […]
  apply add-fleet … --yes            onboard a fleet server end to end
  apply add-fleet --plan PLAN.json   exactly the reviewed add-fleet plan
  apply PLAN.json                    exactly the reviewed plan
  apply ACTION … --yes               plan and apply in one go
  audit [--limit N] [--show ID]

Exit codes: 0 done, 1 failed (rolled back), 2 bad input or usage, 3 refused for safety (memory budget, unknown or changed host key), 4 the remote state changed since the plan was made.</source>
        <translation>
  status
  drift [SERVER…]                    stimmen Units, Upstream-Sockets, .env und Health überein?
  plan  add-workers SERVER --to N [--allow-over-budget] [--out PLAN.json]
  plan  remove-workers SERVER --to N [--drain-timeout S] [--force] [--out PLAN.json]
  plan  restart SERVER… [--mode drain|immediate] [--pause S] [--out PLAN.json]
  plan  add-fleet --name NAME --host HOST [--zone Z] [--workers N] [--trust-host-key SHA256:…] [--out PLAN.json] […]
  apply add-fleet … --yes            einen Flottenserver vollständig aufnehmen
  apply add-fleet --plan PLAN.json   genau den geprüften add-fleet-Plan
  apply PLAN.json                    genau den geprüften Plan
  apply ACTION … --yes               planen und anwenden in einem Schritt
  audit [--limit N] [--show ID]

Exit-Codes: 0 erledigt, 1 fehlgeschlagen (zurückgerollt), 2 ungültige Eingabe oder Aufruf, 3 aus Sicherheitsgründen abgelehnt (Speicherbudget, unbekannter oder geänderter Host-Schlüssel), 4 der entfernte Zustand hat sich seit der Planerstellung geändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for fleets of voice-call workers.</source>
        <translation>Konsole für Flotten von Sprachanruf-Workern.</translation>
    </message>
    <message>
        <source>Inventory file.</source>
        <translation>Inventardatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Health poll interval in milliseconds.</source>
        <translation>Health-Abfrageintervall in Millisekunden.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE, then quit.</source>
        <translation>Ein Bildschirmfoto des Fensters in DATEI speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Millisekunden bis zum Bildschirmfoto.</translation>
    </message>
    <message>
        <source>Window size for the screenshot, e.g. 1400x850.</source>
        <translation>Fenstergröße für das Bildschirmfoto, z. B. 1400x850.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Open the page of this server.</source>
        <translation>Die Seite dieses Servers öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Open the overview of this zone.</source>
        <translation>Die Übersicht dieser Zone öffnen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chart range for this run: 5m, 1h or 24h.</source>
        <translation>Diagrammzeitraum für diesen Lauf: 5m, 1h oder 24h.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>Palette for this run: light or dark.</source>
        <translation>Farbpalette für diesen Lauf: light oder dark.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>DESIGN</translation>
    </message>
    <message>
        <source>Full-screen, read-only wall display.</source>
        <translation>Vollbild-Wandanzeige, nur lesend.</translation>
    </message>
    <message>
        <source>Wall display: the screen to use (0, 1, …).</source>
        <translation>Wandanzeige: der zu verwendende Bildschirm (0, 1, …).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wall display: seconds per page (0: no rotation).</source>
        <translation>Wandanzeige: Sekunden pro Seite (0: kein Wechsel).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Fleetdeck</source>
        <translation>Fleetdeck</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be used:

%2</source>
        <translation>Das Inventar %1 kann nicht verwendet werden:

%2</translation>
    </message>
</context>
</TS>
