package io.patchbay.provisioning.cert.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/** PEM in and out: certificates, and RSA private keys in PKCS#8 or PKCS#1 ("traditional") form. */
public final class Pem {

    private Pem() {
    }

    /** Thrown with a message that names what was found, never the content. */
    public static final class NotPemException extends Exception {
        private static final long serialVersionUID = 1L;

        NotPemException(String message) {
            super(message);
        }
    }

    public static String certificate(X509Certificate certificate) throws IOException {
        return write(certificate);
    }

    /** The key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}); for the vault only. */
    public static byte[] privateKey(PrivateKey key) throws IOException {
        return write(new JcaPKCS8Generator(key, null)).getBytes(StandardCharsets.US_ASCII);
    }

    private static String write(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    /** The first certificate in PEM {@code bytes} (DER is accepted too). */
    public static X509Certificate readCertificate(byte[] bytes) throws NotPemException {
        try (PEMParser parser = new PEMParser(reader(bytes))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                if (object instanceof X509CertificateHolder holder) {
                    return new JcaX509CertificateConverter().getCertificate(holder);
                }
            }
        } catch (IOException | CertificateException e) {
            // not PEM; try DER below
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | ClassCastException e) {
            throw new NotPemException("holds no X.509 certificate (PEM '-----BEGIN CERTIFICATE-----' or DER)");
        }
    }

    /** The private key in PEM {@code bytes} (PKCS#8 or PKCS#1), which must not be encrypted. */
    public static PrivateKey readPrivateKey(byte[] bytes) throws NotPemException {
        try (PEMParser parser = new PEMParser(reader(bytes))) {
            Object object;
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            while ((object = parser.readObject()) != null) {
                if (object instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
                    throw new NotPemException("holds an encrypted private key; decrypt it into a file only you can"
                            + " read (openssl pkey -in KEY -out PLAIN.pem) and import that, then delete it");
                }
            }
        } catch (IOException e) {
            throw new NotPemException("is not a PEM private key (" + e.getClass().getSimpleName() + ")");
        }
        throw new NotPemException("holds no private key ('-----BEGIN PRIVATE KEY-----' or"
                + " '-----BEGIN RSA PRIVATE KEY-----')");
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII);
    }
}
