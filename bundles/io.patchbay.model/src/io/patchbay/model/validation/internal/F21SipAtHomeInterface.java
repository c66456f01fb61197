package io.patchbay.model.validation.internal;

import io.patchbay.model.EstatePackage;
import io.patchbay.model.LanInterface;
import io.patchbay.model.OsbizSystem;

/**
 * F-21: SIP@Home works behind an access router on LAN2, or on LAN1/WAN with the firewall off on that interface; not
 * with the system itself as the access router.
 */
final class F21SipAtHomeInterface extends Rule<OsbizSystem> {

    F21SipAtHomeInterface() {
        super("F-21", OsbizSystem.class);
    }

    @Override
    void check(OsbizSystem system, Report.ForRule report) {
        if (!Systems.usesSipAtHome(system) || system.getInternetInterface() != LanInterface.LAN1_WAN) {
            return;
        }
        if (system.getAccessRouter() == null) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__ACCESS_ROUTER, "SIP@Home is used with the system itself as access router on LAN1/WAN",
                    "put the system behind an access router");
        } else if (system.isWanFirewallEnabled()) {
            report.error(system, EstatePackage.Literals.OSBIZ_SYSTEM__WAN_FIREWALL_ENABLED, "SIP@Home is used on LAN1/WAN with the firewall on that interface switched on",
                    "switch the LAN1/WAN firewall off, or connect the system through LAN2");
        }
    }
}
