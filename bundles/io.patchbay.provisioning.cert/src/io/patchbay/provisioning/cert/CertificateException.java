package io.patchbay.provisioning.cert;

import java.io.Serial;

/**
 * A certificate could not be created, imported or exported. The message names the object concerned and says what to
 * do; it never holds a private key or a passphrase.
 *
 * @since 0.1
 */
public final class CertificateException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the operation failed, so that a caller (the command line) can choose its exit code. */
    public enum Reason {
        /** The request breaks a rule (F-30, F-31): key too short, serial number used before, outlives its CA… */
        RULE,
        /** The input is missing or unreadable: an unknown id, a file that is not a PEM certificate or key… */
        INPUT,
        /** A file beside the estate or the vault could not be read or written. */
        STORAGE
    }

    private final Reason reason;

    public CertificateException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CertificateException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
