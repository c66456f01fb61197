package io.patchbay.livetest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS handshake that accepts any certificate, for the checks that judge the protocol version (F-14) or need TLS
 * transport (SIP over TLS, F-22/F-27), not the certificate: whether a system's certificate is trusted is the business
 * of the certificate rules (F-30, F-31). Nothing is sent after the handshake.
 */
final class TlsHandshake {

    /** The outcome: the negotiated protocol and suite and the certificate subject. */
    record Result(String protocol, String cipherSuite, String subject, Duration time) {
    }

    private TlsHandshake() {
    }

    /** A socket factory that accepts any server certificate. */
    static SSLSocketFactory anyCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // not a server
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the certificate is judged elsewhere (F-30, F-31)
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            } }, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime offers no TLS: " + e.getMessage(), e);
        }
    }

    /** Connects and completes a handshake within {@code timeout}. */
    static Result handshake(InetSocketAddress target, Duration timeout) throws IOException {
        long start = System.nanoTime();
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        try (Socket plain = new Socket()) {
            plain.connect(target, millis);
            plain.setSoTimeout(millis);
            try (SSLSocket tls = (SSLSocket) anyCertificate().createSocket(plain,
                    target.getAddress().getHostAddress(), target.getPort(), true)) {
                tls.startHandshake();
                String subject = "";
                if (tls.getSession().getPeerCertificates().length > 0
                        && tls.getSession().getPeerCertificates()[0] instanceof X509Certificate leaf) {
                    subject = leaf.getSubjectX500Principal().getName();
                }
                return new Result(tls.getSession().getProtocol(), tls.getSession().getCipherSuite(), subject,
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }
}
