package io.patchbay.livetest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Router;
import io.patchbay.model.StationType;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.RequiredForward;
import io.patchbay.model.validation.RequiredForwarding;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.nat.NatDiscovery;
import io.patchbay.probe.nat.NatReport;
import io.patchbay.probe.port.PortProbe;
import io.patchbay.probe.port.PortResult;

/**
 * "Device@Home ready": for every system with HFA devices on the internet, the STUN server answers (F-05), the NAT in
 * front of it is not symmetric (F-03), the company router's forwards reach the system (F-10) and HFA over TLS speaks
 * TLS 1.2 or newer (F-14).
 */
@Component(service = LiveTestSuite.class)
public final class DeviceAtHomeSuite implements LiveTestSuite {

    public static final String ID = "device-at-home";
    private static final int HFA_TLS_EXTERNAL = 4061;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Device@Home ready";
    }

    @Override
    public String description() {
        return "HFA devices at home can reach the system: STUN answers, the NAT is not symmetric, the company router"
                + " forwards HFA, HTTPS and DLI to the system, and HFA-TLS negotiates TLS 1.2 or newer.";
    }

    @Override
    public List<String> facts() {
        return List.of("F-03", "F-05", "F-10", "F-14");
    }

    @Override
    public List<EObject> targets(Estate estate) {
        return EstateQueries.all(estate, OsbizSystem.class).stream()
                .filter(s -> !EstateQueries.internetStations(s, StationType.SYSTEM_CLIENT_HFA).isEmpty())
                .map(EObject.class::cast).toList();
    }

    @Override
    public List<CheckResult> run(EObject target, LiveTestContext context) {
        OsbizSystem system = (OsbizSystem) target;
        List<CheckResult> checks = new ArrayList<>();
        StunCheck.Result stun = StunCheck.runWithFallback(system, context);
        checks.add(stun.check());
        checks.add(nat(system, stun, context));
        checks.addAll(forwards(system, context));
        checks.add(tls(system, context));
        return checks;
    }

    /**
     * F-03: NAT behaviour discovery against the system's STUN server, or against the console's when the system names
     * none (the message says so).
     */
    private static CheckResult nat(OsbizSystem system, StunCheck.Result stun, LiveTestContext context) {
        String check = "NAT type";
        if (stun.fallback() && !stun.measurable()) {
            return CheckResult.skipped(check, "F-03", EstateLabels.describe(system) + " names no STUN server and the"
                    + " console's STUN server " + context.stunFallback().map(Object::toString).orElse("")
                    + " does not answer: check it in Window > Preferences > Live Tests");
        }
        if (!stun.measurable()) {
            return CheckResult.skipped(check, "F-03", "NAT discovery needs an answering STUN server (F-05)");
        }
        if (context.isCancelled()) {
            return CheckResult.skipped(check, "F-03", "cancelled");
        }
        context.progress("NAT discovery against " + HostAndPort.format(stun.server()));
        NatReport report;
        try {
            report = NatDiscovery.discover(stun.server(), StunCheck.timing(context.timeout()));
        } catch (IOException e) {
            return CheckResult.failed(check, "F-03", "NAT discovery against " + HostAndPort.format(stun.server())
                    + " failed: " + e.getMessage(), "check the route to the STUN server");
        }
        String verdict = stun.fallback()
                ? report.verdict() + " (measured with the console's STUN server " + HostAndPort.format(stun.server())
                        + " because " + EstateLabels.describe(system) + " names none)"
                : report.verdict();
        Router router = system.getAccessRouter();
        String routerLabel = router == null ? "the access router" : EstateLabels.describe(router);
        CheckResult result = switch (report.type()) {
            case SYMMETRIC -> CheckResult.failed(check, "F-03", verdict,
                    "replace or reconfigure " + routerLabel + " so that it maps endpoint-independently"
                            + (router instanceof CompanyRouter company && company.isOutboundFiltering()
                                    ? "; it restricts outbound traffic, which can make detection report symmetric"
                                            + " wrongly: open the forwarded ports outbound too"
                                    : ""));
            case UDP_BLOCKED -> CheckResult.failed(check, "F-03", verdict,
                    "let UDP to the STUN server and back through " + routerLabel);
            case UNKNOWN -> CheckResult.skipped(check, "F-03", verdict);
            default -> CheckResult.passed(check, "F-03", verdict);
        };
        return result.with("natType", report.type().label()).with("mapping", report.mapping().label())
                .with("filtering", report.filtering().label())
                .with("mappedAddress", report.mapped().map(HostAndPort::format).orElse(null))
                .with("estateNatType", router == null ? null : router.getNatType())
                .with("elapsed", report.elapsed().toMillis() + " ms")
                .with("stunServer", HostAndPort.format(stun.server())
                        + (stun.fallback() ? " (the console's, Window > Preferences > Live Tests)" : ""));
    }

    /** F-10: every TCP forward the system needs reaches it through the company router's public address. */
    private static List<CheckResult> forwards(OsbizSystem system, LiveTestContext context) {
        List<CheckResult> checks = new ArrayList<>();
        if (!(system.getAccessRouter() instanceof CompanyRouter router)) {
            checks.add(CheckResult.skipped("router forwards", "F-10", EstateLabels.describe(system)
                    + " is not behind a company router in the estate: no forwards to check"));
            return checks;
        }
        String label = EstateLabels.describe(router);
        if (EstateQueries.blank(router.getPublicAddress())) {
            checks.add(CheckResult.failed("router forwards", "F-10", label + " has no public address in the estate",
                    "record the public address of " + label + " so its forwards can be tested"));
            return checks;
        }
        String internal = EstateQueries.internalAddress(system);
        List<String> notProbed = new ArrayList<>();
        for (RequiredForward forward : RequiredForwarding.of(router)) {
            if (!forward.ruleId().equals("F-10") || !forward.host().equals(internal)) {
                continue;
            }
            if (forward.protocol() == TransportProtocol.UDP || forward.external().count() != 1) {
                notProbed.add(forward.describe());
                continue;
            }
            if (context.isCancelled()) {
                checks.add(CheckResult.skipped("forward " + forward.service(), "F-10", "cancelled"));
                continue;
            }
            int port = forward.external().first();
            String check = "forward " + forward.service() + " TCP " + port;
            InetSocketAddress publicEnd = new InetSocketAddress(router.getPublicAddress().strip(), port);
            context.progress("TCP " + router.getPublicAddress() + ":" + port);
            PortResult result = PortProbe.tcp(publicEnd, context.timeout());
            if (result.ok()) {
                checks.add(CheckResult.passed(check, "F-10", "TCP " + port + " on " + router.getPublicAddress()
                        + " reaches " + EstateLabels.describe(system) + " (" + forward.describe() + ")")
                        .with("target", HostAndPort.format(result.target()))
                        .with("connectTime", result.connectTime().map(d -> d.toMillis() + " ms").orElse(null)));
            } else {
                checks.add(CheckResult.failed(check, "F-10", router.getPublicAddress() + ":" + port + " ("
                        + forward.service() + "): " + result.outcome().meaning(), "forward "
                        + forward.describe() + " on " + label + " ('patchbay apply --feature portforward' writes it)"
                        + " and let it through the firewall")
                        .with("target", publicEnd.getHostString() + ":" + port)
                        .with("outcome", result.outcome()).with("detail", result.detail()));
            }
        }
        if (!notProbed.isEmpty()) {
            checks.add(CheckResult.skipped("UDP forwards", "F-10", "not probed: UDP ports give no answer to a bare"
                    + " probe (" + String.join("; ", notProbed) + ")"));
        }
        return checks;
    }

    /** F-14: HFA over TLS (SPE) negotiates TLS 1.2 or newer at the system's public address. */
    private static CheckResult tls(OsbizSystem system, LiveTestContext context) {
        String check = "HFA-TLS";
        if (!system.isSpeEnabled()) {
            return CheckResult.skipped(check, "F-14", "SPE is off on " + EstateLabels.describe(system)
                    + ": HFA signalling is not encrypted");
        }
        String host;
        int port;
        if (system.getAccessRouter() instanceof CompanyRouter router
                && !EstateQueries.blank(router.getPublicAddress())) {
            host = router.getPublicAddress().strip();
            port = HFA_TLS_EXTERNAL;
        } else if (!EstateQueries.blank(system.getPublicAddress())) {
            host = system.getPublicAddress().strip();
            port = system.getHfaTlsPort();
        } else {
            return CheckResult.failed(check, "F-14", EstateLabels.describe(system) + " has no public address",
                    "record the system's public address or DNS name (F-12)");
        }
        context.progress("TLS handshake with " + host + ":" + port);
        try {
            TlsHandshake.Result result = TlsHandshake.handshake(new InetSocketAddress(host, port), context.timeout());
            boolean modern = result.protocol().equals("TLSv1.2") || result.protocol().equals("TLSv1.3");
            CheckResult verdict = modern
                    ? CheckResult.passed(check, "F-14", host + ":" + port + " negotiates " + result.protocol()
                            + (system.isTlsFallbackToTls10()
                                    ? "; the system still lets old devices fall back to TLS 1.0, a risk"
                                    : ""))
                    : CheckResult.failed(check, "F-14", host + ":" + port + " negotiated " + result.protocol()
                            + ", older than TLS 1.2", "switch the system to TLS 1.2 (the default) and update the"
                                    + " devices that need the fallback");
            return verdict.with("protocol", result.protocol()).with("cipherSuite", result.cipherSuite())
                    .with("certificate", result.subject()).with("handshake", result.time().toMillis() + " ms");
        } catch (IOException e) {
            return CheckResult.failed(check, "F-14", "no TLS handshake with " + host + ":" + port + ": "
                    + e.getMessage(), "check that HFA encrypted is forwarded (4061 to 4063, F-10) and that SPE has"
                            + " a server certificate (F-31)");
        }
    }
}
