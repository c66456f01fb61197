package io.patchbay.cli.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.TrustedCertificates;
import io.patchbay.probe.port.PortProbe;
import io.patchbay.probe.port.PortResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe port}: is a TCP port reachable, and is the TLS service behind it trusted. */
@Command(name = "port", mixinStandardHelpOptions = true,
        description = { "Connect to a TCP port and, with --tls, complete a TLS handshake, checking the",
                "certificate chain against --ca (or Java's default CAs) and the target's address.",
                "Exit 0 when the port is open (and trusted), 4 when refused, timed out, not TLS",
                "or not trusted." })
public final class ProbePortCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST:PORT", description = "the port to probe")
    String target;

    @Option(names = "--tls", description = "complete a TLS handshake after connecting")
    boolean tls;

    @Option(names = "--ca", paramLabel = "FILE", description = "trust the CA certificates in FILE (PEM or DER)")
    Path ca;

    @Option(names = "--server-name", paramLabel = "NAME",
            description = "check the certificate for NAME (default: the target's address)")
    String serverName;

    @Mixin
    ProbeOptions options;

    @Override
    public Integer call() {
        Duration timeout = options.timeout();
        if ((ca != null || serverName != null) && !tls) {
            throw new ParameterException(spec.commandLine(), "--ca and --server-name need --tls");
        }
        // a port is required: a target that parses differently with two default ports names none
        boolean portGiven;
        try {
            portGiven = HostAndPort.parse(target, 1).port() == HostAndPort.parse(target, 2).port();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad HOST:PORT: " + e.getMessage());
        }
        if (!portGiven) {
            throw new ParameterException(spec.commandLine(), "'" + target + "' names no port: give HOST:PORT");
        }
        InetSocketAddress address = ProbeTargets.resolve(spec, target, 1);
        List<X509Certificate> trusted = List.of();
        if (ca != null) {
            try {
                trusted = TrustedCertificates.read(ca);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --ca: " + e.getMessage());
            }
        }
        PortResult result = tls ? PortProbe.tls(address, timeout, trusted, serverName)
                : PortProbe.tcp(address, timeout);
        ProbeReport report = new ProbeReport().put("target", "target", HostAndPort.format(address))
                .put("transport", "transport", tls ? "TLS" : "TCP", tls ? "tls" : "tcp")
                .put("outcome", "verdict", result.outcome().meaning(), result.outcome().name().toLowerCase())
                .json("ok", result.ok());
        result.connectTime().ifPresent(t -> report.put("connectMillis", "connect", ProbeReport.millis(t) + " ms",
                ProbeReport.millis(t)));
        result.handshakeTime().ifPresent(t -> report.put("handshakeMillis", "handshake",
                ProbeReport.millis(t) + " ms", ProbeReport.millis(t)));
        report.put("protocol", "protocol", result.protocol().orElse(null));
        report.put("cipherSuite", "cipher", result.cipherSuite().orElse(null));
        List<Map<String, String>> chain = new ArrayList<>();
        for (int i = 0; i < result.chain().size(); i++) {
            X509Certificate certificate = result.chain().get(i);
            String until = DateTimeFormatter.ISO_INSTANT.format(certificate.getNotAfter().toInstant());
            chain.add(Map.of("subject", certificate.getSubjectX500Principal().getName(), "issuer",
                    certificate.getIssuerX500Principal().getName(), "notAfter", until));
            report.text("certificate " + i, certificate.getSubjectX500Principal().getName() + " (issuer "
                    + certificate.getIssuerX500Principal().getName() + ", until " + until + ")");
        }
        if (tls) {
            report.json("chain", chain);
        }
        if (!result.detail().isEmpty()) {
            report.put("detail", "detail", result.detail());
        }
        report.print(spec, options.format);
        return result.ok() ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }
}
