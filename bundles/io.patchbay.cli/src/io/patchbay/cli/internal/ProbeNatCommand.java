package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.nat.NatDiscovery;
import io.patchbay.probe.nat.NatReport;
import io.patchbay.probe.nat.NatType;
import io.patchbay.probe.stun.StunTiming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe nat}: RFC 5780 NAT behaviour discovery and the F-03 verdict. */
@Command(name = "nat", mixinStandardHelpOptions = true,
        description = { "Classify the NAT between this host and an RFC 5780 STUN server",
                "(mapping, filtering, classic type) and say whether Device@Home and",
                "SIP@Home can work behind it: not behind a symmetric NAT (F-03).",
                "Exit 0 with a verdict, 4 when UDP is blocked (no answer)." })
public final class ProbeNatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]",
            description = "an RFC 5780 STUN server (port 3478 if none given)")
    String target;

    @Option(names = "--rto", paramLabel = "MS", defaultValue = "100",
            description = "first retransmission timeout; a filtered test costs 5 RTOs (default: ${DEFAULT-VALUE})")
    long rtoMillis;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        if (rtoMillis < 1) {
            throw new ParameterException(spec.commandLine(), "--rto must be at least 1 ms");
        }
        InetSocketAddress server = ProbeTargets.resolve(spec, target, ProbeTargets.STUN_PORT);
        NatReport report;
        try {
            report = NatDiscovery.discover(server, StunTiming.of(Duration.ofMillis(rtoMillis), 3, 2));
        } catch (IOException e) {
            throw new CliException(ExitCodes.TESTS_FAILED, "cannot reach " + HostAndPort.format(server)
                    + " over UDP: " + e.getMessage() + "; check the address and the route");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("server", HostAndPort.format(server));
        report.other().ifPresent(a -> result.put("otherAddress", HostAndPort.format(a)));
        result.put("localAddress", HostAndPort.format(report.localAddress()));
        report.mapped().ifPresent(a -> result.put("mappedAddress", HostAndPort.format(a)));
        result.put("nat", report.nat());
        result.put("mapping", report.mapping().label());
        result.put("filtering", report.filtering().label());
        result.put("type", report.type().label());
        result.put("voipCapable", report.voipCapable());
        result.put("verdict", report.verdict());
        result.put("notes", report.notes());
        result.put("elapsedMillis", report.elapsed().toMillis());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(result));
        } else {
            out.printf("STUN server      %s%s%n", result.get("server"),
                    report.other().map(a -> " (other address " + HostAndPort.format(a) + ")").orElse(""));
            out.printf("local address    %s%n", result.get("localAddress"));
            report.mapped().ifPresent(a -> out.printf("mapped address   %s%n", HostAndPort.format(a)));
            if (report.type() != NatType.UDP_BLOCKED) {
                out.printf("NAT              %s%n", report.nat() ? "yes" : "none");
                out.printf("mapping          %s%n", report.mapping().label());
                out.printf("filtering        %s%n", report.filtering().label());
            }
            out.printf("type             %s%n", report.type().label());
            out.printf("verdict          %s%n", report.verdict());
            report.notes().forEach(note -> out.printf("note             %s%n", note));
            out.printf("took             %d ms%n", report.elapsed().toMillis());
        }
        out.flush();
        return report.type() == NatType.UDP_BLOCKED ? ExitCodes.TESTS_FAILED : ExitCodes.OK;
    }
}
