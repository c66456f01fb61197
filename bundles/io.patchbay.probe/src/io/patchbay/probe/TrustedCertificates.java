package io.patchbay.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The CA certificates a TLS probe trusts: read from a PEM or DER file (the system's root CA, F-30), or the Java
 * runtime's default store when none are given.
 *
 * @since 0.1
 */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /**
     * Reads every X.509 certificate in {@code file} (PEM, several may follow each other, or DER).
     *
     * @throws IOException when the file cannot be read or holds no certificate
     */
    public static List<X509Certificate> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : all) {
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
            if (certificates.isEmpty()) {
                throw new IOException(file + " holds no X.509 certificate");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IOException(file + " is not a PEM or DER certificate file: " + e.getMessage(), e);
        }
    }

    /** A TLS client context that trusts {@code certificates} only, or the runtime's default store when empty. */
    public static SSLContext clientContext(Collection<X509Certificate> certificates) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (certificates.isEmpty()) {
                factory.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (X509Certificate certificate : certificates) {
                    store.setCertificateEntry("ca" + i++, certificate);
                }
                factory.init(store);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the Java runtime cannot set up TLS: " + e, e);
        }
    }
}
