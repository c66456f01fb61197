/**
 * Software deployment (DLI/DLS) to phones at home on OpenScape Business systems (F-11, F-12, F-13), over SNMP: the
 * system's software deployment switched on with its DLS address (the system's public address), and for every HFA
 * desk phone the estate places at home, its gateway and DLS address set to that public address, date and time from
 * the system, and software deployment to it on. A phone whose firmware is below the Device@Home minimum (F-13) is
 * refused: none of its settings are changed, the system stops deploying to it, and the plan names the rule and the
 * fix; the other phones still change. The provisioner is the OSGi service {@code Provisioner} with
 * {@code patchbay.feature=dli}; this package holds the MIB objects it reads and writes
 * ({@link io.patchbay.provisioning.dli.DliMib}).
 *
 * @since 0.1
 */
package io.patchbay.provisioning.dli;
