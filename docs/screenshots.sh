#!/usr/bin/env bash
# Regenerates the README's screenshots, docs/screenshots/<family>.png: the first plot of each
# family in `provable report --scale standard --seed 1`, rendered by headless Chromium
# (.ci/screenshot installs Debian's chromium package when it is missing).
# Usage: bash docs/screenshots.sh [REPORT_DIR]   (REPORT_DIR: use a report already written)
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
  report=$(realpath "$1")
  cd "$(dirname "$0")/.."
else
  cd "$(dirname "$0")/.."
  report="$work/report"
  status=0
  swift run -c release provable report --scale standard --seed 1 --jobs 2 --output "$report" || status=$?
  # Exit status 1 (some verdict is not 'holds') still writes the report; the plots show it as it is.
  [ "$status" -le 1 ] || exit "$status"
fi
python3 - "$report/report.json" >"$work/plots.txt" <<'PY'
import json
import sys

seen = set()
for theorem in json.load(open(sys.argv[1]))["theorems"]:
    for plot in theorem["plots"]:
        if theorem["family"] not in seen:
            seen.add(theorem["family"])
            print(theorem["family"], plot["svg"])
PY
if [ ! -s "$work/plots.txt" ]; then
  echo "no theorem draws a plot yet: no screenshot to take"
  exit 0
fi
mkdir -p docs/screenshots
while read -r family svg; do
  size=$(python3 -c 'import re, sys; m = re.search(r"width=\"(\d+)\" height=\"(\d+)\"", open(sys.argv[1]).read()); print(m[1] + "," + m[2])' "$report/$svg")
  .ci/screenshot "$report/$svg" "docs/screenshots/$family.png" "$size"
  python3 .ci/png-not-blank.py "docs/screenshots/$family.png" 0.01
  echo "docs/screenshots/$family.png  <- $svg"
done <"$work/plots.txt"
