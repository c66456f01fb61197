package io.patchbay.provisioning.cert;

import java.nio.file.Path;

/**
 * The files of an estate's certificates, in the folder {@code NAME.certs} beside the estate file {@code NAME.estate}:
 * {@code ID.pem} (the certificate, public), {@code ID.p12} (a server certificate with its key and CA chain, PKCS#12
 * encrypted with the passphrase from the vault, readable by the owner only) and {@code serials} (the
 * {@link SerialLedger}).
 *
 * @since 0.1
 */
public record CertificateFiles(Path folder) {

    /** The files of the estate in {@code estateFile}. */
    public static CertificateFiles besideEstate(Path estateFile) {
        String name = estateFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return new CertificateFiles(estateFile.toAbsolutePath().resolveSibling(base + ".certs"));
    }

    /** The certificate {@code id} in PEM. */
    public Path certificate(String id) {
        return folder.resolve(id + ".pem");
    }

    /** The PKCS#12 file of server certificate {@code id}. */
    public Path pkcs12(String id) {
        return folder.resolve(id + ".p12");
    }

    /** The serial number ledger. */
    public SerialLedger ledger() {
        return new SerialLedger(folder.resolve("serials"));
    }
}
