#!/usr/bin/env bash
# Regenerates the README screenshots from the main job's output (run `npm run report` first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
browser="${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --disable-component-update --hide-scrollbars \
  --window-size=1100,1300 --screenshot="$PWD/docs/screenshot-html.png" "file://$PWD/out/phase-7.html" 2>/dev/null
pdftoppm -png -r 80 -f 2 -l 2 -singlefile out/phase-7.pdf docs/screenshot-pdf
echo "wrote docs/screenshot-html.png docs/screenshot-pdf.png"
