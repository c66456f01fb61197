package io.patchbay.core;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The operator's device credentials, kept encrypted outside the estate; the estate names them by reference
 * ({@code credentialRef}), e.g. {@code vault:osbiz/pbx-hh}. An OSGi service; the running product has one vault.
 * <p>
 * A reference is {@code vault:} followed by one or more {@code /}-separated segments of letters, digits,
 * {@code .}, {@code _} and {@code -}. The vault never logs or prints a secret, and a resolved {@link Credential} is a
 * copy the caller may {@linkplain Credential#destroy() destroy} when done.
 *
 * @since 0.1
 */
public interface CredentialVault {

    /** The syntax of a reference. */
    Pattern REFERENCE = Pattern.compile("vault:[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    /** Whether {@code reference} is a well-formed vault reference. */
    static boolean isReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    /** Stores (or replaces) the credential under {@code reference} and writes it to disk before returning. */
    void store(String reference, Credential credential) throws VaultException;

    /**
     * Stores (or replaces) every credential of {@code credentials} and writes them to disk together before returning:
     * one write for a thousand generated station passwords instead of a thousand. All or, when writing fails, none.
     */
    default void storeAll(Map<String, Credential> credentials) throws VaultException {
        for (Map.Entry<String, Credential> credential : credentials.entrySet()) {
            store(credential.getKey(), credential.getValue());
        }
    }

    /**
     * The credential stored under {@code reference}.
     *
     * @throws VaultException if there is none, the reference is malformed, or the vault cannot be read
     */
    Credential resolve(String reference) throws VaultException;

    /** Whether a credential is stored under {@code reference}. */
    boolean contains(String reference) throws VaultException;

    /**
     * Deletes the credential under {@code reference}.
     *
     * @return whether there was one
     */
    boolean delete(String reference) throws VaultException;

    /** Every stored reference, sorted. */
    List<String> references() throws VaultException;
}
