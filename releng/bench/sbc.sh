#!/usr/bin/env bash
# SBC flags at NOC scale (F-07, F-20): starts SYSTEMS OSBiz SNMP twins on loopback holding STATIONS SIP@Home
# stations between them, applies authentication + vault password + SBC flag + class of service to every station
# (one SNMPv3 SET per station, PARALLEL systems at once, verify and journal included), then applies again (a no-op);
# prints both times. Target (issue 5): 5,000 stations in under 10 s.
# Usage: releng/bench/sbc.sh [STATIONS] [SYSTEMS] [PARALLEL]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
cd "$root"
modules=targetplatform,bundles/io.patchbay.model,bundles/io.patchbay.core,bundles/io.patchbay.testing,bundles/io.patchbay.probe,bundles/io.patchbay.simulator
modules+=,bundles/io.patchbay.transport.snmp,bundles/io.patchbay.provisioning.sbc
modules+=,bundles/io.patchbay.provisioning.sbc.tests
# a fresh test vault: the benchmark's twins leave thousands of station passwords in it, and a vault grown over many
# runs would make every later run slower than an operator's vault of this size would be
rm -rf bundles/io.patchbay.provisioning.sbc.tests/target/vault
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! ./mvnw -B -o verify -pl "$modules" -Dtest=SbcFlagBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpatchbay.bench.stations="${1:-5000}" -Dpatchbay.bench.systems="${2:-50}" \
    -Dpatchbay.bench.parallel="${3:-16}" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
awk '/^== SBC flags/{on=1} on && /^\[/{exit} on' "$log"
