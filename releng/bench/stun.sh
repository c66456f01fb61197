#!/usr/bin/env bash
# STUN on loopback: transactions per second of our client against coturn and against our own server, side by side
# with coturn's turnutils_stunclient against the same coturn; time to a NAT verdict (ours and turnutils_natdiscovery).
# Targets: >= 10,000 transactions/s, a verdict in < 1 s. Needs coturn (releng/install-prerequisites).
# Usage: releng/bench/stun.sh [TRANSACTIONS] [STUNCLIENT_RUNS] [VERDICTS]
# Traffic stays on 127.0.0.1/127.0.0.2; coturn is started here and stopped by its PID.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
transactions=${1:-50000} runs=${2:-300} verdicts=${3:-20}

for tool in turnserver turnutils_stunclient turnutils_natdiscovery; do
  command -v $tool >/dev/null || { echo "stun.sh: $tool missing; run releng/install-prerequisites" >&2; exit 2; }
done
jar=$(ls "$root"/bundles/io.patchbay.probe/target/io.patchbay.probe-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  "$root/mvnw" -q -B -o -f "$root/pom.xml" package -pl targetplatform,bundles/io.patchbay.probe
  jar=$(ls "$root"/bundles/io.patchbay.probe/target/io.patchbay.probe-*.jar | head -n 1)
fi

work=$(mktemp -d /tmp/patchbay-stun-bench.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
turnserver -n --log-file=stdout --simple-log --no-cli --stun-only -L 127.0.0.1 -L 127.0.0.2 \
  --listening-port $port --alt-listening-port $((port + 1)) --no-tls --no-dtls \
  --db "$work/turndb.sqlite" --pidfile "$work/turnserver.pid" > "$work/coturn.log" 2>&1 &
coturn=$!
trap 'kill $coturn 2>/dev/null; wait $coturn 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  timeout 2 turnutils_stunclient -p $port 127.0.0.1 2>/dev/null | grep -q 'reflexive addr' && break
  sleep 0.1
done

echo "STUN benchmark on loopback (coturn $(dpkg-query -W -f='${Version}' coturn 2>/dev/null || echo '?') on 127.0.0.1:$port," \
  "$(nproc) CPUs, $(java -version 2>&1 | head -n 1))"
java -cp "$jar" "$root/releng/bench/stun/StunBench.java" 127.0.0.1 $port "$transactions" "$verdicts"

# turnutils_stunclient: one process per run; against an RFC 5780 server each run makes 3 Binding transactions
start=$(date +%s%N)
for _ in $(seq "$runs"); do turnutils_stunclient -p $port 127.0.0.1 >/dev/null 2>&1; done
ns=$(( $(date +%s%N) - start ))
awk -v r="$runs" -v ns="$ns" 'BEGIN { printf "coturn    client=turnutils_stunclient  runs/s %.0f, transactions/s %.0f (%d runs x 3 transactions, a process each)\n", r/(ns/1e9), 3*r/(ns/1e9), r }'

start=$(date +%s%N)
verdict=$(turnutils_natdiscovery -m -f -p $port 127.0.0.1 2>&1 | grep -E '^(NAT|No NAT)' | tr '\n' ' ')
ns=$(( $(date +%s%N) - start ))
awk -v ns="$ns" -v v="$verdict" 'BEGIN { printf "coturn    client=turnutils_natdiscovery  NAT verdict %.1f ms: %s\n", ns/1e6, v }'
