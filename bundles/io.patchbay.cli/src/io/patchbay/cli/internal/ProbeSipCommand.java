package io.patchbay.cli.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.TrustedCertificates;
import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipChecks;
import io.patchbay.probe.sip.SipClient;
import io.patchbay.probe.sip.SipProbeException;
import io.patchbay.probe.sip.SipResult;
import io.patchbay.probe.sip.SipTransport;
import io.patchbay.probe.sip.SipVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe sip}: one OPTIONS or REGISTER, and what the far side saw of us. */
@Command(name = "sip", mixinStandardHelpOptions = true,
        description = { "Send SIP OPTIONS (or REGISTER with --register) and print the answer, the round",
                "trip and the address the server saw (Via received/rport).",
                "Default port: 5070 for UDP and TCP, 5071 for TLS (F-22).",
                "Exit 0 on a 2xx answer (and, with --public, a Contact naming that address; F-24),",
                "4 otherwise." })
public final class ProbeSipCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", description = "the SIP server")
    String target;

    @Option(names = "--transport", paramLabel = "T", defaultValue = "udp",
            description = "udp, tcp or tls (default: ${DEFAULT-VALUE})")
    String transport;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "ping",
            description = "the user part of the URI (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--register", description = "send REGISTER instead of OPTIONS")
    boolean register;

    @Option(names = "--auth-user", paramLabel = "NAME",
            description = "Digest user name (default: --user); needs --password-file")
    String authUser;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "read the Digest password from the first line of FILE")
    Path passwordFile;

    @Option(names = "--contact", paramLabel = "HOST:PORT",
            description = "put this address in Contact (e.g. the STUN-mapped one)")
    String contact;

    @Option(names = "--public", paramLabel = "HOST:PORT",
            description = "check that the registered Contact names this public address (F-24)")
    String publicAddress;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "for TLS: trust the CA certificates in FILE (default: Java's CAs)")
    Path ca;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "5000",
            description = "give up after MS milliseconds (default: ${DEFAULT-VALUE})")
    long timeoutMillis;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        if (timeoutMillis < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 ms");
        }
        SipTransport how;
        try {
            how = SipTransport.valueOf(transport.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--transport must be udp, tcp or tls, not '"
                    + transport + "'");
        }
        if (ca != null && how != SipTransport.TLS) {
            throw new ParameterException(spec.commandLine(), "--ca needs --transport tls");
        }
        if ((authUser != null || passwordFile != null || publicAddress != null) && !register) {
            throw new ParameterException(spec.commandLine(),
                    "--auth-user, --password-file and --public need --register");
        }
        if (authUser != null && passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--auth-user needs --password-file");
        }
        DigestCredentials credentials = null;
        if (passwordFile != null) {
            String password;
            try {
                password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --password-file: " + e.getMessage());
            }
            credentials = new DigestCredentials(authUser != null ? authUser : user, password);
        }
        InetSocketAddress server = ProbeTargets.resolve(spec, target, how.externalPort());
        SipClient client;
        if (how == SipTransport.TLS) {
            try {
                client = SipClient.tls(TrustedCertificates
                        .clientContext(ca == null ? List.of() : TrustedCertificates.read(ca)).getSocketFactory());
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --ca: " + e.getMessage());
            }
        } else {
            client = SipClient.of(how);
        }
        client = client.timeout(Duration.ofMillis(timeoutMillis));
        if (contact != null) {
            client = client.contact(ProbeTargets.resolve(spec, contact, how.externalPort()));
        }
        InetSocketAddress expectedPublic = publicAddress == null ? null
                : ProbeTargets.resolve(spec, publicAddress, how.externalPort());
        String method = register ? "REGISTER" : "OPTIONS";
        ProbeReport report = new ProbeReport().put("server", "SIP server", HostAndPort.format(server) + " over " + how,
                HostAndPort.format(server)).json("transport", how.name().toLowerCase(Locale.ROOT))
                .put("method", "request", method);
        SipResult result;
        try {
            result = register ? client.register(server, user, credentials) : client.options(server, user);
        } catch (SipProbeException | IOException e) {
            String problem = e instanceof SipProbeException ? e.getMessage()
                    : "cannot reach " + HostAndPort.format(server) + " over " + how + ": " + e.getMessage();
            return report.failed(spec, format, problem + "; check the address and that the system listens on "
                    + how + " " + how.externalPort() + " (F-22) and the router forwards it (F-23)");
        }
        report.json("answered", true)
                .put("status", "answer", result.statusCode() + " " + result.reason() + " in "
                        + ProbeReport.millis(result.roundTrip()) + " ms"
                        + (result.challenged() ? " (after a Digest challenge)" : ""), result.statusCode())
                .json("reason", result.reason()).json("roundTripMillis", ProbeReport.millis(result.roundTrip()))
                .json("challenged", result.challenged())
                .put("localAddress", "local address", HostAndPort.format(result.local()))
                .put("seenFrom", "seen from", result.seenFrom().map(HostAndPort::format).orElse(null));
        if (result.seenFrom().isEmpty()) {
            report.text("seen from", "not told (the server filled in neither received nor rport)");
        }
        if (!result.contacts().isEmpty()) {
            report.put("contacts", "contact", String.join(", ", result.contacts()), result.contacts());
        }
        report.put("serverSoftware", "server software", result.serverSoftware().orElse(null));
        boolean ok = result.isSuccess();
        if (expectedPublic != null) {
            SipVerdict verdict = SipChecks.contactIsPublic(result, expectedPublic);
            report.put("f24", verdict.fact(), (verdict.ok() ? "ok: " : "failed: ") + verdict.message(),
                    java.util.Map.of("ok", verdict.ok(), "message", verdict.message()));
            ok &= verdict.ok();
        }
        report.json("ok", ok);
        report.print(spec, format);
        return ok ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }
}
