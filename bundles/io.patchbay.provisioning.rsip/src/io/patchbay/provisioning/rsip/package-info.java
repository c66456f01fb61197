/**
 * RSIP servers' {@code rsipd.conf} (F-51 to F-54) from the estate, pushed over SSH: the file format
 * ({@link io.patchbay.provisioning.rsip.RsipdConfFile}) and the {@code rsip} provisioner, registered as an OSGi
 * service with the feature property {@code rsip}.
 *
 * @since 0.1
 */
package io.patchbay.provisioning.rsip;
