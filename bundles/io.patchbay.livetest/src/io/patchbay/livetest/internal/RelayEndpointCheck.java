package io.patchbay.livetest.internal;

import java.net.ProxySelector;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.ServicelinkEndpointCheck;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.probe.relay.Attempt;
import io.patchbay.probe.relay.ConnectionReport;
import io.patchbay.probe.relay.Relay;
import io.patchbay.probe.relay.RelayProbe;
import io.patchbay.probe.relay.RelayProbeOptions;

/**
 * The built-in endpoint check, as the remote-service client reaches a relay (F-60, F-61): direct first, then through
 * the proxies this machine is set to use (environment and Java's proxy selector). Only the connection is judged
 * (OpenVPN over TLS on 443 is not an HTTPS handshake); the timestamped connection report (F-62) goes with the result,
 * for a ticket. Ranked low, so a check a
 * third-party bundle registers (its own relay lists, PAC file, proxy credentials) replaces it.
 */
@Component(service = ServicelinkEndpointCheck.class, property = "service.ranking:Integer=-100")
public final class RelayEndpointCheck implements ServicelinkEndpointCheck {

    @Override
    public CheckResult check(ManagedDevice device, ServicelinkEndpoint endpoint, LiveTestContext context) {
        String check = "endpoint " + endpoint.getRole();
        String where = endpoint.getHost() + ":" + endpoint.getPort();
        if (EstateQueries.blank(endpoint.getHost())) {
            return CheckResult.failed(check, "F-41", "the " + endpoint.getRole() + " has no address",
                    "list the RSP.servicelink endpoints with their addresses in the estate");
        }
        context.progress("reaching " + where);
        ConnectionReport report = RelayProbe.run(List.of(new Relay(endpoint.getHost().strip(),
                List.of(endpoint.getPort()))), RelayProbeOptions.defaults().withTimeout(context.timeout())
                        .withSystemProxies(System.getenv(), ProxySelector.getDefault()).stoppingAtFirstReached());
        Optional<Attempt> reached = report.attempts().stream().filter(Attempt::ok).findFirst();
        if (reached.isPresent()) {
            return CheckResult.passed(check, "F-41", "the " + endpoint.getRole() + " " + where + " is reachable "
                    + reached.get().route()).with("connectTime", reached.get().elapsed().toMillis() + " ms")
                    .with("path", reached.get().route().toString());
        }
        Attempt last = report.attempts().isEmpty() ? null : report.attempts().get(report.attempts().size() - 1);
        return CheckResult.failed(check, "F-41", "the " + endpoint.getRole() + " " + where + " cannot be reached"
                + " from here: " + (last == null ? "no attempt could be made" : last.outcome().meaning())
                + " (" + report.attempts().size() + " attempt" + (report.attempts().size() == 1 ? "" : "s")
                + ": direct" + (report.attempts().size() > 1 ? " and through the proxies" : "") + ")",
                "let TLS to " + where + " through the firewall of " + EstateLabels.describe(device) + " without"
                        + " requiring HTTPS or inspecting it, and allow the related inbound traffic")
                .with("path", last == null ? "none" : last.route().toString()).with("report", report.text());
    }
}
