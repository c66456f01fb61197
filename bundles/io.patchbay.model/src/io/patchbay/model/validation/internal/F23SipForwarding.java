package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.PortRange;
import io.patchbay.model.validation.RequiredForward;

/**
 * F-23: for SIP@Home the router forwards UDP and TCP 5070 and TLS 5071 to the same ports, and never the internal SIP
 * ports 5060, 5061, 5062.
 */
final class F23SipForwarding extends Rule<CompanyRouter> {

    F23SipForwarding() {
        super("F-23", CompanyRouter.class);
    }

    @Override
    void check(CompanyRouter router, Report.ForRule report) {
        List<OsbizSystem> served = Systems.servedBy(router);
        List<RequiredForward> needed = new ArrayList<>();
        for (OsbizSystem system : served) {
            needed.addAll(ForwardingNeeds.sipAtHome(system));
        }
        for (PortForwardingRule rule : router.getPortForwardingRules()) {
            PortRange internal = Forwarding.internal(rule);
            if (rule.isEnabled() && internal != null && internal.overlaps(Forwarding.INTERNAL_SIP)) {
                report.error(rule, "forwards an internal SIP port (5060, 5061, 5062)",
                        "remove the rule: SIP@Home uses 5070 and 5071 only");
            }
        }
        Forwarding.reportMissingOrWrong(router, needed, report);
        for (PortForwardingRule rule : router.getPortForwardingRules()) {
            PortRange internal = Forwarding.internal(rule);
            if (Forwarding.targets(rule, served) && Forwarding.isSip(rule, served)
                    && !Forwarding.isNeeded(rule, needed) && !internal.overlaps(Forwarding.INTERNAL_SIP)) {
                report.warning(rule, "forwards SIP although no SIP@Home station uses it", "remove the rule");
            }
        }
    }
}
