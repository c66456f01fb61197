package io.patchbay.simulator.osbiz.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/**
 * The system's SPE certificate store (F-31, F-32) as the twin checks an import: the PKCS#12 must open with the
 * passphrase given in the same SET, hold a private key with its certificate, and the key must be at least the
 * system's minimum SPE key length (F-30). An empty import without a passphrase empties the store.
 */
final class SpeCertificateStore {

    private SpeCertificateStore() {
    }

    /** {@code null} when the import is accepted (its read-only facts are then put into {@code after}). */
    static PatchbayMib.SetOutcome check(byte[] pkcs12, int importIndex, char[] passphrase, int passphraseIndex,
            int minimumKeyLength, Map<OID, Variable> after) {
        try {
            if (pkcs12 == null) {
                return new PatchbayMib.SetOutcome(PDU.inconsistentValue, passphraseIndex); // a passphrase alone
            }
            if (pkcs12.length == 0) {
                if (passphrase != null) {
                    return new PatchbayMib.SetOutcome(PDU.inconsistentValue, passphraseIndex);
                }
                facts(after, "", "", "", "", 0);
                return null;
            }
            if (passphrase == null) {
                return new PatchbayMib.SetOutcome(PDU.inconsistentValue, importIndex);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try {
                store.load(new ByteArrayInputStream(pkcs12), passphrase);
            } catch (IOException e) {
                boolean wrongPassphrase = e.getCause() instanceof UnrecoverableKeyException
                        || String.valueOf(e.getMessage()).toLowerCase().contains("password");
                return new PatchbayMib.SetOutcome(PDU.wrongValue, wrongPassphrase ? passphraseIndex : importIndex);
            }
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, passphrase) != null
                        && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    int bits = certificate.getPublicKey() instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength()
                            : 0;
                    if (bits < minimumKeyLength) {
                        return new PatchbayMib.SetOutcome(PDU.inconsistentValue, importIndex);
                    }
                    BigInteger serial = certificate.getSerialNumber();
                    facts(after, serial.toString(16), certificate.getSubjectX500Principal().getName(),
                            certificate.getIssuerX500Principal().getName(),
                            certificate.getNotAfter().toInstant().toString(), bits);
                    return null;
                }
            }
            return new PatchbayMib.SetOutcome(PDU.wrongValue, importIndex); // no key with its certificate
        } catch (GeneralSecurityException | RuntimeException e) {
            return new PatchbayMib.SetOutcome(PDU.wrongValue, importIndex);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    private static void facts(Map<OID, Variable> after, String serial, String subject, String issuer,
            String notAfter, int bits) {
        after.put(PatchbayMib.cert(PatchbayMib.CERT_SERIAL), new OctetString(serial));
        after.put(PatchbayMib.cert(PatchbayMib.CERT_SUBJECT), new OctetString(subject));
        after.put(PatchbayMib.cert(PatchbayMib.CERT_ISSUER), new OctetString(issuer));
        after.put(PatchbayMib.cert(PatchbayMib.CERT_NOT_AFTER), new OctetString(notAfter));
        after.put(PatchbayMib.cert(PatchbayMib.CERT_KEY_LENGTH), new Integer32(bits));
    }
}
