/**
 * How Patchbay reaches devices: the {@link io.patchbay.core.Transport} service and its
 * {@link io.patchbay.core.TransportSession sessions}, the {@link io.patchbay.core.CredentialVault credential vault}
 * the estate refers to by {@code credentialRef}, and the {@link io.patchbay.core.KnownHostsStore known-hosts store}
 * kept beside the estate.
 * <p>
 * Every failure a caller can act on is a {@link io.patchbay.core.TransportException} with a
 * {@link io.patchbay.core.TransportException.Kind kind}, the device it concerns and the fix. No type in this package
 * prints a secret: credentials hold their secrets as {@code char[]}/{@code byte[]} and leave them out of
 * {@code toString()} and of every message.
 *
 * @since 0.1
 */
package io.patchbay.core;
