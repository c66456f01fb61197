/**
 * RSIP, Realm Specific IP (RFC 3103), as the F-50–F-56 rules of an RSIP server need it.
 * <ul>
 * <li>{@link io.patchbay.probe.rsip.RsipMessage}: the codec (version 1 header, TLV parameters numbered as in the IANA
 * RSIP registry); malformed bytes are a {@link io.patchbay.probe.rsip.RsipParseException} and nothing else.</li>
 * <li>{@link io.patchbay.probe.rsip.RsipClient}: REGISTER, ASSIGN (RSAP-IP and RSA-IP), LISTEN, EXTEND, QUERY and
 * DE-REGISTER over TCP with a timeout; refusals are {@link io.patchbay.probe.rsip.RsipProbeException}s carrying the
 * RSIP error and the F-56 cause.</li>
 * <li>{@link io.patchbay.probe.rsip.RsipServer}: a small server for simulators and tests that enforces F-51–F-53
 * (MAX_CLIENTS, PORT_RANGE binds of 255 ports, one RSA-IP client, LISTEN conflicts, lease expiry, the internal
 * source prefix).</li>
 * </ul>
 *
 * @since 0.1
 */
package io.patchbay.probe.rsip;
