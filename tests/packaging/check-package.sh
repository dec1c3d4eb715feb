#!/usr/bin/env bash
# CI check for the Linux packaging (ctest label "package"):
#   - desktop-file-validate on the .desktop file, appstreamcli on the metainfo;
#   - builds the .deb with CPack from an already built tree, into a scratch dir;
#   - Depends must name libqt6*, libssh-4 (>= 0.10.6) and the package of every
#     library the binaries link (what dpkg-shlibdeps computes);
#   - extracts the .deb and checks every file is where the desktop expects it,
#     and that the packaged fleetdeckctl runs and prints the package version.
# Usage: check-package.sh SOURCE_DIR BUILD_DIR [CPACK]
set -euo pipefail

app_id=io.github.fleetdeck.Fleetdeck

if (($# < 2)); then
    echo "usage: $0 SOURCE_DIR BUILD_DIR [CPACK]" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
cpack=${3:-cpack}

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

for tool in desktop-file-validate appstreamcli groff dpkg-deb dpkg dpkg-shlibdeps readelf file "$cpack"; do
    command -v "$tool" >/dev/null ||
        die "'$tool' not found (Debian packages: desktop-file-utils appstream groff-base dpkg-dev binutils file cmake)"
done
[[ -f $build/CPackConfig.cmake ]] || die "$build/CPackConfig.cmake missing: configure the build first"
for bin in fleetdeck fleetdeckctl; do
    [[ -x $build/app/$bin/$bin ]] || die "$build/app/$bin/$bin missing: build the fleetdeck and fleetdeckctl targets first"
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fleetdeck-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# --- 1. Metadata validates ---------------------------------------------------
desktop=$src/packaging/linux/$app_id.desktop
metainfo=$src/packaging/linux/$app_id.metainfo.xml
if out=$(desktop-file-validate "$desktop" 2>&1); then
    ok "desktop-file-validate $app_id.desktop${out:+ ($(wc -l <<<"$out") hint(s))}"
else
    fail "desktop-file-validate $desktop:"$'\n'"$out"
fi
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    ok "appstreamcli validate --no-net $app_id.metainfo.xml"
else
    fail "appstreamcli validate --no-net $metainfo:"$'\n'"$out"
fi
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon= is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo: launchable is not $app_id.desktop"
grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo: id is not $app_id"

for page in fleetdeck.1 fleetdeckctl.1; do
    if out=$(groff -ww -z -man "$src/packaging/$page" 2>&1) && [[ -z $out ]]; then
        ok "groff -ww -z -man $page"
    else
        fail "groff warnings in $src/packaging/$page:"$'\n'"$out"
    fi
done

# --- 2. Build the .deb from the build tree ------------------------------------
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    die "cpack -G DEB failed (log above)"
fi
shopt -s nullglob
debs=("$scratch"/out/*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || die "expected one .deb in $scratch/out, found ${#debs[@]}: $(ls "$scratch/out")"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
ok "built $(basename "$deb")"
[[ $(basename "$deb") == "fleetdeck_${version}_${arch}.deb" ]] ||
    fail "file name $(basename "$deb") is not fleetdeck_${version}_${arch}.deb (DEB-DEFAULT)"
[[ $(dpkg-deb -f "$deb" Package) == fleetdeck ]] || fail "Package is not fleetdeck"
[[ $(dpkg-deb -f "$deb" Section) == net ]] || fail "Section is not net"
[[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "no Maintainer"
# Version strings kept by hand must follow the project version.
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo has no <release version=\"$version\">"
for page in fleetdeck.1 fleetdeckctl.1; do
    grep -q "^\.TH .*\"Fleetdeck $version\"" "$src/packaging/$page" ||
        fail "$page: .TH does not name \"Fleetdeck $version\""
done

# --- 3. Depends covers what the binaries link ---------------------------------
dpkg-deb -I "$deb" >"$scratch/info"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
grep -q '^ Depends: ' "$scratch/info" || fail "dpkg-deb -I shows no Depends line"
grep -Eq '(^|, )libqt6[a-z0-9-]*' <<<"$depends" || fail "Depends names no libqt6* package"
grep -Eq '(^|, )libssh-4 \(>= 0\.10\.6\)' <<<"$depends" || fail "Depends does not name libssh-4 (>= 0.10.6)"

root=$scratch/root
dpkg -x "$deb" "$root"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
depends_names=" $(sed -E 's/\([^)]*\)//g; s/[,|]/ /g' <<<"$depends" | tr -s ' ') "
for bin in "$root"/usr/bin/*; do
    for soname in $(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        owner=$(dpkg -S "*/$multiarch/$soname" 2>/dev/null | head -n1 | cut -d: -f1) || true
        if [[ -z $owner ]]; then
            fail "$(basename "$bin") needs $soname, which no installed Debian package provides"
        elif [[ $depends_names != *" $owner "* ]]; then
            fail "$(basename "$bin") needs $soname from $owner, which Depends does not name"
        fi
    done
done
((failures == 0)) && ok "Depends names libqt6*, libssh-4 and the package of every library the binaries link"

# --- 4. Files are where the desktop and man look for them ---------------------
expect=(
    usr/bin/fleetdeck
    usr/bin/fleetdeckctl
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/fleetdeck.1.gz
    usr/share/man/man1/fleetdeckctl.1.gz
    usr/share/doc/fleetdeck/copyright
)
for size in 16 32 48 64 128 256; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expect[@]}"; do
    [[ -f $root/$path ]] || fail "/$path missing from the package"
done
for bin in fleetdeck fleetdeckctl; do
    [[ -x $root/usr/bin/$bin ]] || fail "/usr/bin/$bin is not executable"
    file -b "$root/usr/bin/$bin" | grep -q ', stripped' || fail "/usr/bin/$bin is not stripped"
done
for size in 16 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ -f $png ]] && ! file -b "$png" | grep -q "PNG image data, $size x $size" &&
        fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
gzip -dc "$root/usr/share/man/man1/fleetdeckctl.1.gz" | grep -q '^\.SH EXIT STATUS' ||
    fail "fleetdeckctl.1.gz is not the fleetdeckctl man page"
if strays=$(cd "$root" && find . -type f ! -path './usr/*' | head); [[ -n $strays ]]; then
    fail "files outside /usr: $strays"
fi
((failures == 0)) && ok "$(cd "$root" && find . -type f | wc -l) files at their paths"

# --- 5. The packaged CLI runs from its installed path -------------------------
if out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/fleetdeckctl" --version 2>&1); then
    if [[ $out == "fleetdeckctl $version" ]]; then
        ok "/usr/bin/fleetdeckctl --version: $out"
    else
        fail "/usr/bin/fleetdeckctl --version printed '$out', expected 'fleetdeckctl $version'"
    fi
else
    fail "/usr/bin/fleetdeckctl --version exited $?: $out"
fi

if ((failures > 0)); then
    echo "package check: $failures failure(s)" >&2
    exit 1
fi
echo "package check: all passed ($(basename "$deb"))"
