/**
 * The twin of an RSIP server host (F-50 to F-56): a Linux host reached over SSH with {@code /etc/rsipd.conf},
 * {@code rsipdctl} and the RSIP protocol server on a loopback control port. See
 * {@link io.patchbay.simulator.rsip.RsipHostTwin}.
 *
 * @since 0.1
 */
package io.patchbay.simulator.rsip;
