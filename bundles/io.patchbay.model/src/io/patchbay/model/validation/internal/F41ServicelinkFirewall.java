package io.patchbay.model.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.patchbay.model.CompanyRouter;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.EstatePackage;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.OutboundAllowance;
import io.patchbay.model.ServicelinkEndpoint;
import io.patchbay.model.ServicelinkEndpoints;
import io.patchbay.model.TransportProtocol;

/**
 * F-41: a company router in front of an RSP.servicelink device lets TLS through to the configured tunnel endpoints,
 * does not demand HTTPS, does not inspect the traffic, and lets the related inbound traffic in.
 */
final class F41ServicelinkFirewall extends Rule<CompanyRouter> {

    F41ServicelinkFirewall() {
        super("F-41", CompanyRouter.class);
    }

    @Override
    void check(CompanyRouter router, Report.ForRule report) {
        OsbizSystem device = Systems.servedBy(router).stream().filter(s -> s.getServicelink() != null).findFirst()
                .orElse(null);
        if (device == null) {
            return;
        }
        String who = "RSP.servicelink of " + EstateLabels.describe(device);
        if (router.isOutboundFiltering()) {
            List<String> blocked = new ArrayList<>();
            for (ServicelinkEndpoint endpoint : ServicelinkEndpoints.of(Systems.estateOf(router))) {
                if (router.getOutboundAllowances().stream().noneMatch(a -> allows(a, endpoint))) {
                    blocked.add(endpoint.getHost() + ":" + endpoint.getPort());
                }
            }
            if (!blocked.isEmpty()) {
                report.error(router, EstatePackage.Literals.COMPANY_ROUTER__OUTBOUND_ALLOWANCES, "outbound filtering blocks " + who + " to " + String.join(", ", blocked),
                        "allow outbound TCP to " + String.join(", ", blocked));
            }
        }
        if (router.isHttpsOnlyOutbound()) {
            report.error(router, EstatePackage.Literals.COMPANY_ROUTER__HTTPS_ONLY_OUTBOUND, "requires outbound traffic to be HTTPS, but " + who + " is OpenVPN over TLS",
                    "allow plain TLS to the RSP.servicelink endpoints");
        }
        if (router.isTlsInspection()) {
            report.error(router, EstatePackage.Literals.COMPANY_ROUTER__TLS_INSPECTION, "inspects outbound TLS, which breaks " + who,
                    "exempt the RSP.servicelink endpoints from TLS inspection");
        }
        if (!router.isAllowsRelatedInbound()) {
            report.errorFixedBy(router, EstatePackage.Literals.COMPANY_ROUTER__ALLOWS_RELATED_INBOUND, true, "drops the inbound traffic related to " + who,
                    "allow related inbound traffic");
        }
    }

    private static boolean allows(OutboundAllowance allowance, ServicelinkEndpoint endpoint) {
        return Objects.equals(allowance.getHost(), endpoint.getHost()) && allowance.getPort() == endpoint.getPort()
                && allowance.getProtocol() != TransportProtocol.UDP;
    }
}
