package io.patchbay.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.VaultException;
import io.patchbay.simulator.estate.EstateSimulation;

/**
 * The vault of a rehearsal: the logins of its private twins ({@value EstateSimulation#CREDENTIAL_PREFIX}…) are kept
 * in memory and forgotten with the rehearsal, so that they never replace the logins of the console's own twins (the
 * demo estate's) in the operator's vault; every other reference is read from the operator's vault. Nothing is ever
 * written to the operator's vault through it.
 */
final class RehearsalVault implements CredentialVault {

    private final CredentialVault operators;
    private final Map<String, Credential> twins = new ConcurrentHashMap<>();

    RehearsalVault(CredentialVault operators) {
        this.operators = operators;
    }

    private static boolean twin(String reference) {
        return reference != null && reference.startsWith(EstateSimulation.CREDENTIAL_PREFIX);
    }

    @Override
    public void store(String reference, Credential credential) throws VaultException {
        if (!twin(reference)) {
            throw new VaultException(reference, "a rehearsal stores only its twins' logins ("
                    + EstateSimulation.CREDENTIAL_PREFIX + "…), not " + reference, null);
        }
        Credential copy = copy(credential);
        Credential old = twins.put(reference, copy);
        if (old != null) {
            old.destroy();
        }
    }

    @Override
    public Credential resolve(String reference) throws VaultException {
        if (!twin(reference)) {
            return operators.resolve(reference);
        }
        Credential credential = twins.get(reference);
        if (credential == null) {
            throw new VaultException(reference, "the rehearsal has no twin login " + reference, null);
        }
        return copy(credential);
    }

    @Override
    public boolean contains(String reference) throws VaultException {
        return twin(reference) ? twins.containsKey(reference) : operators.contains(reference);
    }

    @Override
    public boolean delete(String reference) throws VaultException {
        if (!twin(reference)) {
            throw new VaultException(reference, "a rehearsal deletes nothing from the operator's vault ("
                    + reference + ")", null);
        }
        Credential old = twins.remove(reference);
        if (old != null) {
            old.destroy();
        }
        return old != null;
    }

    @Override
    public List<String> references() throws VaultException {
        TreeSet<String> all = new TreeSet<>(operators.references());
        all.addAll(twins.keySet());
        return new ArrayList<>(all);
    }

    /** Forgets the twins' logins, overwriting their secrets. */
    void clear() {
        twins.values().forEach(Credential::destroy);
        twins.clear();
    }

    private static Credential copy(Credential credential) {
        if (credential.kind() == Credential.Kind.PRIVATE_KEY) {
            byte[] key = credential.privateKeyBytes();
            char[] passphrase = credential.secret();
            try {
                return Credential.privateKey(credential.username(), key, passphrase);
            } finally {
                java.util.Arrays.fill(key, (byte) 0);
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
        char[] secret = credential.secret();
        try {
            return Credential.password(credential.username(), secret);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }
}
