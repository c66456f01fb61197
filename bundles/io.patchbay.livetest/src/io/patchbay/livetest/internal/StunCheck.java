package io.patchbay.livetest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.Outcome;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.OsbizSystem;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.stun.StunClient;
import io.patchbay.probe.stun.StunProbeException;
import io.patchbay.probe.stun.StunResponse;
import io.patchbay.probe.stun.StunTimeoutException;
import io.patchbay.probe.stun.StunTiming;

/** F-05: the system's STUN server is set and answers a Binding request; the suites that need STUN share it. */
final class StunCheck {

    /**
     * The verdict, and where the server is and what it mapped us to when it answered. {@code fallback}: the server is
     * the console's STUN server, used because the system names none (F-05 failed; the NAT can still be measured).
     */
    record Result(CheckResult check, InetSocketAddress server, InetSocketAddress mapped, boolean fallback) {

        Result(CheckResult check, InetSocketAddress server, InetSocketAddress mapped) {
            this(check, server, mapped, false);
        }

        /** The system's own STUN server answered (F-05 passed). */
        boolean answered() {
            return check.outcome() == Outcome.PASSED;
        }

        /** A STUN server answered, the system's own or the console's fallback: the NAT can be measured with it. */
        boolean measurable() {
            return server != null && mapped != null;
        }
    }

    static final String CHECK = "STUN server";

    private StunCheck() {
    }

    /** Retransmissions every 200 ms, doubling, cut off at the probe timeout. */
    static StunTiming timing(Duration timeout) {
        return StunTiming.of(Duration.ofMillis(200), 5, 4).limitedTo(timeout);
    }

    /** F-05 with the system's own STUN server only. */
    static Result run(OsbizSystem system, LiveTestContext context) {
        return run(system, context, false);
    }

    /**
     * F-05 with the system's own STUN server; when the system names none and the console has a fallback STUN server
     * ({@link LiveTestContext#stunFallback()}), F-05 still fails but the result carries the fallback's answer, so the
     * NAT type can be measured with it.
     */
    static Result runWithFallback(OsbizSystem system, LiveTestContext context) {
        return run(system, context, true);
    }

    private static Result run(OsbizSystem system, LiveTestContext context, boolean fallback) {
        EstateQueries.StunTarget target = EstateQueries.stunServer(system);
        String label = EstateLabels.describe(system);
        if (target == null) {
            CheckResult none = CheckResult.failed(CHECK, "F-05", label + " has no STUN server: no active ITSP trunk"
                    + " brings its own and no default STUN server is set",
                    "set a default STUN server (port 3478) on " + label + "; it is used when no ITSP trunk has one");
            if (fallback && context.stunFallback().isPresent()) {
                return fallback(none, context.stunFallback().get(), context);
            }
            return new Result(none, null, null);
        }
        InetSocketAddress server;
        try {
            server = new HostAndPort(target.host(), target.port()).resolve();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return new Result(CheckResult.failed(CHECK, "F-05", "the " + target.describe() + " of " + label
                    + " does not resolve: " + e.getMessage(), "correct the STUN server's name or address"),
                    null, null);
        }
        context.progress("STUN binding to " + HostAndPort.format(server));
        StunTiming timing = timing(context.timeout());
        try (StunClient client = StunClient.udpTowards(server)) {
            StunResponse response = client.binding(server, timing);
            if (!response.isSuccess() || response.message().reflexiveAddress().isEmpty()) {
                return new Result(CheckResult.failed(CHECK, "F-05", "the " + target.describe() + " answered"
                        + " without a mapped address (" + response.message().errorCode().map(Object::toString)
                                .orElse("no error code") + ")",
                        "use a STUN server that answers plain Binding requests (RFC 5389)")
                        .with("server", HostAndPort.format(server)), server, null);
            }
            InetSocketAddress mapped = response.message().reflexiveAddress().get();
            return new Result(CheckResult.passed(CHECK, "F-05", "the " + target.describe() + " answers STUN")
                    .with("server", HostAndPort.format(server))
                    .with("roundTrip", response.roundTrip().toMillis() + " ms")
                    .with("mappedAddress", HostAndPort.format(mapped)), server, mapped);
        } catch (StunTimeoutException e) {
            return new Result(CheckResult.failed(CHECK, "F-05", "no answer from the " + target.describe()
                    + " within " + timing.total().toMillis() + " ms: STUN is not active for " + label,
                    "start the STUN server or correct its address and port (default 3478), and let UDP to it"
                            + " through the firewall").with("server", HostAndPort.format(server)), server, null);
        } catch (IOException | StunProbeException e) {
            return new Result(CheckResult.failed(CHECK, "F-05", "STUN to the " + target.describe() + " failed: "
                    + e.getMessage(), "check the STUN server's address and port and the route to it")
                    .with("server", HostAndPort.format(server)), server, null);
        }
    }

    /**
     * The console's STUN server answers for a system that names none: {@code none} (the F-05 failure) stays the
     * verdict, with the fallback's answer as evidence.
     */
    private static Result fallback(CheckResult none, HostAndPort console, LiveTestContext context) {
        InetSocketAddress server;
        try {
            server = console.resolve();
        } catch (UnknownHostException e) {
            return new Result(none.with("consoleStunServer", console + " (does not resolve)"), null, null, true);
        }
        context.progress("STUN binding to the console's STUN server " + HostAndPort.format(server));
        try (StunClient client = StunClient.udpTowards(server)) {
            StunResponse response = client.binding(server, timing(context.timeout()));
            if (!response.isSuccess() || response.message().reflexiveAddress().isEmpty()) {
                return new Result(none.with("consoleStunServer", console + " (answered without a mapped address)"),
                        server, null, true);
            }
            InetSocketAddress mapped = response.message().reflexiveAddress().get();
            return new Result(none.with("consoleStunServer", console.toString())
                    .with("consoleMappedAddress", HostAndPort.format(mapped)), server, mapped, true);
        } catch (StunTimeoutException e) {
            return new Result(none.with("consoleStunServer", console + " (no answer)"), server, null, true);
        } catch (IOException | StunProbeException e) {
            return new Result(none.with("consoleStunServer", console + " (" + e.getMessage() + ")"), server, null,
                    true);
        }
    }
}
