package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.probe.TrustedCertificates;
import io.patchbay.probe.relay.ConnectionReport;
import io.patchbay.probe.relay.PacException;
import io.patchbay.probe.relay.PacScript;
import io.patchbay.probe.relay.ProxyCredentials;
import io.patchbay.probe.relay.ProxyServer;
import io.patchbay.probe.relay.ProxySource;
import io.patchbay.probe.relay.Relay;
import io.patchbay.probe.relay.RelayProbe;
import io.patchbay.probe.relay.RelayProbeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe relay}: can the relays be reached from here, direct or through which proxy (F-60–F-62). */
@Command(name = "relay", mixinStandardHelpOptions = true,
        description = { "Try each relay and each of its ports in order: direct first, then through --proxy, the",
                "proxies a --pac file names and, with --system-proxy, the https_proxy/http_proxy/all_proxy",
                "variables and Java's proxy settings (HTTP CONNECT answering a 407 with Basic credentials,",
                "SOCKS4/4a). Prints a timestamped connection report, one line per attempt, to attach to a",
                "ticket; an HTTP error answering the TLS hello (--tls) is reported as a middlebox.",
                "Without RELAY the tunnel endpoints of F-41 are tried." },
        footerHeading = "%n",
        footer = { "Exit codes: 0 every relay reached on some port, 2 bad arguments or an unreadable PAC file,",
                "4 some relay not reached by any route." })
public final class ProbeRelayCommand implements Callable<Integer> {

    /** F-41: the load balancers and registrars of the tunnel service, primary then secondary; configuration only. */
    static final List<String> F41_ENDPOINTS = List.of("188.64.18.50:443", "188.64.17.50:443", "188.64.18.51:443",
            "188.64.17.51:443");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "RELAY",
            description = "HOST, HOST:PORT or HOST:PORT,PORT,... (ports tried in order; default: --ports)")
    List<String> relays = new ArrayList<>();

    @Option(names = "--ports", split = ",", paramLabel = "PORT", defaultValue = "443",
            description = "ports for a RELAY that names none, in order (default: ${DEFAULT-VALUE})")
    List<Integer> ports;

    @Option(names = "--proxy", paramLabel = "PROXY",
            description = "try this proxy after the direct route: HOST:PORT or http://, socks4://, socks4a://")
    String proxy;

    @Option(names = "--pac", paramLabel = "FILE|URL", description = "try the proxies this PAC file names")
    String pac;

    @Option(names = "--system-proxy", description = "try the system's proxies (https_proxy etc., Java settings)")
    boolean systemProxy;

    @Option(names = "--proxy-user", paramLabel = "USER",
            description = "answer a proxy's 407 with Basic credentials; needs --proxy-password-file")
    String proxyUser;

    @Option(names = "--proxy-password-file", paramLabel = "FILE",
            description = "read the proxy password from the first line of FILE")
    Path proxyPasswordFile;

    @Option(names = "--tls", description = "complete a TLS handshake with the relay through the connection")
    boolean tls;

    @Option(names = "--ca", paramLabel = "FILE", description = "trust the CA certificates in FILE (PEM or DER)")
    Path ca;

    @Option(names = "--server-name", paramLabel = "NAME",
            description = "check the relay's certificate for NAME (default: the relay's host)")
    String serverName;

    @Option(names = "--first", description = "stop at the first relay and port reached, as a client would")
    boolean first;

    @Option(names = "--output", paramLabel = "FILE", description = "also write the report to FILE (for a ticket)")
    Path output;

    @Mixin
    ProbeOptions options;

    @Override
    public Integer call() {
        RelayProbeOptions settings = RelayProbeOptions.defaults().withTimeout(options.timeout());
        if ((ca != null || serverName != null) && !tls) {
            throw new ParameterException(spec.commandLine(), "--ca and --server-name need --tls");
        }
        if ((proxyUser == null) != (proxyPasswordFile == null)) {
            throw new ParameterException(spec.commandLine(), "--proxy-user and --proxy-password-file go together");
        }
        List<Relay> targets = new ArrayList<>();
        try {
            for (String relay : relays.isEmpty() ? F41_ENDPOINTS : relays) {
                targets.add(Relay.parse(relay, ports));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad RELAY or --ports: " + e.getMessage());
        }
        if (proxy != null) {
            try {
                settings = settings.withProxy(ProxyServer.parse(proxy, ProxySource.OVERRIDE));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "bad --proxy: " + e.getMessage());
            }
        }
        if (pac != null) {
            try {
                settings = settings.withPac(PacScript.load(pac, options.timeout()));
            } catch (PacException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage() + "; fix the file or give --proxy instead");
            }
        }
        if (systemProxy) {
            settings = settings.withSystemProxies(System.getenv(), ProxySelector.getDefault());
        }
        if (proxyUser != null) {
            settings = settings.withCredentials(credentials());
        }
        if (tls) {
            List<X509Certificate> trusted = List.of();
            if (ca != null) {
                try {
                    trusted = TrustedCertificates.read(ca);
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(), "cannot read --ca: " + e.getMessage());
                }
            }
            settings = settings.withTls(trusted, serverName);
        }
        if (first) {
            settings = settings.stoppingAtFirstReached();
        }
        ConnectionReport report = RelayProbe.run(targets, settings);
        String rendered = options.format == OutputFormat.json ? report.json() : report.text();
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendered);
        out.flush();
        if (output != null) {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot write the report to " + output + ": " + e.getMessage()
                        + "; choose a writable --output");
            }
        }
        boolean reached = first ? report.anyRelayReached() : report.everyRelayReached();
        return reached ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }

    private ProxyCredentials credentials() {
        char[] password = null;
        try {
            String line = Files.readAllLines(proxyPasswordFile, StandardCharsets.UTF_8).stream().findFirst()
                    .orElse("");
            password = line.toCharArray();
            return new ProxyCredentials(proxyUser, password);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --proxy-password-file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad --proxy-user: " + e.getMessage());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
