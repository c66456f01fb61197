package io.patchbay.probe.relay.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.patchbay.probe.relay.AttemptOutcome;
import io.patchbay.probe.relay.ProxyCredentials;
import io.patchbay.probe.relay.ProxyServer;

/**
 * A tunnel through an HTTP proxy with {@code CONNECT} (RFC 9110 §9.3.6). On a 407 the request is sent again on a new
 * connection with Basic credentials when the caller gave them; the credentials never appear in a result.
 */
public final class HttpConnect {

    private HttpConnect() {
    }

    public static Tunnel open(ProxyServer proxy, String host, int port, Optional<ProxyCredentials> credentials,
            Deadline deadline) throws AttemptFailed {
        ResponseHead first;
        Attempted attempted = request(proxy, host, port, null, deadline);
        first = attempted.head;
        if (!challenge(first)) {
            return accept(attempted, "");
        }
        attempted.close();
        List<String> schemes = new java.util.ArrayList<>(first.values("Proxy-Authenticate"));
        schemes.addAll(first.values("WWW-Authenticate"));
        boolean basic = schemes.isEmpty()
                || schemes.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("basic"));
        List<String> names = schemes.stream().map(HttpConnect::schemeName).filter(s -> !s.isEmpty()).distinct()
                .toList();
        String offered = names.isEmpty() ? "" : " (it offers " + String.join(", ", names) + ")";
        if (credentials.isEmpty()) {
            throw new AttemptFailed(AttemptOutcome.PROXY_AUTH_REQUIRED, "HTTP " + first.status(),
                    first.statusLine() + offered);
        }
        if (!basic) {
            throw new AttemptFailed(AttemptOutcome.PROXY_AUTH_REQUIRED, "HTTP " + first.status(),
                    first.statusLine() + offered
                    + "; the probe answers with Basic only");
        }
        Attempted second = request(proxy, host, port, credentials.get(), deadline);
        if (challenge(second.head)) {
            second.close();
            throw new AttemptFailed(AttemptOutcome.PROXY_AUTH_FAILED, "HTTP " + second.head.status(),
                    second.head.statusLine()
                    + " again to the Basic credentials of user " + credentials.get().user());
        }
        return accept(second, "after a 407, with the Basic credentials of user " + credentials.get().user());
    }

    /**
     * The scheme a challenge names ({@code Basic realm="…"} ⇒ {@code Basic}), "" when it names none. It is the proxy's
     * bytes: printable only, or a hostile proxy writes to the operator's terminal.
     */
    private static String schemeName(String challenge) {
        for (String token : challenge.split("[ ,]")) {
            if (!token.isEmpty()) {
                return ResponseHead.printable(token.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return "";
    }

    /**
     * A request for credentials: 407, or 401 as some proxies send to CONNECT (tinyproxy answers wrong credentials with
     * 401 Unauthorized).
     */
    private static boolean challenge(ResponseHead head) {
        return head.status() == 407 || head.status() == 401;
    }

    private static Tunnel accept(Attempted attempted, String how) throws AttemptFailed {
        ResponseHead head = attempted.head;
        int status = head.status();
        String code = "HTTP " + status;
        if (status >= 200 && status < 300) {
            try {
                return new Tunnel(attempted.socket, attempted.in, code, how);
            } catch (IOException e) {
                attempted.close();
                throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "EIO", "the tunnel broke: " + e.getMessage());
            }
        }
        attempted.close();
        String detail = head.statusLine() + (how.isEmpty() ? "" : " (" + how + ")");
        if (status >= 500) {
            throw new AttemptFailed(AttemptOutcome.PROXY_TARGET_FAILED, code, detail);
        }
        if (status >= 400 || (status >= 300 && status < 400)) {
            throw new AttemptFailed(AttemptOutcome.PROXY_DENIED, code, detail);
        }
        throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, code, "unexpected answer to CONNECT: " + detail);
    }

    private record Attempted(Socket socket, BufferedInputStream in, ResponseHead head) {
        void close() {
            Connector.close(socket);
        }
    }

    private static Attempted request(ProxyServer proxy, String host, int port, ProxyCredentials credentials,
            Deadline deadline) throws AttemptFailed {
        InetAddress address = Connector.resolve(proxy.address().host(), AttemptOutcome.PROXY_UNREACHABLE);
        Socket socket = Connector.connect(new InetSocketAddress(address, proxy.address().port()), deadline, true);
        try {
            String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
            StringBuilder request = new StringBuilder().append("CONNECT ").append(authority).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(authority).append("\r\n")
                    .append("User-Agent: Patchbay relay probe\r\n");
            byte[] bytes;
            if (credentials != null) {
                request.append("Proxy-Authorization: Basic ");
                byte[] token = basic(credentials);
                byte[] head = request.toString().getBytes(StandardCharsets.US_ASCII);
                byte[] tail = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
                bytes = new byte[head.length + token.length + tail.length];
                System.arraycopy(head, 0, bytes, 0, head.length);
                System.arraycopy(token, 0, bytes, head.length, token.length);
                System.arraycopy(tail, 0, bytes, head.length + token.length, tail.length);
                Arrays.fill(token, (byte) 0);
            } else {
                bytes = request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
            }
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            Arrays.fill(bytes, (byte) 0);
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
            ResponseHead head = ResponseHead.read(in, socket, deadline, AttemptOutcome.PROXY_MALFORMED,
                    "the proxy " + proxy.address());
            return new Attempted(socket, in, head);
        } catch (AttemptFailed e) {
            Connector.close(socket);
            throw e;
        } catch (IOException e) {
            Connector.close(socket);
            throw new AttemptFailed(AttemptOutcome.PROXY_MALFORMED, "EIO", "the connection to the proxy "
                    + proxy.address() + " broke: " + e.getMessage());
        }
    }

    /** base64(user ":" password) without the password passing through a String. */
    private static byte[] basic(ProxyCredentials credentials) {
        char[] password = credentials.password();
        char[] joined = new char[credentials.user().length() + 1 + password.length];
        credentials.user().getChars(0, credentials.user().length(), joined, 0);
        joined[credentials.user().length()] = ':';
        System.arraycopy(password, 0, joined, credentials.user().length() + 1, password.length);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(joined));
        byte[] raw = new byte[encoded.remaining()];
        encoded.get(raw);
        byte[] token = Base64.getEncoder().encode(raw);
        Arrays.fill(password, '\0');
        Arrays.fill(joined, '\0');
        Arrays.fill(raw, (byte) 0);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return token;
    }
}
