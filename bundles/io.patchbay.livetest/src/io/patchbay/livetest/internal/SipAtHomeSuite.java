package io.patchbay.livetest.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

import io.patchbay.core.Credential;
import io.patchbay.livetest.CheckResult;
import io.patchbay.livetest.LiveTestContext;
import io.patchbay.livetest.LiveTestSuite;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Station;
import io.patchbay.model.StationType;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.RequiredForward;
import io.patchbay.model.validation.RequiredForwarding;
import io.patchbay.probe.HostAndPort;
import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipChecks;
import io.patchbay.probe.sip.SipClient;
import io.patchbay.probe.sip.SipPorts;
import io.patchbay.probe.sip.SipProbeException;
import io.patchbay.probe.sip.SipResult;
import io.patchbay.probe.sip.SipTransport;
import io.patchbay.probe.sip.SipVerdict;

/**
 * "SIP@Home ready": for every system with SIP stations on the internet, SIP answers on the external ports and not on
 * the internal ones (F-22), the company router's SIP forwards reach the system on the same port (F-23), a registration
 * keeps the public Contact a STUN-using endpoint sends (F-24), and the system takes a registration over TLS on the
 * connection the endpoint opened (F-27).
 */
@Component(service = LiveTestSuite.class)
public final class SipAtHomeSuite implements LiveTestSuite {

    public static final String ID = "sip-at-home";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "SIP@Home ready";
    }

    @Override
    public String description() {
        return "SIP endpoints at home can register: SIP on the external ports only, the router's SIP forwards keep"
                + " the port, a registration keeps the public Contact, and registration over TLS works.";
    }

    @Override
    public List<String> facts() {
        return List.of("F-22", "F-23", "F-24", "F-27");
    }

    @Override
    public List<EObject> targets(Estate estate) {
        return EstateQueries.all(estate, OsbizSystem.class).stream()
                .filter(s -> !EstateQueries.internetStations(s, StationType.SIP_CLIENT).isEmpty())
                .map(EObject.class::cast).toList();
    }

    @Override
    public List<CheckResult> run(EObject target, LiveTestContext context) {
        OsbizSystem system = (OsbizSystem) target;
        String label = EstateLabels.describe(system);
        List<CheckResult> checks = new ArrayList<>();
        String publicHost = publicHost(system);
        if (publicHost == null) {
            checks.add(CheckResult.failed("public address", "F-22", label + " has no public address or DNS name",
                    "record the public address under which endpoints at home reach " + label));
            return checks;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(publicHost);
        } catch (UnknownHostException e) {
            checks.add(CheckResult.failed("public address", "F-22", "the public address " + publicHost + " of "
                    + label + " does not resolve", "correct the public address or its DynDNS name (F-18)"));
            return checks;
        }
        checks.add(externalPorts(system, address, context));
        checks.addAll(forwards(system, context));
        List<Station> stations = EstateQueries.internetStations(system, StationType.SIP_CLIENT);
        StunCheck.Result stun = StunCheck.run(system, context);
        for (Station station : stations) {
            if (context.isCancelled()) {
                break;
            }
            checks.add(publicContact(system, station, address, stun, context));
        }
        checks.add(registrationOverTls(system, stations.get(0), address, context));
        return checks;
    }

    /**
     * Where endpoints at home reach the system: the company router's public address (what the system's public name
     * resolves to, and where the forwards are), else the system's own public address, else its access router's.
     */
    private static String publicHost(OsbizSystem system) {
        if (system.getAccessRouter() instanceof CompanyRouter router
                && !EstateQueries.blank(router.getPublicAddress())) {
            return router.getPublicAddress().strip();
        }
        if (!EstateQueries.blank(system.getPublicAddress())) {
            return system.getPublicAddress().strip();
        }
        if (system.getAccessRouter() != null && !EstateQueries.blank(system.getAccessRouter().getPublicAddress())) {
            return system.getAccessRouter().getPublicAddress().strip();
        }
        return null;
    }

    /** F-22 through the probe bundle's SipChecks. */
    private static CheckResult externalPorts(OsbizSystem system, InetAddress address, LiveTestContext context) {
        int sip = system.getSipInternetPort();
        int tls = system.getSipInternetTlsPort();
        List<Integer> internal = SipPorts.F22.internal().stream().filter(p -> p != sip && p != tls).toList();
        context.progress("SIP OPTIONS to " + address.getHostAddress() + " on " + sip + "/" + tls + " and " + internal);
        SipVerdict verdict = SipChecks.externalPorts(address, new SipPorts(sip, sip, tls, internal),
                TlsHandshake.anyCertificate(), context.timeout());
        CheckResult result = verdict.ok() ? CheckResult.passed("SIP ports", "F-22", verdict.message())
                : CheckResult.failed("SIP ports", "F-22", verdict.message(), "set the system's SIP internet ports to"
                        + " UDP/TCP 5070 and TLS 5071 (a system migrated from an older release keeps 5060/5062)"
                        + " and forward only those");
        for (int i = 0; i < verdict.details().size(); i++) {
            result = result.with("probe " + (i + 1), verdict.details().get(i));
        }
        return result;
    }

    /** F-23: each SIP forward answers SIP through the company router's public address, on the same port. */
    private static List<CheckResult> forwards(OsbizSystem system, LiveTestContext context) {
        List<CheckResult> checks = new ArrayList<>();
        if (!(system.getAccessRouter() instanceof CompanyRouter router)) {
            checks.add(CheckResult.skipped("SIP forwards", "F-23", EstateLabels.describe(system)
                    + " is not behind a company router in the estate: no forwards to check"));
            return checks;
        }
        String label = EstateLabels.describe(router);
        if (EstateQueries.blank(router.getPublicAddress())) {
            checks.add(CheckResult.failed("SIP forwards", "F-23", label + " has no public address in the estate",
                    "record the public address of " + label));
            return checks;
        }
        String internal = EstateQueries.internalAddress(system);
        for (RequiredForward forward : RequiredForwarding.of(router)) {
            if (!forward.ruleId().equals("F-23") || !forward.host().equals(internal)) {
                continue;
            }
            int port = forward.external().first();
            boolean tls = forward.service().contains("TLS");
            SipTransport transport = tls ? SipTransport.TLS
                    : forward.protocol() == TransportProtocol.UDP ? SipTransport.UDP : SipTransport.TCP;
            String check = "forward " + transport + " " + port;
            InetSocketAddress publicEnd = new InetSocketAddress(router.getPublicAddress().strip(), port);
            context.progress("SIP OPTIONS over " + transport + " to " + HostAndPort.format(publicEnd));
            SipClient client = (tls ? SipClient.tls(TlsHandshake.anyCertificate()) : SipClient.of(transport))
                    .timeout(context.timeout());
            try {
                SipResult answer = client.options(publicEnd, "ping");
                checks.add(CheckResult.passed(check, "F-23", "SIP over " + transport + " to "
                        + router.getPublicAddress() + ":" + port + " reaches the system on the same port").with("answer", answer.summary()));
            } catch (IOException | SipProbeException e) {
                checks.add(CheckResult.failed(check, "F-23", "no SIP answer over " + transport + " at "
                        + router.getPublicAddress() + ":" + port + ": " + e.getMessage(), "forward " + transport
                        + " " + port + " to " + forward.host() + ":" + port + " on " + label + " — the same port"
                        + " outside and inside; never forward the internal SIP ports 5060–5062")
                        .with("target", HostAndPort.format(publicEnd)));
            }
        }
        return checks;
    }

    /**
     * F-24: a REGISTER over UDP whose Contact is the public address STUN reports (as an endpoint must send it) comes
     * back from the registrar with that Contact: nothing on the path (a SIP ALG, F-04) rewrote it.
     */
    private static CheckResult publicContact(OsbizSystem system, Station station, InetAddress address,
            StunCheck.Result stun, LiveTestContext context) {
        String user = user(station);
        String check = "public Contact " + user;
        if (!stun.answered()) {
            return CheckResult.skipped(check, "F-24", "endpoints need STUN to learn their public address, and the"
                    + " system's STUN server does not answer (F-05)");
        }
        InetSocketAddress registrar = new InetSocketAddress(address, system.getSipInternetPort());
        context.progress("REGISTER " + user + " over UDP to " + HostAndPort.format(registrar));
        try {
            SipResult register = register(SipClient.of(SipTransport.UDP).contact(stun.mapped()), registrar, user,
                    station, context);
            if (!register.isSuccess()) {
                return refused(check, "F-24", register, station);
            }
            SipVerdict verdict = SipChecks.contactIsPublic(register, stun.mapped());
            CheckResult result = verdict.ok() ? CheckResult.passed(check, "F-24", verdict.message())
                    : CheckResult.failed(check, "F-24", verdict.message(), "switch off the SIP ALG on the routers"
                            + " in the path (F-04) and let the endpoint use STUN");
            return result.with("answer", register.summary())
                    .with("seenFrom", register.seenFrom().map(HostAndPort::format).orElse(null));
        } catch (IOException | SipProbeException e) {
            return CheckResult.failed(check, "F-24", "REGISTER of " + user + " over UDP to "
                    + HostAndPort.format(registrar) + " failed: " + e.getMessage(),
                    "check the SIP port forwards (F-23) and that the system's SIP port is " + registrar.getPort());
        }
    }

    /**
     * F-27: over TLS the system reaches the endpoint at the transport address the REGISTER came from, so a REGISTER
     * over TLS must succeed on the connection the endpoint opened.
     */
    private static CheckResult registrationOverTls(OsbizSystem system, Station station, InetAddress address,
            LiveTestContext context) {
        String user = user(station);
        String check = "register over TLS";
        InetSocketAddress registrar = new InetSocketAddress(address, system.getSipInternetTlsPort());
        context.progress("REGISTER " + user + " over TLS to " + HostAndPort.format(registrar));
        try {
            SipResult register = register(SipClient.tls(TlsHandshake.anyCertificate()), registrar, user, station,
                    context);
            if (!register.isSuccess()) {
                return refused(check, "F-27", register, station);
            }
            return CheckResult.passed(check, "F-27", "REGISTER of " + user + " over TLS accepted: the system"
                    + " reaches the endpoint on the connection it opened" + register.seenFrom()
                            .map(a -> " (seen from " + HostAndPort.format(a) + ")").orElse(""))
                    .with("answer", register.summary()).with("local", HostAndPort.format(register.local()));
        } catch (IOException | SipProbeException e) {
            return CheckResult.failed(check, "F-27", "REGISTER of " + user + " over TLS to "
                    + HostAndPort.format(registrar) + " failed: " + e.getMessage(), "forward TLS "
                            + registrar.getPort() + " to the same port (F-23) and give SIP TLS a certificate (F-26)");
        }
    }

    /** REGISTER; when challenged, once more with the station's password from the vault. */
    private static SipResult register(SipClient client, InetSocketAddress registrar, String user, Station station,
            LiveTestContext context) throws IOException, SipProbeException {
        SipResult first = client.register(registrar, user, null);
        if (first.statusCode() != 401 && first.statusCode() != 407) {
            return first;
        }
        Optional<Credential> credential = context.credential(station.getPasswordRef());
        if (credential.isEmpty()) {
            return first;
        }
        try {
            String name = EstateQueries.blank(credential.get().username()) ? user : credential.get().username();
            return client.register(registrar, user,
                    new DigestCredentials(name, new String(credential.get().secret())));
        } finally {
            credential.get().destroy();
        }
    }

    private static CheckResult refused(String check, String fact, SipResult register, Station station) {
        boolean challenged = register.statusCode() == 401 || register.statusCode() == 407;
        return CheckResult.failed(check, fact, "the registrar answered " + register.summary(), challenged
                ? "store station " + station.getNumber() + "'s password in the vault under "
                        + station.getPasswordRef() + " (it must match the system's)"
                : "check the station's SIP user id and the system's SIP settings").with("answer", register.summary());
    }

    private static String user(Station station) {
        return EstateQueries.blank(station.getSipUserId()) ? station.getNumber() : station.getSipUserId();
    }
}
