/**
 * The OpenScape Business system twin over SNMP ({@link io.patchbay.simulator.osbiz.OsbizSnmpTwin}) and the
 * Patchbay MIB it serves (see {@code MIB.md} in the bundle).
 *
 * @since 0.1
 */
package io.patchbay.simulator.osbiz;
