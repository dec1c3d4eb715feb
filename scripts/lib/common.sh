# Shared by scripts/test and scripts/demo. Sourced, not executed.
# shellcheck shell=bash

FLEETDECK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian 12 packages Fleetdeck needs to build, test and run its lab.
FLEETDECK_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libssh-dev qtkeychain-qt6-dev libdtl-dev
    xvfb xauth openssh-server openssh-client nginx-light haproxy socat openssl
    dbus gnome-keyring desktop-file-utils appstream dpkg-dev file groff-base
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_dependencies() {
    local missing=()
    local pkg
    for pkg in "${FLEETDECK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        log "All ${#FLEETDECK_PACKAGES[@]} Debian packages present"
        return 0
    fi
    log "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build BUILD_DIR [--target T] [extra cmake args...]
configure_and_build() {
    local dir=$1; shift
    local target=()
    if [[ ${1:-} == --target ]]; then target=(--target "$2"); shift 2; fi
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [[ ! -f $dir/build.ninja ]]; then
        log "Configuring $dir"
        cmake -S "$FLEETDECK_ROOT" -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    fi
    log "Building $dir"
    cmake --build "$dir" --parallel "$(nproc)" "${target[@]}"
}
