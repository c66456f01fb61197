/**
 * Patchbay's embedded protocol engine: one protocol exchange at a time ("probe"), run against a live device or a
 * simulator, with a result the caller can report.
 * <p>
 * The probes know nothing of the estate model: they take addresses, credentials and timings, and return what the far
 * side answered. Mapping an estate to probes and verdicts is the job of the live-test layer above.
 * <ul>
 * <li>{@link io.patchbay.probe.stun}: the STUN message codec (RFC 5389/8489, RFC 5780 attributes), a binding client
 * over UDP and TCP, and a small STUN server for simulators and tests;</li>
 * <li>{@link io.patchbay.probe.nat}: NAT behaviour discovery (RFC 5780, RFC 4787 terms) with the classic NAT type.</li>
 * </ul>
 * Probes never throw for what a peer sends: malformed answers are reported or ignored, never propagated as runtime
 * exceptions.
 *
 * @since 0.1
 */
package io.patchbay.probe;
