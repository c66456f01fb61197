/**
 * Station SBC flags on OpenScape Business systems (F-07, F-20), over SNMP: for every station the estate marks for
 * "Internet Registration with internal SBC" (SIP@Home, Device@Home), authentication on and a password from the vault
 * that meets the system's policy, then the SBC flag and the estate's class of service, as one all-or-nothing SET per
 * station. The provisioner is the OSGi service {@code Provisioner} with {@code patchbay.feature=sbc}; this package
 * holds the station objects of the Patchbay MIB it writes ({@link io.patchbay.provisioning.sbc.StationMib}) and the
 * password generator it uses with the option {@code generate-passwords}
 * ({@link io.patchbay.provisioning.sbc.StationPasswords}).
 *
 * @since 0.1
 */
package io.patchbay.provisioning.sbc;
