package io.patchbay.provisioning.cert.internal;

import java.security.SecureRandom;

/**
 * PKCS#12 passphrases: 32 letters and digits (about 190 bits), so that they pass unquoted through openssl's
 * {@code -passin pass:}, keytool and a device's web form alike.
 */
public final class Passphrases {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    public char[] generate() {
        char[] passphrase = new char[32];
        for (int i = 0; i < passphrase.length; i++) {
            passphrase[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return passphrase;
    }
}
