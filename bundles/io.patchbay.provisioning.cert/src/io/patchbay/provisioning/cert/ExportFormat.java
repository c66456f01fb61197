package io.patchbay.provisioning.cert;

/**
 * How {@link EstateCertificates#export} writes an X.509 certificate.
 *
 * @since 0.1
 */
public enum ExportFormat {
    /** Base64 between {@code -----BEGIN CERTIFICATE-----} lines (what {@code <CN>.crt} files usually hold). */
    PEM,
    /** The binary DER encoding. */
    DER
}
