#!/usr/bin/env bash
# Port forwarding at NOC scale: starts ROUTERS Buffalo/DD-WRT twins on loopback, applies the estate's forwards
# (F-10, F-23) to all of them with PARALLEL devices at once (verify and journal included), then applies again
# (a no-op); then, in the same run, pushes the same values with Ansible (releng/bench/ansible/portforward.yml, raw
# SSH commands, PARALLEL forks) to as many fresh twins. Prints the times and the ratio.
# Targets (issue 5): 1,000 routers in under 30 s, and at least 10x faster than Ansible.
# Usage: releng/bench/portforward.sh [ROUTERS] [PARALLEL]      (PATCHBAY_BENCH_ANSIBLE=0 leaves Ansible out)
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
. "$root/releng/lib/jdk.sh"
patchbay_select_jdk
cd "$root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ansible=()
if [ "${PATCHBAY_BENCH_ANSIBLE:-1}" != 0 ]; then
  if ! command -v ansible-playbook >/dev/null 2>&1; then
    echo "portforward.sh: installing Debian's ansible-core for the side-by-side run" >&2
    as_root=(); [ "$(id -u)" -ne 0 ] && as_root=(sudo)
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends ansible-core openssh-client >/dev/null
  fi
  ssh-keygen -q -t ecdsa -b 256 -N '' -C patchbay-bench -f "$work/ansible-key"
  ansible=(-Dpatchbay.bench.ansible="$root/releng/bench/ansible" -Dpatchbay.bench.ansible.key="$work/ansible-key")
fi

modules=targetplatform,bundles/io.patchbay.model,bundles/io.patchbay.core,bundles/io.patchbay.testing,bundles/io.patchbay.probe,bundles/io.patchbay.simulator
modules+=,bundles/io.patchbay.transport.ssh,bundles/io.patchbay.demo,bundles/io.patchbay.provisioning.portforward
modules+=,bundles/io.patchbay.provisioning.portforward.tests
log="$work/build.log"
if ! ./mvnw -B -o verify -pl "$modules" -Dtest=PortForwardingBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpatchbay.bench.routers="${1:-1000}" -Dpatchbay.bench.parallel="${2:-32}" -Dpatchbay.test.timeout=3600 "${ansible[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
awk '/^== port forwarding/{on=1} on && /^\[/{exit} on' "$log"
