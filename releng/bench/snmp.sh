#!/usr/bin/env bash
# SNMP on loopback against one net-snmp snmpd: GETs per second with our transport (one session, sequential) versus a
# loop of net-snmp `snmpget` processes, and a GETBULK walk with our transport versus `snmpbulkwalk`, in one run.
# Targets: our GETs/s >= 5x the snmpget loop; our walk no slower than snmpbulkwalk. Needs snmpd and snmp
# (releng/install-prerequisites). Walk times are medians, as the machine may be shared. snmpd is started here
# (temporary config and persistent folder, user nobody) and stopped by its PID.
# Usage: releng/bench/snmp.sh [GETS] [SNMPGET_RUNS] [WALKS]
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
gets=${1:-20000} runs=${2:-300} walks=${3:-20} repetitions=25 walk_root=1.3.6.1.2.1

for tool in /usr/sbin/snmpd snmpget snmpbulkwalk; do
  command -v $tool >/dev/null || { echo "snmp.sh: $tool missing; run releng/install-prerequisites" >&2; exit 2; }
done
jar() { ls "$root"/bundles/$1/target/$1-*.jar 2>/dev/null | grep -v sources | head -n 1 || true; }
if [ -z "$(jar io.patchbay.core)" ] || [ -z "$(jar io.patchbay.transport.snmp)" ]; then
  "$root/mvnw" -q -B -o -f "$root/pom.xml" package -DskipTests \
    -pl targetplatform,bundles/io.patchbay.core,bundles/io.patchbay.transport.snmp
fi
snmp4j=${MAVEN_REPO:-$HOME/.m2/repository}/org/snmp4j/snmp4j/3.8.2/snmp4j-3.8.2.jar
[ -f "$snmp4j" ] || "$root/mvnw" -q -B dependency:get -Dartifact=org.snmp4j:snmp4j:3.8.2
classpath="$(jar io.patchbay.core):$(jar io.patchbay.transport.snmp):$snmp4j"

work=$(mktemp -d /tmp/patchbay-snmp-bench.XXXXXX)
mkdir -p "$work/persist" "$work/client"; chmod 755 "$work"; chmod 777 "$work/persist"
port=$(( 20000 + RANDOM % 20000 ))
community=c$RANDOM$RANDOM auth=a$RANDOM$RANDOM priv=p$RANDOM$RANDOM
cat > "$work/snmpd.conf" <<CONF
agentAddress udp:127.0.0.1:$port
rwcommunity $community 127.0.0.1
createUser patchbay SHA-256 "$auth" AES "$priv"
rwuser patchbay auth
CONF
chmod 644 "$work/snmpd.conf"; : > "$work/snmpd.log"; chmod 666 "$work/snmpd.log"
run_as=(); [ "$(id -u)" -eq 0 ] && run_as=(runuser -u nobody --)
SNMP_PERSISTENT_DIR="$work/persist" MIBS= "${run_as[@]}" /usr/sbin/snmpd -f -C -c "$work/snmpd.conf" -I -smux \
  -Lf "$work/snmpd.log" &
snmpd=$!
trap 'pkill -P $snmpd 2>/dev/null; kill $snmpd 2>/dev/null; wait $snmpd 2>/dev/null; rm -rf "$work"' EXIT
export MIBS= SNMP_PERSISTENT_DIR="$work/client"
for _ in $(seq 50); do
  snmpget -v2c -c "$community" -t 0.2 -r 0 127.0.0.1:$port 1.3.6.1.2.1.1.5.0 >/dev/null 2>&1 && break
  sleep 0.1
done

echo "SNMP benchmark on loopback (net-snmp snmpd $(dpkg-query -W -f='${Version}' snmpd 2>/dev/null || echo '?') on" \
  "127.0.0.1:$port, $(nproc) CPUs, $(java -version 2>&1 | head -n 1))"
ours=$(java -cp "$classpath" "$root/releng/bench/snmp/SnmpBench.java" 127.0.0.1 $port "$community" patchbay "$auth" \
  "$priv" "$gets" "$walk_root" "$walks" "$repetitions" \
  snmpbulkwalk -v2c -c "$community" -On -Cr$repetitions 127.0.0.1:$port $walk_root)
echo "$ours" | grep -v '^WALK_MS='
our_gets=$(echo "$ours" | awk '/ v2c  GET/ { gsub(",", "", $(NF-3)); print $(NF-3) }')
read -r our_walk_ms bulk_ms < <(echo "$ours" | sed -n 's/^WALK_MS=//p')

start=$(date +%s%N)
for _ in $(seq "$runs"); do snmpget -v2c -c "$community" -On 127.0.0.1:$port 1.3.6.1.2.1.1.5.0 >/dev/null; done
ns=$(( $(date +%s%N) - start ))
loop_gets=$(awk -v r="$runs" -v ns="$ns" 'BEGIN { printf "%.0f", r/(ns/1e9) }')
echo "net-snmp  v2c  snmpget loop (a process per GET): $loop_gets GETs/s ($runs runs)"

awk -v a="$our_gets" -v b="$loop_gets" -v w="$our_walk_ms" -v k="$bulk_ms" 'BEGIN {
  printf "ratio     GETs/s ours : snmpget loop = %.1fx (target >= 5x) %s\n", a/b, (a/b >= 5 ? "MET" : "NOT MET")
  printf "ratio     walk time snmpbulkwalk : ours = %.2fx (target >= 1x, ours no slower) %s\n", k/w, (k/w >= 1 ? "MET" : "NOT MET")
}'
