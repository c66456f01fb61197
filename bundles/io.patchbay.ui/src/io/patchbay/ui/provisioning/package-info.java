/**
 * What a bundle implements to contribute a provisioning wizard to the console through the extension point
 * {@code io.patchbay.ui.provisioningWizards} (see {@code schema/provisioningWizards.exsd} of this bundle): the wizard
 * itself is the console's, driven by the contribution's feature id; a contribution may bring an
 * {@link io.patchbay.ui.provisioning.ProvisioningOptionsContributor} for its feature's options.
 *
 * @since 0.1
 */
package io.patchbay.ui.provisioning;
