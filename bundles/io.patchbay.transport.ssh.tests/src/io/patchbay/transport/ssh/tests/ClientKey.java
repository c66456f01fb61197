package io.patchbay.transport.ssh.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import io.patchbay.core.Credential;

/**
 * A fresh RSA client key (signed with rsa-sha2-*, not the legacy ssh-rsa): PKCS#8 PEM for the vault, an OpenSSH line
 * for authorized_keys. RSA because JSch reads the JDK's PKCS#8 encoding of RSA keys but not of EC keys.
 */
final class ClientKey {

    private final KeyPair pair;

    ClientKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
    }

    Credential credential(String user) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return Credential.privateKey(user, pem.getBytes(StandardCharsets.US_ASCII), null);
    }

    String authorizedKeyLine() throws IOException {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(blob);
        string(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        string(out, key.getPublicExponent().toByteArray());
        string(out, key.getModulus().toByteArray());
        return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " patchbay-test";
    }

    private static void string(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public String toString() {
        return "ClientKey[RSA 2048]";
    }
}
