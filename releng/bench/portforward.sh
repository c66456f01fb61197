#!/usr/bin/env bash
# Port forwarding at NOC scale: starts ROUTERS Buffalo/DD-WRT twins on loopback, applies the estate's forwards
# (F-10, F-23) to all of them with PARALLEL devices at once (verify and journal included), then applies again
# (a no-op); prints both times. Target (issue 5): 1,000 routers in under 30 s.
# Usage: releng/bench/portforward.sh [ROUTERS] [PARALLEL]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
cd "$root"
modules=targetplatform,bundles/io.patchbay.model,bundles/io.patchbay.core,bundles/io.patchbay.simulator
modules+=,bundles/io.patchbay.transport.ssh,bundles/io.patchbay.demo,bundles/io.patchbay.provisioning.portforward
modules+=,bundles/io.patchbay.provisioning.portforward.tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! ./mvnw -B -o verify -pl "$modules" -Dtest=PortForwardingBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpatchbay.bench.routers="${1:-200}" -Dpatchbay.bench.parallel="${2:-32}" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
sed -n '/^== port forwarding/,/^second apply/p' "$log"
