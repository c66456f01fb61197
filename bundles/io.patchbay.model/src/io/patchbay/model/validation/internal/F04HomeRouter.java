package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.HomeRouter;
import io.patchbay.model.NatType;
import io.patchbay.model.SipAlg;

/** F-04: a home router has VoIP-capable NAT (not symmetric) and its SIP ALG off. */
final class F04HomeRouter extends Rule<HomeRouter> {

    F04HomeRouter() {
        super("F-04", HomeRouter.class);
    }

    @Override
    void check(HomeRouter router, Report.ForRule report) {
        if (router.getNatType() == NatType.SYMMETRIC) {
            report.error(router, EstatePackage.Literals.ROUTER__NAT_TYPE, "has symmetric NAT, which devices at home cannot work through",
                    "use a router with VoIP-capable NAT");
        }
        if (router.getSipAlg() == SipAlg.ENABLED) {
            report.errorFixedBy(router, EstatePackage.Literals.HOME_ROUTER__SIP_ALG, SipAlg.DISABLED, "has its SIP ALG enabled", "switch the SIP ALG off");
        }
    }
}
