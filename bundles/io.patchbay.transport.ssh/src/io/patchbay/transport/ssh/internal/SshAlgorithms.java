package io.patchbay.transport.ssh.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.jcraft.jsch.Session;

/**
 * The algorithms offered to a device. Modern by default; the legacy ones old dropbear builds need (SHA-1
 * Diffie-Hellman, {@code ssh-rsa} signatures, CBC ciphers, HMAC-SHA1) are appended only for a device whose spec
 * enables them, after the modern ones, so a device that can do better still does.
 */
final class SshAlgorithms {

    static final String MODERN_KEX = "curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,"
            + "ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,"
            + "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256";
    static final String MODERN_HOST_KEYS = "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,"
            + "ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256";
    static final String LEGACY_KEX = "diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,"
            + "diffie-hellman-group1-sha1";
    static final String LEGACY_HOST_KEYS = "ssh-rsa";
    static final String LEGACY_CIPHERS = "aes128-cbc,aes256-cbc";
    static final String LEGACY_MACS = "hmac-sha1";

    private SshAlgorithms() {
    }

    /**
     * Sets the algorithm lists of {@code session}.
     *
     * @param knownKeyType the key type recorded for the device, offered first so that a device with several host
     *                     keys presents the one on record
     */
    static void configure(Session session, boolean legacy, Optional<String> knownKeyType) {
        String hostKeys = legacy ? MODERN_HOST_KEYS + "," + LEGACY_HOST_KEYS : MODERN_HOST_KEYS;
        String kex = legacy ? MODERN_KEX + "," + LEGACY_KEX : MODERN_KEX;
        session.setConfig("kex", kex);
        // JSch tries out every algorithm named in CheckKexes on each connect, whether offered or not; its default
        // names sntrup761, whose key generation alone costs tens of milliseconds: check only what we offer
        session.setConfig("CheckKexes", offered(session.getConfig("CheckKexes"), kex));
        session.setConfig("server_host_key", preferring(hostKeys, knownKeyType));
        session.setConfig("PubkeyAcceptedAlgorithms", legacy ? MODERN_HOST_KEYS + "," + LEGACY_HOST_KEYS
                : MODERN_HOST_KEYS);
        if (legacy) {
            session.setConfig("cipher.s2c", session.getConfig("cipher.s2c") + "," + LEGACY_CIPHERS);
            session.setConfig("cipher.c2s", session.getConfig("cipher.c2s") + "," + LEGACY_CIPHERS);
            session.setConfig("mac.s2c", session.getConfig("mac.s2c") + "," + LEGACY_MACS);
            session.setConfig("mac.c2s", session.getConfig("mac.c2s") + "," + LEGACY_MACS);
        }
    }

    /** The names of {@code candidates} that {@code list} holds, in their order. */
    static String offered(String candidates, String list) {
        List<String> offered = Arrays.asList(list.split(","));
        return String.join(",", Arrays.stream(candidates == null ? new String[0] : candidates.split(","))
                .map(String::strip).filter(offered::contains).toList());
    }

    private static String preferring(String list, Optional<String> first) {
        List<String> names = new ArrayList<>(Arrays.asList(list.split(",")));
        // the recorded type of an RSA key is ssh-rsa, whose modern signatures are rsa-sha2-*
        if (first.isPresent() && names.contains(first.get()) && !first.get().equals("ssh-rsa")) {
            names.remove(first.get());
            names.add(0, first.get());
        }
        return String.join(",", names);
    }
}
