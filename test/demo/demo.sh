#!/usr/bin/env bash
# `npm run demo`: build the extension and show it on the seed fixture pages, served locally.
# With a display ($DISPLAY or $WAYLAND_DISPLAY) Chromium opens with the extension loaded on each
# seed page; without one (or with `npm run demo -- --headless`) the same pages load headless and
# the demo prints what a reader would see in the popup.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ ! -d node_modules ]; then
  npm ci
fi
echo "Building the extension (dist/chrome, dist/firefox)..."
mkdir -p .cache
if ! npm run --silent build:test >.cache/demo-build.log 2>&1; then
  cat .cache/demo-build.log
  echo "The build failed (log above)." >&2
  exit 1
fi
exec npx tsx test/demo/demo.ts "$@"
