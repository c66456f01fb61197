package io.patchbay.provisioning.cert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.VaultException;
import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.Identifiable;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.SignatureAlgorithm;
import io.patchbay.provisioning.cert.CertificateException.Reason;
import io.patchbay.provisioning.cert.internal.AlternativeNames;
import io.patchbay.provisioning.cert.internal.CertificateBuilder;
import io.patchbay.provisioning.cert.internal.OwnerOnlyFiles;
import io.patchbay.provisioning.cert.internal.Passphrases;
import io.patchbay.provisioning.cert.internal.Pem;

/**
 * The certificates of one estate (F-30, F-31): creates or imports a CA, issues server certificates signed by it,
 * exports them. Each operation adds a {@link Certificate} to the estate (and, for a system's server certificate, sets
 * the system's SPE certificate) but does not save the estate: the caller saves it.
 * <p>
 * Rules kept: serial numbers are unique among all certificates the estate ever had ({@link SerialLedger}); the key
 * length is at least 2048 bits and at least the {@linkplain OsbizSystem#getSpeMinimumKeyLength() minimum SPE key
 * length} of the system (for a CA: of every system in the estate); signatures are sha256RSA or sha512RSA; validity is
 * written in GMT; names have no blanks; a server certificate does not outlive its CA.
 * <p>
 * Secrets: a CA's private key is kept in the vault under {@link #keyReference(String)}, a server certificate's key
 * only inside its PKCS#12 file, encrypted with the passphrase in the vault under the certificate's
 * {@code passphraseRef}. Neither ever reaches the estate, a log or an exception message. Not thread-safe: one
 * operation at a time per estate (the ledger itself is safe across processes).
 *
 * @since 0.1
 */
public final class EstateCertificates {

    /** The shortest RSA key Patchbay issues or imports, whatever a system accepts. */
    public static final int LEAST_KEY_LENGTH = 2048;
    /** The longest RSA key Patchbay generates. */
    public static final int MOST_KEY_LENGTH = 8192;
    static final int CA_DAYS = 3650, SERVER_DAYS = 730;

    private final Estate estate;
    private final CertificateFiles files;
    private final CredentialVault vault;
    private final Passphrases passphrases = new Passphrases();

    /**
     * @param estate     the estate, as loaded from {@code estateFile}
     * @param estateFile where the estate is (or will be) saved; the certificate files go beside it
     * @param vault      where CA keys and PKCS#12 passphrases are kept
     */
    public EstateCertificates(Estate estate, Path estateFile, CredentialVault vault) {
        this.estate = estate;
        this.files = CertificateFiles.besideEstate(estateFile);
        this.vault = vault;
    }

    public CertificateFiles files() {
        return files;
    }

    /** The vault reference of the private key of CA {@code certificateId}: {@code vault:cert/ID/key}. */
    public static String keyReference(String certificateId) {
        return "vault:cert/" + certificateId + "/key";
    }

    /** The default vault reference of a PKCS#12 passphrase: {@code vault:cert/ID/p12}. */
    public static String passphraseReference(String certificateId) {
        return "vault:cert/" + certificateId + "/p12";
    }

    /** The estate's certificate with id (or else name) {@code idOrName}. */
    public Certificate find(String idOrName) throws CertificateException {
        for (Certificate certificate : estate.getCertificates()) {
            if (idOrName.equals(certificate.getId())) {
                return certificate;
            }
        }
        List<Certificate> named = estate.getCertificates().stream().filter(c -> idOrName.equals(c.getName())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        throw new CertificateException(Reason.INPUT, named.isEmpty()
                ? "no certificate with id or name '" + idOrName + "' in the estate; 'patchbay cert list' shows them"
                : "several certificates are named '" + idOrName + "'; name one by its id ('patchbay cert list')");
    }

    // ---------------------------------------------------------------------------------------------------- CA

    /** Creates a self-signed CA, keeps its key in the vault and its certificate beside the estate. */
    public Certificate createCa(CaRequest request) throws CertificateException {
        Subject subject = request.subject();
        requireSubject(subject, "the CA");
        String name = name(request.name(), subject.commonName());
        int bits = keyLength(request.keyLength(), estateMinimum(), "CA " + name);
        int days = days(request.days(), CA_DAYS);
        String crl = crl(request.crlDistributionPoint());
        String id = newId(name);
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant until = from.plus(Duration.ofDays(days));
        KeyPair keys = CertificateBuilder.rsaKeyPair(bits);
        BigInteger serial = files.ledger().next(id, modelSerials());
        X509Certificate certificate;
        try {
            certificate = CertificateBuilder.selfSignedCa(subject, keys, serial, from, until, request.signature(),
                    crl);
        } catch (IOException e) {
            throw new CertificateException(Reason.STORAGE, "CA " + name + ": " + e.getMessage(), e);
        }
        storeKey(id, name, keys.getPrivate());
        writeCertificate(id, certificate);
        Certificate ca = record(id, name, CertificateKind.CA, certificate, bits, request.signature(), subject, null,
                crl);
        estate.getCertificates().add(ca);
        return ca;
    }

    /**
     * Imports a CA from a trust centre: its certificate and unencrypted private key, both PEM (PKCS#8 or PKCS#1). The
     * key goes into the vault; the key file itself is left alone (delete it once the import is done).
     *
     * @param name the certificate's name in the estate ({@code null}: its CN without blanks)
     */
    public Certificate importCa(Path certificateFile, Path keyFile, String name) throws CertificateException {
        X509Certificate certificate;
        PrivateKey key;
        try {
            certificate = Pem.readCertificate(read(certificateFile, "certificate"));
        } catch (Pem.NotPemException e) {
            throw new CertificateException(Reason.INPUT, "the CA certificate " + certificateFile + " " + e.getMessage()
                    + "; give the trust centre's CA certificate in PEM");
        }
        byte[] keyBytes = read(keyFile, "key");
        try {
            key = Pem.readPrivateKey(keyBytes);
        } catch (Pem.NotPemException e) {
            throw new CertificateException(Reason.INPUT, "the CA key " + keyFile + " " + e.getMessage());
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
        Subject subject = CertificateBuilder.subjectOf(certificate);
        String label = "the imported CA " + certificate.getSubjectX500Principal().getName();
        if (certificate.getBasicConstraints() < 0) {
            throw new CertificateException(Reason.RULE, label + " is not a CA certificate (no basicConstraints"
                    + " CA:true); import the trust centre's CA certificate, not a server certificate");
        }
        if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey)) {
            throw new CertificateException(Reason.RULE, label + " has a " + certificate.getPublicKey().getAlgorithm()
                    + " key; F-30 asks for RSA (sha256RSA or sha512RSA): import an RSA CA");
        }
        if (!(key instanceof RSAPrivateKey privateKey) || !privateKey.getModulus().equals(publicKey.getModulus())) {
            throw new CertificateException(Reason.INPUT, "the key " + keyFile + " does not belong to " + label
                    + "; give the private key of that certificate");
        }
        SignatureAlgorithm signature = switch (certificate.getSigAlgName().toUpperCase(Locale.ROOT)) {
            case "SHA256WITHRSA" -> SignatureAlgorithm.SHA256_RSA;
            case "SHA512WITHRSA" -> SignatureAlgorithm.SHA512_RSA;
            default -> throw new CertificateException(Reason.RULE, label + " is signed with "
                    + certificate.getSigAlgName() + "; F-30 allows sha256RSA or sha512RSA: ask the trust centre for"
                    + " such a CA");
        };
        Instant now = Instant.now();
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw new CertificateException(Reason.RULE, label + " expired on " + certificate.getNotAfter().toInstant()
                    + "; import a current CA");
        }
        String certificateName = name(name, subject.commonName() == null ? "imported-ca" : subject.commonName());
        int bits = publicKey.getModulus().bitLength();
        keyLength(bits, estateMinimum(), "the imported CA " + certificateName);
        String id = newId(certificateName);
        SerialLedger ledger = files.ledger();
        ledger.adopt(modelSerials());
        ledger.record(certificate.getSerialNumber(), id);
        storeKey(id, certificateName, key);
        writeCertificate(id, certificate);
        Certificate ca = record(id, certificateName, CertificateKind.CA, certificate, bits, signature, subject, null,
                null);
        ca.setImported(true);
        estate.getCertificates().add(ca);
        return ca;
    }

    // ------------------------------------------------------------------------------------------------ server

    /**
     * Issues a server certificate signed by a CA of the estate and writes it as PKCS#12 ({@code ID.p12}, with the
     * CA in its chain) and PEM beside the estate. With a system, the certificate becomes the system's SPE
     * certificate.
     */
    public Certificate issueServer(ServerRequest request) throws CertificateException {
        OsbizSystem system = request.systemId() == null ? null : system(request.systemId());
        Subject given = request.subject() == null ? new Subject(null, null, null, null) : request.subject();
        String commonName = given.commonName() != null ? given.commonName() : system == null ? null
                : !blank(system.getPublicAddress()) ? system.getPublicAddress()
                : !blank(system.getHostAddress()) ? system.getHostAddress() : system.getName();
        if (blank(commonName)) {
            throw new CertificateException(Reason.INPUT, "a server certificate needs a common name (CN) or a"
                    + " system to take it from; give one");
        }
        String name = name(request.name(), system != null ? (blank(system.getName()) ? system.getId()
                : system.getName()) + "-spe" : commonName);
        Minimum minimum = system == null ? new Minimum(LEAST_KEY_LENGTH, null)
                : new Minimum(Math.max(LEAST_KEY_LENGTH, system.getSpeMinimumKeyLength()), system);
        int bits = keyLength(request.keyLength(), minimum, "server certificate " + name);
        Certificate ca = ca(request.caId());
        if (minimum.system() != null && ca.getKeyLength() < minimum.bits()) {
            throw new CertificateException(Reason.RULE, "CA " + ca.getName() + " has a " + ca.getKeyLength()
                    + "-bit key, below the minimum SPE key length " + minimum.bits() + " of " + describe(system)
                    + " (F-30); sign with a CA of at least " + minimum.bits() + " bits");
        }
        X509Certificate caCertificate = x509(ca);
        Subject subject = new Subject(orElse(given.country(), ca.getSubjectCountry()),
                orElse(given.organization(), ca.getSubjectOrganization()),
                orElse(given.unit(), ca.getSubjectOrganizationalUnit()), commonName);
        requireSubject(subject, "the server certificate " + name);
        List<String> alternativeNames = alternativeNames(request.alternativeNames(), commonName, system);
        int days = days(request.days(), SERVER_DAYS);
        String crl = crl(request.crlDistributionPoint());
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant until = from.plus(Duration.ofDays(days));
        Instant caUntil = caCertificate.getNotAfter().toInstant();
        if (caCertificate.getNotBefore().toInstant().isAfter(from)) {
            throw new CertificateException(Reason.RULE, "CA " + ca.getName() + " is valid only from " + caCertificate
                    .getNotBefore().toInstant() + "; check the clock (F-42) or wait until then");
        }
        if (until.isAfter(caUntil)) {
            long left = Duration.between(from, caUntil).toDays();
            throw new CertificateException(Reason.RULE, "server certificate " + name + " would be valid until " + until
                    + ", after its CA " + ca.getName() + " expires (" + caUntil + "); "
                    + (left >= 1 ? "ask for at most " + left + " days or renew the CA" : "renew the CA"));
        }
        String passphraseRef = request.passphraseRef();
        if (passphraseRef != null && !CredentialVault.isReference(passphraseRef)) {
            throw new CertificateException(Reason.INPUT, "'" + passphraseRef + "' is not a vault reference; write it"
                    + " as vault:NAME/…");
        }
        String id = newId(name);
        if (passphraseRef == null) {
            passphraseRef = passphraseReference(id);
        }
        PrivateKey caKey = caKey(ca);
        KeyPair keys = CertificateBuilder.rsaKeyPair(bits);
        BigInteger serial = files.ledger().next(id, modelSerials());
        X509Certificate certificate;
        try {
            certificate = CertificateBuilder.server(subject, keys.getPublic(), alternativeNames, caCertificate, caKey,
                    serial, from, until, request.signature(), crl);
        } catch (IOException e) {
            throw new CertificateException(Reason.STORAGE, "server certificate " + name + ": " + e.getMessage(), e);
        }
        char[] passphrase = passphrase(passphraseRef, name);
        try {
            OwnerOnlyFiles.writeSecret(files.pkcs12(id), pkcs12(name, keys.getPrivate(), certificate, caCertificate,
                    passphrase));
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateException(Reason.STORAGE, "cannot write the PKCS#12 file " + files.pkcs12(id) + ": "
                    + e.getMessage() + "; check that the folder is writable", e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        writeCertificate(id, certificate);
        Certificate server = record(id, name, CertificateKind.SERVER, certificate, bits, request.signature(), subject,
                alternativeNames.isEmpty() ? null : alternativeNames.get(0).substring(alternativeNames.get(0)
                        .indexOf(':') + 1), crl);
        server.setIssuer(ca);
        server.setPassphraseRef(passphraseRef);
        estate.getCertificates().add(server);
        if (system != null) {
            system.setSpeCertificate(server);
        }
        return server;
    }

    // ------------------------------------------------------------------------------------------------ export

    /** The X.509 certificate of {@code certificate}, read from its file beside the estate. */
    public X509Certificate x509(Certificate certificate) throws CertificateException {
        Path file = files.certificate(certificate.getId());
        if (!Files.isRegularFile(file)) {
            throw new CertificateException(Reason.STORAGE, "the file of certificate " + certificate.getName() + " ("
                    + file + ") is missing; restore it from a backup or issue the certificate again");
        }
        try {
            return Pem.readCertificate(Files.readAllBytes(file));
        } catch (IOException | Pem.NotPemException e) {
            throw new CertificateException(Reason.STORAGE, "the file of certificate " + certificate.getName() + " ("
                    + file + ") cannot be read: " + e.getMessage() + "; restore it from a backup", e);
        }
    }

    /** Writes the X.509 certificate (never a key) of {@code certificate} to {@code out}. */
    public void export(Certificate certificate, ExportFormat format, Path out) throws CertificateException {
        X509Certificate x509 = x509(certificate);
        try {
            byte[] bytes = format == ExportFormat.DER ? x509.getEncoded()
                    : Pem.certificate(x509).getBytes(StandardCharsets.US_ASCII);
            OwnerOnlyFiles.writePublic(out, bytes);
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateException(Reason.STORAGE, "cannot write " + out + ": " + e.getMessage()
                    + "; check the path and that the folder is writable", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private record Minimum(int bits, OsbizSystem system) {
    }

    /** The largest minimum SPE key length of the estate's systems (a CA must satisfy every system it may serve). */
    private Minimum estateMinimum() {
        Minimum minimum = new Minimum(LEAST_KEY_LENGTH, null);
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            if (it.next() instanceof OsbizSystem system && system.getSpeMinimumKeyLength() > minimum.bits()) {
                minimum = new Minimum(system.getSpeMinimumKeyLength(), system);
            }
        }
        return minimum;
    }

    private static int keyLength(int requested, Minimum minimum, String what) throws CertificateException {
        if (requested == 0) {
            return minimum.bits();
        }
        if (requested < LEAST_KEY_LENGTH) {
            throw new CertificateException(Reason.RULE, what + ": key length " + requested + " is below "
                    + LEAST_KEY_LENGTH + ", the least Patchbay issues (F-30); use " + minimum.bits() + " or more");
        }
        if (requested < minimum.bits()) {
            throw new CertificateException(Reason.RULE, what + ": key length " + requested
                    + " is below the minimum SPE key length " + minimum.bits() + " of " + describe(minimum.system())
                    + " (F-30); use a key of at least " + minimum.bits() + " bits");
        }
        if (requested > MOST_KEY_LENGTH) {
            throw new CertificateException(Reason.INPUT, what + ": key length " + requested + " is more than "
                    + MOST_KEY_LENGTH + "; use 2048, 3072 or 4096");
        }
        return requested;
    }

    private static int days(int requested, int otherwise) throws CertificateException {
        if (requested < 0 || requested > 36500) {
            throw new CertificateException(Reason.INPUT, "a validity of " + requested + " days is not possible;"
                    + " give 1 to 36500 days");
        }
        return requested == 0 ? otherwise : requested;
    }

    private static String crl(String url) throws CertificateException {
        if (blank(url)) {
            return null;
        }
        if (!url.matches("(?i)(https?|ldap)://\\S+")) {
            throw new CertificateException(Reason.INPUT, "CRL distribution point '" + url + "' is not an http(s) or"
                    + " ldap URL; give one like http://pki.example/ca.crl");
        }
        return url;
    }

    private static void requireSubject(Subject subject, String what) throws CertificateException {
        List<String> missing = new ArrayList<>();
        if (blank(subject.country())) {
            missing.add("country (C)");
        } else if (!subject.country().matches("[A-Za-z]{2}")) {
            throw new CertificateException(Reason.INPUT, what + ": country '" + subject.country()
                    + "' is not a two-letter ISO 3166 code; give one like DE");
        }
        if (blank(subject.organization())) {
            missing.add("organisation (O)");
        }
        if (blank(subject.unit())) {
            missing.add("organisational unit (OU)");
        }
        if (blank(subject.commonName())) {
            missing.add("common name (CN)");
        }
        if (!missing.isEmpty()) {
            throw new CertificateException(Reason.INPUT, what + ": the subject lacks " + String.join(", ", missing)
                    + " (F-30); give them");
        }
    }

    private String name(String requested, String fallback) throws CertificateException {
        if (requested != null) {
            if (requested.isBlank() || requested.chars().anyMatch(Character::isWhitespace)) {
                throw new CertificateException(Reason.RULE, "certificate name '" + requested
                        + "' contains blanks (F-30); choose a name without blanks");
            }
            if (estate.getCertificates().stream().anyMatch(c -> requested.equals(c.getName()))) {
                throw new CertificateException(Reason.INPUT, "a certificate named '" + requested
                        + "' is already in the estate; choose another name");
            }
            return requested;
        }
        String base = fallback.strip().replaceAll("\\s+", "-");
        String name = base;
        for (int n = 2; taken(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private boolean taken(String name) {
        return estate.getCertificates().stream().anyMatch(c -> name.equals(c.getName()));
    }

    /** A new id from {@code name}, used by no object of the estate, no file beside it and no vault entry. */
    private String newId(String name) throws CertificateException {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identifiable identifiable && identifiable.getId() != null) {
                ids.add(identifiable.getId());
            }
        }
        String base = "cert-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        String id = base;
        try {
            for (int n = 2; ids.contains(id) || Files.exists(files.certificate(id)) || vault.contains(keyReference(id))
                    || vault.contains(passphraseReference(id)); n++) {
                id = base + "-" + n;
            }
        } catch (VaultException e) {
            throw vaultFailure(e);
        }
        return id;
    }

    private Map<BigInteger, String> modelSerials() {
        Map<BigInteger, String> serials = new LinkedHashMap<>();
        for (Certificate certificate : estate.getCertificates()) {
            if (certificate.getSerialNumber() != null) {
                serials.putIfAbsent(certificate.getSerialNumber(), certificate.getId());
            }
        }
        return serials;
    }

    private OsbizSystem system(String id) throws CertificateException {
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            if (it.next() instanceof OsbizSystem system && id.equals(system.getId())) {
                return system;
            }
        }
        throw new CertificateException(Reason.INPUT, "no OpenScape Business system with id '" + id
                + "' in the estate; give the id of a system");
    }

    private Certificate ca(String idOrName) throws CertificateException {
        if (idOrName != null) {
            Certificate ca = find(idOrName);
            if (ca.getKind() != CertificateKind.CA) {
                throw new CertificateException(Reason.INPUT, "certificate " + ca.getName()
                        + " is a server certificate, not a CA; name a CA ('patchbay cert list')");
            }
            return ca;
        }
        List<Certificate> usable = new ArrayList<>();
        try {
            for (Certificate certificate : estate.getCertificates()) {
                if (certificate.getKind() == CertificateKind.CA && vault.contains(keyReference(certificate.getId()))) {
                    usable.add(certificate);
                }
            }
        } catch (VaultException e) {
            throw vaultFailure(e);
        }
        if (usable.size() == 1) {
            return usable.get(0);
        }
        throw new CertificateException(Reason.INPUT, usable.isEmpty()
                ? "the estate has no CA whose key is in the vault; create one ('patchbay cert ca') or import one"
                        + " with its key ('patchbay cert ca --import CERT KEY')"
                : "the estate has " + usable.size() + " CAs (" + String.join(", ", usable.stream()
                        .map(Certificate::getId).toList()) + "); choose one");
    }

    private PrivateKey caKey(Certificate ca) throws CertificateException {
        String reference = keyReference(ca.getId());
        try {
            if (!vault.contains(reference)) {
                throw new CertificateException(Reason.INPUT, "the private key of CA " + ca.getName()
                        + " is not in the vault (" + reference + "); import the CA with its key"
                        + " ('patchbay cert ca ESTATE --import CERT KEY') or sign with another CA");
            }
            Credential credential = vault.resolve(reference);
            byte[] pem = credential.privateKeyBytes();
            try {
                return Pem.readPrivateKey(pem);
            } catch (Pem.NotPemException e) {
                throw new CertificateException(Reason.STORAGE, "the vault entry " + reference + " of CA "
                        + ca.getName() + " " + e.getMessage() + "; import the CA with its key again");
            } finally {
                Arrays.fill(pem, (byte) 0);
                credential.destroy();
            }
        } catch (VaultException e) {
            throw vaultFailure(e);
        }
    }

    private void storeKey(String id, String name, PrivateKey key) throws CertificateException {
        byte[] pem = null;
        try {
            pem = Pem.privateKey(key);
            vault.store(keyReference(id), Credential.privateKey(name, pem, null));
        } catch (IOException e) {
            throw new CertificateException(Reason.STORAGE, "cannot encode the key of CA " + name, e);
        } catch (VaultException e) {
            throw vaultFailure(e);
        } finally {
            if (pem != null) {
                Arrays.fill(pem, (byte) 0);
            }
        }
    }

    /** The passphrase under {@code reference}, generated into the vault when there is none. */
    private char[] passphrase(String reference, String name) throws CertificateException {
        try {
            if (vault.contains(reference)) {
                Credential credential = vault.resolve(reference);
                try {
                    char[] passphrase = credential.secret();
                    if (passphrase.length == 0) {
                        throw new CertificateException(Reason.INPUT, "the vault entry " + reference
                                + " holds no passphrase; store one or name another entry");
                    }
                    return passphrase;
                } finally {
                    credential.destroy();
                }
            }
            char[] passphrase = passphrases.generate();
            vault.store(reference, Credential.password(name, passphrase));
            return passphrase;
        } catch (VaultException e) {
            throw vaultFailure(e);
        }
    }

    private static byte[] pkcs12(String alias, PrivateKey key, X509Certificate certificate, X509Certificate ca,
            char[] passphrase) throws IOException, GeneralSecurityException {
        // The JDK's PKCS#12 (PBES2 with AES-256 and an HMAC-SHA256 MAC since Java 21) opens in OpenSSL 3 without its
        // legacy provider, in keytool and on current devices.
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, passphrase, new java.security.cert.Certificate[] {certificate, ca});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, passphrase);
        return bytes.toByteArray();
    }

    private void writeCertificate(String id, X509Certificate certificate) throws CertificateException {
        Path file = files.certificate(id);
        try {
            OwnerOnlyFiles.writePublic(file, Pem.certificate(certificate).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new CertificateException(Reason.STORAGE, "cannot write " + file + ": " + e.getMessage()
                    + "; check that the folder is writable", e);
        }
    }

    private static byte[] read(Path file, String what) throws CertificateException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CertificateException(Reason.INPUT, "cannot read the CA " + what + " " + file + " ("
                    + e.getClass().getSimpleName() + "); check the path");
        }
    }

    private static List<String> alternativeNames(List<String> requested, String commonName, OsbizSystem system)
            throws CertificateException {
        Set<String> names = new LinkedHashSet<>();
        for (String entry : requested) {
            String normalized = AlternativeNames.normalize(entry);
            if (normalized == null) {
                throw new CertificateException(Reason.INPUT, "subject alternative name '" + entry
                        + "' is neither a DNS name nor an IP address; write DNS:name or IP:address");
            }
            names.add(normalized);
        }
        if (AlternativeNames.isHost(commonName)) {
            names.add(AlternativeNames.normalize(commonName));
        }
        if (system != null && AlternativeNames.isHost(system.getPublicAddress())) {
            names.add(AlternativeNames.normalize(system.getPublicAddress()));
        }
        return List.copyOf(names);
    }

    private static Certificate record(String id, String name, CertificateKind kind, X509Certificate x509, int bits,
            SignatureAlgorithm signature, Subject subject, String alternativeName, String crl) {
        Certificate certificate = EstateFactory.eINSTANCE.createCertificate();
        certificate.setId(id);
        certificate.setName(name);
        certificate.setKind(kind);
        certificate.setSerialNumber(x509.getSerialNumber());
        certificate.setSignatureAlgorithm(signature == null ? SignatureAlgorithm.SHA256_RSA : signature);
        certificate.setKeyLength(bits);
        certificate.setValidFrom(x509.getNotBefore().toInstant());
        certificate.setValidUntil(x509.getNotAfter().toInstant());
        certificate.setSubjectCountry(subject.country());
        certificate.setSubjectOrganization(subject.organization());
        certificate.setSubjectOrganizationalUnit(subject.unit());
        certificate.setSubjectCommonName(subject.commonName());
        certificate.setSubjectAlternativeName(alternativeName);
        certificate.setCrlDistributionPoint(crl);
        return certificate;
    }

    private static CertificateException vaultFailure(VaultException e) {
        return new CertificateException(Reason.STORAGE, e.getMessage(), e);
    }

    private static String describe(OsbizSystem system) {
        return system == null ? "Patchbay" : "system " + system.getId()
                + (blank(system.getName()) ? "" : " (" + system.getName() + ")");
    }

    private static String orElse(String value, String otherwise) {
        return blank(value) ? otherwise : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
