package io.patchbay.cli.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipLease;
import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipProbeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe rsip}: register with an RSIP server, take a port bind and give it back (F-50–F-56). */
@Command(name = "rsip", mixinStandardHelpOptions = true,
        description = { "Register with an RSIP server (RFC 3103, TCP or UDP), ask for an RSAP-IP",
                "port bind and de-register again. A failure names the F-56 cause",
                "('Unable to register', 'Unable to get port assignments', 'Connection refused').",
                "Exit 0 when all three steps succeed, 4 when one fails." })
public final class ProbeRsipCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", description = "the RSIP server (port 4555 if none given)")
    String target;

    @Option(names = "--ports", paramLabel = "N", defaultValue = "0",
            description = "ports to ask for, 1-255 (default: the server's default bind, 255 for rsipd)")
    int ports;

    @Option(names = "--udp", description = "talk RSIP over UDP instead of TCP")
    boolean udp;

    @Mixin
    ProbeOptions options;

    @Override
    public Integer call() {
        Duration timeout = options.timeout();
        if (ports < 0 || ports > 255) {
            throw new ParameterException(spec.commandLine(), "--ports must be between 1 and 255");
        }
        InetSocketAddress server = ProbeTargets.resolve(spec, target, RsipMessage.PORT);
        ProbeReport report = new ProbeReport().put("server", "RSIP server", HostAndPort.format(server) + " over "
                + (udp ? "UDP" : "TCP"), HostAndPort.format(server)).json("transport", udp ? "udp" : "tcp");
        String step = "connect";
        try (RsipClient client = udp ? RsipClient.udp(server, null, timeout)
                : RsipClient.connect(server, null, timeout)) {
            step = "register";
            long clientId = client.register();
            report.put("clientId", "client id", clientId);
            step = "assign";
            RsipLease lease = client.assignPorts(ports);
            report.put("address", "leased address", lease.address().getHostAddress())
                    .put("ports", "ports", lease.ports().first() + "-"
                            + (lease.ports().first() + lease.ports().count() - 1) + " (" + lease.ports().count()
                            + " ports)", lease.ports().count())
                    .json("firstPort", lease.ports().first()).json("bindId", lease.bindId())
                    .put("leaseSeconds", "lease", lease.lease().toSeconds() + " s", lease.lease().toSeconds());
            step = "de-register";
            client.deregister();
            report.json("answered", true).json("ok", true).put("verdict", "verdict",
                    "registered, got a port bind and de-registered");
            report.print(spec, options.format);
            return ExitCodes.OK;
        } catch (RsipProbeException e) {
            report.json("step", step).json("cause", e.rsipCause().text());
            if (e.error() != 0) {
                report.json("rsipError", e.error()).json("rsipErrorName", RsipMessage.errorName(e.error()));
            }
            return report.failed(spec, options.format, e.getMessage() + " (" + step + "); " + e.rsipCause().hint());
        } catch (IOException e) {
            return report.failed(spec, options.format, "cannot talk to " + HostAndPort.format(server)
                    + (udp ? " over UDP (" : " over TCP (")
                    + step + "): " + e.getMessage());
        }
    }
}
