#!/usr/bin/env bash
# The Estate grid at NOC scale: 1,000 systems with 100,000 stations and devices opened in the console's grid
# (NatTable) on a virtual display; times the first page painted (target < 3 s), scrolling, a header-click sort, filters
# (target < 0.5 s) and an edit in the sorted grid, and saves a screenshot (releng/bench/grid/target/grid-100k.png).
# Usage: releng/bench/grid.sh [SYSTEMS] [STATIONS_PER_SYSTEM]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || "$root/releng/install-prerequisites"
  for n in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display_number=$n; break; }
  done
  Xvfb ":$display_number" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=":$display_number"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display_number" ] && break; sleep 0.1; done
fi

"$root/mvnw" -q -B -f "$root/releng/bench/grid/pom.xml" compile exec:exec \
  -Dbench.systems="${1:-1000}" -Dbench.stations="${2:-50}" "${@:3}"
