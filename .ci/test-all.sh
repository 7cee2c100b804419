#!/usr/bin/env bash
# `npm test`: every check the project has, in order, keeping going after a failure so the count is
# complete. Typecheck, eslint, the format check, the build and web-ext lint count as one test each; the unit and E2E
# suites count their own tests (from vitest's JSON report) and print their wall time, so a suite that
# grows slower shows in every run. Ends with exactly one line "N passed, N failed" and
# exits non-zero if anything failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

passed=0
failed=0
reports=".cache/test-all"
rm -rf "$reports"
mkdir -p "$reports"

# Each suite's wall time in seconds, printed again together before the count.
declare -A wall=()

section() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

# A step that counts as one test.
step() {
  local name=$1
  shift
  section "$name"
  if "$@"; then
    passed=$((passed + 1))
    echo "-- $name: passed"
    return 0
  else
    failed=$((failed + 1))
    echo "-- $name: FAILED"
    return 1
  fi
}

# A vitest project, or several by a wildcard (unit:*): its tests count one by one. A run that fails
# without failing tests (a file that does not load, an unhandled error, no report at all) counts as
# at least one failure.
suite() {
  local name=$1 project=$2
  local report="$reports/${project//[^a-z0-9]/}.json"
  section "$name"
  local started=$EPOCHREALTIME
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile="$report"
  local status=$?
  wall[$name]=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  local counts
  counts=$(node -e '
    const fs = require("node:fs");
    const [file, status] = [process.argv[1], Number(process.argv[2])];
    let r;
    try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch { console.log("0 1"); process.exit(0); }
    const ok = r.numPassedTests ?? 0;
    let bad = r.numFailedTests ?? 0;
    if (status !== 0 && bad === 0) bad = Math.max(1, r.numFailedTestSuites ?? 0);
    console.log(`${ok} ${bad}`);
  ' "$report" "$status")
  local ok=${counts% *} bad=${counts#* }
  passed=$((passed + ok))
  failed=$((failed + bad))
  echo "-- $name: $ok passed, $bad failed, ${wall[$name]} s wall time"
}

step typecheck npm run --silent typecheck
step eslint npx eslint .
step "format (prettier --check)" npx prettier --check .
suite "unit tests" 'unit:*'
built=0
# The test build: the release's, with http from this computer allowed for dataset sources, which
# the end-to-end suite serves from a local server (vite.config.ts, `npm run build` is the release).
step build npm run --silent build:test && built=1
if [ "$built" = 1 ]; then
  step "web-ext lint (dist/firefox)" npm run --silent lint:firefox
  suite "end-to-end tests" e2e
else
  section "web-ext lint, end-to-end tests"
  echo "-- skipped: the build failed; counted as failed"
  failed=$((failed + 2))
fi

echo
for name in "unit tests" "end-to-end tests"; do
  [ -n "${wall[$name]:-}" ] && echo "wall time, $name: ${wall[$name]} s"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
