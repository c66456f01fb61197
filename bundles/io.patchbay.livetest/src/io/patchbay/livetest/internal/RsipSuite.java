package io.patchbay.livetest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.PortRange;
import io.patchbay.model.RsipServer;
import io.patchbay.model.TransportProtocol;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.rsip.RsipCause;
import io.patchbay.probe.rsip.RsipClient;
import io.patchbay.probe.rsip.RsipLease;
import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipProbeException;
import io.patchbay.probe.rsip.RsipServerConfig;

/**
 * "RSIP server": against each RSIP server's control port, the RSIP client registers (F-50, F-51), takes an RSAP-IP
 * bind of the default size of 255 ports inside PORT_RANGE (F-53), listens on a port of LISTEN_RANGE, extends the bind
 * (F-53) and de-registers; a refusal is a failure with the F-56 cause and what to check.
 */
@Component(service = LiveTestSuite.class)
public final class RsipSuite implements LiveTestSuite {

    public static final String ID = "rsip";

    private static final String[] STEPS = { "register", "assign (RSAP-IP)", "listen", "extend", "de-register" };

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "RSIP server";
    }

    @Override
    public String description() {
        return "The RSIP server takes a client through register, a default RSAP-IP bind of 255 ports, listen,"
                + " extend and de-register on its control port; a refusal names the F-56 cause.";
    }

    @Override
    public List<String> facts() {
        return List.of("F-50", "F-53", "F-56");
    }

    @Override
    public List<EObject> targets(Estate estate) {
        return EstateQueries.all(estate, RsipServer.class).stream().map(EObject.class::cast).toList();
    }

    @Override
    public List<CheckResult> run(EObject target, LiveTestContext context) {
        RsipServer server = (RsipServer) target;
        String label = EstateLabels.describe(server);
        List<CheckResult> checks = new ArrayList<>();
        if (EstateQueries.blank(server.getHostAddress())) {
            checks.add(CheckResult.failed(STEPS[0], "F-56", label + " has no address in the estate",
                    "record the RSIP server's address (its control port is " + server.getControlPort() + ")"));
            return checks;
        }
        boolean udp = server.getControlProtocol() == TransportProtocol.UDP;
        InetSocketAddress control = new InetSocketAddress(server.getHostAddress().strip(), server.getControlPort());
        String where = HostAndPort.format(control) + (udp ? " over UDP" : " over TCP");
        Duration timeout = context.timeout();
        int step = 0;
        context.progress("RSIP register at " + where);
        try (RsipClient client = udp ? RsipClient.udp(control, null, timeout)
                : RsipClient.connect(control, null, timeout)) {
            long clientId = client.register();
            checks.add(CheckResult.passed(STEPS[step], "F-50", "registered with " + label + " at " + where)
                    .with("clientId", clientId).with("registrationLease", client.registrationLease().toSeconds()
                            + " s"));
            step++;
            RsipLease lease = client.assignPorts(0);
            checks.add(assigned(server, lease));
            step++;
            checks.add(listen(client, server));
            step++;
            Duration extended = client.extend(lease.bindId());
            checks.add(CheckResult.passed(STEPS[step], "F-53", "bind " + lease.bindId() + " extended before its"
                    + " lease ran out").with("lease", extended.toSeconds() + " s"));
            step++;
            client.deregister();
            checks.add(CheckResult.passed(STEPS[step], "F-50", "de-registered: the registration and its binds are"
                    + " given back"));
            step++;
        } catch (RsipProbeException e) {
            checks.add(refusal(STEPS[step], e, where));
            step++;
        } catch (IOException e) {
            checks.add(CheckResult.failed(STEPS[step], "F-56", RsipCause.CONNECTION_REFUSED.text() + ": cannot talk"
                    + " RSIP to " + label + " at " + where + ": " + e.getMessage(), RsipCause.CONNECTION_REFUSED.hint())
                    .with("cause", RsipCause.CONNECTION_REFUSED.text()));
            step++;
        }
        for (; step < STEPS.length; step++) {
            checks.add(CheckResult.skipped(STEPS[step], "F-53", "needs the step before it"));
        }
        return checks;
    }

    private static CheckResult assigned(RsipServer server, RsipLease lease) {
        int first = lease.ports().first();
        int count = lease.ports().count();
        String ports = first + "-" + (first + count - 1);
        CheckResult result;
        PortRange range = server.getPortRange();
        if (count != RsipServerConfig.DEFAULT_BIND) {
            result = CheckResult.failed(STEPS[1], "F-53", "the default bind is " + count + " ports, not "
                    + RsipServerConfig.DEFAULT_BIND, "leave the default bind at 255 ports or widen PORT_RANGE");
        } else if (range != null && (!range.contains(first) || !range.contains(first + count - 1))) {
            result = CheckResult.failed(STEPS[1], "F-53", "the bind " + ports + " lies outside the estate's PORT_RANGE "
                    + range, "make rsipd.conf's PORT_RANGE match the estate (" + range + ")");
        } else {
            result = CheckResult.passed(STEPS[1], "F-53", "a default bind of " + count + " ports: " + ports + " on "
                    + lease.address().getHostAddress());
        }
        return result.with("address", lease.address().getHostAddress()).with("ports", ports)
                .with("bindId", lease.bindId()).with("lease", lease.lease().toSeconds() + " s");
    }

    private static CheckResult listen(RsipClient client, RsipServer server) throws IOException, RsipProbeException {
        PortRange range = server.getListenRange();
        if (range == null) {
            return CheckResult.skipped(STEPS[2], "F-53", "the estate names no LISTEN_RANGE");
        }
        RsipLease lease = client.listen(range.first());
        return CheckResult.passed(STEPS[2], "F-53", "listening on " + lease.address().getHostAddress() + ":"
                + range.first() + " (LISTEN_RANGE " + range + ")").with("bindId", lease.bindId());
    }

    private static CheckResult refusal(String step, RsipProbeException e, String where) {
        CheckResult result = CheckResult.failed(step, "F-56", e.getMessage() + " (" + step + " at " + where + ")",
                e.rsipCause().hint()).with("cause", e.rsipCause().text());
        if (e.error() != 0) {
            result = result.with("rsipError", e.error() + " " + RsipMessage.errorName(e.error()));
        }
        return result;
    }
}
