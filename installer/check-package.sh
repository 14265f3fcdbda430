#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine with apt, and runs
# what it installed: tulana-cli on an installed sample tender, and the
# desktop app offscreen for a smoke start. Also checks the desktop
# integration files where the package put them.
#
#   installer/check-package.sh [BUILD_DIR]
#
# BUILD_DIR (default build/ci, which `scripts/quick-start test` leaves
# behind) is configured with the ci preset if it does not exist yet. Needs
# root, or sudo, for apt-get.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build="${1:-build/ci}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    if [ "$build" = build/ci ]; then
        cmake --preset ci
    else
        cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
fi
cmake --build "$build"

rm -f "$build"/tulana_*.deb "$build"/tulana-*-Linux.tar.gz
(cd "$build" && cpack -G "DEB;TGZ")
deb="$(ls "$build"/tulana_*.deb)"
echo "check-package: built $deb"
dpkg-deb --info "$deb"

# The runtime dependencies found by dpkg-shlibdeps must be there, and the
# fonts for the memo's Devanagari.
depends="$(dpkg-deb --field "$deb" Depends)"
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libqt6keychain1 libyaml-cpp libsimdjson libpoppler-cpp libxlsxwriter libminizip fonts-noto-core; do
    case "$depends" in
    *"$needed"*) ;;
    *) echo "check-package: Depends lacks $needed: $depends" >&2; exit 1 ;;
    esac
done

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "$(realpath "$deb")"

sample=/usr/share/tulana/samples/citizen-services-chatbot.tulana
test -f "$sample"
echo "check-package: installed tulana-cli on $sample"
/usr/bin/tulana-cli --version
/usr/bin/tulana-cli score "$sample"
# A memo made and verified by the installed program (fonts, cairo, poppler).
memo_dir="$(mktemp -d)"
/usr/bin/tulana-cli memo "$sample" --out "$memo_dir/memo.pdf"
/usr/bin/tulana-cli verify-memo "$sample" "$memo_dir/memo.pdf"
rm -rf "$memo_dir"
# The registry, on SQLite, by the installed program (its driver is a plugin).
registry_dir="$(mktemp -d)"
/usr/bin/tulana-cli registry --db "sqlite:$registry_dir/registry.sqlite" add "$sample"
/usr/bin/tulana-cli registry --db "sqlite:$registry_dir/registry.sqlite" list
rm -rf "$registry_dir"
test -f /usr/share/tulana/training/pack.json
/usr/bin/tulana-cli training check /usr/share/tulana/training

echo "check-package: installed tulana, offscreen smoke start"
QT_QPA_PLATFORM=offscreen /usr/bin/tulana --smoke-test "$sample"

echo "check-package: desktop integration"
app=in.tulana.Tulana
test -f /usr/share/man/man1/tulana-cli.1.gz
test -f /usr/share/icons/hicolor/scalable/apps/$app.svg
test -f /usr/share/icons/hicolor/256x256/apps/$app.png
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/$app.desktop
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/$app.metainfo.xml
fi
# shared-mime-info's trigger rebuilt the MIME database: .tulana is known.
if [ -f /usr/share/mime/globs2 ]; then
    grep -q ':application/x-tulana:\*\.tulana' /usr/share/mime/globs2
fi
echo "check-package: OK"
