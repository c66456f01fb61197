package io.patchbay.model.validation.internal;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.NatType;
import io.patchbay.model.OsbizSystem;

/** F-03: a company router with symmetric NAT does not work for systems with devices on the internet. */
final class F03CompanyRouterNat extends Rule<CompanyRouter> {

    F03CompanyRouterNat() {
        super("F-03", CompanyRouter.class);
    }

    @Override
    void check(CompanyRouter router, Report.ForRule report) {
        if (router.getNatType() == NatType.SYMMETRIC
                && Systems.servedBy(router).stream().anyMatch(Systems::usesInternetDevices)) {
            report.error(router, EstatePackage.Literals.ROUTER__NAT_TYPE, "has symmetric NAT, which devices on the internet cannot work through "
                    + "(if detected: outbound filtering can make NAT look symmetric)",
                    "use a router with VoIP-capable NAT, or open the forwarded ports outbound too");
        }
    }
}
