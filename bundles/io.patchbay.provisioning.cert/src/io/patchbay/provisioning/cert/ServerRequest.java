package io.patchbay.provisioning.cert;

import java.util.List;

import io.patchbay.model.SignatureAlgorithm;

/**
 * What a new server (peer) certificate should be (F-31).
 *
 * @param name                 the certificate's name in the estate, without blanks ({@code null}: from the system's
 *                             name or the CN)
 * @param caId                 id or name of the signing CA; {@code null} when the estate has exactly one CA whose key
 *                             is in the vault
 * @param systemId             id of the OSBiz system the certificate is for (its SPE certificate), or {@code null}:
 *                             then the subject's CN is required
 * @param subject              the subject; {@code null} parts come from the CA (C, O, OU) and the system (CN)
 * @param alternativeNames     subject alternative names: {@code DNS:name}, {@code IP:address}, or a bare name or
 *                             address; the CN and the system's public address are added when they are host names or
 *                             addresses
 * @param keyLength            RSA key length in bits; {@code 0} for the system's minimum SPE key length (at least
 *                             2048)
 * @param signature            {@code null} for sha256RSA
 * @param days                 validity in days from now; {@code 0} for 730
 * @param passphraseRef        vault reference of the PKCS#12 passphrase; {@code null} for
 *                             {@code vault:cert/ID/p12}. An existing entry is used, a missing one is generated
 * @param crlDistributionPoint an optional CRL URL, or {@code null}
 * @since 0.1
 */
public record ServerRequest(String name, String caId, String systemId, Subject subject, List<String> alternativeNames,
        int keyLength, SignatureAlgorithm signature, int days, String passphraseRef, String crlDistributionPoint) {

    public ServerRequest {
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
    }
}
