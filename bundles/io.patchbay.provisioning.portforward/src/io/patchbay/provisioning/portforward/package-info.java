/**
 * Port forwarding on company routers running DD-WRT: the forwards the features in use need (F-10, F-23), written to
 * NVRAM {@code forward_spec}/{@code forward_port} over SSH. The provisioner is the OSGi service
 * {@code Provisioner} with {@code patchbay.feature=portforward}; this package holds the DD-WRT entry format.
 *
 * @since 0.1
 */
package io.patchbay.provisioning.portforward;
