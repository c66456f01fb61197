package io.patchbay.probe.relay.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;

import io.patchbay.probe.relay.AttemptOutcome;

/**
 * A TLS client handshake over a tunnel, driven by an {@link SSLEngine} so that the first bytes the far side sends are
 * seen before TLS parses them: an {@code HTTP/1.x} answer to the ClientHello is a middlebox (F-62), not a TLS error.
 * Many such middleboxes read a whole line before answering, and a ClientHello need not hold a line end: when nothing
 * has come back after two thirds of the time allowed, the probe sends an empty line (a TLS server would have answered
 * long before), so that a line-reading middlebox answers with its error.
 * Trust is what {@link io.patchbay.probe.TrustedCertificates#clientContext} gives, with the HTTPS name check the port
 * probe also makes.
 */
public final class TlsHandshake {

    private static final String LATE = " (the relay answered only after two thirds of the timeout, when the probe had"
            + " already ended a line for a possible HTTP middlebox; try again with a longer timeout)";

    /** Ends a line for a peer that reads lines; harmless to anything else that is already silent. */
    private static final byte[] NUDGE = { '\r', '\n', '\r', '\n' };

    private TlsHandshake() {
    }

    /** Completes the handshake and returns the negotiated protocol and cipher suite. */
    public static String[] run(Tunnel tunnel, SSLContext context, String host, int port, String serverName,
            Deadline deadline) throws AttemptFailed {
        String name = serverName != null ? serverName : host;
        SSLEngine engine = context.createSSLEngine(name, port);
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        engine.setSSLParameters(parameters);
        int packet = engine.getSession().getPacketBufferSize();
        ByteBuffer netOut = ByteBuffer.allocate(packet);
        ByteBuffer netIn = ByteBuffer.allocate(packet);
        ByteBuffer app = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        ByteBuffer empty = ByteBuffer.allocate(0);
        byte[] chunk = new byte[packet];
        ByteArrayOutputStream firstBytes = new ByteArrayOutputStream();
        boolean checked = false;
        boolean nudged = false;
        boolean answeredLate = false;
        try {
            engine.beginHandshake();
            while (true) {
                SSLEngineResult.HandshakeStatus status = engine.getHandshakeStatus();
                switch (status) {
                case NEED_WRAP -> {
                    netOut.clear();
                    SSLEngineResult result = engine.wrap(empty, netOut);
                    netOut.flip();
                    tunnel.out().write(netOut.array(), 0, netOut.limit());
                    tunnel.out().flush();
                    if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                        throw failed(firstBytes, "the TLS session closed during the handshake");
                    }
                }
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    netIn.flip();
                    SSLEngineResult result = engine.unwrap(netIn, app);
                    netIn.compact();
                    if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                        app = ByteBuffer.allocate(app.capacity() * 2);
                    } else if (result.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW
                            || (result.bytesConsumed() == 0 && result.bytesProduced() == 0
                                    && result.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_UNWRAP)) {
                        int n;
                        try {
                            if (!nudged && firstBytes.size() == 0) {
                                int left = deadline.remainingMillis("the connection is up but no TLS answer came");
                                tunnel.socket().setSoTimeout(Math.max(1, left * 2 / 3));
                            } else {
                                deadline.apply(tunnel.socket(), "the connection is up but no TLS answer came");
                            }
                            n = tunnel.in().read(chunk);
                        } catch (SocketTimeoutException e) {
                            if (!nudged && firstBytes.size() == 0) {
                                // Silent after a whole ClientHello: a TLS server would have answered by now. A
                                // line-based HTTP middlebox may still be waiting for the end of its "request line";
                                // end it, so that it answers with its error.
                                nudged = true;
                                tunnel.out().write(NUDGE);
                                tunnel.out().flush();
                                continue;
                            }
                            if (firstBytes.size() > 0 && startsWithHttp(firstBytes.toByteArray())) {
                                throw middlebox(firstBytes.toByteArray());
                            }
                            throw deadline.timeout("the connection is up but no TLS handshake came about");
                        }
                        if (nudged && firstBytes.size() == 0 && n > 0) {
                            answeredLate = true;
                        }
                        if (n < 0) {
                            if (startsWithHttp(firstBytes.toByteArray())) {
                                throw middlebox(firstBytes.toByteArray());
                            }
                            throw failed(firstBytes, firstBytes.size() == 0
                                    ? "the far side closed the connection without a TLS answer"
                                    : "the far side closed the connection during the handshake");
                        }
                        if (firstBytes.size() < 512) {
                            firstBytes.write(chunk, 0, Math.min(n, 512 - firstBytes.size()));
                        }
                        if (!checked && firstBytes.size() >= 5) {
                            checked = true;
                            if (startsWithHttp(firstBytes.toByteArray())) {
                                // wait for the status line only, within the deadline
                                readLine(tunnel, firstBytes, chunk, deadline);
                                throw middlebox(firstBytes.toByteArray());
                            }
                        }
                        if (netIn.remaining() < n) {
                            ByteBuffer bigger = ByteBuffer.allocate(netIn.position() + n + packet);
                            netIn.flip();
                            bigger.put(netIn);
                            netIn = bigger;
                        }
                        netIn.put(chunk, 0, n);
                    }
                }
                case NEED_TASK -> {
                    Runnable task;
                    while ((task = engine.getDelegatedTask()) != null) {
                        task.run();
                    }
                }
                case FINISHED, NOT_HANDSHAKING -> {
                    return new String[] { engine.getSession().getProtocol(), engine.getSession().getCipherSuite() };
                }
                default -> throw failed(firstBytes, "unexpected handshake state " + status);
                }
            }
        } catch (SSLException e) {
            if (!checked && startsWithHttp(firstBytes.toByteArray())) {
                throw middlebox(firstBytes.toByteArray());
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CertificateException) {
                    throw new AttemptFailed(AttemptOutcome.NOT_TRUSTED, "TLS-CERT", innermost(e));
                }
            }
            throw failed(firstBytes, innermost(e) + (answeredLate ? LATE : ""));
        } catch (IOException e) {
            throw failed(firstBytes, "the connection broke during the handshake: " + e.getMessage());
        } finally {
            engine.closeOutbound();
        }
    }

    private static void readLine(Tunnel tunnel, ByteArrayOutputStream firstBytes, byte[] chunk, Deadline deadline) {
        try {
            while (firstBytes.size() < 512 && firstBytes.toString(StandardCharsets.ISO_8859_1).indexOf('\n') < 0) {
                deadline.apply(tunnel.socket(), "status line");
                int n = tunnel.in().read(chunk, 0, Math.min(chunk.length, 512 - firstBytes.size()));
                if (n < 0) {
                    return;
                }
                firstBytes.write(chunk, 0, n);
            }
        } catch (IOException | AttemptFailed e) {
            // the status line so far is enough to report
        }
    }

    private static boolean startsWithHttp(byte[] bytes) {
        return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/");
    }

    private static AttemptFailed middlebox(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        String code = "HTTP";
        String[] parts = line.split(" ");
        if (parts.length > 1 && parts[1].matches("\\d{3}")) {
            code = "HTTP " + parts[1];
        }
        return new AttemptFailed(AttemptOutcome.MIDDLEBOX, code, "answered the TLS ClientHello with "
                + ResponseHead.printable(line.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static AttemptFailed failed(ByteArrayOutputStream firstBytes, String why) {
        String seen = firstBytes.size() == 0 || firstBytes.toByteArray()[0] == 0x16
                || firstBytes.toByteArray()[0] == 0x15 ? ""
                        : " (first bytes: " + ResponseHead.printable(java.util.Arrays.copyOf(firstBytes.toByteArray(),
                                Math.min(40, firstBytes.size()))) + ")";
        return new AttemptFailed(AttemptOutcome.TLS_FAILED, "TLS", why + seen);
    }

    private static String innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
