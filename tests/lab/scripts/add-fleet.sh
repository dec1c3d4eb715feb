#!/bin/bash
# add-fleet.sh <new-host> [name] — register a fleet server with this WSS ingress.
#
# Clones the LAST server line of the backend (same port and options), with the
# new name and address; backs up the config; validates with `haproxy -c`;
# reloads without downtime (-x admin socket, -sf old pid); waits until the new
# server is UP on the admin socket. If it does not come UP within
# ADD_FLEET_TIMEOUT seconds (default 15), the previous config is restored byte
# for byte and HAProxy reloaded again.
# Exit: 0 added, 1 failed (rolled back), 2 usage / invalid / duplicate.
# (fleetlab copy for lab ingress @NAME@; paths point into its host directory.)
set -u
HOSTDIR=@HOSTDIR@
CFG=${HAPROXY_CFG:-$HOSTDIR/etc/haproxy/haproxy.cfg}
SOCK=${HAPROXY_ADMIN_SOCK:-$HOSTDIR/run/haproxy/admin.sock}
PIDFILE=${HAPROXY_PIDFILE:-$HOSTDIR/run/haproxy.pid}
BACKEND=${HAPROXY_BACKEND:-@BACKEND@}
TIMEOUT=${ADD_FLEET_TIMEOUT:-15}
HAPROXY=/usr/sbin/haproxy
LEDGER=$HOSTDIR/run/ledger

say() { echo "add-fleet: $*"; }
die() { # CODE MESSAGE
    echo "add-fleet: error: $2" >&2
    exit "$1"
}
usage() {
    echo "usage: add-fleet.sh <new-host> [name]" >&2
    echo "  new-host: DNS name or IPv4 address of the fleet server" >&2
    echo "  name:     server name in backend $BACKEND (default: fleet-<host with dots as dashes>)" >&2
    exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
[[ $TIMEOUT =~ ^[0-9]{1,4}$ ]] && [ "$TIMEOUT" -ge 1 ] || die 2 "ADD_FLEET_TIMEOUT must be a number of seconds (got '$TIMEOUT')"
case ${1:-} in -h | --help) usage ;; esac
HOST=$1
NAME=${2:-fleet-${HOST//./-}}

valid_ipv4() {
    local IFS=. o
    [[ $1 =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]] || return 1
    for o in $1; do [ $((10#$o)) -le 255 ] || return 1; done
}
valid_dns() {
    [ ${#1} -le 253 ] || return 1
    [[ $1 =~ ^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$ ]] || return 1
    # an all-numeric dotted name must be a valid IPv4 address
    [[ $1 =~ ^[0-9.]+$ ]] && return 1
    return 0
}
valid_ipv4 "$HOST" || valid_dns "$HOST" || die 2 "invalid host '$HOST': expected a DNS name or an IPv4 address"
[[ $NAME =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$ ]] || die 2 "invalid server name '$NAME'"

[ -r "$CFG" ] || die 1 "cannot read $CFG"
[ -S "$SOCK" ] || die 1 "admin socket $SOCK not found (is HAProxy running?)"

# One add-fleet at a time on this ingress.
exec 9>"$HOSTDIR/run/add-fleet.lock"
flock -w 30 9 || die 1 "another add-fleet.sh is running (lock $HOSTDIR/run/add-fleet.lock)"

# Server lines of the backend: "lineno<TAB>name<TAB>address".
servers=$(awk -v b="$BACKEND" '
    /^[ \t]*(backend|frontend|listen|defaults|global)([ \t]|$)/ { inb = ($1 == "backend" && $2 == b) }
    inb && $1 == "server" { print NR "\t" $2 "\t" $3 }' "$CFG")
[ -n "$servers" ] || die 1 "backend $BACKEND has no server line to clone in $CFG"
while IFS=$'\t' read -r _ sname saddr; do
    [ "$sname" = "$NAME" ] && die 2 "server name $NAME is already in backend $BACKEND"
    [ "${saddr%:*}" = "$HOST" ] && die 2 "$HOST is already in backend $BACKEND (server $sname)"
done <<<"$servers"

last=$(tail -n 1 <<<"$servers")
lastno=${last%%$'\t'*}
lastline=$(sed -n "${lastno}p" "$CFG")
oldname=$(cut -f2 <<<"$last")
oldaddr=$(cut -f3 <<<"$last")
port=
[[ $oldaddr == *:* ]] && port=:${oldaddr##*:}
newline=$(awk -v n="$NAME" -v a="$HOST$port" '{
    match($0, /^[ \t]*/); ind = substr($0, 1, RLENGTH)
    $2 = n; $3 = a; print ind $0 }' <<<"$lastline")
say "backend $BACKEND: cloning last server line ($oldname $oldaddr)"
say "new line: $(sed 's/^[ \t]*//' <<<"$newline")"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
BACKUP=$CFG.bak-$stamp-$$
cp -p "$CFG" "$BACKUP" || die 1 "cannot back up $CFG"
say "backup: $BACKUP"

NEW=$CFG.new-$$
cp -p "$CFG" "$NEW" || die 1 "cannot write $NEW"
awk -v no="$lastno" -v line="$newline" '{ print } NR == no { print line }' "$BACKUP" >"$NEW"
say "validating: $HAPROXY -c -f $NEW"
if ! out=$("$HAPROXY" -c -f "$NEW" 2>&1); then
    echo "$out" | sed 's/^/  /' >&2
    rm -f "$NEW"
    die 1 "new configuration is invalid; $CFG left unchanged"
fi
mv -f "$NEW" "$CFG" || { rm -f "$NEW"; die 1 "cannot replace $CFG"; }
# From here on, any exit that is not a success restores the previous config.
APPLIED=1
trap '[ "${APPLIED:-0}" = 1 ] && { APPLIED=0; rollback "unexpected failure"; }' EXIT

starttime() {
    local s
    s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    s=${s##*) }
    set -- $s
    echo "${20}"
}
reload() { # zero-downtime reload; new pid file
    local old new i
    old=$(cat "$PIDFILE" 2>/dev/null)
    [[ $old =~ ^[0-9]+$ ]] && [ -d "/proc/$old" ] || { echo "add-fleet: error: no running HAProxy in $PIDFILE" >&2; return 1; }
    say "reloading: $HAPROXY -f $CFG -x $SOCK -sf $old"
    setsid "$HAPROXY" -f "$CFG" -x "$SOCK" -sf $old </dev/null >>"$HOSTDIR/var/log/haproxy.log" 2>&1 9>&- || return 1
    for ((i = 0; i < 100; i++)); do
        new=$(cat "$PIDFILE" 2>/dev/null)
        if [ -n "$new" ] && [ "$new" != "$old" ] && [ -d "/proc/$new" ]; then
            echo "$new $(starttime "$new") haproxy" >>"$LEDGER"
            say "HAProxy reloaded (pid $old -> $new)"
            return 0
        fi
        sleep 0.05
    done
    return 1
}
admin() { echo "$1" | socat -t 2 - "unix-connect:$SOCK" 2>/dev/null; }
# prints "<status> <check_status>" of NAME in BACKEND from `show stat`
server_status() {
    admin "show stat" | awk -F, -v b="$BACKEND" -v s="$NAME" '
        NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 == b && $2 == s { print $col["status"] "|" $col["check_status"] "|" $col["last_chk"] }'
}
rollback() { # MESSAGE
    APPLIED=0
    echo "add-fleet: $1" >&2
    say "rolling back: restoring $CFG from $BACKUP"
    cat "$BACKUP" >"$CFG.rb-$$" && chmod --reference="$BACKUP" "$CFG.rb-$$" && mv -f "$CFG.rb-$$" "$CFG"
    if cmp -s "$BACKUP" "$CFG"; then say "config restored byte for byte"; else echo "add-fleet: error: restore of $CFG FAILED" >&2; fi
    reload || echo "add-fleet: error: reload after rollback failed" >&2
    echo "add-fleet: error: $NAME ($HOST$port) was NOT added; $CFG is as before" >&2
    exit 1
}

reload || rollback "reload failed"

say "waiting up to ${TIMEOUT}s for $BACKEND/$NAME to come UP"
deadline=$((SECONDS + TIMEOUT))
last=''
seen_check=0
polls=0
while [ $SECONDS -lt $deadline ] && [ $polls -lt $((TIMEOUT * 8 + 8)) ]; do
    polls=$((polls + 1))
    st=$(server_status)
    if [ -n "$st" ] && [ "$st" != "$last" ]; then
        say "  $BACKEND/$NAME: ${st//|/ }"
        last=$st
    fi
    status=${st%%|*}
    chk=$(cut -d'|' -f2 <<<"$st")
    # HAProxy starts a server as UP before its first check: only an UP after a
    # passing check counts.
    case $chk in L7OK | L6OK | L4OK) seen_check=1 ;; esac
    if [ "$status" = UP ] && [ $seen_check = 1 ]; then
        say "$BACKEND/$NAME is UP: added $NAME ($HOST$port)"
        APPLIED=0
        exit 0
    fi
    if [[ $status == DOWN* ]]; then
        rollback "$BACKEND/$NAME went DOWN (${st//|/ })"
    fi
    sleep 0.25
done
rollback "$BACKEND/$NAME did not come UP within ${TIMEOUT}s (last: ${last//|/ })"
