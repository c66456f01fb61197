/**
 * Reachability of relay servers through firewalls and proxies (F-60–F-62): an ordered list of relays, each with an
 * ordered list of ports, tried direct first and then through proxies (an explicit override, the proxies a PAC file
 * names, the system's proxy settings) over HTTP {@code CONNECT} (with Basic credentials on a 407) or SOCKS v4/4a,
 * optionally with a TLS handshake through the tunnel. Every attempt becomes a timestamped line of a
 * {@link io.patchbay.probe.relay.ConnectionReport} (text and JSON) an operator can attach to a ticket; a middlebox that
 * answers non-HTTP traffic with an HTTP error is recognised and reported as such.
 * <p>
 * Nothing a proxy, a relay or a PAC file sends makes the probe hang past its timeout or throw: malformed answers
 * become report lines.
 *
 * @since 0.1
 */
package io.patchbay.probe.relay;
