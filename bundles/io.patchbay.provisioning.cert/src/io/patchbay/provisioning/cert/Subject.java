package io.patchbay.provisioning.cert;

/**
 * The subject of a certificate as F-30 asks for it: country (C, two letters), organisation (O), organisational unit
 * (OU) and common name (CN). A {@code null} part of a server certificate's subject is taken from its CA (C, O, OU)
 * or from its system (CN: the system's public address).
 *
 * @since 0.1
 */
public record Subject(String country, String organization, String unit, String commonName) {

    /** The distinguished name as OpenSSL prints it, e.g. {@code C=DE, O=Nordhafen, OU=IT, CN=pbx.example}. */
    @Override
    public String toString() {
        return "C=" + country + ", O=" + organization + ", OU=" + unit + ", CN=" + commonName;
    }
}
