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
import io.patchbay.provisioning.cert.CertificateException;
import io.patchbay.provisioning.cert.EstateCertificates;
import io.patchbay.provisioning.cert.ServerRequest;
import io.patchbay.provisioning.cert.Subject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code patchbay cert server ESTATE}: a server certificate signed by the estate's CA, as PKCS#12 (F-31). */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Issue a server (peer) certificate signed by a CA of the estate and write it as",
                "PKCS#12 (key, certificate and CA, encrypted with a passphrase kept in the vault;",
                "a strong one is generated when the vault has none) and PEM beside the estate.",
                "With --system it becomes the system's SPE certificate. The estate is saved." })
final class CertServerCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CertCommand parent;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @ArgGroup(exclusive = false, multiplicity = "1")
    ForGroup target;

    /** At least one of --system and --cn; both may be given (then --cn overrides the system's address). */
    static final class ForGroup {
        @Option(names = "--system", paramLabel = "ID",
                description = "the OSBiz system it is for (default CN: its public address)")
        String system;

        @Option(names = "--cn", paramLabel = "NAME", description = "common name (CN)")
        String commonName;
    }

    @Option(names = "--san", paramLabel = "NAME", split = ",",
            description = "subject alternative name: DNS:name, IP:address or bare; repeat or separate with commas"
                    + " (the CN and the system's public address are added)")
    List<String> alternativeNames;

    @Option(names = "--days", paramLabel = "N", defaultValue = "0",
            description = "validity in days (default 730, never past the CA's end)")
    int days;

    @Option(names = "--ca", paramLabel = "ID", description = "the signing CA (default: the estate's only CA)")
    String ca;

    @Option(names = "--key-length", paramLabel = "BITS", defaultValue = "0",
            description = "RSA key length (default: the system's minimum SPE key length, at least 2048)")
    int keyLength;

    @Option(names = "--name", paramLabel = "NAME",
            description = "name in the estate, no blanks (default: SYSTEM-NAME-spe or the CN)")
    String name;

    @Option(names = "--country", paramLabel = "CC", description = "country (C; default: the CA's)")
    String country;

    @Option(names = "--org", paramLabel = "NAME", description = "organisation (O; default: the CA's)")
    String organization;

    @Option(names = "--unit", paramLabel = "NAME", description = "organisational unit (OU; default: the CA's)")
    String unit;

    @Option(names = "--passphrase-ref", paramLabel = "REF",
            description = "vault entry of the PKCS#12 passphrase (default vault:cert/ID/p12)")
    String passphraseRef;

    @Option(names = "--signature", paramLabel = "ALG", description = "sha256RSA (default) or sha512RSA")
    String signature;

    @Option(names = "--crl", paramLabel = "URL", description = "CRL distribution point")
    String crl;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        Estate estate = CertCli.load(file);
        EstateCertificates certificates = new EstateCertificates(estate, file, parent.vault);
        try {
            Certificate server = certificates.issueServer(new ServerRequest(name, ca, target.system,
                    new Subject(country, organization, unit, target.commonName), alternativeNames, keyLength,
                    CertCli.signature(signature), days, passphraseRef, crl));
            CertCli.save(estate, file);
            X509Certificate x509 = certificates.x509(server);
            Map<String, Object> report = CertCli.facts(server, x509);
            report.put("certificateFile", certificates.files().certificate(server.getId()).toString());
            report.put("pkcs12File", certificates.files().pkcs12(server.getId()).toString());
            report.put("system", target.system);
            report.put("estate", file.toString());
            print(report, server, x509);
            return ExitCodes.OK;
        } catch (CertificateException e) {
            throw CertCli.failure(e);
        }
    }

    private void print(Map<String, Object> report, Certificate server, X509Certificate x509) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(CertCli.json(report));
        } else {
            out.printf("created server certificate %s (%s)%n", report.get("name"), report.get("id"));
            out.printf("  subject      %s%n", report.get("subject"));
            out.printf("  issuer       %s (%s)%n", server.getIssuer().getName(), server.getIssuer().getId());
            out.printf("  serial       %s%n", report.get("serial"));
            out.printf("  valid        %s to %s (GMT)%n", report.get("validFrom"), report.get("validUntil"));
            out.printf("  key          RSA %s bits, %s%n", report.get("keyLength"), report.get("signature"));
            out.printf("  alt names    %s%n", String.join(", ", CertCli.alternativeNames(x509)));
            out.printf("  certificate  %s%n", report.get("certificateFile"));
            out.printf("  PKCS#12      %s (passphrase in the vault: %s)%n", report.get("pkcs12File"),
                    report.get("passphraseRef"));
            if (target.system != null) {
                out.printf("  system       %s: SPE certificate set%n", target.system);
            }
            out.printf("estate saved: %s%n", file);
        }
        out.flush();
    }
}
