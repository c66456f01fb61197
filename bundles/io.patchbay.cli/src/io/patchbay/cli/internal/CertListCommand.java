package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.core.VaultException;
import io.patchbay.model.Certificate;
import io.patchbay.model.CertificateKind;
import io.patchbay.model.Estate;
import io.patchbay.provisioning.cert.CertificateException;
import io.patchbay.provisioning.cert.EstateCertificates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code patchbay cert list ESTATE}: every certificate of the estate, and whether its files are in place. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = { "List the estate's certificates: kind, serial, validity (GMT), key length, issuer",
                "and status. Exit 1 when one has expired or its file beside the estate is missing." })
final class CertListCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CertCommand parent;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Estate estate = CertCli.load(file);
        EstateCertificates certificates = new EstateCertificates(estate, file, parent.vault);
        List<Map<String, Object>> rows = new ArrayList<>();
        int problems = 0;
        Instant now = Instant.now();
        for (Certificate certificate : estate.getCertificates()) {
            X509Certificate x509 = null;
            List<String> status = new ArrayList<>();
            try {
                x509 = certificates.x509(certificate);
            } catch (CertificateException e) {
                status.add("certificate file missing");
            }
            if (certificate.getValidUntil() != null && certificate.getValidUntil().isBefore(now)) {
                status.add("expired");
            }
            if (!status.isEmpty()) {
                problems++;
            }
            if (certificate.getKind() == CertificateKind.CA && x509 != null && !inVault(certificate)) {
                status.add("key not in this vault (cannot sign here)");
            }
            Map<String, Object> row = CertCli.facts(certificate, x509);
            row.put("status", status.isEmpty() ? "ok" : String.join(", ", status));
            rows.add(row);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("estate", file.toString());
            report.put("folder", certificates.files().folder().toString());
            report.put("certificates", rows);
            report.put("problems", problems);
            out.println(CertCli.json(report));
        } else {
            out.printf(Locale.ROOT, "%-28s %-6s %-32s %-20s %-5s %-22s %s%n", "ID", "KIND", "SERIAL", "VALID UNTIL",
                    "BITS", "ISSUER", "STATUS");
            for (Map<String, Object> row : rows) {
                out.printf(Locale.ROOT, "%-28s %-6s %-32s %-20s %-5s %-22s %s%n", row.get("id"), row.get("kind"),
                        row.get("serial"), row.get("validUntil"), row.get("keyLength"),
                        row.get("issuer") == null ? "-" : row.get("issuer"), row.get("status"));
            }
            out.printf("%d certificate(s), %d with problems; files in %s%n", rows.size(), problems,
                    certificates.files().folder());
        }
        out.flush();
        return problems > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private boolean inVault(Certificate ca) {
        try {
            return parent.vault.contains(EstateCertificates.keyReference(ca.getId()));
        } catch (VaultException e) {
            return false;
        }
    }
}
