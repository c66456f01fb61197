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
import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunProbeException;
import io.patchbay.probe.stun.StunResponse;
import io.patchbay.probe.stun.StunTiming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patchbay probe stun}: one STUN Binding transaction, and the address the server saw. */
@Command(name = "stun", mixinStandardHelpOptions = true,
        description = { "Send a STUN Binding request and print the mapped address the server saw.",
                "Over UDP the request is retransmitted as RFC 5389 says until --timeout.",
                "Exit 0 on a success answer, 4 on no answer or an error answer." })
public final class ProbeStunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", description = "the STUN server (port 3478 if none given)")
    String target;

    @Option(names = "--tcp", description = "STUN over TCP instead of UDP")
    boolean tcp;

    @Mixin
    ProbeOptions options;

    @Override
    public Integer call() {
        Duration timeout = options.timeout();
        InetSocketAddress server = ProbeTargets.resolve(spec, target, ProbeTargets.STUN_PORT);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("server", HostAndPort.format(server));
        result.put("transport", tcp ? "tcp" : "udp");
        StunResponse response;
        try {
            response = transact(server, timeout);
        } catch (StunProbeException | IOException e) {
            String problem = e instanceof StunProbeException ? e.getMessage()
                    : "cannot reach " + HostAndPort.format(server) + " over " + (tcp ? "TCP" : "UDP") + ": "
                            + e.getMessage();
            return failed(result, problem + "; check the address, the port (STUN: 3478) and that "
                    + (tcp ? "TCP" : "UDP") + " is not blocked");
        }
        StunMessage message = response.message();
        result.put("answered", true);
        result.put("success", response.isSuccess());
        result.put("roundTripMillis", response.roundTrip().toNanos() / 1e6);
        result.put("transmissions", response.transmissions());
        result.put("localAddress", HostAndPort.format(response.local()));
        message.reflexiveAddress().ifPresent(a -> result.put("mappedAddress", HostAndPort.format(a)));
        message.responseOrigin().ifPresent(a -> result.put("responseOrigin", HostAndPort.format(a)));
        message.otherAddress().ifPresent(a -> result.put("otherAddress", HostAndPort.format(a)));
        message.software().ifPresent(s -> result.put("software", s));
        message.errorCode().ifPresent(e -> result.put("error", "error response " + e));
        print(result);
        return response.isSuccess() ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }

    private StunResponse transact(InetSocketAddress server, Duration timeout) throws IOException, StunProbeException {
        StunMessage request = StunMessage.request(StunMessage.BINDING).build();
        if (tcp) {
            return StunClient.tcpTransact(server, request, timeout);
        }
        try (StunClient client = StunClient.udpTowards(server)) {
            return client.transact(server, request, StunTiming.rfc5389().limitedTo(timeout));
        }
    }

    private int failed(Map<String, Object> result, String problem) {
        if (options.format == OutputFormat.text) {
            throw new CliException(ExitCodes.TESTS_FAILED, problem);
        }
        result.put("answered", false);
        result.put("error", problem);
        print(result);
        return ExitCodes.TESTS_FAILED;
    }

    private void print(Map<String, Object> result) {
        PrintWriter out = spec.commandLine().getOut();
        if (options.format == OutputFormat.json) {
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(result));
        } else {
            out.printf("STUN server      %s over %s%n", result.get("server"), tcp ? "TCP" : "UDP");
            out.printf("answered in      %.1f ms (%s transmission%s)%n", result.get("roundTripMillis"),
                    result.get("transmissions"), Integer.valueOf(1).equals(result.get("transmissions")) ? "" : "s");
            line(out, "error", result);
            line(out, "mapped address", result.get("mappedAddress"));
            line(out, "local address", result.get("localAddress"));
            line(out, "response origin", result.get("responseOrigin"));
            line(out, "other address", result.get("otherAddress"));
            line(out, "software", result.get("software"));
        }
        out.flush();
    }

    private static void line(PrintWriter out, String label, Object value) {
        if (value instanceof Map<?, ?> map) {
            value = map.get(label);
        }
        if (value != null) {
            out.printf("%-16s %s%n", label, value);
        }
    }
}
