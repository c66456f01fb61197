package io.patchbay.probe.relay.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.patchbay.probe.relay.AttemptOutcome;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.ProxyServer;

/**
 * A tunnel through a SOCKS v4 proxy, or v4a, where the proxy resolves the relay's name (the protocol as published by
 * NEC, "SOCKS: A protocol for TCP proxy across firewalls", and its 4A extension).
 */
public final class Socks4 {

    private Socks4() {
    }

    public static Tunnel open(ProxyServer proxy, String host, int port, String userId, Deadline deadline)
            throws AttemptFailed {
        byte[] address;
        byte[] name = null;
        boolean literal = isIpv4Literal(host);
        if (proxy.kind() == ProxyKind.SOCKS4A && !literal) {
            address = new byte[] { 0, 0, 0, 1 };
            name = host.getBytes(StandardCharsets.US_ASCII);
        } else {
            InetAddress resolved = Connector.resolve(host, AttemptOutcome.UNREACHABLE);
            if (!(resolved instanceof Inet4Address)) {
                throw new AttemptFailed(AttemptOutcome.UNSUPPORTED, "SOCKS4-IPV6", "SOCKS4 carries IPv4 addresses only;"
                        + " " + host + " is " + resolved.getHostAddress());
            }
            address = resolved.getAddress();
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(4);
        request.write(1); // CONNECT
        request.write(port >> 8);
        request.write(port & 0xFF);
        request.writeBytes(address);
        request.writeBytes(userId.getBytes(StandardCharsets.US_ASCII));
        request.write(0);
        if (name != null) {
            request.writeBytes(name);
            request.write(0);
        }
        InetAddress proxyAddress = Connector.resolve(proxy.address().host(), AttemptOutcome.PROXY_UNREACHABLE);
        Socket socket = Connector.connect(new InetSocketAddress(proxyAddress, proxy.address().port()), deadline,
                true);
        String who = "the proxy " + proxy.address();
        byte[] reply = new byte[8];
        int got = 0;
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (got < reply.length) {
                deadline.apply(socket, "no answer from " + who);
                int n;
                try {
                    n = in.read(reply, got, reply.length - got);
                } catch (SocketTimeoutException e) {
                    throw got == 0 ? deadline.timeout("no answer from " + who)
                            : new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "SOCKS-SHORT", who
                                    + " sent only " + got + " of the 8 bytes of a SOCKS4 reply");
                }
                if (n < 0) {
                    throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "EOF", got == 0
                            ? who + " closed the connection without a SOCKS4 reply"
                            : who + " closed the connection after " + got + " of the 8 bytes of a SOCKS4 reply: "
                                    + ResponseHead.printable(Arrays.copyOf(reply, got)));
                }
                got += n;
            }
            if (new String(reply, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/")) {
                throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "NOT-SOCKS", who
                        + " speaks HTTP, not SOCKS: " + ResponseHead.printable(reply) + "…; give it as an HTTP proxy");
            }
            if (reply[0] != 0 && reply[0] != 4) {
                throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "NOT-SOCKS", who
                        + " answered something other than a SOCKS4 reply: " + ResponseHead.printable(reply));
            }
            int status = reply[1] & 0xFF;
            String code = "SOCKS " + status;
            switch (status) {
            case 90:
                return new Tunnel(socket, in, code, "");
            case 91:
                throw new AttemptFailed(AttemptOutcome.PROXY_DENIED, code, "request rejected or failed: the proxy's"
                        + " rules forbid it, or the relay refused the proxy");
            case 92:
                throw new AttemptFailed(AttemptOutcome.PROXY_DENIED, code,
                        "rejected: the proxy cannot reach an identd on this machine");
            case 93:
                throw new AttemptFailed(AttemptOutcome.PROXY_DENIED, code,
                        "rejected: the user id does not match the one identd reports");
            default:
                throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, code, who + " answered with the unknown"
                        + " SOCKS4 status " + status);
            }
        } catch (AttemptFailed e) {
            Connector.close(socket);
            throw e;
        } catch (IOException e) {
            Connector.close(socket);
            throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "EIO", "the connection to " + who + " broke: "
                    + e.getMessage());
        }
    }

    private static boolean isIpv4Literal(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
