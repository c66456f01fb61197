package io.patchbay.probe.port;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Probes a TCP port, optionally with a TLS handshake.
 * <p>
 * The TLS probe checks the peer's chain against the CA certificates given (or the Java runtime's default trust store
 * when none are given) and checks that the leaf names the target: its host name, or its address in a subjectAltName
 * of type IP, as HTTPS clients do. The chain is kept even when it is not trusted, so an operator can see what the
 * device presents. The probe sends nothing after the handshake.
 *
 * @since 0.1
 */
public final class PortProbe {

    private PortProbe() {
    }

    /** Connects to {@code target} over TCP and closes the connection at once. */
    public static PortResult tcp(InetSocketAddress target, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            Optional<PortResult> failed = connect(socket, target, timeout);
            if (failed.isPresent()) {
                return failed.get();
            }
            return new PortResult(target, PortOutcome.OPEN, Optional.of(since(start)), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), "");
        } catch (IOException e) {
            return failure(target, PortOutcome.UNREACHABLE, e.toString());
        }
    }

    /**
     * Connects to {@code target} and completes a TLS handshake.
     *
     * @param trusted the CA certificates to trust; empty: the Java runtime's default trust store
     * @param serverName the name to send in SNI and to check the certificate against; null: the target's IP address,
     *            checked against the certificate's subjectAltName IP entries
     */
    public static PortResult tls(InetSocketAddress target, Duration timeout, Collection<X509Certificate> trusted,
            String serverName) {
        RecordingTrustManager trust;
        SSLContext context;
        try {
            trust = new RecordingTrustManager(trustManager(trusted));
            context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trust }, null);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the Java runtime cannot set up TLS: " + e, e);
        }
        long start = System.nanoTime();
        try (Socket plain = new Socket()) {
            Optional<PortResult> failed = connect(plain, target, timeout);
            if (failed.isPresent()) {
                return failed.get();
            }
            Duration connectTime = since(start);
            String name = serverName != null ? serverName : target.getAddress().getHostAddress();
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, name, target.getPort(),
                    false)) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                long remaining = timeout.toMillis() - connectTime.toMillis();
                socket.setSoTimeout((int) Math.max(1, remaining));
                long handshakeStart = System.nanoTime();
                try {
                    socket.startHandshake();
                } catch (SocketTimeoutException e) {
                    return new PortResult(target, PortOutcome.TIMEOUT, Optional.of(connectTime), Optional.empty(),
                            Optional.empty(), Optional.empty(), trust.chain(),
                            "the port is open but no TLS handshake within " + timeout.toMillis() + " ms");
                } catch (SSLException e) {
                    if (trust.rejection() != null) {
                        return new PortResult(target, PortOutcome.NOT_TRUSTED, Optional.of(connectTime),
                                Optional.empty(), Optional.empty(), Optional.empty(), trust.chain(),
                                describe(trust.rejection()));
                    }
                    return new PortResult(target, PortOutcome.TLS_FAILED, Optional.of(connectTime), Optional.empty(),
                            Optional.empty(), Optional.empty(), trust.chain(), describe(e));
                } catch (IOException e) {
                    return new PortResult(target, PortOutcome.TLS_FAILED, Optional.of(connectTime), Optional.empty(),
                            Optional.empty(), Optional.empty(), trust.chain(),
                            "the connection broke during the handshake: " + describe(e));
                }
                Duration handshakeTime = since(handshakeStart);
                SSLSession session = socket.getSession();
                return new PortResult(target, PortOutcome.TLS_TRUSTED, Optional.of(connectTime),
                        Optional.of(handshakeTime), Optional.of(session.getProtocol()),
                        Optional.of(session.getCipherSuite()), trust.chain(), "");
            }
        } catch (IOException e) {
            return failure(target, PortOutcome.UNREACHABLE, e.toString());
        }
    }

    /** Connects, or says why not. */
    private static Optional<PortResult> connect(Socket socket, InetSocketAddress target, Duration timeout)
            throws IOException {
        if (target.isUnresolved()) {
            return Optional.of(failure(target, PortOutcome.UNREACHABLE, "cannot resolve " + target.getHostString()));
        }
        try {
            socket.setTcpNoDelay(true);
            socket.connect(target, (int) Math.max(1, timeout.toMillis()));
            return Optional.empty();
        } catch (SocketTimeoutException e) {
            return Optional.of(failure(target, PortOutcome.TIMEOUT, "no TCP connection within " + timeout.toMillis()
                    + " ms"));
        } catch (ConnectException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("refused")) {
                return Optional.of(failure(target, PortOutcome.REFUSED, message));
            }
            if (message.contains("timed out")) {
                return Optional.of(failure(target, PortOutcome.TIMEOUT, message));
            }
            return Optional.of(failure(target, PortOutcome.UNREACHABLE, message));
        } catch (NoRouteToHostException | UnknownHostException e) {
            return Optional.of(failure(target, PortOutcome.UNREACHABLE, String.valueOf(e.getMessage())));
        }
    }

    private static PortResult failure(InetSocketAddress target, PortOutcome outcome, String detail) {
        return new PortResult(target, outcome, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), detail);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The innermost message: a PKIX path error says more than the SSLHandshakeException around it. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    private static X509ExtendedTrustManager trustManager(Collection<X509Certificate> trusted)
            throws GeneralSecurityException, IOException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (trusted.isEmpty()) {
            factory.init((KeyStore) null);
        } else {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate certificate : trusted) {
                store.setCertificateEntry("ca" + i++, certificate);
            }
            factory.init(store);
        }
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in " + factory.getAlgorithm());
    }

    /** Delegates the decision and remembers the chain and the reason for a rejection. */
    private static final class RecordingTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager delegate;
        private volatile List<X509Certificate> chain = List.of();
        private volatile CertificateException rejection;

        RecordingTrustManager(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        List<X509Certificate> chain() {
            return chain;
        }

        CertificateException rejection() {
            return rejection;
        }

        private void check(X509Certificate[] presented, Check check) throws CertificateException {
            chain = presented == null ? List.of() : List.of(presented);
            try {
                check.run();
            } catch (CertificateException e) {
                rejection = e;
                throw e;
            }
        }

        private interface Check {
            void run() throws CertificateException;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket)
                throws CertificateException {
            check(presented, () -> delegate.checkServerTrusted(presented, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine)
                throws CertificateException {
            check(presented, () -> delegate.checkServerTrusted(presented, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType) throws CertificateException {
            check(presented, () -> delegate.checkServerTrusted(presented, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("a probe does not accept clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("a probe does not accept clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType) throws CertificateException {
            throw new CertificateException("a probe does not accept clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
