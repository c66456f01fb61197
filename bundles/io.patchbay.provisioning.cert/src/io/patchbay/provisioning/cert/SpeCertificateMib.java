package io.patchbay.provisioning.cert;

/**
 * The SPE certificate store of an OSBiz system in the Patchbay MIB ({@code bundles/io.patchbay.simulator/MIB.md}):
 * {@code pbSpeCertificate} under {@code 1.3.6.1.4.1.32473.1.3}. An import is one SET of {@link #IMPORT} (PKCS#12) and
 * {@link #PASSPHRASE}; {@link #SERIAL} reads the serial number of the stored certificate back.
 *
 * @since 0.1
 */
public final class SpeCertificateMib {

    /** pbSpeCertificate. */
    public static final String ROOT = "1.3.6.1.4.1.32473.1.3";
    /** pbSpeCertImport, OCTET STRING (PKCS#12), write-only; empty and alone: empty the store. */
    public static final String IMPORT = ROOT + ".1.0";
    /** pbSpeCertPassphrase, OCTET STRING, write-only, only with an import. */
    public static final String PASSPHRASE = ROOT + ".2.0";
    /** pbSpeCertSerial, OCTET STRING, read-only: lower-case hex, empty when the store is empty. */
    public static final String SERIAL = ROOT + ".3.0";
    /** pbSpeCertSubject, OCTET STRING, read-only. */
    public static final String SUBJECT = ROOT + ".4.0";
    /** pbSpeCertNotAfter, OCTET STRING (ISO-8601 UTC), read-only. */
    public static final String NOT_AFTER = ROOT + ".6.0";
    /** pbSpeCertKeyLength, INTEGER, read-only. */
    public static final String KEY_LENGTH = ROOT + ".7.0";

    private SpeCertificateMib() {
    }
}
