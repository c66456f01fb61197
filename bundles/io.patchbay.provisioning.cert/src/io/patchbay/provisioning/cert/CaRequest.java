package io.patchbay.provisioning.cert;

import io.patchbay.model.SignatureAlgorithm;

/**
 * What a new self-signed CA should be (F-30).
 *
 * @param name                 the certificate's name in the estate, without blanks ({@code null}: the CN without
 *                             blanks)
 * @param subject              C, O, OU and CN, all required
 * @param keyLength            RSA key length in bits; {@code 0} for the least every system of the estate accepts
 *                             (at least 2048)
 * @param signature            {@code null} for sha256RSA
 * @param days                 validity in days from now; {@code 0} for 3650
 * @param crlDistributionPoint an optional CRL URL, or {@code null}
 * @since 0.1
 */
public record CaRequest(String name, Subject subject, int keyLength, SignatureAlgorithm signature, int days,
        String crlDistributionPoint) {
}
