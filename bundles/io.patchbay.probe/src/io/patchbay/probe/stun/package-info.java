/**
 * STUN (RFC 5389, RFC 8489) with the NAT behaviour discovery attributes of RFC 5780.
 * <ul>
 * <li>{@link io.patchbay.probe.stun.StunMessage}: the codec. {@link io.patchbay.probe.stun.StunMessage#decode(byte[])}
 * either returns a message or throws the checked {@link io.patchbay.probe.stun.StunParseException}; it never throws
 * anything else for any input. Messages keep the bytes they were decoded from, so MESSAGE-INTEGRITY can be checked and
 * a message re-encoded byte for byte.</li>
 * <li>{@link io.patchbay.probe.stun.StunClient}: binding transactions over UDP (the RFC 5389 section 7.2.1
 * retransmission schedule, {@link io.patchbay.probe.stun.StunTiming}) and over TCP (messages back to back on one
 * connection).</li>
 * <li>{@link io.patchbay.probe.stun.StunServer}: a small binding server over UDP and TCP, optionally in RFC 5780 mode
 * with an alternate address and port; it ignores what it cannot parse.</li>
 * </ul>
 *
 * @since 0.1
 */
package io.patchbay.probe.stun;
