package io.patchbay.probe.sip;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one SIP probe: the final response and what it says about the path.
 *
 * @param method OPTIONS or REGISTER
 * @param transport how the request travelled
 * @param server where it went
 * @param local the local address and port it left from
 * @param response the final response
 * @param roundTrip from sending the (last) request to its final response, retransmissions included
 * @param challenged whether the server asked for Digest credentials (401/407) and the request was repeated with them
 * @param seenFrom the source address the server saw, from the {@code received} and {@code rport} parameters of the
 *            response's Via (RFC 3581); empty when the server filled in neither
 * @since 0.1
 */
public record SipResult(String method, SipTransport transport, InetSocketAddress server, InetSocketAddress local,
        SipMessage response, Duration roundTrip, boolean challenged, Optional<InetSocketAddress> seenFrom) {

    public int statusCode() {
        return response.statusCode();
    }

    public String reason() {
        return response.reason();
    }

    /** Whether the final response is a 2xx. */
    public boolean isSuccess() {
        return statusCode() >= 200 && statusCode() < 300;
    }

    /** The Contact values of the response (for REGISTER: the bindings the registrar holds). */
    public List<String> contacts() {
        return response.headers("Contact");
    }

    /** The Server or User-Agent header of the response: which software answered. */
    public Optional<String> serverSoftware() {
        return response.header("Server").or(() -> response.header("User-Agent"));
    }

    /** One line for an operator: {@code 200 OK from 192.0.2.1:5070 over UDP in 12 ms}. */
    public String summary() {
        return statusCode() + " " + reason() + " from " + io.patchbay.probe.HostAndPort.format(server) + " over "
                + transport + " in " + roundTrip.toMillis() + " ms" + (challenged ? " (after a Digest challenge)" : "");
    }
}
