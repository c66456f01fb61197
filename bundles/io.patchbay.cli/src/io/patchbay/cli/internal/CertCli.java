package io.patchbay.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.model.Certificate;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFileException;
import io.patchbay.model.EstateResources;
import io.patchbay.model.SignatureAlgorithm;
import io.patchbay.provisioning.cert.CertificateException;

/** What the {@code cert} sub-commands share: loading and saving the estate, errors, the report of a certificate. */
final class CertCli {

    private CertCli() {
    }

    static Estate load(Path file) {
        try {
            return EstateResources.load(file);
        } catch (EstateFileException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the estate " + e.getMessage(), e);
        }
    }

    static void save(Estate estate, Path file) {
        try {
            EstateResources.save(estate, file);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot save the estate " + file + ": " + e.getMessage()
                    + "; the certificate files are written, make the estate writable and issue again", e);
        }
    }

    /** A refusal by a rule exits 1, unreadable input or storage 2. */
    static CliException failure(CertificateException e) {
        return new CliException(e.reason() == CertificateException.Reason.RULE ? ExitCodes.FINDINGS
                : ExitCodes.USAGE, e.getMessage(), e);
    }

    static SignatureAlgorithm signature(String literal) {
        if (literal == null) {
            return null;
        }
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.VALUES) {
            if (algorithm.getLiteral().equalsIgnoreCase(literal) || algorithm.getName().equalsIgnoreCase(literal)) {
                return algorithm;
            }
        }
        throw new CliException(ExitCodes.USAGE, "signature '" + literal + "' is not one F-30 allows; give sha256RSA"
                + " or sha512RSA");
    }

    /** The subject alternative names of {@code x509} as {@code DNS:name} / {@code IP:address}. */
    static List<String> alternativeNames(X509Certificate x509) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = x509.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    int type = (Integer) entry.get(0);
                    names.add((type == 7 ? "IP:" : type == 2 ? "DNS:" : type + ":") + entry.get(1));
                }
            }
        } catch (CertificateParsingException e) {
            names.add("unreadable (" + e.getMessage() + ")");
        }
        return names;
    }

    /** The facts of a certificate a report shows (never a key or a passphrase). */
    static Map<String, Object> facts(Certificate certificate, X509Certificate x509) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("id", certificate.getId());
        facts.put("name", certificate.getName());
        facts.put("kind", certificate.getKind().getLiteral());
        facts.put("imported", certificate.isImported());
        facts.put("subject", "C=" + certificate.getSubjectCountry() + ", O=" + certificate.getSubjectOrganization()
                + ", OU=" + certificate.getSubjectOrganizationalUnit() + ", CN=" + certificate.getSubjectCommonName());
        facts.put("issuer", certificate.getIssuer() == null ? null : certificate.getIssuer().getId());
        facts.put("serial", certificate.getSerialNumber() == null ? null : certificate.getSerialNumber().toString(16));
        facts.put("validFrom", String.valueOf(certificate.getValidFrom()));
        facts.put("validUntil", String.valueOf(certificate.getValidUntil()));
        facts.put("keyLength", certificate.getKeyLength());
        facts.put("signature", certificate.getSignatureAlgorithm() == null ? null
                : certificate.getSignatureAlgorithm().getLiteral());
        facts.put("alternativeNames", x509 == null ? List.of() : alternativeNames(x509));
        if (certificate.getPassphraseRef() != null) {
            facts.put("passphraseRef", certificate.getPassphraseRef());
        }
        return facts;
    }

    static String json(Object report) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(report);
    }
}
