package io.patchbay.livetest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestRequest;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.livetest.ServicelinkEndpointCheck;
import io.patchbay.model.BuffaloRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFactory;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.model.ServicelinkEndpoints;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.ntp.ClockVerdict;
import io.patchbay.probe.ntp.NtpProbeException;
import io.patchbay.probe.ntp.SntpClient;
import io.patchbay.probe.ntp.SntpResult;

/**
 * "RSP.servicelink reachable": for every device running the RSP.servicelink client, each tunnel endpoint of the estate
 * (or the configured defaults) can be reached (F-41) through the highest-ranked {@link ServicelinkEndpointCheck}, and
 * the time server the device sets its clock from is right (F-42).
 */
@Component(service = LiveTestSuite.class)
public final class ServicelinkSuite implements LiveTestSuite {

    public static final String ID = "servicelink";

    /** Replaced in place when a higher-ranked check arrives or leaves, so the suite stays registered meanwhile. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ServicelinkEndpointCheck endpointCheck;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "RSP.servicelink reachable";
    }

    @Override
    public String description() {
        return "Devices with the RSP.servicelink client reach every tunnel endpoint of the estate (or, when it lists"
                + " none, the console's or the shipped defaults), and their time server is right for certificate validation.";
    }

    @Override
    public List<String> facts() {
        return List.of("F-41", "F-42", "F-60", "F-61", "F-62");
    }

    @Override
    public List<EObject> targets(Estate estate) {
        return EstateQueries.all(estate, ManagedDevice.class).stream().filter(d -> d.getServicelink() != null)
                .map(EObject.class::cast).toList();
    }

    @Override
    public List<CheckResult> run(EObject target, LiveTestContext context) {
        ManagedDevice device = (ManagedDevice) target;
        List<CheckResult> checks = new ArrayList<>();
        ServicelinkEndpointCheck check = endpointCheck;
        for (ServicelinkEndpoint endpoint : endpoints(context)) {
            if (context.isCancelled()) {
                checks.add(CheckResult.skipped("endpoint " + endpoint.getRole(), "F-41", "cancelled"));
                continue;
            }
            checks.add(check.check(device, endpoint, context));
        }
        checks.add(clock(device, context));
        return checks;
    }

    /**
     * The estate's own endpoints; for an estate that lists none, the operator's ({@link
     * LiveTestContext#servicelinkEndpoints()}) or else the shipped defaults.
     */
    static List<ServicelinkEndpoint> endpoints(LiveTestContext context) {
        Estate estate = context.estate();
        if (!estate.getServicelinkEndpoints().isEmpty() || context.servicelinkEndpoints().isEmpty()) {
            return ServicelinkEndpoints.of(estate);
        }
        List<ServicelinkEndpoint> endpoints = new ArrayList<>();
        for (LiveTestRequest.Endpoint given : context.servicelinkEndpoints()) {
            ServicelinkEndpoint endpoint = EstateFactory.eINSTANCE.createServicelinkEndpoint();
            endpoint.setRole(given.role());
            endpoint.setHost(given.host());
            endpoint.setPort(given.port());
            endpoints.add(endpoint);
        }
        return List.copyOf(endpoints);
    }

    /** F-42: the device's time server against this host's clock. */
    private static CheckResult clock(ManagedDevice device, LiveTestContext context) {
        String check = "clock";
        String label = EstateLabels.describe(device);
        if (!(device instanceof BuffaloRouter router)) {
            return CheckResult.skipped(check, "F-42", "the estate names no time server for " + label
                    + "; check its clock on the device");
        }
        if (EstateQueries.blank(router.getNtpServer())) {
            return CheckResult.failed(check, "F-42", label + " has no NTP server: without a real-time clock it starts"
                    + " at no_ntp_time and certificate validation of the tunnel fails", "set an NTP server on "
                            + label + " (and a current no_ntp_time, F-44)");
        }
        InetSocketAddress server;
        try {
            server = HostAndPort.parse(router.getNtpServer().strip(), SntpClient.PORT).resolve();
        } catch (IOException | IllegalArgumentException e) {
            return CheckResult.failed(check, "F-42", "the NTP server '" + router.getNtpServer() + "' of " + label
                    + " does not resolve: " + e.getMessage(), "correct the NTP server on " + label);
        }
        context.progress("SNTP query to " + HostAndPort.format(server));
        try {
            SntpResult result = SntpClient.systemClock().query(server, context.timeout());
            ClockVerdict verdict = ClockVerdict.of(result, ClockVerdict.DEFAULT_THRESHOLD);
            CheckResult outcome = verdict.ok()
                    ? CheckResult.passed(check, "F-42", "the time server " + HostAndPort.format(server) + " of "
                            + label + ": " + verdict.message())
                    : CheckResult.failed(check, "F-42", "the time server " + HostAndPort.format(server) + " of "
                            + label + " is off this host's clock: " + verdict.message(), "point " + label
                                    + " at a time server that is right, or correct that server's clock");
            return outcome.with("offset", result.offset().toMillis() + " ms")
                    .with("roundTrip", result.roundTrip().toMillis() + " ms").with("stratum", result.stratum());
        } catch (IOException | NtpProbeException e) {
            return CheckResult.failed(check, "F-42", "no time from the NTP server " + HostAndPort.format(server)
                    + " of " + label + ": " + e.getMessage(), "check the NTP server and let UDP 123 to it through");
        }
    }
}
