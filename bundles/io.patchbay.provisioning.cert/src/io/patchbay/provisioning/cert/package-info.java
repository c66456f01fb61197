/**
 * Certificates for SPE and TLS (F-30, F-31): a CA (created, or imported from a trust centre), server certificates
 * signed by it and written as PKCS#12 with a passphrase from the vault, X.509 export, and the ledger that keeps
 * serial numbers unique across an estate's whole history.
 * <p>
 * Where things live: the estate file holds only public facts ({@code Certificate} objects: subject, serial, validity,
 * key length, issuer, the vault reference of the PKCS#12 passphrase). Beside it, in {@code NAME.certs/}, are the
 * certificates ({@code ID.pem}), the server certificates' PKCS#12 files ({@code ID.p12}, owner-only, encrypted with
 * the passphrase) and the serial ledger ({@code serials}). The CA's private key and every passphrase are in the
 * {@link io.patchbay.core.CredentialVault vault}, never in a file in clear.
 */
package io.patchbay.provisioning.cert;
