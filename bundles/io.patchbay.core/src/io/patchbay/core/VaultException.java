package io.patchbay.core;

import java.io.Serial;

/**
 * The vault could not do what was asked: the reference is unknown or malformed, or the vault's storage cannot be
 * read or written. The message names the reference and the fix, never a secret.
 *
 * @since 0.1
 */
public final class VaultException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String reference;

    public VaultException(String reference, String message, Throwable cause) {
        super(message, cause);
        this.reference = reference;
    }

    /** The reference concerned, or {@code null} for a failure of the whole vault. */
    public String reference() {
        return reference;
    }
}
