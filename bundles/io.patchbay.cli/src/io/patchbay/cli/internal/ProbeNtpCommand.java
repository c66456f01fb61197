package io.patchbay.cli.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.ntp.ClockVerdict;
import io.patchbay.probe.ntp.NtpProbeException;
import io.patchbay.probe.ntp.SntpClient;
import io.patchbay.probe.ntp.SntpResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code patchbay probe ntp}: how far this host's clock is from a time server (F-42). */
@Command(name = "ntp", mixinStandardHelpOptions = true,
        description = { "Ask an NTP server for the time (SNTP) and compare it with this host's clock.",
                "Certificate validation needs a right clock (F-42).",
                "Exit 0 when the offset is within --max-offset, 4 when it is not or there is no answer." })
public final class ProbeNtpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "HOST[:PORT]", description = "the NTP server (port 123 if none given)")
    String target;

    @Option(names = "--max-offset", paramLabel = "SECONDS", defaultValue = "60",
            description = "largest offset that passes, either way (default: ${DEFAULT-VALUE})")
    double maxOffsetSeconds;

    @Mixin
    ProbeOptions options;

    @Override
    public Integer call() {
        Duration timeout = options.timeout();
        if (!(maxOffsetSeconds >= 0) || maxOffsetSeconds > 1e9) {
            throw new ParameterException(spec.commandLine(), "--max-offset must be 0 or more seconds");
        }
        InetSocketAddress server = ProbeTargets.resolve(spec, target, SntpClient.PORT);
        ProbeReport report = new ProbeReport().put("server", "NTP server", HostAndPort.format(server));
        SntpResult result;
        try {
            result = SntpClient.systemClock().query(server, timeout);
        } catch (NtpProbeException | IOException e) {
            String problem = e instanceof NtpProbeException ? e.getMessage()
                    : "cannot reach " + HostAndPort.format(server) + " over UDP: " + e.getMessage();
            return report.failed(spec, options.format, problem + "; check the address, the port (NTP: 123) and that UDP is"
                    + " not blocked");
        }
        ClockVerdict verdict = ClockVerdict.of(result,
                Duration.ofNanos(Math.round(maxOffsetSeconds * 1_000_000_000d)));
        double offsetSeconds = result.offset().toNanos() / 1e9;
        report.json("answered", true)
                .put("offsetSeconds", "offset", String.format(Locale.ROOT, "%+.3f s (%s)", offsetSeconds,
                        offsetSeconds >= 0 ? "server ahead of this host" : "server behind this host"),
                        offsetSeconds)
                .put("roundTripMillis", "round trip", ProbeReport.millis(result.roundTrip()) + " ms",
                        ProbeReport.millis(result.roundTrip()))
                .put("stratum", "stratum", result.stratum() + " (reference " + result.referenceId() + ")",
                        result.stratum())
                .json("referenceId", result.referenceId())
                .json("serverSynchronised", result.serverSynchronised())
                .json("maxOffsetSeconds", maxOffsetSeconds).json("ok", verdict.ok())
                .put("verdict", "verdict", verdict.message());
        if (!result.serverSynchronised()) {
            report.put("warning", "warning", "the server says its own clock is not synchronised");
        }
        report.print(spec, options.format);
        return verdict.ok() ? ExitCodes.OK : ExitCodes.TESTS_FAILED;
    }
}
