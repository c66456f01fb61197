package io.patchbay.probe.relay.internal;

import static io.patchbay.fuzz.Budget.require;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import com.code_intelligence.jazzer.api.BugDetectors;

import io.patchbay.fuzz.Budget;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.relay.ProxyCredentials;
import io.patchbay.probe.relay.ProxyKind;
import io.patchbay.probe.relay.ProxyServer;
import io.patchbay.probe.relay.ProxySource;

/**
 * What a proxy answers, read by the relay probe: an HTTP response head to CONNECT ({@link ResponseHead#read}, and
 * {@link HttpConnect#open} with its 407 retry) and a SOCKS4 reply ({@link Socks4#open}). The first input byte chooses
 * the proxy kind; the rest is what the proxy sends before it closes the connection. Every outcome is a tunnel or an
 * {@link AttemptFailed} (the engine's verdict, which never leaves it as anything else), within the attempt's deadline;
 * a verdict's detail is a printable line of bounded length that never holds the proxy password.
 * <p>
 * The parsing of the head is fuzzed directly on the bytes; the proxy dialogues go through a real loopback socket to
 * a minimal proxy that plays back the input, since that is the only way in to them.
 */
public final class ProxyAnswerFuzzer {

    private static final String PASSWORD = "fuzz-proxy-secret";
    private static final Player PLAYER;

    static {
        // Jazzer's SSRF detector flags every connection a target opens; these go to the loopback player only
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
        try {
            PLAYER = new Player();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ProxyAnswerFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Budget.check("proxy answer", input, () -> run(input));
    }

    static void run(byte[] input) throws Exception {
        byte[] answer = Arrays.copyOfRange(input, 1, input.length);
        int kind = input[0] & 3;
        if (kind == 0 || kind == 1) {
            parseHead(answer);
        }
        if (kind == 1) {
            dialogue(ProxyKind.HTTP, answer);
        } else if (kind == 2) {
            dialogue((input[0] & 4) == 0 ? ProxyKind.SOCKS4 : ProxyKind.SOCKS4A, answer);
        }
    }

    private static void parseHead(byte[] answer) throws IOException {
        try (Socket unconnected = new Socket()) {
            ResponseHead head = ResponseHead.read(new ByteArrayInputStream(answer), unconnected,
                    new Deadline(Duration.ofSeconds(5)), io.patchbay.probe.relay.AttemptOutcome.PROXY_MALFORMED,
                    "the proxy");
            require(head.status() >= 0 && head.status() <= 999, "status " + head.status());
            requirePrintable(head.statusLine());
            head.values("Proxy-Authenticate");
            require(head.headers().size() <= ResponseHead.LIMIT, head.headers().size() + " header lines");
        } catch (AttemptFailed failed) {
            checkVerdict(failed, answer);
        }
    }

    private static void dialogue(ProxyKind kind, byte[] answer) {
        PLAYER.answer = answer;
        ProxyServer proxy = new ProxyServer(kind, new HostAndPort("127.0.0.1", PLAYER.port()), ProxySource.OVERRIDE);
        Deadline deadline = new Deadline(Duration.ofSeconds(5));
        try {
            Tunnel tunnel = kind == ProxyKind.HTTP
                    ? HttpConnect.open(proxy, "relay.example.net", 443,
                            Optional.of(new ProxyCredentials("fuzz", PASSWORD.toCharArray())), deadline)
                    : Socks4.open(proxy, kind == ProxyKind.SOCKS4A ? "relay.example.net" : "192.0.2.44", 443, "fuzz",
                            deadline);
            requirePrintable(tunnel.detail());
            tunnel.close();
        } catch (AttemptFailed failed) {
            checkVerdict(failed, answer);
        }
    }

    private static void checkVerdict(AttemptFailed failed, byte[] answer) {
        require(failed.outcome() != null && failed.code() != null, "a verdict without outcome or code");
        // (unless the proxy itself sent the password back: then quoting the proxy is no leak of ours)
        boolean echoed = new String(answer, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PASSWORD);
        require(echoed || !failed.detail().contains(PASSWORD) && !failed.code().contains(PASSWORD),
                "the proxy password appears in a verdict: " + failed.detail());
        require(failed.detail().length() <= 1024, "a verdict detail of " + failed.detail().length() + " characters");
        requirePrintable(failed.detail());
        requirePrintable(failed.code());
    }

    private static void requirePrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            require(c >= 0x20 && c != 0x7F, () -> "a control character " + (int) c + " in a report line: "
                    + ResponseHead.printable(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** A loopback "proxy" that reads the request and plays back the current answer, then closes. */
    private static final class Player {
        private final ServerSocket listener;
        volatile byte[] answer = new byte[0];

        Player() throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().name("fuzz proxy player").start(this::serve);
        }

        int port() {
            return ((InetSocketAddress) listener.getLocalSocketAddress()).getPort();
        }

        private void serve() {
            while (true) {
                Socket socket;
                try {
                    socket = listener.accept();
                } catch (IOException e) {
                    return;
                }
                byte[] playing = answer;
                Thread.ofVirtual().start(() -> play(socket, playing));
            }
        }

        private static void play(Socket socket, byte[] playing) {
            try (socket) {
                socket.setSoTimeout(2000);
                InputStream in = socket.getInputStream();
                byte[] request = new byte[4096];
                in.read(request); // the CONNECT head or the SOCKS4 request, in one segment on loopback
                OutputStream out = socket.getOutputStream();
                out.write(playing);
                out.flush();
                socket.shutdownOutput();
                while (in.read(request) >= 0) {
                    // until the probe closes its end
                }
            } catch (IOException e) {
                // the probe hung up first
            }
        }
    }
}
