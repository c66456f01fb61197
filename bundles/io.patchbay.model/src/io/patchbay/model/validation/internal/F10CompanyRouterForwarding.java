package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.PortForwardingRule;
import io.patchbay.model.validation.RequiredForward;

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
        List<RequiredForward> needed = new ArrayList<>();
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

    static List<RequiredForward> needed(OsbizSystem system) {
        return ForwardingNeeds.deviceAtHome(system);
    }
}
