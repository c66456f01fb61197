/**
 * The transport log: what Patchbay sends to devices and what they answer, with secrets masked at the source.
 * {@link io.patchbay.core.transportlog.TransportLog} is the OSGi service transports write to and consoles subscribe
 * to; {@link io.patchbay.core.transportlog.SecretMasker} decides what is never shown.
 *
 * @since 0.1
 */
package io.patchbay.core.transportlog;
