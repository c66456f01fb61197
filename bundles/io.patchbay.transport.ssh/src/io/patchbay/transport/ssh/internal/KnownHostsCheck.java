package io.patchbay.transport.ssh.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

import io.patchbay.core.DeviceAddress;
import io.patchbay.core.KnownHostsStore;
import io.patchbay.core.TransportException;

/**
 * JSch's host key check answered by the estate's {@link KnownHostsStore}, for one connection. The store decides
 * (trust on first use, mismatch); the failure it raised is kept so that the transport can throw it instead of
 * JSch's generic "HostKey has been changed".
 */
final class KnownHostsCheck implements HostKeyRepository {

    private final KnownHostsStore store;
    private final DeviceAddress device;
    private volatile TransportException failure;
    private volatile KnownHostsStore.Verdict verdict;
    private volatile String presentedFingerprint;

    KnownHostsCheck(KnownHostsStore store, DeviceAddress device) {
        this.store = store;
        this.device = device;
    }

    @Override
    public int check(String host, byte[] key) {
        presentedFingerprint = KnownHostsStore.fingerprint(key);
        try {
            verdict = store.verify(device, keyType(key), key);
            return OK;
        } catch (TransportException e) {
            failure = e;
            return e.kind() == TransportException.Kind.HOST_KEY_MISMATCH ? CHANGED : NOT_INCLUDED;
        }
    }

    TransportException failure() {
        return failure;
    }

    KnownHostsStore.Verdict verdict() {
        return verdict;
    }

    String presentedFingerprint() {
        return presentedFingerprint;
    }

    /** The key type is the first string of the SSH wire format: length, then name. */
    private static String keyType(byte[] key) {
        ByteBuffer buffer = ByteBuffer.wrap(key);
        int length = buffer.getInt();
        return new String(key, 4, length, StandardCharsets.US_ASCII);
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // recording is the store's decision, made in check()
    }

    @Override
    public void remove(String host, String type) {
        // never: only the operator removes a recorded key (KnownHostsStore.forget)
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // never, as above
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return store.file().toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return new HostKey[0];
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return new HostKey[0];
    }
}
