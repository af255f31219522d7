#!/usr/bin/env bash
# Renders three corpus postmortems with `debrief render` and screenshots the top of each page (summary card and
# timeline diagram: what a newcomer reads first) at desktop and phone widths, plus one in dark mode, with headless
# Chromium. Run from anywhere: docs/screenshots/make-screenshots.sh   (DEBRIEF_SHARED overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${DEBRIEF_SHARED:-../shared}
chromium=${CHROMIUM:-chromium}
dotnet build src/Debrief.Cli/Debrief.Cli.csproj -c Release -nologo -v q >/dev/null
cli="src/Debrief.Cli/bin/Release/net10.0/debrief.dll"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

shoot() { # url out width height [extra chromium flags]
  local url=$1 out=$2 width=$3 height=$4; shift 4
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
    --user-data-dir="$tmp/profile" "$@" --window-size="$width,$height" --screenshot="$out" "$url" >/dev/null 2>&1
}

for doc in student/010.md student/004.md industry/001.md; do
  name=$(echo "${doc%.md}" | tr '/' '-')
  dotnet "$cli" render "$shared/corpus/$doc" -o "$tmp/$name.html"
  shoot "file://$tmp/$name.html" "docs/screenshots/$name-desktop.png" 1280 1000
  shoot "file://$tmp/$name.html" "docs/screenshots/$name-phone.png" 390 1500
  echo "docs/screenshots/$name-{desktop,phone}.png"
done
shoot "file://$tmp/student-010.html" "docs/screenshots/student-010-dark.png" 1280 1000 --force-dark-mode --blink-settings=preferredColorScheme=0
echo "docs/screenshots/student-010-dark.png"
