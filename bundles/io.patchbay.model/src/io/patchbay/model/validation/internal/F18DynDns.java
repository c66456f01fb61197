package io.patchbay.model.validation.internal;

import java.util.Objects;

import io.patchbay.model.Addresses;
import io.patchbay.model.CompanyRouter;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;

/** F-18: a dynamic public address needs a DynDNS name kept up to date; free DynDNS accounts expire. */
final class F18DynDns extends Rule<OsbizSystem> {

    F18DynDns() {
        super("F-18", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (!system.isPublicAddressDynamic()) {
            return;
        }
        String name = system.getPublicAddress();
        if (!Addresses.isDnsName(name)) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__PUBLIC_ADDRESS, "the public address is dynamic but is given as " + (Systems.blank(name)
                    ? "nothing" : "IP address " + name), "use a DynDNS name as the public address");
            return;
        }
        if (system.getAccessRouter() instanceof CompanyRouter router) {
            if (!Objects.equals(name, router.getDynDnsHostName())) {
                report.errorFixedBy(router, EstatePackage.Literals.COMPANY_ROUTER__DYN_DNS_HOST_NAME, name, "does not keep the DynDNS name " + name + " of "
                        + system.getName() + " up to date", "configure DynDNS for " + name + " on the router");
            } else if (router.isDynDnsFreeAccount()) {
                report.warning(router, EstatePackage.Literals.COMPANY_ROUTER__DYN_DNS_FREE_ACCOUNT, "uses a free DynDNS account for " + name
                        + ", which expires and breaks Device@Home", "use a paid DynDNS account");
            }
        }
    }
}
