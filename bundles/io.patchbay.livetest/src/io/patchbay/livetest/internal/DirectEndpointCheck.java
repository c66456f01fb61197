package io.patchbay.livetest.internal;

import java.net.InetSocketAddress;

import org.osgi.service.component.annotations.Component;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.ServicelinkEndpointCheck;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.probe.port.PortProbe;
import io.patchbay.probe.port.PortResult;

/**
 * The built-in endpoint check: a direct TCP connection to the endpoint (OpenVPN over TLS on 443 is not an HTTPS
 * handshake, so only the connection is judged). Ranked low so a relay- and proxy-aware check (F-60–F-62) replaces it.
 */
@Component(service = ServicelinkEndpointCheck.class, property = "service.ranking:Integer=-100")
public final class DirectEndpointCheck implements ServicelinkEndpointCheck {

    @Override
    public CheckResult check(ManagedDevice device, ServicelinkEndpoint endpoint, LiveTestContext context) {
        String check = "endpoint " + endpoint.getRole();
        String where = endpoint.getHost() + ":" + endpoint.getPort();
        if (EstateQueries.blank(endpoint.getHost())) {
            return CheckResult.failed(check, "F-41", "the " + endpoint.getRole() + " has no address",
                    "list the RSP.servicelink endpoints with their addresses in the estate");
        }
        context.progress("TCP " + where);
        PortResult result = PortProbe.tcp(new InetSocketAddress(endpoint.getHost().strip(), endpoint.getPort()),
                context.timeout());
        if (result.ok()) {
            return CheckResult.passed(check, "F-41", "the " + endpoint.getRole() + " " + where + " is reachable")
                    .with("connectTime", result.connectTime().map(d -> d.toMillis() + " ms").orElse(null))
                    .with("path", "direct");
        }
        return CheckResult.failed(check, "F-41", "the " + endpoint.getRole() + " " + where + " cannot be reached"
                + " from here: " + result.outcome().meaning(), "let TLS to " + where + " through the firewall of "
                        + EstateLabels.describe(device) + " without requiring HTTPS or inspecting it, and allow the"
                        + " related inbound traffic").with("path", "direct").with("detail", result.detail());
    }
}
