package io.patchbay.model.validation.internal;

import java.util.List;
import java.util.Objects;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.RequiredForward;

/** Matching a router's forwarding table against the forwards a system needs (F-10, F-23). */
final class Forwarding {

    /** The internal SIP ports that must never be forwarded (F-23). */
    static final PortRange INTERNAL_SIP = ForwardingNeeds.INTERNAL_SIP;

    private Forwarding() {
    }

    static String protocolText(TransportProtocol protocol) {
        return RequiredForward.protocolText(protocol);
    }

    /** Whether a rule carries all of {@code needed}'s protocols. */
    static boolean covers(TransportProtocol rule, TransportProtocol needed) {
        return rule == needed || rule == TransportProtocol.TCP_UDP;
    }

    /** Whether a rule shares a protocol with {@code other}. */
    static boolean sharesProtocol(TransportProtocol rule, TransportProtocol other) {
        return rule == other || rule == TransportProtocol.TCP_UDP || other == TransportProtocol.TCP_UDP;
    }

    static boolean matches(PortForwardingRule rule, RequiredForward needed) {
        return rule.isEnabled() && covers(rule.getProtocol(), needed.protocol())
                && needed.external().equals(rule.getExternalPorts())
                && needed.internal().equals(internal(rule)) && Objects.equals(needed.host(), rule.getInternalHost());
    }

    /** A rule that takes the needed external ports but sends them somewhere else. */
    static boolean misdirects(PortForwardingRule rule, RequiredForward needed) {
        return rule.isEnabled() && rule.getExternalPorts() != null
                && sharesProtocol(rule.getProtocol(), needed.protocol())
                && rule.getExternalPorts().overlaps(needed.external()) && !matches(rule, needed);
    }

    static PortRange internal(PortForwardingRule rule) {
        return rule.getInternalPorts() != null ? rule.getInternalPorts() : rule.getExternalPorts();
    }

    /** Whether a rule is a SIP forward, judged by F-23 rather than F-10. */
    static boolean isSip(PortForwardingRule rule, List<OsbizSystem> systems) {
        for (PortRange ports : new PortRange[] {rule.getExternalPorts(), internal(rule)}) {
            if (ports == null) {
                continue;
            }
            if (ports.overlaps(INTERNAL_SIP)) {
                return true;
            }
            for (OsbizSystem system : systems) {
                if (ports.contains(system.getSipInternetPort()) || ports.contains(system.getSipInternetTlsPort())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an enabled rule forwards to one of the systems. */
    static boolean targets(PortForwardingRule rule, List<OsbizSystem> systems) {
        return rule.isEnabled()
                && systems.stream().anyMatch(s -> Objects.equals(Systems.internalAddress(s), rule.getInternalHost()));
    }

    /**
     * Reports each needed forward that the router lacks (on the router) or sends elsewhere (on the rule), and
     * returns nothing: the caller judges the rules that match nothing.
     */
    static void reportMissingOrWrong(CompanyRouter router, List<RequiredForward> needed, Report.ForRule report) {
        for (RequiredForward n : needed) {
            if (router.getPortForwardingRules().stream().anyMatch(r -> matches(r, n))) {
                continue;
            }
            PortForwardingRule wrong = router.getPortForwardingRules().stream().filter(r -> misdirects(r, n))
                    .findFirst().orElse(null);
            if (wrong != null) {
                report.error(wrong, n.service() + " must be forwarded as " + n.describe(),
                        "change the rule to " + n.describe());
            } else {
                report.error(router, "the forwarding for " + n.service() + " is missing",
                        "add " + n.describe());
            }
        }
    }

    static boolean isNeeded(PortForwardingRule rule, List<RequiredForward> needed) {
        return needed.stream().anyMatch(n -> matches(rule, n) || misdirects(rule, n));
    }
}
