#!/usr/bin/env bash
# Estate model at NOC scale: 1,000 systems and routers, 100,000 stations and devices; times save, load and full
# validation, and reports the heap in use (targets: load + validation < 5 s, < 1 GiB heap).
# Usage: releng/bench/estate-model.sh [SYSTEMS] [STATIONS_PER_SYSTEM] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
exec "$root/mvnw" -q -B -f "$root/releng/bench/estate-model/pom.xml" compile exec:exec \
  -Dbench.systems="${1:-1000}" -Dbench.stations="${2:-50}" -Dbench.rounds="${3:-3}"
