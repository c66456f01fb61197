#!/usr/bin/env bash
# SSH sessions per second (connect + auth + host key + one command + close) with Patchbay's SSH transport against
# DD-WRT twins on loopback, at 1, 16 and 64 in parallel (target: >= 100 sessions/s at 64).
# Usage: releng/bench/ssh-sessions.sh [SECONDS_PER_LEVEL]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
exec "$root/mvnw" -q -B -f "$root/releng/bench/ssh-sessions/pom.xml" compile exec:exec -Dbench.seconds="${1:-5}"
