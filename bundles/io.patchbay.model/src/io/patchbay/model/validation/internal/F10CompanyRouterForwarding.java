package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.TransportProtocol;
import io.patchbay.model.validation.internal.Forwarding.Needed;

/**
 * F-10: the company router forwards exactly what the Device@Home features in use need: HFA 4060 to 4062 and HFA
 * encrypted 4061 to 4063 always, HTTPS 8802 with myPortal to go, myPortal @work or DeskPhone CP 400/600 at home, DLI
 * 18443 and 8804 with software deployment, and the model's RTP range. SIP forwards are F-23's.
 */
final class F10CompanyRouterForwarding extends Rule<CompanyRouter> {

    F10CompanyRouterForwarding() {
        super("F-10", CompanyRouter.class);
    }

    @Override
    void check(CompanyRouter router, Report.ForRule report) {
        List<OsbizSystem> served = Systems.servedBy(router);
        List<Needed> needed = new ArrayList<>();
        for (OsbizSystem system : served) {
            needed.addAll(needed(system));
        }
        Forwarding.reportMissingOrWrong(router, needed, report);
        for (PortForwardingRule rule : router.getPortForwardingRules()) {
            if (Forwarding.targets(rule, served) && !Forwarding.isSip(rule, served)
                    && !Forwarding.isNeeded(rule, needed)) {
                report.warning(rule, "forwards ports that no feature in use needs", "remove the rule");
            }
        }
    }

    static List<Needed> needed(OsbizSystem system) {
        List<Needed> needed = new ArrayList<>();
        String host = Systems.internalAddress(system);
        if (!Systems.usesInternetDevices(system) || host == null) {
            return needed;
        }
        needed.add(new Needed("HFA", TransportProtocol.TCP_UDP, PortRange.of(4060), PortRange.of(4062), host));
        needed.add(new Needed("HFA encrypted (SPE)", TransportProtocol.TCP_UDP, PortRange.of(4061),
                PortRange.of(4063), host));
        if (Systems.usesHttpsAtHome(system)) {
            needed.add(new Needed("HTTPS", TransportProtocol.TCP, PortRange.of(8802), PortRange.of(8802), host));
        }
        if (system.isDliEnabled()) {
            needed.add(new Needed("DLI", TransportProtocol.TCP, PortRange.of(18443), PortRange.of(18443), host));
            needed.add(new Needed("DLI HTTPS", TransportProtocol.TCP, PortRange.of(8804), PortRange.of(8804), host));
        }
        PortRange rtp = Systems.rtpRange(system);
        if (rtp != null) {
            needed.add(new Needed("RTP", TransportProtocol.UDP, rtp, rtp, host));
        }
        return needed;
    }
}
