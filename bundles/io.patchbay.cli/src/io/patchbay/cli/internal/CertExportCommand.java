package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import io.patchbay.cli.ExitCodes;
import io.patchbay.model.Certificate;
import io.patchbay.provisioning.cert.CertificateException;
import io.patchbay.provisioning.cert.EstateCertificates;
import io.patchbay.provisioning.cert.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code patchbay cert export ESTATE ID}: a certificate (never a key) as X.509, e.g. the CA as {@code <CN>.crt}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Write a certificate of the estate as X.509, PEM or DER (F-31: the CA is given",
                "to devices as <CN>.crt). Only the certificate: never a private key." })
final class CertExportCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CertCommand parent;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @Parameters(index = "1", paramLabel = "ID", description = "id or name of the certificate")
    String id;

    @Option(names = "--format", paramLabel = "pem|der", defaultValue = "pem",
            description = "pem or der (default: ${DEFAULT-VALUE})")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
    Path out;

    @Override
    public Integer call() {
        EstateCertificates certificates = new EstateCertificates(CertCli.load(file), file, parent.vault);
        try {
            Certificate certificate = certificates.find(id);
            certificates.export(certificate, format, out);
            PrintWriter printer = spec.commandLine().getOut();
            printer.printf("wrote %s (%s, certificate %s, %s)%n", out, format, certificate.getName(),
                    certificate.getId());
            printer.flush();
            return ExitCodes.OK;
        } catch (CertificateException e) {
            throw CertCli.failure(e);
        }
    }
}
