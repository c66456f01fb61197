package io.patchbay.probe.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLSocketFactory;

import io.patchbay.probe.HostAndPort;

/**
 * Verdicts the live tests need, built on {@link SipClient} probes.
 *
 * @since 0.1
 */
public final class SipChecks {

    private SipChecks() {
    }

    /**
     * F-22: the system answers OPTIONS on its external SIP ports (UDP and TCP, and TLS when {@code tls} is given) and
     * on none of the internal ones (UDP and TCP probed). Any final response counts as an answer: a 404 or 403 still
     * proves that SIP reaches the system on that port.
     *
     * @param tls the factory that trusts the system's certificate, null to leave TLS out
     */
    public static SipVerdict externalPorts(InetAddress host, SipPorts ports, SSLSocketFactory tls, Duration timeout) {
        List<String> details = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        List<String> leaking = new ArrayList<>();
        record Probe(SipClient client, int port, boolean external) {
        }
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe(SipClient.of(SipTransport.UDP), ports.udp(), true));
        probes.add(new Probe(SipClient.of(SipTransport.TCP), ports.tcp(), true));
        if (tls != null) {
            probes.add(new Probe(SipClient.tls(tls), ports.tls(), true));
        }
        for (int port : ports.internal()) {
            probes.add(new Probe(SipClient.of(SipTransport.UDP), port, false));
            probes.add(new Probe(SipClient.of(SipTransport.TCP), port, false));
        }
        for (Probe probe : probes) {
            String where = probe.client().transport() + " " + probe.port();
            Optional<SipResult> answer = Optional.empty();
            String failure = null;
            try {
                answer = Optional.of(probe.client().timeout(timeout).options(new InetSocketAddress(host, probe.port()),
                        "ping"));
            } catch (IOException | SipProbeException e) {
                failure = e.getMessage();
            }
            details.add(where + (probe.external() ? " (external): " : " (internal): ")
                    + answer.map(SipResult::summary).orElse("no answer: " + failure));
            if (probe.external() && answer.isEmpty()) {
                silent.add(where);
            } else if (!probe.external() && answer.isPresent()) {
                leaking.add(where);
            }
        }
        String target = host.getHostAddress();
        if (silent.isEmpty() && leaking.isEmpty()) {
            return new SipVerdict(true, "F-22", target + " answers SIP on " + external(ports, tls != null)
                    + " and not on the internal ports " + ports.internal(), details);
        }
        StringBuilder message = new StringBuilder(target);
        if (!silent.isEmpty()) {
            message.append(" does not answer SIP on ").append(String.join(", ", silent))
                    .append(": the external SIP ports are ").append(external(ports, tls != null))
                    .append(" (F-22); check the system's SIP ports and the router's forwarding (F-23)");
        }
        if (!leaking.isEmpty()) {
            message.append(silent.isEmpty() ? "" : ";").append(" answers SIP on internal ")
                    .append(String.join(", ", leaking))
                    .append(": a system migrated from an older release keeps 5060/5062 and must be changed to"
                            + " 5070/5071 by hand (F-22); never forward the internal ports (F-23)");
        }
        return new SipVerdict(false, "F-22", message.toString(), details);
    }

    private static String external(SipPorts ports, boolean tls) {
        return "UDP " + ports.udp() + ", TCP " + ports.tcp() + (tls ? ", TLS " + ports.tls() : "");
    }

    /**
     * F-24: the Contact an endpoint registered names its public address and port. {@code register} is the result of a
     * REGISTER; {@code publicAddress} what STUN (or the registrar's {@code received}/{@code rport}) says the endpoint's
     * SIP port is mapped to. The Contact compared is the one the registrar answered with, else the one we sent.
     */
    public static SipVerdict contactIsPublic(SipResult register, InetSocketAddress publicAddress) {
        List<String> details = new ArrayList<>();
        String expected = HostAndPort.format(publicAddress);
        details.add("public address: " + expected);
        List<String> contacts = register.contacts();
        if (contacts.isEmpty()) {
            return new SipVerdict(false, "F-24", "the registrar returned no Contact to compare with " + expected,
                    details);
        }
        for (String contact : contacts) {
            details.add("Contact: " + contact);
            try {
                SipUri uri = SipUri.parse(contact);
                if (!uri.scheme().equals("sip") && !uri.scheme().equals("sips")) {
                    return new SipVerdict(false, "F-24", "the Contact is a " + uri.scheme()
                            + ": URI; endpoints must use sip: URIs (F-24)", details);
                }
                InetSocketAddress contactAddress = SipClient.literal(uri.host(),
                        uri.port() > 0 ? uri.port() : 5060);
                if (contactAddress.equals(publicAddress)) {
                    return new SipVerdict(true, "F-24", "the Contact names the public address " + expected, details);
                }
            } catch (SipParseException e) {
                details.add("  cannot read it: " + e.getMessage());
            }
        }
        return new SipVerdict(false, "F-24", "the Contact " + contacts.get(0) + " does not name the public address "
                + expected + ": the endpoint must use STUN and put its public IP:port in the Contact (F-24);"
                + " over UDP the system sends calls to that address (F-27)", details);
    }
}
