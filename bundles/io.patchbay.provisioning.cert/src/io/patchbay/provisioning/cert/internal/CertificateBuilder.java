package io.patchbay.provisioning.cert.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.patchbay.model.SignatureAlgorithm;
import io.patchbay.provisioning.cert.Subject;

/**
 * Builds and signs X.509 v3 certificates with Bouncy Castle's builders on the JDK's own crypto providers (no provider
 * is registered: nothing global changes). Validity times are written as RFC 5280 asks: UTCTime up to 2049,
 * GeneralizedTime from 2050, both in GMT ({@code Z}).
 */
public final class CertificateBuilder {

    private CertificateBuilder() {
    }

    /** A new RSA key pair of {@code bits}. */
    public static KeyPair rsaKeyPair(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no RSA key generator", e);
        }
    }

    public static X500Name name(Subject subject) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, subject.country())
                .addRDN(BCStyle.O, subject.organization()).addRDN(BCStyle.OU, subject.unit())
                .addRDN(BCStyle.CN, subject.commonName()).build();
    }

    /** C, O, OU and CN of {@code certificate}'s subject ({@code null} for a part it lacks). */
    public static Subject subjectOf(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return new Subject(part(name, BCStyle.C), part(name, BCStyle.O), part(name, BCStyle.OU),
                part(name, BCStyle.CN));
    }

    private static String part(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** A self-signed CA: basicConstraints CA:true (critical), keyUsage keyCertSign and cRLSign (critical), SKI, AKI. */
    public static X509Certificate selfSignedCa(Subject subject, KeyPair keys, BigInteger serial, Instant from,
            Instant until, SignatureAlgorithm signature, String crlDistributionPoint) throws IOException {
        X500Name name = name(subject);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial, time(from), time(until),
                    name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(keys.getPublic()));
            addCrl(builder, crlDistributionPoint);
            return sign(builder, keys.getPrivate(), signature);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-1 for key identifiers", e);
        }
    }

    /**
     * A server certificate signed by {@code ca}: basicConstraints CA:false (critical), keyUsage digitalSignature and
     * keyEncipherment (critical), extendedKeyUsage serverAuth, subjectAltName, SKI, AKI (the CA's SKI).
     */
    public static X509Certificate server(Subject subject, PublicKey key, List<String> alternativeNames,
            X509Certificate ca, PrivateKey caKey, BigInteger serial, Instant from, Instant until,
            SignatureAlgorithm signature, String crlDistributionPoint) throws IOException {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, time(from),
                    time(until), name(subject), key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            if (!alternativeNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, generalNames(alternativeNames));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
            addCrl(builder, crlDistributionPoint);
            return sign(builder, caKey, signature);
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IOException("cannot read the CA certificate " + ca.getSubjectX500Principal() + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code DNS:name} or {@code IP:address} entries into GeneralNames (checked by {@link AlternativeNames}). */
    private static ASN1Encodable generalNames(List<String> alternativeNames) throws IOException {
        List<GeneralName> names = new ArrayList<>();
        for (String entry : alternativeNames) {
            if (entry.startsWith("IP:")) {
                InetAddress address = AlternativeNames.literal(entry.substring(3));
                names.add(new GeneralName(GeneralName.iPAddress,
                        new org.bouncycastle.asn1.DEROctetString(address.getAddress())));
            } else {
                names.add(new GeneralName(GeneralName.dNSName, entry.substring(4)));
            }
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static void addCrl(X509v3CertificateBuilder builder, String url) throws IOException {
        if (url != null && !url.isBlank()) {
            DistributionPointName where = new DistributionPointName(
                    new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url)));
            builder.addExtension(Extension.cRLDistributionPoints, false,
                    new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(where, null, null)}));
        }
    }

    private static Time time(Instant instant) {
        return new Time(Date.from(instant)); // UTCTime before 2050, GeneralizedTime after; always GMT
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key,
            SignatureAlgorithm signature) throws IOException {
        String algorithm = signature == SignatureAlgorithm.SHA512_RSA ? "SHA512withRSA" : "SHA256withRSA";
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IOException("cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }
}
