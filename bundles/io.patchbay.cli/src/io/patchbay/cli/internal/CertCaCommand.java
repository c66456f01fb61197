package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.model.Certificate;
import io.patchbay.model.Estate;
import io.patchbay.provisioning.cert.CaRequest;
import io.patchbay.provisioning.cert.CertificateException;
import io.patchbay.provisioning.cert.EstateCertificates;
import io.patchbay.provisioning.cert.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code patchbay cert ca ESTATE}: a new self-signed CA, or one imported from a trust centre (F-30). */
@Command(name = "ca", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Create a self-signed root CA for the estate (its key goes into the vault),",
                "or import a trust centre's CA with --import CERT KEY (PEM; the key must not",
                "be encrypted, and is copied into the vault: delete the file afterwards).",
                "The CA is added to the estate, which is saved." })
final class CertCaCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CertCommand parent;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @Option(names = "--import", arity = "2", paramLabel = "FILE",
            description = "import a CA: its certificate and its private key, both PEM")
    List<Path> importFiles;

    @Option(names = "--cn", paramLabel = "NAME", description = "common name (CN) of a new CA")
    String commonName;

    @Option(names = "--country", paramLabel = "CC", description = "country (C), two letters, e.g. DE")
    String country;

    @Option(names = "--org", paramLabel = "NAME", description = "organisation (O)")
    String organization;

    @Option(names = "--unit", paramLabel = "NAME", description = "organisational unit (OU)")
    String unit;

    @Option(names = "--name", paramLabel = "NAME",
            description = "name in the estate, no blanks (default: the CN without blanks)")
    String name;

    @Option(names = "--key-length", paramLabel = "BITS", defaultValue = "0",
            description = "RSA key length (default: the largest minimum SPE key length of the estate's systems,"
                    + " at least 2048)")
    int keyLength;

    @Option(names = "--signature", paramLabel = "ALG", description = "sha256RSA (default) or sha512RSA")
    String signature;

    @Option(names = "--days", paramLabel = "N", defaultValue = "0", description = "validity in days (default 3650)")
    int days;

    @Option(names = "--crl", paramLabel = "URL", description = "CRL distribution point to write into the CA")
    String crl;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Estate estate = CertCli.load(file);
        EstateCertificates certificates = new EstateCertificates(estate, file, parent.vault);
        Certificate ca;
        try {
            if (importFiles != null) {
                if (commonName != null || country != null || organization != null || unit != null || keyLength != 0
                        || signature != null || days != 0 || crl != null) {
                    throw new ParameterException(spec.commandLine(), "--import takes the subject, key, signature and"
                            + " validity from the imported CA; leave out --cn, --country, --org, --unit, --key-length,"
                            + " --signature, --days and --crl");
                }
                ca = certificates.importCa(importFiles.get(0), importFiles.get(1), name);
            } else {
                ca = certificates.createCa(new CaRequest(name, new Subject(country, organization, unit, commonName),
                        keyLength, CertCli.signature(signature), days, crl));
            }
            CertCli.save(estate, file);
            X509Certificate x509 = certificates.x509(ca);
            Map<String, Object> report = CertCli.facts(ca, x509);
            report.put("certificateFile", certificates.files().certificate(ca.getId()).toString());
            report.put("keyRef", EstateCertificates.keyReference(ca.getId()));
            report.put("estate", file.toString());
            print(report, importFiles != null ? "imported" : "created");
            return ExitCodes.OK;
        } catch (CertificateException e) {
            throw CertCli.failure(e);
        }
    }

    private void print(Map<String, Object> report, String verb) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(CertCli.json(report));
        } else {
            out.printf("%s CA %s (%s)%n", verb, report.get("name"), report.get("id"));
            out.printf("  subject      %s%n", report.get("subject"));
            out.printf("  serial       %s%n", report.get("serial"));
            out.printf("  valid        %s to %s (GMT)%n", report.get("validFrom"), report.get("validUntil"));
            out.printf("  key          RSA %s bits, %s; private key in the vault (%s)%n", report.get("keyLength"),
                    report.get("signature"), report.get("keyRef"));
            out.printf("  certificate  %s%n", report.get("certificateFile"));
            out.printf("estate saved: %s%n", file);
        }
        out.flush();
    }
}
